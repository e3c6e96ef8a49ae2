import { spawn, type ChildProcess } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

const ROOT = resolve(import.meta.dirname, '..', '..')
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js')
export const POST_ENTRY = join(ROOT, 'dist', 'post.js')
/** CI also runs these tests under Node 24, the action's runtime, through ACTION_NODE. */
export const NODE = process.env.ACTION_NODE || process.execPath

interface ActionYaml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}
export const actionYaml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYaml

export interface StepResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

export interface StepOptions {
  /** Run the post step (action.yml runs.post) instead of the main step. */
  post?: boolean
  /** STATE_* values from the main step, for the post step. */
  state?: Record<string, string>
  env?: Record<string, string>
}

export interface RunningStep {
  child: ChildProcess
  /** Resolves once stdout has printed a line matching the pattern. */
  printed(pattern: RegExp): Promise<void>
  result: Promise<StepResult>
}

/**
 * Starts dist/index.js as the runner does: inputs as INPUT_<NAME> with hyphens kept and
 * action.yml defaults filled in, fresh GITHUB_OUTPUT/GITHUB_STATE/GITHUB_STEP_SUMMARY files,
 * and nothing else from this process's environment.
 */
export function startStep(inputs: Record<string, string>, options: StepOptions = {}): RunningStep {
  const dir = mkdtempSync(join(tmpdir(), 'action-step-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')

  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    HOME: dir,
    RUNNER_TEMP: dir,
    ...files,
    ...options.env
  }
  for (const [name, input] of Object.entries(actionYaml.inputs)) {
    const value = inputs[name] ?? input.default
    if (value !== undefined) env[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(options.state ?? {})) env[`STATE_${name}`] = value

  const child = spawn(NODE, [options.post ? POST_ENTRY : ACTION_ENTRY], {
    cwd: dir,
    env,
    stdio: ['ignore', 'pipe', 'pipe']
  })
  let stdout = ''
  let stderr = ''
  const watchers: Array<{ pattern: RegExp; resolve: () => void }> = []
  child.stdout!.on('data', (chunk: Buffer) => {
    stdout += chunk.toString()
    for (const watcher of watchers.filter(w => w.pattern.test(stdout))) {
      watchers.splice(watchers.indexOf(watcher), 1)
      watcher.resolve()
    }
  })
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()))

  const result = new Promise<StepResult>((resolvePromise, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode, signal) => {
      const step: StepResult = {
        exitCode,
        signal,
        stdout,
        stderr,
        outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      }
      rmSync(dir, { recursive: true, force: true })
      resolvePromise(step)
    })
  })
  const printed = (pattern: RegExp) =>
    new Promise<void>(resolvePrinted => {
      if (pattern.test(stdout)) return resolvePrinted()
      watchers.push({ pattern, resolve: resolvePrinted })
    })
  return { child, printed, result }
}

export function runStep(
  inputs: Record<string, string>,
  options?: StepOptions
): Promise<StepResult> {
  return startStep(inputs, options).result
}

/** The runner's parser for GITHUB_OUTPUT and GITHUB_STATE: `NAME=VALUE` and `NAME<<DELIM` heredocs. */
export function parseFileCommands(text: string): Record<string, string> {
  const values: Record<string, string> = {}
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line === '') continue
    const heredoc = /^([^=]+?)<<(.+)$/.exec(line)
    if (heredoc) {
      const [, name, delimiter] = heredoc
      const end = lines.indexOf(delimiter, i + 1)
      if (end < 0) throw new Error(`Matching delimiter not found '${delimiter}'`)
      values[name] = lines.slice(i + 1, end).join('\n')
      i = end
    } else {
      const equals = line.indexOf('=')
      if (equals < 0) throw new Error(`Invalid format '${line}'`)
      values[line.slice(0, equals)] = line.slice(equals + 1)
    }
  }
  return values
}

/** `::error title=T::message` lines, decoded. */
export function workflowCommands(
  stdout: string,
  command: string
): Array<{ properties: string; message: string }> {
  const decode = (text: string) =>
    text
      .replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  return stdout
    .split('\n')
    .map(line => new RegExp(`^::${command}(?: ([^:]*))?::(.*)$`).exec(line))
    .filter((match): match is RegExpExecArray => match !== null)
    .map(match => ({ properties: decode(match[1] ?? ''), message: decode(match[2]) }))
}
