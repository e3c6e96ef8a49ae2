import type { FinalStatus } from '../gitlab/statuses.js'
import { schemaOf } from './fields.js'
import { ACTION_WORDS, type InputWords } from './input-words.js'
import type { JobLogs } from './input-parsers.js'
import { INPUTS, INPUT_NAMES, inputSpec, unlessGiven, type InputName } from './inputs-table.js'
import type { PipelineInputValue } from './pipeline-values.js'
import type * as results from './results-inputs.js'
import type { ArtifactsRequest, OutputsFromRequest } from './job-colon-lines.js'

export type { PipelineInputValue, JobLogs, InputName, InputWords }
export { INPUT_DEFAULTS, INPUT_NAMES } from './inputs-table.js'
export { ACTION_WORDS } from './input-words.js'

export type RawInputs = Partial<Record<InputName, string>>

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
  /** How the front end names inputs, for every message that names one (`api-token` or GITLAB_API_TOKEN). */
  words: InputWords
  /** `targets`: the YAML of several pipelines, read by settings/targets.ts; '' for one. */
  targets: string
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

type Parsed = { [K in InputName]: ReturnType<(typeof INPUTS)[K]['parse']> }

export interface ParseOptions {
  /** The inputs to check; the others take their defaults (the CLI's `tokens` needs three). */
  only?: readonly InputName[]
  /** How messages name inputs; the action's names unless told otherwise. */
  words?: InputWords
}

/** Validates every input at once, so one run reports every mistake; throws InputError. */
export function parseSettings(raw: RawInputs, options: ParseOptions = {}): Settings {
  const { only = INPUT_NAMES, words = ACTION_WORDS } = options
  const given = (name: InputName) => only.includes(name) && Boolean(raw[name]?.trim())
  const issues: InputIssue[] = []
  const parsed: Partial<Parsed> = {}
  for (const name of INPUT_NAMES) {
    const text = given(name) ? (raw[name] as string) : INPUTS[name].default
    const result = schemaOf(inputSpec(name).parse, words).safeParse(text)
    if (result.success) (parsed as Record<string, unknown>)[name] = result.data
    // An input made unnecessary by another (ref by pipeline-id) is not used, so not checked.
    else if (only.includes(name) && !unlessGiven(name).some(given))
      issues.push(...result.error.issues.map(issue => ({ input: name, message: issue.message })))
  }
  const settings = parsed as Parsed
  // Following an existing pipeline triggers nothing (no trigger token, no ref) and always waits.
  // A bad id still means the user wants to follow one: its own error is the one to report.
  const attach = given('pipeline-id')
  if (attach) settings.wait = true
  if (attach && given('targets'))
    issues.push({
      input: 'targets',
      message: `cannot be given with ${words.name('pipeline-id')}: follow one existing pipeline, or trigger targets`
    })
  const tokenRefused = issues.some(issue => issue.input === 'api-token')
  issues.push(...needsIssues(settings, { attach, tokenRefused }, words))
  if (issues.length > 0) throw new InputError(issues)
  return settingsOf(settings, attach, words)
}

function settingsOf(settings: Parsed, attach: boolean, words: InputWords): Settings {
  return {
    gitlabUrl: settings['gitlab-url'],
    project: settings.project ?? '',
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
    ...(attach && settings['pipeline-id'] !== undefined
      ? { pipelineId: settings['pipeline-id'] }
      : {}),
    playManual: settings['play-manual'],
    onRerun: settings['on-rerun'],
    followDownstream: settings['follow-downstream'],
    words,
    targets: settings.targets
  }
}

/**
 * What the inputs need of each other: outputs-from, artifacts and play-manual act on a pipeline
 * the run follows, so they need a wait; a wait reads pipelines, so it needs an api-token.
 */
function needsIssues(
  settings: Parsed,
  { attach, tokenRefused }: { attach: boolean; tokenRefused: boolean },
  words: InputWords
): InputIssue[] {
  const issues: InputIssue[] = []
  if (!settings.wait) {
    for (const name of ['outputs-from', 'artifacts', 'play-manual'] as const)
      if ((settings[name]?.length ?? 0) > 0)
        issues.push({
          input: name,
          message: `acts on the pipeline once it runs or ends, so it needs ${words.set('wait', 'true')} and ${words.advise('api-token')}, or ${words.advise('pipeline-id')}`
        })
  }
  // An api-token that was given but is wrong has its own issue already.
  if (settings.wait && settings['api-token'] === undefined && !tokenRefused) {
    const needs = attach
      ? `is required with ${words.name('pipeline-id')}: following a pipeline reads it. Use an access token with read_api (api to cancel or play)`
      : `is required with ${words.set('wait', 'true')}; a trigger token cannot read pipelines. Use an access token with read_api (api to cancel)`
    issues.push({
      input: 'api-token',
      message: `${needs}, e.g. ${words.set('api-token', 'glpat-…')}`
    })
  }
  return issues
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
