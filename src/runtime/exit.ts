import type { Writable } from 'node:stream'

/**
 * A reader that went away (`| head -c0`, a closed pipe) makes writes fail with EPIPE. Nothing more
 * can be shown there, and the exit code must still be the pipeline's: no stack trace, no crash.
 */
export function survivePipeClosed(): void {
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => {})
}

/**
 * Exits once stdout and stderr have drained (writes to a pipe are asynchronous on macOS), and
 * exits at once after that: a request left hanging by a cancelled wait must not keep the process alive.
 */
export async function exitWhenFlushed(code?: number): Promise<never> {
  const drained = (stream: Writable) =>
    new Promise<void>(resolve => {
      // A closed stream never drains; its write callback would report an error or never come.
      if (stream.destroyed || stream.writableEnded) return resolve()
      stream.write('', () => resolve())
    })
  await Promise.all([drained(process.stdout), drained(process.stderr)])
  // Node 20 exits 0 on process.exit(undefined), whatever process.exitCode says.
  process.exit(code ?? process.exitCode)
}
