import { isPostStep } from './action/state.js'
import { exitWhenFlushed } from './exit.js'

// Each step loads only its own code: the main step's start-up time is the trigger's latency.
if (isPostStep()) await (await import('./post.js')).runPost()
else await (await import('./main.js')).run()
await exitWhenFlushed()
