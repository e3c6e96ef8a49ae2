import { exitWhenFlushed, survivePipeClosed } from '../runtime/exit.js'
import { run } from './main.js'

survivePipeClosed()
// No top-level await: the bundle is CommonJS (scripts/build.mjs says why).
void run(process.argv.slice(2), process.env).then(code => exitWhenFlushed(code))
