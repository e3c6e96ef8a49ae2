import { formatDuration, parseDuration } from './durations.js'
import { FINAL_STATUSES, type FinalStatus } from '../gitlab/statuses.js'
import { fail, input, type InputSchema, type OutputOf } from './fields.js'
import { inputs, variables, type PipelineInputValue } from './pipeline-values.js'
import * as results from './results-inputs.js'
import type { ArtifactsRequest, OutputsFromRequest } from './job-colon-lines.js'

export type { PipelineInputValue }

/** Every setting, named as the action input; the CLI maps its flags onto the same names. */
export const INPUT_DEFAULTS = {
  'gitlab-url': 'https://gitlab.com',
  project: '',
  ref: '',
  'trigger-token': '',
  variables: '',
  inputs: '',
  wait: 'false',
  'api-token': '',
  timeout: '1h',
  'poll-interval': '15s',
  'accept-statuses': 'success',
  'cancel-on-timeout': 'true',
  'cancel-on-abort': 'true',
  'job-logs': 'failed',
  summary: 'true',
  ...results.RESULTS_INPUT_DEFAULTS,
  'follow-downstream': 'true'
} as const

export type InputName = keyof typeof INPUT_DEFAULTS
export type RawInputs = Partial<Record<InputName, string>>
export type JobLogs = 'none' | 'failed' | 'all' | 'live'

export interface Settings {
  /** Instance URL without a trailing slash, e.g. `https://example.com/gitlab`. */
  gitlabUrl: string
  /** Numeric id or full path, decoded (`group/sub/project`); encoded once when put in a URL. */
  project: string
  ref: string
  triggerToken: string
  variables: Record<string, string>
  inputs: Record<string, PipelineInputValue>
  wait: boolean
  apiToken: string | undefined
  timeoutMs: number
  pollIntervalMs: number
  acceptStatuses: FinalStatus[]
  cancelOnTimeout: boolean
  cancelOnAbort: boolean
  jobLogs: JobLogs
  /** Also follow the child and multi-project pipelines the trigger jobs start. */
  followDownstream: boolean
  summary: boolean
  /** `outputs-from`: files read from jobs' artifacts into outputs once the pipeline ended. */
  outputsFrom: OutputsFromRequest[]
  /** `artifacts`: jobs whose archives are extracted under artifactsDir. */
  artifacts: ArtifactsRequest[]
  /** `artifacts-dir`, relative to `workspace`. */
  artifactsDir: string
  /** `pipeline-id`: follow this pipeline instead of triggering one. */
  pipelineId?: number
  /** `play-manual`: manual job names to play, or `*`. */
  playManual: string[]
  onRerun: results.OnRerun
  /** This GitHub run and step (the action sets it in a workflow run): for on-rerun. */
  rerun?: { attempt: number; marker: string }
  /** Where artifacts-dir is: GITHUB_WORKSPACE for the action, the working directory for the CLI. */
  workspace?: string
  /** How long one GitLab request may take (GITLAB_REQUEST_TIMEOUT); the client's default if unset. */
  requestTimeoutMs?: number
}

export interface InputIssue {
  input: InputName
  message: string
}

/** All that is wrong with the inputs, each naming its input; thrown before any request. */
export class InputError extends Error {
  constructor(readonly issues: InputIssue[]) {
    super(issues.map(issue => `${issue.input}: ${issue.message}`).join('\n'))
    this.name = 'InputError'
  }
}

const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/
// Never shows the value: it is a secret.
const TOKEN_WITH_WHITESPACE =
  'contains whitespace or a line break; copy the token again without surrounding text (its value is not shown)'

const gitlabUrl = input((text, ctx) => {
  const value = text.trim() || INPUT_DEFAULTS['gitlab-url']
  let url: URL
  try {
    url = new URL(value)
  } catch {
    return fail(
      ctx,
      `"${value}" is not a URL. Use the address of the GitLab instance, e.g. https://gitlab.example.com`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(
      ctx,
      `must start with https:// or http://, got "${url.protocol}". Example: https://gitlab.example.com`
    )
  }
  if (url.username || url.password) {
    return fail(
      ctx,
      'must not contain credentials; pass tokens in trigger-token and api-token instead. Example: https://gitlab.example.com'
    )
  }
  if (url.search || url.hash) {
    return fail(
      ctx,
      'must not contain a query string or fragment. Example: https://example.com/gitlab'
    )
  }
  // Users often paste the API root; the API is always <gitlab-url>/api/v4.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v4$/, '')
  return `${url.origin}${path}`
})

const project = input((text, ctx) => {
  let value = text.trim()
  if (value === '')
    return fail(
      ctx,
      'is required: the numeric project id (e.g. 4242) or its full path (e.g. my-group/my-project)'
    )
  if (/^\d+$/.test(value)) return value
  if (/^https?:\/\//i.test(value)) {
    return fail(
      ctx,
      `must be the project id or path, not a URL: for "${value}" use the part after the host, e.g. my-group/my-project`
    )
  }
  // Accept a path that is already URL-encoded (group%2Fproject) so it is not encoded twice.
  if (/%2f/i.test(value)) {
    try {
      value = decodeURIComponent(value)
    } catch {
      return fail(ctx, `"${value}" is not a valid URL-encoded path. Example: my-group/my-project`)
    }
  }
  value = value.replace(/^\/+|\/+$/g, '')
  const segments = value.split('/')
  if (/\s/.test(value)) {
    return fail(
      ctx,
      `"${value}" contains spaces; GitLab paths never do. Use the path from the project's URL (e.g. my-group/my-project), not its display name`
    )
  }
  if (segments.length < 2 || !segments.every(segment => PATH_SEGMENT.test(segment))) {
    return fail(
      ctx,
      `"${value}" is not a project id or full path. Examples: 4242, my-group/my-project, my-group/sub-group/my-project`
    )
  }
  return value
})

const ref = input((text, ctx) => {
  const value = text.trim()
  if (value === '')
    return fail(ctx, 'is required: the branch or tag to run the pipeline on, e.g. main or v1.2.0')
  // eslint-disable-next-line no-control-regex -- control characters are what is rejected
  if (/[\s\x00-\x1f\x7f]/.test(value))
    return fail(
      ctx,
      `"${value}" contains whitespace; a branch or tag name never does. Example: main`
    )
  return value
})

const triggerToken = input((text, ctx) => {
  const value = text.trim()
  if (value === '') {
    return fail(
      ctx,
      'is empty. If it comes from a secret, the secret is not available to this run: workflows started by pull requests from forks get no secrets. Otherwise set it, e.g. trigger-token: ${{ secrets.GITLAB_TRIGGER_TOKEN }}'
    )
  }
  if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE)
  if (value.startsWith('glpat-')) {
    return fail(
      ctx,
      'is a personal access token (glpat-…), but the trigger API needs a pipeline trigger token (glptt-…) from Settings > CI/CD > Pipeline trigger tokens. Pass access tokens as api-token'
    )
  }
  return value
})

const apiToken = input((text, ctx) => {
  const value = text.trim()
  if (value === '') return undefined
  if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE)
  if (value.startsWith('glptt-')) {
    return fail(
      ctx,
      'is a pipeline trigger token (glptt-…), which cannot read pipelines. Use a personal, project or group access token with the read_api scope (api to cancel)'
    )
  }
  return value
})

function booleanInput(name: InputName) {
  return input((text, ctx) => {
    const value = text.trim() || INPUT_DEFAULTS[name]
    // The YAML 1.2 core schema, as @actions/core getBooleanInput accepts.
    if (['true', 'True', 'TRUE'].includes(value)) return true
    if (['false', 'False', 'FALSE'].includes(value)) return false
    return fail(ctx, `must be true or false, got "${value}"`)
  })
}

function durationInput(name: InputName, minimumMs: number, maximumMs: number, example: string) {
  return input((text, ctx) => {
    const value = text.trim() || INPUT_DEFAULTS[name]
    const ms = parseDuration(value)
    if (ms === undefined)
      return fail(
        ctx,
        `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`
      )
    if (ms < minimumMs)
      return fail(ctx, `must be at least ${minimumMs / 1000}s, got "${value}". Example: ${example}`)
    if (ms > maximumMs)
      return fail(
        ctx,
        `must be at most ${formatDuration(maximumMs)}, got "${value}". Example: ${example}`
      )
    return ms
  })
}

const acceptStatuses = input((text, ctx) => {
  const names = (text.trim() || INPUT_DEFAULTS['accept-statuses'])
    .split(',')
    .map(name => name.trim().toLowerCase())
    .filter(Boolean)
  const unknown = names.filter(name => !(FINAL_STATUSES as readonly string[]).includes(name))
  if (unknown.length > 0 || names.length === 0) {
    const hint = unknown.includes('cancelled') ? ' (GitLab spells it "canceled")' : ''
    return fail(
      ctx,
      `unknown status "${unknown.join(', ')}"${hint}. Known final statuses: ${FINAL_STATUSES.join(', ')}. Example: success,manual`
    )
  }
  return [...new Set(names)] as FinalStatus[]
})

const jobLogs = input((text, ctx) => {
  const value = (text.trim() || INPUT_DEFAULTS['job-logs']).toLowerCase()
  if (value === 'none' || value === 'failed' || value === 'all' || value === 'live')
    return value as JobLogs
  return fail(ctx, `must be none, failed, all or live, got "${value}"`)
})

const SCHEMAS = {
  'gitlab-url': gitlabUrl,
  project,
  ref,
  'trigger-token': triggerToken,
  variables,
  inputs,
  wait: booleanInput('wait'),
  'api-token': apiToken,
  // 20 days: longer than any GitHub job may run, and within what Node's timers can count.
  timeout: durationInput('timeout', 1000, 480 * 3_600_000, '45s, 30m, 1h30m'),
  'poll-interval': durationInput('poll-interval', 1000, 3_600_000, '10s, 1m'),
  'accept-statuses': acceptStatuses,
  'cancel-on-timeout': booleanInput('cancel-on-timeout'),
  'cancel-on-abort': booleanInput('cancel-on-abort'),
  'job-logs': jobLogs,
  summary: booleanInput('summary'),
  'outputs-from': results.outputsFrom,
  artifacts: results.artifacts,
  'artifacts-dir': results.artifactsDir,
  'pipeline-id': results.pipelineId,
  'play-manual': results.playManual,
  'on-rerun': results.onRerun,
  'follow-downstream': booleanInput('follow-downstream')
} satisfies Record<InputName, InputSchema<unknown>>

type Parsed = { [K in InputName]: OutputOf<(typeof SCHEMAS)[K]> }

/** Validates every input at once, so one run reports every mistake; throws InputError. */
export function parseSettings(
  raw: RawInputs,
  only: readonly InputName[] = Object.keys(SCHEMAS) as InputName[]
): Settings {
  const issues: InputIssue[] = []
  const parsed: Partial<Parsed> = {}
  for (const name of Object.keys(SCHEMAS) as InputName[]) {
    const checked = only.includes(name)
    const result = SCHEMAS[name].safeParse(checked ? (raw[name] ?? '') : INPUT_DEFAULTS[name])
    if (result.success) (parsed as Record<string, unknown>)[name] = result.data
    else if (checked)
      issues.push(...result.error.issues.map(issue => ({ input: name, message: issue.message })))
  }
  const settings = parsed as Parsed
  const attach = settings['pipeline-id'] !== undefined
  // Following an existing pipeline triggers nothing: no trigger token, no ref, always a wait.
  if (attach) {
    settings.wait = true
    for (let i = issues.length - 1; i >= 0; i--)
      if (issues[i].input === 'ref' || issues[i].input === 'trigger-token') issues.splice(i, 1)
  }
  issues.push(...resultsIssues(settings))
  if (
    (settings.wait || attach) &&
    !settings['api-token'] &&
    !issues.some(issue => issue.input === 'api-token')
  ) {
    issues.push({
      input: 'api-token',
      message: attach
        ? 'is required with pipeline-id: following a pipeline reads it. Use an access token with read_api (api to cancel or play), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}'
        : 'is required with wait: true; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel), e.g. api-token: ${{ secrets.GITLAB_API_TOKEN }}'
    })
  }
  if (issues.length > 0) throw new InputError(issues)
  return {
    gitlabUrl: settings['gitlab-url'],
    project: settings.project,
    ref: settings.ref ?? '',
    triggerToken: settings['trigger-token'] ?? '',
    variables: settings.variables,
    inputs: settings.inputs,
    wait: settings.wait,
    apiToken: settings['api-token'],
    timeoutMs: settings.timeout,
    pollIntervalMs: settings['poll-interval'],
    acceptStatuses: settings['accept-statuses'],
    cancelOnTimeout: settings['cancel-on-timeout'],
    cancelOnAbort: settings['cancel-on-abort'],
    jobLogs: settings['job-logs'],
    summary: settings.summary,
    outputsFrom: settings['outputs-from'],
    artifacts: settings.artifacts,
    artifactsDir: settings['artifacts-dir'],
    ...(attach ? { pipelineId: settings['pipeline-id'] } : {}),
    playManual: settings['play-manual'],
    onRerun: settings['on-rerun'],
    followDownstream: settings['follow-downstream']
  }
}

/** outputs-from, artifacts and play-manual act on a pipeline the run follows: they need a wait. */
function resultsIssues(settings: Parsed): InputIssue[] {
  if (settings.wait) return []
  const needWait = (['outputs-from', 'artifacts', 'play-manual'] as const).filter(
    name => (settings[name]?.length ?? 0) > 0
  )
  return needWait.map(name => ({
    input: name,
    message: `acts on the pipeline once it runs or ends, so it needs wait: true (and an api-token), or pipeline-id`
  }))
}

/** Seconds one GitLab request may take, for slow instances; 30 s when unset. */
export const REQUEST_TIMEOUT_ENV = 'GITLAB_REQUEST_TIMEOUT'

/** An environment variable the tool reads holds something it cannot use; thrown before any request. */
export class EnvironmentError extends Error {
  constructor(
    readonly variable: string,
    message: string
  ) {
    super(message)
    this.name = 'EnvironmentError'
  }
}

/**
 * GITLAB_REQUEST_TIMEOUT in milliseconds, or undefined when unset or empty (the client's 30 s).
 * A value that is not a positive number of seconds is an error, not a silent 30 s.
 */
export function requestTimeoutFrom(env: NodeJS.ProcessEnv): number | undefined {
  const text = env[REQUEST_TIMEOUT_ENV]?.trim()
  if (!text) return undefined
  const seconds = Number(text)
  if (!Number.isFinite(seconds) || seconds <= 0)
    throw new EnvironmentError(
      REQUEST_TIMEOUT_ENV,
      `${REQUEST_TIMEOUT_ENV} is "${text}", which is not a positive number of seconds; set e.g. ${REQUEST_TIMEOUT_ENV}=60, or leave it unset for 30 s`
    )
  return seconds * 1000
}
