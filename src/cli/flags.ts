import { parseArgs } from 'node:util'
import {
  EnvironmentError,
  InputError,
  parseSettings,
  requestTimeoutFrom,
  type InputName,
  type InputWords,
  type Settings
} from '../settings/settings.js'
import { cliWords, inputFlags, type CliInputs } from './input-flags.js'

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
  return closestName(name, Object.keys(flags))
}

/** The known name a misspelt one most likely meant (`lst` is `list`), if any is close enough. */
export function closestName(name: string, known: readonly string[]): string | undefined {
  let best: { flag: string; distance: number } | undefined
  for (const flag of known) {
    const distance = editDistance(name.toLowerCase(), flag)
    if (
      distance <= Math.max(1, Math.min(2, Math.floor(flag.length / 3))) &&
      distance < (best?.distance ?? 3)
    )
      best = { flag, distance }
  }
  if (best) return best.flag
  const starts = known.filter(flag => name.length >= 3 && flag.startsWith(name))
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
// What every command reads: the instance, the project and an access token.

export const CONNECTION_INPUTS = ['gitlab-url', 'project', 'api-token'] as const

export const CONNECTION_FLAGS = {
  ...inputFlags(CONNECTION_INPUTS),
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' }
} as const satisfies Record<string, FlagSpec>

/**
 * Validates with the action's own rules (settings.ts), so both front ends accept and refuse the
 * same values; each problem is worded with the flag or variable the user actually set.
 */
export function settingsFrom(
  inputs: CliInputs,
  usage: string,
  only?: readonly InputName[]
): Settings {
  const words = cliWords(inputs.labels)
  let issues: string[] = []
  try {
    const settings = parseSettings(inputs.raw, { words, ...(only ? { only } : {}) })
    if (inputs.problems.length === 0) return settings
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    issues = error.issues.map(issue => cliIssue(issue.input, issue.message, inputs, words))
  }
  throw new UsageError([...inputs.problems, ...issues], usage)
}

function cliIssue(input: InputName, message: string, inputs: CliInputs, words: InputWords): string {
  // settings.ts words these two for a workflow file (secrets, `with:`); here the fix is an env var.
  const label = words.name(input)
  const missing = label.startsWith('--') ? 'is empty' : 'is not set'
  if (input === 'trigger-token' && !inputs.raw['trigger-token']?.trim()) {
    return `${label} ${missing}: export the project's pipeline trigger token (Settings > CI/CD > Pipeline trigger tokens), e.g. ${words.set('trigger-token', 'glptt-…')}`
  }
  if (input === 'api-token' && !inputs.raw['api-token']?.trim()) {
    const needs = words.advise(inputs.raw['pipeline-id']?.trim() ? 'pipeline-id' : 'wait')
    return `${label} ${missing}, and ${needs} needs it: a trigger token cannot read pipelines. Export an access token with read_api (api to cancel), e.g. ${words.set('api-token', 'glpat-…')}`
  }
  return `${label} ${message}`
}

/** GITLAB_REQUEST_TIMEOUT for a command; a bad value is bad usage (exit 2), named as the variable. */
export function requestTimeoutOrUsageError(
  env: NodeJS.ProcessEnv,
  usage: string
): number | undefined {
  try {
    return requestTimeoutFrom(env)
  } catch (error) {
    if (error instanceof EnvironmentError) throw new UsageError([error.message], usage)
    throw error
  }
}
