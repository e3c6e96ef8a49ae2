import { triggerAndFollow } from '../../run/trigger-and-follow.js'
import {
  jobEssentials,
  lastKnownStatus,
  pipelineEssentials,
  type RunResult
} from '../../run/run-result.js'
import { abortOnSignals } from '../../runtime/signals.js'
import { TOOL_NAME, VERSION } from '../../version.js'
import { readFileSync } from 'node:fs'
import * as util from 'node:util'
import type { RawInputs } from '../../settings/settings.js'
import {
  API_TOKEN_ENV,
  CONNECTION_FLAGS,
  GITLAB_URL_ENV,
  TRIGGER_TOKEN_ENV,
  connectionInputs,
  optionalString,
  readFlags,
  requestTimeoutOrUsageError,
  settingsFrom,
  tokenInput,
  type CliInputs,
  type FlagSpec,
  type FlagValues
} from '../flags.js'
import { withFlagNames } from '../flag-names.js'
import type { CliReporter } from '../reporter.js'

// The command's flags and usage.
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
  'outputs-from': { type: 'string', multiple: true, example: 'deploy:deploy.env' },
  artifacts: { type: 'string', multiple: true, example: 'build:dist/**' },
  'artifacts-dir': { type: 'string', example: 'gitlab-artifacts' },
  'pipeline-id': { type: 'string', example: '1234' },
  'play-manual': { type: 'string', example: 'deploy-prod' },
  'follow-downstream': { type: 'boolean', negatable: true },
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
  --job-logs WHICH           job logs to print when the pipeline ends: none, failed (default) or
                             all; or live: every job's log as it runs, each line prefixed with
                             the job when several run
  --no-follow-downstream     do not follow the child and multi-project pipelines trigger jobs start
  --outputs-from JOB:PATH    after the pipeline ends, read PATH (dotenv, or .json) from the
                             artifacts of the newest job JOB into job_outputs; repeatable
  --artifacts JOB[:GLOB]     download and extract that job's artifacts (or the files matching
                             GLOB) under --artifacts-dir/JOB/; repeatable
  --artifacts-dir DIR        where artifacts go, relative to the working directory
                             (default gitlab-artifacts)
  --pipeline-id ID           follow this existing pipeline instead of triggering one (no
                             trigger token or --ref needed; ${API_TOKEN_ENV} is)
  --play-manual NAMES        comma-separated manual jobs to play when the pipeline reaches them,
                             or * for every manual job that blocks it (needs the api scope)
  --json                     print the outputs as one JSON object on stdout
  -h, --help                 print this help
  -V, --version              print the version

Environment:
  ${TRIGGER_TOKEN_ENV}       the project's pipeline trigger token (required unless --pipeline-id)
  ${API_TOKEN_ENV}           an access token with read_api (api to cancel); required by --wait
  ${GITLAB_URL_ENV}                 default for --gitlab-url
  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)
  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines
  --trigger-token and --api-token also work, but command lines are visible to other processes.

Output:
  Progress and errors go to stderr. stdout gets the pipeline's web URL, or with --json one object:
  pipeline_id, pipeline_iid, web_url, project_id, sha, ref, status, and after --wait also
  duration (seconds), jobs ([{id, name, stage, status, web_url, duration, allow_failure,
  pipeline_id}]), pipelines ([{id, project_id, web_url, status, parent_id}]),
  job_outputs (with --outputs-from) and artifacts_dir (with --artifacts, absolute).

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
    'outputs-from': (Array.isArray(values['outputs-from']) ? values['outputs-from'] : []).join(
      '\n'
    ),
    artifacts: (Array.isArray(values.artifacts) ? values.artifacts : []).join('\n'),
    'artifacts-dir': text('artifacts-dir'),
    'pipeline-id': text('pipeline-id'),
    'play-manual': text('play-manual'),
    'follow-downstream': flag('follow-downstream'),
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
    'job-logs': '--job-logs',
    'outputs-from': '--outputs-from',
    artifacts: '--artifacts',
    'artifacts-dir': '--artifacts-dir',
    'pipeline-id': '--pipeline-id',
    'play-manual': '--play-manual',
    'follow-downstream': '--follow-downstream'
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

/** docs/contract.md section 4: 0 accepted, 1 pipeline not accepted, timed out or cancelled, 3 GitLab refused or unreachable. */
export function exitCodeOf(result: RunResult): 0 | 1 | 3 {
  if (result.outcome === 'accepted' || result.outcome === 'triggered') return 0
  return result.outcome === 'gitlab-error' ? 3 : 1
}

/** The default command: trigger a pipeline (and follow it). Returns the exit code. */
export async function runTrigger(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  reporter: CliReporter
): Promise<0 | 1 | 3> {
  const command = parseTriggerArgs(argv, env)
  if (command.kind === 'help') {
    reporter.result(TRIGGER_USAGE)
    return 0
  }
  if (command.kind === 'version') {
    reporter.result(VERSION)
    return 0
  }
  const { inputs, json } = command
  for (const secret of [inputs.raw['trigger-token'], inputs.raw['api-token']]) {
    if (secret?.trim()) reporter.mask(secret.trim())
  }
  for (const warning of inputs.warnings) reporter.warning(warning)
  const settings = {
    ...settingsFrom(inputs, TRIGGER_USAGE_LINE),
    requestTimeoutMs: requestTimeoutOrUsageError(env, TRIGGER_USAGE_LINE),
    workspace: process.cwd()
  }

  const result = await triggerAndFollow(settings, {
    log: withFlagNames(reporter),
    signal: abortOnSignals()
  })
  // stdout: the result as one JSON object (even `{}` when nothing was created, so `| jq` always
  // has something to read), or else just the pipeline's web URL once there is one.
  if (json) reporter.result(JSON.stringify(resultJson(result)))
  else if (result.pipeline) reporter.result(result.pipeline.web_url)
  return exitCodeOf(result)
}

/**
 * --json: the action's outputs with snake_case keys, numbers kept numbers. The status is the final
 * one (or `timeout`) once the wait reached it, else the last one known (lastKnownStatus).
 */
export function resultJson(result: RunResult): Record<string, unknown> {
  const { pipeline } = result
  if (!pipeline) return {}
  const json: Record<string, unknown> = {
    pipeline_id: pipeline.id,
    pipeline_iid: pipeline.iid,
    web_url: pipeline.web_url,
    project_id: pipeline.project_id,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: lastKnownStatus(result) ?? pipeline.status
  }
  // Also after a Ctrl-C while waiting: the jobs seen (issue 16 point 7).
  if (result.finalStatus !== undefined || result.lastSeen !== undefined) {
    json.duration = result.duration ?? null
    json.jobs = jobEssentials(result.jobs)
    json.pipelines = pipelineEssentials(result.pipelines)
  }
  if (result.jobOutputs !== undefined) json.job_outputs = result.jobOutputs
  if (result.artifactsDir !== undefined) json.artifacts_dir = result.artifactsDir
  return json
}
