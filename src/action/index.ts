import { isPostStep } from './state.js'
import { exitWhenFlushed } from '../runtime/exit.js'

// Each step loads only its own code: the main step's start-up time is the trigger's latency.
// No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
const step = isPostStep()
  ? import('./post.js').then(post => post.runPost())
  : import('./main.js').then(main => main.run())
void step.then(() => exitWhenFlushed())
