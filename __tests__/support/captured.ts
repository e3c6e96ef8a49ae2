import { jest } from '@jest/globals'

export interface Captured<T> {
  value: T
  stdout: string
  stderr: string
}

/**
 * Runs an in-process front end with what it writes to process.stdout and process.stderr kept
 * instead of printed (no HTTP is faked: it talks to the simulator).
 */
export async function captured<T>(run: () => Promise<T>): Promise<Captured<T>> {
  const text = { stdout: '', stderr: '' }
  const spies = (['stdout', 'stderr'] as const).map(stream =>
    jest.spyOn(process[stream], 'write').mockImplementation((chunk: string | Uint8Array) => {
      text[stream] += typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString()
      return true
    })
  )
  try {
    const value = await run()
    return { value, ...text }
  } finally {
    for (const spy of spies) spy.mockRestore()
  }
}
