import type { InputParser } from './fields.js'
import * as parsers from './input-parsers.js'
import { inputs, variables } from './pipeline-values.js'
import * as results from './results-inputs.js'

// Every input, once: its name (the action's), default, parser, CLI flag, environment variable and
// when it is required. The action's settings (action/inputs.ts), the CLI's flags, usage and
// did-you-mean (cli/), and the words of messages (input-words.ts) come from here;
// __tests__/settings/inputs-table.test.ts holds action.yml and the CLI's usage to it. Adding an
// input is one entry here, its line in action.yml and Settings, and, with a flag, its help line
// in cli/input-help.ts (the compiler asks for it). The help texts live there because the action
// loads this table before its trigger request, within 120 KB (__tests__/e2e/startup.test.ts).

/** How the CLI takes an input. */
export interface CliFlag {
  /** The flag's name without `--`, when it is not the input's name (`var` for variables). */
  flag?: string
  /** How the value looks in the usage (`DURATION`); none for a switch (`--wait`). */
  value?: string
  /** Repeatable; the values become the input's lines. */
  multiple?: boolean
  /** A switch whose default is true: `--no-<flag>` turns it off. */
  negatable?: boolean
}

export interface InputSpec {
  /** The value when the input is empty: as in action.yml. */
  default: string
  /** Validates the text (default filled in) into the setting, or reports what is wrong. */
  parse: InputParser<unknown>
  /** Needed on every run, or unless one of these inputs is given (then it is not used). */
  required?: 'always' | { unless: readonly InputName[] }
  /** Absent: the action has this input, the CLI not. */
  cli?: CliFlag
  /** A token: masked, and at a terminal read from `env` first (a flag is visible to other processes). */
  secret?: boolean
  /** An environment variable the CLI reads it from: a secret's home, else the default of its flag. */
  env?: string
}

/**
 * Every input's name, as in action.yml. Spelt out rather than taken from INPUTS, whose entries
 * name inputs themselves; the compiler holds INPUTS to exactly these keys.
 */
export type InputName =
  | 'gitlab-url'
  | 'project'
  | 'ref'
  | 'trigger-token'
  | 'variables'
  | 'inputs'
  | 'wait'
  | 'api-token'
  | 'timeout'
  | 'poll-interval'
  | 'accept-statuses'
  | 'cancel-on-timeout'
  | 'cancel-on-abort'
  | 'job-logs'
  | 'follow-downstream'
  | 'summary'
  | 'outputs-from'
  | 'artifacts'
  | 'artifacts-dir'
  | 'pipeline-id'
  | 'play-manual'
  | 'on-rerun'
  | 'targets'

// With targets, each target names its own project, ref and trigger token (contract 6.1).
const UNLESS_ATTACHED = { unless: ['pipeline-id', 'targets'] } as const

export const INPUTS = {
  'gitlab-url': {
    default: 'https://gitlab.com',
    parse: parsers.gitlabUrl,
    cli: { value: 'URL' },
    env: 'GITLAB_URL'
  },
  project: {
    default: '',
    parse: parsers.project,
    required: { unless: ['targets'] },
    cli: { value: 'PROJECT' }
  },
  ref: {
    default: '',
    parse: parsers.ref,
    required: UNLESS_ATTACHED,
    cli: { value: 'REF' }
  },
  'trigger-token': {
    default: '',
    parse: parsers.triggerToken,
    required: UNLESS_ATTACHED,
    cli: { value: 'TOKEN' },
    secret: true,
    env: 'GITLAB_TRIGGER_TOKEN'
  },
  variables: {
    default: '',
    parse: variables,
    cli: { flag: 'var', value: 'KEY=VALUE', multiple: true }
  },
  inputs: {
    default: '',
    parse: inputs,
    cli: { flag: 'input', value: 'NAME=VALUE', multiple: true }
  },
  wait: {
    default: 'false',
    parse: parsers.booleanInput,
    cli: {}
  },
  'api-token': {
    default: '',
    parse: parsers.apiToken,
    cli: { value: 'TOKEN' },
    secret: true,
    env: 'GITLAB_API_TOKEN'
  },
  timeout: {
    default: '1h',
    // 20 days: longer than any GitHub job may run, and within what Node's timers can count.
    parse: parsers.durationInput(1000, 480 * 3_600_000, '45s, 30m, 1h30m'),
    cli: { value: 'DURATION' }
  },
  'poll-interval': {
    default: '15s',
    parse: parsers.durationInput(1000, 3_600_000, '10s, 1m'),
    cli: { value: 'DURATION' }
  },
  'accept-statuses': {
    default: 'success',
    parse: parsers.acceptStatuses,
    cli: { value: 'LIST' }
  },
  'cancel-on-timeout': {
    default: 'true',
    parse: parsers.booleanInput,
    cli: { negatable: true }
  },
  'cancel-on-abort': {
    default: 'true',
    parse: parsers.booleanInput,
    cli: { negatable: true }
  },
  'job-logs': {
    default: 'failed',
    parse: parsers.jobLogs,
    cli: { value: 'WHICH' }
  },
  'follow-downstream': {
    default: 'true',
    parse: parsers.booleanInput,
    cli: { negatable: true }
  },
  summary: {
    default: 'true',
    parse: parsers.booleanInput
  },
  'outputs-from': {
    default: '',
    parse: results.outputsFrom,
    cli: { value: 'JOB:PATH', multiple: true }
  },
  artifacts: {
    default: '',
    parse: results.artifacts,
    cli: { value: 'JOB[:GLOB]', multiple: true }
  },
  'artifacts-dir': {
    default: 'gitlab-artifacts',
    parse: results.artifactsDir,
    cli: { value: 'DIR' }
  },
  'pipeline-id': {
    default: '',
    parse: results.pipelineId,
    cli: { value: 'ID' }
  },
  'play-manual': {
    default: '',
    parse: results.playManual,
    cli: { value: 'NAMES' }
  },
  'on-rerun': {
    default: 'reuse',
    parse: results.onRerun
  },
  targets: {
    default: '',
    // The YAML is read by settings/targets.ts, with the yaml package loaded only then.
    parse: text => text.trim(),
    // At a terminal, the same YAML from a file (cli/targets-file.ts reads it).
    cli: { flag: 'targets-file', value: 'FILE' }
  }
} as const satisfies Record<InputName, InputSpec>

export const INPUT_NAMES = Object.keys(INPUTS) as InputName[]

/** Each input's value when it is empty, as action.yml declares it. */
export const INPUT_DEFAULTS = Object.fromEntries(
  INPUT_NAMES.map(name => [name, INPUTS[name].default])
) as { readonly [K in InputName]: (typeof INPUTS)[K]['default'] }

/** The spec of one input, typed as any entry (for code that looks at optional fields). */
export const inputSpec = (name: InputName): InputSpec => INPUTS[name]

/** The inputs that make this one unnecessary when given (`pipeline-id` for ref), none for most. */
export function unlessGiven(name: InputName): readonly InputName[] {
  const required = inputSpec(name).required
  return typeof required === 'object' ? required.unless : []
}
