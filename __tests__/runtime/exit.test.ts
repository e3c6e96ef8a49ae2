// exit.ts ends the process, so each case runs it in a child process of its own (through tsx, on
// the source), with its streams piped as a runner or a shell pipes them.
import { afterAll, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'

const ROOT = resolve(import.meta.dirname, '..', '..')
const EXIT_MODULE = pathToFileURL(join(ROOT, 'src', 'runtime', 'exit.ts')).href
const scratch = mkdtempSync(join(tmpdir(), 'exit-test-'))
afterAll(() => rmSync(scratch, { recursive: true, force: true }))

interface Ended {
  code: number | null
  stdoutBytes: number
  stderr: string
  ms: number
}

/** Runs `body` (TypeScript, with exit.ts's functions in scope) and waits for the process to end. */
function runWithExit(name: string, body: string, { closeStdout = false } = {}): Promise<Ended> {
  const file = join(scratch, `${name}.mts`) // ESM outside the package, for top-level await
  writeFileSync(
    file,
    `import { exitWhenFlushed, survivePipeClosed } from ${JSON.stringify(EXIT_MODULE)}\n${body}\n`
  )
  const started = performance.now()
  const child = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdoutBytes = 0
  let stderr = ''
  if (closeStdout) child.stdout.destroy()
  else child.stdout.on('data', (chunk: Buffer) => (stdoutBytes += chunk.length))
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  return new Promise((resolveEnded, reject) => {
    child.on('error', reject)
    child.on('close', code =>
      resolveEnded({ code, stdoutBytes, stderr, ms: performance.now() - started })
    )
  })
}

describe('exitWhenFlushed', () => {
  it('exits with the code given once all that was written has gone out, whatever is still pending', async () => {
    const ended = await runWithExit(
      'flushed',
      `process.stdout.write('x'.repeat(4 * 1024 * 1024))
       setInterval(() => {}, 1000) // a request left hanging would keep the process alive
       void exitWhenFlushed(3)`
    )
    expect(ended.stderr).toBe('')
    expect(ended.code).toBe(3)
    expect(ended.stdoutBytes).toBe(4 * 1024 * 1024)
    expect(ended.ms).toBeLessThan(15_000)
  })

  it('exits with process.exitCode when no code is given (Node 20 would exit 0)', async () => {
    const ended = await runWithExit(
      'exit-code',
      `process.exitCode = 4
       setInterval(() => {}, 1000)
       void exitWhenFlushed()`
    )
    expect(ended.code).toBe(4)
  })
})

describe('survivePipeClosed', () => {
  const writeMuchThenExit = (survive: boolean) =>
    `${survive ? 'survivePipeClosed()' : ''}
     for (let i = 0; i < 64; i++) {
       process.stdout.write('y'.repeat(64 * 1024))
       await new Promise(resolve => setTimeout(resolve, 5))
     }
     process.stdout.destroy()
     await exitWhenFlushed(2)`

  it('keeps the exit code when the reader went away (| head -c0): no crash, no stack trace', async () => {
    const ended = await runWithExit('survives', writeMuchThenExit(true), { closeStdout: true })
    expect(ended.stderr).toBe('')
    expect(ended.code).toBe(2)
  })

  it('is needed: without it the same writes crash the process on EPIPE', async () => {
    const ended = await runWithExit('crashes', writeMuchThenExit(false), { closeStdout: true })
    expect(ended.code).not.toBe(2)
    expect(ended.stderr).toMatch(/EPIPE/)
  })
})
