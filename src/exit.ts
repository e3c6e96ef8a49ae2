import type { Writable } from 'node:stream'

/**
 * Exits once stdout and stderr have drained (writes to a pipe are asynchronous on macOS), and
 * exits at once after that: a request left hanging by a cancelled wait must not keep the process alive.
 */
export async function exitWhenFlushed(code?: number): Promise<never> {
  const drained = (stream: Writable) =>
    new Promise<void>(resolve => stream.write('', () => resolve()))
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  // Node 20 exits 0 on process.exit(undefined), whatever process.exitCode says.
  process.exit(code ?? process.exitCode)
}
