import { inputSpec, unlessGiven, type CliFlag, type InputName } from '../settings/inputs-table.js'
import type { InputWords, RawInputs } from '../settings/settings.js'
import { INPUT_HELP, type FlagInput } from './input-help.js'
import type { FlagSpec, FlagValues } from './flags.js'

// The action's inputs as flags and environment variables (settings/inputs-table.ts): the flags
// `readFlags` knows, the usage lines, how a value the user typed becomes the input's text, and
// the CLI's words for messages that name an input.

/** The flag of an input, without `--` (`var` for variables); undefined when the CLI has none. */
export function flagOf(input: InputName): string | undefined {
  const cli = inputSpec(input).cli
  return cli ? (cli.flag ?? input) : undefined
}

/** The flags that set these inputs, for readFlags. */
export function inputFlags(names: readonly InputName[]): Record<string, FlagSpec> {
  const flags: Record<string, FlagSpec> = {}
  for (const name of names) {
    const cli = inputSpec(name).cli
    const flag = flagOf(name)
    if (!cli || !flag) continue
    flags[flag] = {
      type: cli.value ? 'string' : 'boolean',
      ...(cli.multiple ? { multiple: true } : {}),
      ...(cli.negatable ? { negatable: true } : {}),
      ...exampleOf(name)
    }
  }
  return flags
}

/** Raw inputs as the action would receive them, and how the user set each one (flag or env var). */
export interface CliInputs {
  raw: RawInputs
  labels: Partial<Record<InputName, string>>
  /** Said before anything else is printed, e.g. that a token on the command line is visible. */
  warnings: string[]
  /** Found while reading flags; reported together with what settings.ts finds. */
  problems: string[]
}

/** These inputs from the flags and the environment, each labelled with where its value came from. */
export function cliInputs(
  names: readonly InputName[],
  values: FlagValues,
  env: NodeJS.ProcessEnv
): CliInputs {
  const inputs: CliInputs = { raw: {}, labels: {}, warnings: [], problems: [] }
  for (const name of names) {
    const spec = inputSpec(name)
    const flag = flagOf(name)
    if (!spec.cli || !flag) continue
    const value = values[flag]
    const fromEnv = spec.env && value === undefined ? env[spec.env] : undefined
    // A token is looked for in its variable first; GITLAB_URL only when it is set.
    const envLabel = spec.env && (spec.secret || fromEnv) ? spec.env : undefined
    inputs.labels[name] = value === undefined && envLabel ? envLabel : `--${flag}`
    if (value === undefined) inputs.raw[name] = fromEnv ?? ''
    else if (Array.isArray(value)) inputs.raw[name] = lines(name, spec.cli, value, inputs.problems)
    else inputs.raw[name] = String(value)
    if (value !== undefined && spec.secret)
      inputs.warnings.push(
        `--${flag} puts the token on the command line, where other users and processes on this machine can read it (ps, /proc); set ${spec.env} instead`
      )
  }
  return inputs
}

/**
 * Repeated values as the action's one-per-line format. A `KEY=VALUE` flag's values must hold a
 * `=` and fit on one line; settings.ts checks the rest (names, duplicates, JSON values).
 */
function lines(
  name: InputName,
  spec: CliFlag,
  values: readonly string[],
  problems: string[]
): string {
  const flag = flagOf(name)
  const shape = spec.value?.includes('=') ? spec.value : undefined
  const good: string[] = []
  for (const value of values) {
    if (shape && value.indexOf('=') <= 0)
      problems.push(
        `--${flag} "${value}" is not ${shape}. Example: --${flag} ${exampleOf(name).example}`
      )
    else if (shape && /[\r\n]/.test(value))
      problems.push(
        `--${flag} ${value.slice(0, value.indexOf('='))}=…: the value contains a line break, which --${flag} cannot carry`
      )
    else good.push(value)
  }
  return good.join('\n')
}

/** What the user can type for an input at a terminal: a token's variable, else the flag. */
function advise(input: InputName): string {
  const spec = inputSpec(input)
  if (spec.secret && spec.env) return spec.env
  const flag = flagOf(input)
  return flag ? `--${flag}` : input
}

/** The CLI's words: an input is named as the user gave it (flag or variable), advice in flags. */
export function cliWords(labels: CliInputs['labels'] = {}): InputWords {
  return {
    name: input => labels[input] ?? advise(input),
    advise,
    set: (input, value) => {
      const spec = inputSpec(input)
      if (spec.secret && spec.env) return `export ${spec.env}=${value}`
      if (!spec.cli) return `${input}: ${value}`
      if (spec.cli.value) return `${advise(input)} ${value}`
      return value === 'false' ? `--no-${flagOf(input)}` : advise(input)
    }
  }
}

const WIDTH = 100

/** `left`, then `text` from `column` on, wrapped at WIDTH with continuation lines under the text. */
export function usageLine(left: string, text: string, column = 29): string {
  const lines: string[] = []
  let line = `  ${left}`.padEnd(column - 1)
  for (const word of text.split(' ')) {
    if (line.length + 1 + word.length > WIDTH && line.trim() !== left.trim()) {
      lines.push(line)
      line = ' '.repeat(column - 1)
    }
    line += ` ${word}`
  }
  return [...lines, line].join('\n')
}

/** An input's help (cli/input-help.ts): what it does, or for a switch on by default what --no- does. */
function helpOf(name: InputName, words: InputWords): string {
  const help = INPUT_HELP[name as FlagInput]
  if ('off' in help) return help.off
  return typeof help.description === 'string' ? help.description : help.description(words)
}

/** A good value of an input's flag, for messages. */
function exampleOf(name: InputName): { example?: string } {
  const help = INPUT_HELP[name as FlagInput]
  return 'example' in help && help.example ? { example: help.example } : {}
}

/** The usage lines of these inputs' flags (tokens are under Environment: see environmentLines). */
export function optionLines(names: readonly InputName[], column?: number): string[] {
  const words = cliWords()
  const lines: string[] = []
  for (const name of names) {
    const spec = inputSpec(name)
    if (!spec.cli || spec.secret) continue
    const flag = `--${flagOf(name)}`
    const left = spec.cli.negatable
      ? `--no-${flagOf(name)}`
      : `${flag} ${spec.cli.value ?? ''}`.trim()
    lines.push(usageLine(left, `${helpOf(name, words)}${defaultAndRequired(name)}`, column))
  }
  // The switches on by default are shown as --no-X; X itself is accepted too.
  const on = names.filter(name => inputSpec(name).cli?.negatable).map(name => `--${flagOf(name)}`)
  if (on.length > 0)
    lines.push(
      usageLine(
        '',
        `(${on.join(', ')}: the defaults, also accepted; the last one given wins)`,
        column
      )
    )
  return lines
}

function defaultAndRequired(name: InputName): string {
  const spec = inputSpec(name)
  const unless = unlessGiven(name).map(advise).join(' or ')
  if (spec.required) return unless ? ` (required unless ${unless})` : ' (required)'
  if (!spec.cli?.value || !spec.default) return ''
  return spec.env ? ` (default: $${spec.env}, else ${spec.default})` : ` (default ${spec.default})`
}

/** The usage lines of the environment variables these inputs are read from, then `others`. */
export function environmentLines(names: readonly InputName[], others: string[] = []): string[] {
  const words = cliWords()
  const lines: string[] = []
  for (const name of names) {
    const { env, secret } = inputSpec(name)
    if (!env) continue
    const text = secret
      ? helpOf(name, words) + defaultAndRequired(name)
      : `default for --${flagOf(name)}`
    lines.push(usageLine(env, text))
  }
  lines.push(...others)
  const secretFlags = names.filter(name => inputSpec(name).secret).map(name => `--${flagOf(name)}`)
  if (secretFlags.length > 0)
    lines.push(
      `  ${secretFlags.join(' and ')} also work${secretFlags.length > 1 ? '' : 's'}, but command lines are visible to other processes.`
    )
  return lines
}
