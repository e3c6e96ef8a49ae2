import { isPost } from './action/state.js'

// Each step loads only its own code: the main step's start-up time is the trigger's latency.
if (isPost()) await (await import('./post.js')).runPost()
else await (await import('./main.js')).run()
// A request left hanging by a cancelled wait must not keep the step alive.
process.exit()
