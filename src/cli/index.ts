import { exitWhenFlushed } from '../exit.js'
import { run } from './main.js'

await exitWhenFlushed(await run(process.argv.slice(2), process.env))
