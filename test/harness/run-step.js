// Runs the built entries the way their callers do, for the tests, the demo, the benchmark and the
// summary picture (one harness, so the copies cannot drift apart):
// - the action's main and post steps (dist/index.js, dist/post.js) as the GitHub runner starts
//   them: each input as INPUT_<NAME> with hyphens kept and action.yml's defaults filled in, fresh
//   GITHUB_OUTPUT/GITHUB_STATE/GITHUB_STEP_SUMMARY files read back after the step, STATE_* from
//   a main step for the post step, and nothing else from this process's environment;
// - the command line (dist/cli.js) with its own streams, exit code and signal.
// Plain ESM JavaScript (typed by run-step.d.ts) so that scripts run it with plain node.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { parse } from 'yaml'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const ACTION_ENTRY = join(ROOT, 'dist', 'index.js')
export const POST_ENTRY = join(ROOT, 'dist', 'post.js')
export const CLI_ENTRY = process.env.CLI_ENTRY || join(ROOT, 'dist', 'cli.js')
/** CI also runs the end-to-end tests under Node 24, the action's runtime, through ACTION_NODE. */
export const NODE = process.env.ACTION_NODE || process.execPath

export const actionYaml = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8'))

const now = () => performance.timeOrigin + performance.now()

/**
 * Starts `command args` with stdout and stderr collected; `printed` resolves once a stream has
 * printed text matching a pattern (for signals sent mid-run and answers typed at a prompt).
 */
export function startProcess(command, args, options = {}) {
  const { cwd, env = {}, stdin, stdinAfter, onStdout, onStderr, printedOn = 'stdout' } = options
  const startedAt = now()
  const child = spawn(command, args, {
    cwd,
    env,
    stdio: [stdin === undefined ? 'ignore' : 'pipe', 'pipe', 'pipe']
  })
  const text = { stdout: '', stderr: '' }
  const watchers = []
  let typed = false
  const seen = (stream, chunk) => {
    text[stream] += chunk
    for (const watcher of watchers.filter(w => w.pattern.test(text[w.stream]))) {
      watchers.splice(watchers.indexOf(watcher), 1)
      watcher.resolve()
    }
    if (stdinAfter && !typed && stdinAfter.test(text.stdout)) {
      typed = true
      child.stdin.end(stdin)
    }
  }
  child.stdout.setEncoding('utf8')
  child.stderr.setEncoding('utf8')
  child.stdout.on('data', chunk => {
    seen('stdout', chunk)
    onStdout?.(chunk)
  })
  child.stderr.on('data', chunk => {
    seen('stderr', chunk)
    onStderr?.(chunk)
  })
  if (stdin !== undefined && !stdinAfter) child.stdin.end(stdin)
  const result = new Promise((resolveResult, reject) => {
    child.on('error', reject)
    child.on('close', (exitCode, signal) =>
      resolveResult({
        exitCode,
        signal,
        stdout: text.stdout,
        stderr: text.stderr,
        startedAt,
        endedAt: now()
      })
    )
  })
  const printed = (pattern, stream = printedOn) =>
    new Promise(resolvePrinted => {
      if (pattern.test(text[stream])) return resolvePrinted()
      watchers.push({ pattern, stream, resolve: resolvePrinted })
    })
  return { child, printed, result }
}

/** Starts the action's main step (or, with `post`, its post step) as the runner does. */
export function startStep(inputs, options = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'action-step-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')

  const env = {
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

  const entry = options.entry ?? (options.post ? POST_ENTRY : ACTION_ENTRY)
  const running = startProcess(options.node ?? NODE, [...(options.nodeArgs ?? []), entry], {
    cwd: dir,
    env,
    onStdout: options.onStdout,
    onStderr: options.onStderr
  })
  const result = running.result.then(
    run => {
      const step = {
        ...run,
        outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
        state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
        summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
      }
      rmSync(dir, { recursive: true, force: true })
      return step
    },
    error => {
      rmSync(dir, { recursive: true, force: true })
      throw error
    }
  )
  return { child: running.child, printed: running.printed, result }
}

export function runStep(inputs, options) {
  return startStep(inputs, options).result
}

// actions/runner ProcessInvoker: SIGINT, then SIGTERM after 7.5 s, then the process tree is
// killed 2.5 s later (docs/contract.md, "3.6 Cancellation and the post step").
const RUNNER_SIGINT_TIMEOUT_MS = 7_500
const RUNNER_SIGTERM_TIMEOUT_MS = 2_500

/**
 * Cancels a running step as the runner cancels a job: SIGINT; SIGTERM if it is still running
 * 7.5 s later; SIGKILL 2.5 s after that. Resolves with the signals it had to send, so a test
 * asserts the step ended on the first one instead of timing it.
 */
export async function cancelLikeRunner(running) {
  const sent = []
  let ended = false
  const done = running.result.then(
    () => (ended = true),
    () => (ended = true)
  )
  const send = signal => {
    sent.push(signal)
    running.child.kill(signal)
  }
  const within = ms => Promise.race([done, new Promise(resolve => setTimeout(resolve, ms).unref())])
  send('SIGINT')
  await within(RUNNER_SIGINT_TIMEOUT_MS)
  if (!ended) send('SIGTERM')
  await within(RUNNER_SIGTERM_TIMEOUT_MS)
  if (!ended) send('SIGKILL')
  await done
  return sent
}

/**
 * Starts the command line (dist/cli.js) with only PATH and HOME (the working folder unless `env`
 * says otherwise) from this process's environment, plus `env`. `printed` watches stderr, where
 * progress goes, unless told another stream.
 */
export function startCli(args, options = {}) {
  const owned = options.cwd === undefined
  const cwd = options.cwd ?? mkdtempSync(join(tmpdir(), 'cli-run-'))
  const running = startProcess(options.node ?? NODE, [options.entry ?? CLI_ENTRY, ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...options.env },
    stdin: options.stdin,
    stdinAfter: options.stdinAfter,
    onStdout: options.onStdout,
    onStderr: options.onStderr,
    printedOn: 'stderr'
  })
  const result = running.result.finally(() => {
    if (owned) rmSync(cwd, { recursive: true, force: true })
  })
  return { child: running.child, printed: running.printed, result }
}

export function runCli(args, options) {
  return startCli(args, options).result
}

/** The runner's parser for GITHUB_OUTPUT and GITHUB_STATE: `NAME=VALUE` and `NAME<<DELIM` heredocs. */
export function parseFileCommands(text) {
  const values = {}
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
export function workflowCommands(stdout, command) {
  const decode = text =>
    text
      .replace(/%0A/g, '\n')
      .replace(/%0D/g, '\r')
      .replace(/%3A/g, ':')
      .replace(/%2C/g, ',')
      .replace(/%25/g, '%')
  return stdout
    .split('\n')
    .map(line => new RegExp(`^::${command}(?: ([^:]*))?::(.*)$`).exec(line))
    .filter(match => match !== null)
    .map(match => ({ properties: decode(match[1] ?? ''), message: decode(match[2]) }))
}
