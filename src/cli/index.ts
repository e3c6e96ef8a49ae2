import type { Writable } from 'node:stream'
import { run } from './main.js'

const exitCode = await run(process.argv.slice(2), process.env)
// Let stdout and stderr drain (writes to a pipe are asynchronous on macOS), then exit at once:
// a request left hanging by a cancelled wait must not keep the process alive.
const drained = (stream: Writable) =>
  new Promise<void>(resolve => stream.write('', () => resolve()))
await Promise.all([drained(process.stdout), drained(process.stderr)])
process.exit(exitCode)
