import { FINAL_STATUSES } from '../gitlab/statuses.js'
import type { InputParser } from './fields.js'
import type { InputWords } from './input-words.js'
import * as parsers from './input-parsers.js'
import { inputs, variables } from './pipeline-values.js'
import * as results from './results-inputs.js'

// Every input, once: its name (the action's), default, parser, CLI flag, environment variable,
// when it is required, and what it does. The action's settings (action/inputs.ts), the CLI's
// flags, usage and did-you-mean (cli/), and the words of messages (input-words.ts) come from
// here; __tests__/settings/inputs-table.test.ts holds action.yml and the CLI's usage to it.
// Adding an input is one entry (and its line in action.yml and Settings).

/** How the CLI takes an input. */
export interface CliFlag {
  /** The flag's name without `--`, when it is not the input's name (`var` for variables). */
  flag?: string
  /** How the value looks in the usage (`DURATION`); none for a switch (`--wait`). */
  value?: string
  /** Repeatable; the values become the input's lines. */
  multiple?: boolean
  /** A switch whose default is true: the usage shows `--no-<flag>`, described by `off`. */
  off?: string
  /** A good value, for the message when it is missing. */
  example?: string
}

export interface InputSpec {
  /** The value when the input is empty: as in action.yml. */
  default: string
  /** Validates the text (default filled in) into the setting, or reports what is wrong. */
  parse: InputParser<unknown>
  /** What it does, in a line the CLI's usage shows; words name other inputs in the front end's terms. */
  description: string | ((words: InputWords) => string)
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

const UNLESS_ATTACHED = { unless: ['pipeline-id'] } as const

export const INPUTS = {
  'gitlab-url': {
    default: 'https://gitlab.com',
    parse: parsers.gitlabUrl,
    description: 'the GitLab instance, possibly with a relative root',
    cli: { value: 'URL', example: 'https://gitlab.example.com' },
    env: 'GITLAB_URL'
  },
  project: {
    default: '',
    parse: parsers.project,
    description: 'numeric project id or full path, e.g. my-group/my-project',
    required: 'always',
    cli: { value: 'PROJECT', example: 'my-group/my-project' }
  },
  ref: {
    default: '',
    parse: parsers.ref,
    description: 'branch or tag to run the pipeline on',
    required: UNLESS_ATTACHED,
    cli: { value: 'REF', example: 'main' }
  },
  'trigger-token': {
    default: '',
    parse: parsers.triggerToken,
    description: "the project's pipeline trigger token",
    required: UNLESS_ATTACHED,
    cli: { value: 'TOKEN' },
    secret: true,
    env: 'GITLAB_TRIGGER_TOKEN'
  },
  variables: {
    default: '',
    parse: variables,
    description: 'a CI/CD variable; repeatable',
    cli: { flag: 'var', value: 'KEY=VALUE', multiple: true, example: 'DEPLOY_ENV=staging' }
  },
  inputs: {
    default: '',
    parse: inputs,
    description:
      'a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"] keep their JSON type; anything else (007, 41e50312) is the string given',
    cli: { flag: 'input', value: 'NAME=VALUE', multiple: true, example: 'replicas=3' }
  },
  wait: {
    default: 'false',
    parse: parsers.booleanInput,
    description: words => `follow the pipeline until it ends (needs ${words.advise('api-token')})`,
    cli: {}
  },
  'api-token': {
    default: '',
    parse: parsers.apiToken,
    description: words =>
      `an access token with read_api (api to cancel or play); needed by ${words.advise('wait')} and ${words.advise('pipeline-id')}`,
    cli: { value: 'TOKEN' },
    secret: true,
    env: 'GITLAB_API_TOKEN'
  },
  timeout: {
    default: '1h',
    // 20 days: longer than any GitHub job may run, and within what Node's timers can count.
    parse: parsers.durationInput(1000, 480 * 3_600_000, '45s, 30m, 1h30m'),
    description: 'longest wait: seconds (90) or 45s, 30m, 1h30m',
    cli: { value: 'DURATION', example: '30m' }
  },
  'poll-interval': {
    default: '15s',
    parse: parsers.durationInput(1000, 3_600_000, '10s, 1m'),
    description: 'longest pause between status checks',
    cli: { value: 'DURATION', example: '15s' }
  },
  'accept-statuses': {
    default: 'success',
    parse: parsers.acceptStatuses,
    description: `final statuses that count as success, e.g. success,manual; known: ${FINAL_STATUSES.join(', ')}`,
    cli: { value: 'LIST', example: 'success,manual' }
  },
  'cancel-on-timeout': {
    default: 'true',
    parse: parsers.booleanInput,
    description: words => `cancel the pipeline when ${words.advise('timeout')} is reached`,
    cli: { off: 'leave the pipeline running when --timeout is reached' }
  },
  'cancel-on-abort': {
    default: 'true',
    parse: parsers.booleanInput,
    description: 'cancel the pipeline when the run is cancelled while waiting',
    cli: { off: 'leave the pipeline running on Ctrl-C or SIGTERM while waiting' }
  },
  'job-logs': {
    default: 'failed',
    parse: parsers.jobLogs,
    description:
      "job logs to print when the pipeline ends: none, failed or all; or live: every job's log as it runs, each line prefixed with the job when several run",
    cli: { value: 'WHICH', example: 'failed' }
  },
  'follow-downstream': {
    default: 'true',
    parse: parsers.booleanInput,
    description: 'also follow the child and multi-project pipelines trigger jobs start',
    cli: { off: 'do not follow the child and multi-project pipelines trigger jobs start' }
  },
  summary: {
    default: 'true',
    parse: parsers.booleanInput,
    description: 'write a job summary: the pipeline, its status and a table of its jobs'
  },
  'outputs-from': {
    default: '',
    parse: results.outputsFrom,
    description:
      'after the pipeline ends, read PATH (dotenv, or .json) from the artifacts of the newest job JOB into job_outputs; repeatable',
    cli: { value: 'JOB:PATH', multiple: true, example: 'deploy:deploy.env' }
  },
  artifacts: {
    default: '',
    parse: results.artifacts,
    description: words =>
      `download and extract that job's artifacts (or the files matching GLOB) under ${words.advise('artifacts-dir')}/JOB/; repeatable`,
    cli: { value: 'JOB[:GLOB]', multiple: true, example: 'build:dist/**' }
  },
  'artifacts-dir': {
    default: 'gitlab-artifacts',
    parse: results.artifactsDir,
    description:
      'where artifacts go, relative to the workspace (the working directory at a terminal)',
    cli: { value: 'DIR', example: 'gitlab-artifacts' }
  },
  'pipeline-id': {
    default: '',
    parse: results.pipelineId,
    description: words =>
      `follow this existing pipeline instead of triggering one (no ${words.advise('trigger-token')} or ${words.advise('ref')} needed; ${words.advise('api-token')} is)`,
    cli: { value: 'ID', example: '1234' }
  },
  'play-manual': {
    default: '',
    parse: results.playManual,
    description:
      'comma-separated manual jobs to play when the pipeline reaches them, or * for every manual job that blocks it (needs the api scope)',
    cli: { value: 'NAMES', example: 'deploy-prod' }
  },
  'on-rerun': {
    default: 'reuse',
    parse: results.onRerun,
    description:
      'reuse or new: whether a re-run of the GitHub run follows the pipeline an earlier attempt triggered'
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
