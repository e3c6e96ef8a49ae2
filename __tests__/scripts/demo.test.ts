/**
 * The happy path looks happy: `npm run demo -- success` ends green with no note about a pipeline
 * it could not follow, and shows the job summary as readable text (scripts/summary-text.mjs);
 * `npm run simulator` on a busy port says so and how to pick another.
 */
import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { displayWidth, summaryForTerminal } from '../../scripts/summary-text.mjs'
import { ROOT } from '../../test/harness/run-step.js'

describe('npm run demo -- success', () => {
  it('follows the whole tree and ends green, the summary as text', async () => {
    const demo = await promisify(execFile)(
      process.execPath,
      [join(ROOT, 'scripts', 'demo.mjs'), 'success'],
      {
        cwd: ROOT
      }
    )
    const out = demo.stdout + demo.stderr
    expect(out).toMatch(/The step succeeded \(exit code 0\)/)
    expect(out).toMatch(/docs ⇒ #\d+ Pipeline #\d+ ended success/)
    expect(out).not.toMatch(/cannot follow|404|Warning|Error/)
    const summary = out.slice(out.indexOf('Job summary'))
    expect(summary).toMatch(/^ +flaky-e2e +✅ success/m)
    expect(summary).not.toMatch(/\\[-#:.(]|\]\(|\| --- \|/)
  }, 60_000)
})

describe('summaryForTerminal', () => {
  const markdown = [
    '### GitLab pipeline [#7](https://gitlab.example/p/7): ❌ failed',
    '',
    'acme\\/app · ref main · commit `1234abcd` · 7s',
    '',
    '| Stage | Job | Status | Duration | |',
    '| --- | --- | --- | --- | --- |',
    '| test | flaky\\-e2e | ⚠️ failed (allowed) | 5s | [log](https://gitlab.example/j/1) |',
    '|  | a \\| b | ✅ success | 1s | [log](https://gitlab.example/j/2) |'
  ].join('\n')

  it('drops the Markdown escapes and marks, keeps the links, and lines up the columns', () => {
    expect(summaryForTerminal(markdown).split('\n')).toEqual([
      'GitLab pipeline #7 https://gitlab.example/p/7: ❌ failed',
      '',
      'acme/app · ref main · commit 1234abcd · 7s',
      '',
      'Stage  Job        Status               Duration',
      '─────  ─────────  ───────────────────  ────────  ──────────────────────────',
      'test   flaky-e2e  ⚠️ failed (allowed)  5s        https://gitlab.example/j/1',
      '       a | b      ✅ success           1s        https://gitlab.example/j/2'
    ])
  })

  it('counts pictographs as two columns and U+FE0F as none', () => {
    expect([displayWidth('✅ ok'), displayWidth('⚠️ x'), displayWidth('abc')]).toEqual([5, 4, 3])
  })
})

describe('npm run simulator on a busy port', () => {
  it('says the port is busy and how to choose another', async () => {
    const taken = createServer()
    taken.listen(0, '127.0.0.1')
    await once(taken, 'listening')
    const { port } = taken.address() as { port: number }
    try {
      const child = spawn(
        process.execPath,
        [join(ROOT, 'test', 'simulator', 'serve.js'), '--port', String(port)],
        {
          stdio: ['ignore', 'pipe', 'pipe']
        }
      )
      let stderr = ''
      child.stderr.on('data', chunk => (stderr += String(chunk)))
      const [code] = (await once(child, 'exit')) as [number]
      expect(code).toBe(2)
      expect(stderr).toBe(
        `gitlab-simulator: port ${port} is busy: another server listens on it. Pass another port with --port N, e.g. npm run simulator -- --port 9090 (--port 0 picks a free one)\n`
      )
    } finally {
      taken.close()
    }
  })
})
