import { exitWhenFlushed, survivePipeClosed } from '../exit.js'
import { run } from './main.js'

survivePipeClosed()
await exitWhenFlushed(await run(process.argv.slice(2), process.env))
