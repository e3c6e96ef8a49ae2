import { readFileSync } from 'node:fs'
import * as util from 'node:util'
import { parseArgs } from 'node:util'
import {
  InputError,
  parseSettings,
  type InputName,
  type RawInputs,
  type Settings
} from '../settings/settings.js'
import { TOOL_NAME } from '../version.js'
import { inFlagNames } from './flag-names.js'

/** Bad usage or input: printed as `error:` lines plus a usage line, exit 2, nothing sent. */
export class UsageError extends Error {
  constructor(
    readonly problems: string[],
    /** A one-line reminder of the right form, e.g. `usage: … --project P --ref R`. */
    readonly usage: string
  ) {
    super(problems.join('\n'))
    this.name = 'UsageError'
  }
}

export interface FlagSpec {
  type: 'string' | 'boolean'
  multiple?: boolean
  /** Also accept `--no-<name>`, which sets it false; whichever comes last wins. */
  negatable?: boolean
  short?: string
  /** How a value looks, for the message when the value is missing. */
  example?: string
}

export type FlagValues = Record<string, string | boolean | string[] | undefined>

export interface ParsedFlags {
  values: FlagValues
  positionals: string[]
}

/**
 * util.parseArgs in its lenient mode, checked here so every message names the flag and shows a
 * good value (strict mode's own errors do neither), and all problems are reported at once.
 * `--help` wins over any other problem.
 */
export function readFlags(
  argv: readonly string[],
  flags: Record<string, FlagSpec>,
  usage: string,
  maxPositionals = 0
): ParsedFlags {
  const options: Record<string, { type: 'string' | 'boolean'; short?: string }> = {}
  for (const [name, spec] of Object.entries(flags)) {
    options[name] = { type: spec.type, ...(spec.short ? { short: spec.short } : {}) }
    if (spec.negatable) options[`no-${name}`] = { type: 'boolean' }
  }
  const { tokens } = parseArgs({
    args: [...argv],
    options,
    strict: false,
    allowPositionals: true,
    tokens: true
  })

  const values: FlagValues = {}
  const positionals: string[] = []
  const problems: string[] = []
  // The argument right after an unknown option is taken as its value: never echoed (it may be a
  // token given to a misspelt --api-token), never reported again as an unexpected argument.
  let valueOfUnknown = -1
  for (const token of tokens) {
    if (token.kind === 'option-terminator') continue
    if (token.kind === 'positional') {
      if (token.index === valueOfUnknown) continue
      if (positionals.length < maxPositionals) positionals.push(token.value)
      else problems.push(`unexpected argument "${token.value}"`)
      continue
    }
    const negated = token.name.startsWith('no-') && flags[token.name.slice(3)]?.negatable === true
    const name = negated ? token.name.slice(3) : token.name
    const spec = Object.hasOwn(flags, name) ? flags[name] : undefined
    const example = spec?.example ? `, e.g. --${name} ${spec.example}` : ''
    if (!spec) {
      if (!token.inlineValue) valueOfUnknown = token.index + 1
      const rawName = token.rawName.startsWith('--') ? token.rawName : token.rawName.slice(0, 2)
      const guess = closestFlag(token.name, flags)
      problems.push(`unknown option ${rawName}${guess ? `; did you mean --${guess}?` : ''}`)
    } else if (spec.type === 'boolean') {
      if (token.inlineValue) problems.push(`${token.rawName} takes no value; leave out the "=…"`)
      else values[name] = !negated
    } else if (token.value === undefined) {
      problems.push(`${token.rawName} needs a value${example}`)
    } else if (!token.inlineValue && token.value.startsWith('-') && token.value !== '-') {
      // Lenient parseArgs takes `--project --ref` as project "--ref"; almost always a forgotten value.
      problems.push(
        `${token.rawName} needs a value but is followed by the option ${token.value}${example}. For a value that starts with "-", write --${name}=VALUE`
      )
    } else if (spec.multiple) {
      values[name] = [...((values[name] as string[] | undefined) ?? []), token.value]
    } else {
      values[name] = token.value
    }
  }
  if (values.help) return { values, positionals }
  if (problems.length > 0) throw new UsageError(problems, usage)
  return { values, positionals }
}

/** The known flag a misspelt one most likely meant: at most 2 edits away, or its start. */
export function closestFlag(name: string, flags: Record<string, FlagSpec>): string | undefined {
  let best: { flag: string; distance: number } | undefined
  for (const flag of Object.keys(flags)) {
    const distance = editDistance(name.toLowerCase(), flag)
    if (
      distance <= Math.max(1, Math.min(2, Math.floor(flag.length / 3))) &&
      distance < (best?.distance ?? 3)
    )
      best = { flag, distance }
  }
  if (best) return best.flag
  const starts = Object.keys(flags).filter(flag => name.length >= 3 && flag.startsWith(name))
  return starts.length === 1 ? starts[0] : undefined
}

/** Edits (insert, delete, replace, swap two neighbours) from a to b: `rfe` is one from `ref`. */
function editDistance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) =>
    Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0))
  )
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(
        d[i - 1][j] + 1,
        d[i][j - 1] + 1,
        d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1)
      )
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1)
    }
  return d[a.length][b.length]
}

// ---------------------------------------------------------------------------------------------
// Flags shared with `tokens`, and where each setting came from (to name it in messages).

export const TRIGGER_TOKEN_ENV = 'GITLAB_TRIGGER_TOKEN'
export const API_TOKEN_ENV = 'GITLAB_API_TOKEN'
export const GITLAB_URL_ENV = 'GITLAB_URL'

export const CONNECTION_FLAGS = {
  'gitlab-url': { type: 'string', example: 'https://gitlab.example.com' },
  project: { type: 'string', example: 'my-group/my-project' },
  'api-token': { type: 'string' },
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies Record<string, FlagSpec>

/** Raw inputs as the action would receive them, and how the user set each one (flag or env var). */
export interface CliInputs {
  raw: RawInputs
  labels: Partial<Record<InputName, string>>
  /** Said before anything else is printed, e.g. that a token on the command line is visible. */
  warnings: string[]
  /** Found while reading flags; reported together with what settings.ts finds. */
  problems: string[]
}

const optionalString = (value: FlagValues[string]) =>
  typeof value === 'string' ? value : undefined

/** gitlab-url, project and api-token from flags and environment: what every command needs. */
export function connectionInputs(values: FlagValues, env: NodeJS.ProcessEnv): CliInputs {
  const url = optionalString(values['gitlab-url'])
  const inputs: CliInputs = {
    raw: {
      'gitlab-url': url ?? env[GITLAB_URL_ENV] ?? '',
      project: optionalString(values.project) ?? ''
    },
    labels: {
      'gitlab-url': url === undefined && env[GITLAB_URL_ENV] ? GITLAB_URL_ENV : '--gitlab-url',
      project: '--project'
    },
    warnings: [],
    problems: []
  }
  tokenInput(inputs, values, env, 'api-token', API_TOKEN_ENV)
  return inputs
}

function tokenInput(
  inputs: CliInputs,
  values: FlagValues,
  env: NodeJS.ProcessEnv,
  name: 'trigger-token' | 'api-token',
  envName: string
): void {
  const flag = optionalString(values[name])
  if (flag === undefined) {
    inputs.raw[name] = env[envName] ?? ''
    inputs.labels[name] = envName
    return
  }
  inputs.raw[name] = flag
  inputs.labels[name] = `--${name}`
  inputs.warnings.push(
    `--${name} puts the token on the command line, where other users and processes on this machine can read it (ps, /proc); set ${envName} instead`
  )
}

/**
 * Validates with the action's own rules (settings.ts), so both front ends accept and refuse the
 * same values; each problem is worded with the flag or variable the user actually set.
 */
export function settingsFrom(
  inputs: CliInputs,
  usage: string,
  only?: readonly InputName[]
): Settings {
  let issues: string[] = []
  try {
    const settings = parseSettings(inputs.raw, only)
    if (inputs.problems.length === 0) return settings
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    issues = error.issues.map(issue => cliIssue(issue.input, issue.message, inputs))
  }
  throw new UsageError([...inputs.problems, ...issues], usage)
}

function cliIssue(input: InputName, message: string, inputs: CliInputs): string {
  // settings.ts words these two for a workflow file (secrets, `with:`); here the fix is an env var.
  const label = inputs.labels[input] ?? `--${input}`
  const missing = label.startsWith('--') ? 'is empty' : 'is not set'
  if (input === 'trigger-token' && !inputs.raw['trigger-token']?.trim()) {
    return `${label} ${missing}: export the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), e.g. export ${TRIGGER_TOKEN_ENV}=glptt-…`
  }
  if (input === 'api-token' && !inputs.raw['api-token']?.trim()) {
    return `${label} ${missing}, and --wait needs it: a trigger token cannot read pipelines. Export an access token with read_api (api to cancel), e.g. export ${API_TOKEN_ENV}=glpat-…`
  }
  return `${label} ${inFlagNames(message)}`
}

// ---------------------------------------------------------------------------------------------
// The main command: trigger (and follow) a pipeline.

const TRIGGER_FLAGS = {
  ...CONNECTION_FLAGS,
  ref: { type: 'string', example: 'main' },
  var: { type: 'string', multiple: true, example: 'DEPLOY_ENV=staging' },
  'variables-file': { type: 'string', example: 'deploy.env' },
  input: { type: 'string', multiple: true, example: 'replicas=3' },
  wait: { type: 'boolean' },
  timeout: { type: 'string', example: '30m' },
  'poll-interval': { type: 'string', example: '15s' },
  'accept-statuses': { type: 'string', example: 'success,manual' },
  'cancel-on-timeout': { type: 'boolean', negatable: true },
  'cancel-on-abort': { type: 'boolean', negatable: true },
  'job-logs': { type: 'string', example: 'failed' },
  'trigger-token': { type: 'string' },
  version: { type: 'boolean', short: 'V' }
} as const satisfies Record<string, FlagSpec>

export const TRIGGER_USAGE_LINE = `usage: ${TOOL_NAME} --project my-group/my-project --ref main [options]   (${TOOL_NAME} --help for all options)`

export const TRIGGER_USAGE = `Usage: ${TOOL_NAME} --project PROJECT --ref REF [options]
       ${TOOL_NAME} tokens list|get|create|update|delete ...   (tokens --help)

Triggers a GitLab pipeline and, with --wait, follows it until it ends.

Options:
  --project PROJECT          numeric project id or full path, e.g. my-group/my-project (required)
  --ref REF                  branch or tag to run the pipeline on (required)
  --gitlab-url URL           the GitLab instance (default: $${GITLAB_URL_ENV}, else https://gitlab.com)
  --var KEY=VALUE            a CI/CD variable; repeatable
  --variables-file FILE      a dotenv file (KEY=VALUE lines, export, quotes, # comments), read
                             with Node's util.parseEnv (Node 20.12+); --var wins over it
  --input NAME=VALUE         a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"]
                             keep their JSON type; anything else (007, 41e50312) is the string given
  --wait                     follow the pipeline until it ends (needs ${API_TOKEN_ENV})
  --timeout DURATION         longest wait: seconds (90) or 45s, 30m, 1h30m (default 1h)
  --poll-interval DURATION   longest pause between status checks (default 15s)
  --accept-statuses LIST     final statuses that count as success (default success),
                             e.g. success,manual; known: success, failed, canceled, skipped, manual
  --no-cancel-on-timeout     leave the pipeline running when --timeout is reached
  --no-cancel-on-abort       leave the pipeline running on Ctrl-C or SIGTERM while waiting
                             (--cancel-on-timeout and --cancel-on-abort, the defaults, also exist)
  --job-logs WHICH           job logs to print when the pipeline ends: none, failed (default) or all
  --json                     print the outputs as one JSON object on stdout
  -h, --help                 print this help
  -V, --version              print the version

Environment:
  ${TRIGGER_TOKEN_ENV}       the project's pipeline trigger token (required)
  ${API_TOKEN_ENV}           an access token with read_api (api to cancel); required by --wait
  ${GITLAB_URL_ENV}                 default for --gitlab-url
  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)
  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines
  --trigger-token and --api-token also work, but command lines are visible to other processes.

Output:
  Progress and errors go to stderr. stdout gets the pipeline's web URL, or with --json one object:
  pipeline_id, pipeline_iid, web_url, project_id, sha, ref, status, and after --wait also
  duration (seconds) and jobs ([{id, name, stage, status, web_url, duration, allow_failure}]).

Exit codes:
  0  triggered (with --wait: ended in an accepted status)
  1  the pipeline ended in another status, the wait timed out, or the wait was interrupted
  2  bad usage or input; nothing was sent
  3  GitLab refused the request or could not be reached

Example:
  export ${TRIGGER_TOKEN_ENV}=glptt-… ${API_TOKEN_ENV}=glpat-…
  ${TOOL_NAME} --gitlab-url https://gitlab.example.com --project my-group/app --ref main \\
    --var DEPLOY_ENV=staging --input replicas=3 --wait --timeout 30m --json
`

export type TriggerCommand =
  { kind: 'help' } | { kind: 'version' } | { kind: 'trigger'; inputs: CliInputs; json: boolean }

/** Turns the command line and environment into the action's raw inputs; throws UsageError. */
export function parseTriggerArgs(argv: readonly string[], env: NodeJS.ProcessEnv): TriggerCommand {
  const { values } = readFlags(argv, TRIGGER_FLAGS, TRIGGER_USAGE_LINE)
  if (values.help) return { kind: 'help' }
  if (values.version) return { kind: 'version' }

  const inputs = connectionInputs(values, env)
  tokenInput(inputs, values, env, 'trigger-token', TRIGGER_TOKEN_ENV)
  const text = (name: string) => optionalString(values[name]) ?? ''
  const flag = (name: string) => (values[name] === undefined ? '' : String(values[name]))
  Object.assign(inputs.raw, {
    ref: text('ref'),
    variables: variablesText(values, inputs.problems),
    inputs: lines('input', values.input, 'NAME=VALUE', 'replicas=3', inputs.problems),
    wait: flag('wait'),
    timeout: text('timeout'),
    'poll-interval': text('poll-interval'),
    'accept-statuses': text('accept-statuses'),
    'cancel-on-timeout': flag('cancel-on-timeout'),
    'cancel-on-abort': flag('cancel-on-abort'),
    'job-logs': text('job-logs'),
    // A terminal has no job summary page.
    summary: 'false'
  } satisfies RawInputs)
  Object.assign(inputs.labels, {
    ref: '--ref',
    variables: '--var/--variables-file',
    inputs: '--input',
    wait: '--wait',
    timeout: '--timeout',
    'poll-interval': '--poll-interval',
    'accept-statuses': '--accept-statuses',
    'cancel-on-timeout': '--cancel-on-timeout',
    'cancel-on-abort': '--cancel-on-abort',
    'job-logs': '--job-logs'
  } satisfies CliInputs['labels'])
  return { kind: 'trigger', inputs, json: values.json === true }
}

/**
 * Without a file: the --var values as the action's KEY=VALUE lines. With --variables-file: one
 * JSON object, since dotenv values may span lines; a --var overrides the file's value of its key.
 */
function variablesText(values: FlagValues, problems: string[]): string {
  const fromFlags = lines('var', values.var, 'KEY=VALUE', 'DEPLOY_ENV=staging', problems)
  const file = optionalString(values['variables-file'])
  if (file === undefined) return fromFlags
  const merged = readVariablesFile(file, problems)
  if (!merged) return ''
  const seen = new Set<string>()
  for (const line of fromFlags ? fromFlags.split('\n') : []) {
    const key = line.slice(0, line.indexOf('=')).trim()
    if (seen.has(key)) problems.push(`--var ${key} is set twice; set each variable once`)
    seen.add(key)
    Object.defineProperty(merged, key, {
      value: line.slice(line.indexOf('=') + 1).trim(),
      enumerable: true,
      writable: true,
      configurable: true
    })
  }
  return JSON.stringify(merged)
}

/** A dotenv file as Node reads one (`export`, quotes, multi-line values, comments). */
function readVariablesFile(file: string, problems: string[]): Record<string, string> | undefined {
  let text: string
  try {
    text = readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message
    problems.push(
      `--variables-file cannot read "${file}": ${why}. Example: --variables-file deploy.env, with lines such as DEPLOY_ENV=staging`
    )
    return undefined
  }
  // util.parseEnv arrived in Node 20.12; engines allows any Node 20.
  const parseEnv = (util as { parseEnv?: (content: string) => object }).parseEnv
  if (!parseEnv) {
    problems.push(
      `--variables-file needs Node 20.12 or later (util.parseEnv); this is Node ${process.versions.node}. Pass the variables with --var KEY=VALUE instead`
    )
    return undefined
  }
  const parsed = parseEnv(text) as Record<string, string>
  const result: Record<string, string> = {}
  for (const [key, value] of Object.entries(parsed))
    Object.defineProperty(result, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true
    })
  const meaningful = text.split(/\r?\n/).some(line => line.trim() && !line.trim().startsWith('#'))
  if (Object.keys(result).length === 0 && meaningful) {
    problems.push(
      `--variables-file "${file}" has no KEY=VALUE line. Example: DEPLOY_ENV=staging, or export DEPLOY_ENV="staging"`
    )
    return undefined
  }
  return result
}

/**
 * Repeated `--var`/`--input` values as the action's one-per-line format. Each must hold a `=`
 * and fit on one line; settings.ts checks the rest (names, duplicates, JSON values).
 */
function lines(
  flag: string,
  values: FlagValues[string],
  shape: string,
  example: string,
  problems: string[]
): string {
  const good: string[] = []
  for (const value of Array.isArray(values) ? values : []) {
    if (value.indexOf('=') <= 0)
      problems.push(`--${flag} "${value}" is not ${shape}. Example: --${flag} ${example}`)
    else if (/[\r\n]/.test(value))
      problems.push(
        `--${flag} ${value.slice(0, value.indexOf('='))}=…: the value contains a line break, which --${flag} cannot carry`
      )
    else good.push(value)
  }
  return good.join('\n')
}
