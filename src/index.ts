import { isPost } from './action/state.js'
import { run } from './main.js'
import { runPost } from './post.js'

await (isPost() ? runPost() : run())
// A request left hanging by a cancelled wait must not keep the step alive.
process.exit()
