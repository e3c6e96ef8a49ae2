// Runs a built action entry (dist/index.js) the way the GitHub runner does: each input as
// INPUT_<NAME> with hyphens kept, fresh GITHUB_OUTPUT/GITHUB_STATE/GITHUB_STEP_SUMMARY files, and
// nothing else from this process's environment. Shared by the demo, the benchmark and the
// summary picture; the tests have a typed twin with more controls (__tests__/support).
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

/**
 * @param {Record<string, string>} inputs action inputs by name
 * @param {{ script?: string, onStdout?: (chunk: string) => void }} [options]
 */
export async function runActionStep(inputs, { script = 'dist/index.js', onStdout } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'action-step-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const env = { PATH: process.env.PATH, ...files }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value

  const started = performance.timeOrigin + performance.now()
  const child = spawn(process.execPath, [script], { env, stdio: ['ignore', 'pipe', 'inherit'] })
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', chunk => onStdout?.(chunk))
  const exitCode = await new Promise(resolve => child.on('close', resolve))
  const ended = performance.timeOrigin + performance.now()
  const result = {
    exitCode,
    started,
    ended,
    outputs: parseOutputs(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
    summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
  }
  rmSync(dir, { recursive: true, force: true })
  return result
}

/** GITHUB_OUTPUT as the runner reads it: `NAME=VALUE` or `NAME<<DELIMITER` blocks; the last value wins. */
function parseOutputs(text) {
  const outputs = new Map()
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const heredoc = /^([^=]+?)<<(.+)$/.exec(lines[i])
    if (heredoc) {
      const end = lines.indexOf(heredoc[2], i + 1)
      outputs.set(heredoc[1], lines.slice(i + 1, end).join('\n'))
      i = end
    } else if (lines[i].includes('=')) {
      outputs.set(
        lines[i].slice(0, lines[i].indexOf('=')),
        lines[i].slice(lines[i].indexOf('=') + 1)
      )
    }
  }
  return outputs
}
