import { triggerAndFollow } from '../../run/trigger-and-follow.js'
import {
  jobEssentials,
  lastKnownStatus,
  pipelineEssentials,
  type RunResult
} from '../../run/run-result.js'
import { abortOnSignals } from '../../runtime/signals.js'
import { TOOL_NAME, VERSION } from '../../version.js'
import * as util from 'node:util'
import { INPUT_NAMES, inputSpec } from '../../settings/inputs-table.js'
import {
  CONNECTION_FLAGS,
  readFlags,
  requestTimeoutOrUsageError,
  UsageError,
  settingsFrom,
  type FlagSpec
} from '../flags.js'
import {
  cliInputs,
  environmentLines,
  inputFlags,
  optionLines,
  usageLine,
  type CliInputs
} from '../input-flags.js'
import type { CliReporter } from '../reporter.js'
import { readFlagFile, readTargetsFile } from '../targets-file.js'

/** The inputs the CLI has a flag for (every one but summary and on-rerun). */
const TRIGGER_INPUTS = INPUT_NAMES.filter(name => inputSpec(name).cli)

// The command's flags: the inputs' (settings/inputs-table.ts), and the CLI's own.
const TRIGGER_FLAGS = {
  ...CONNECTION_FLAGS,
  ...inputFlags(TRIGGER_INPUTS),
  'variables-file': { type: 'string', example: 'deploy.env' },
  version: { type: 'boolean', short: 'V' }
} as const satisfies Record<string, FlagSpec>

export const TRIGGER_USAGE_LINE = `usage: ${TOOL_NAME} --project my-group/my-project --ref main [options]   (${TOOL_NAME} --help for all options)`

const VARIABLES_FILE_LINE = usageLine(
  '--variables-file FILE',
  "a dotenv file (KEY=VALUE lines, export, quotes, # comments), read with Node's util.parseEnv (Node 20.12+); --var wins over it"
)

/** The inputs' lines, with --variables-file after --var. */
const OPTION_LINES = optionLines(TRIGGER_INPUTS).flatMap(line =>
  line.startsWith('  --var ') ? [line, VARIABLES_FILE_LINE] : [line]
)

export const TRIGGER_USAGE = `Usage: ${TOOL_NAME} --project PROJECT --ref REF [options]
       ${TOOL_NAME} --project PROJECT --pipeline-id ID [options]
       ${TOOL_NAME} --targets-file FILE [options]
       ${TOOL_NAME} tokens list|get|create|update|delete ...   (tokens --help)

Triggers a GitLab pipeline and, with --wait, follows it until it ends.

Options:
${OPTION_LINES.join('\n')}
  --json                     print the outputs as one JSON object on stdout
  -h, --help                 print this help
  -V, --version              print the version

Environment:
${environmentLines(TRIGGER_INPUTS, [
  '  GITLAB_REQUEST_TIMEOUT     seconds one request to GitLab may take (default 30)',
  '  GITLAB_TRIGGER_DEBUG       set to 1 to print debug lines, one per GitLab request (no tokens)'
]).join('\n')}

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
  export GITLAB_TRIGGER_TOKEN=glptt-… GITLAB_API_TOKEN=glpat-…
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

  const inputs = cliInputs(TRIGGER_INPUTS, values, env)
  // A terminal has no job summary page.
  inputs.raw.summary = 'false'
  const file = typeof values['variables-file'] === 'string' ? values['variables-file'] : undefined
  if (file !== undefined) {
    inputs.raw.variables = withVariablesFile(inputs.raw.variables ?? '', file, inputs.problems)
    inputs.labels.variables = '--var/--variables-file'
  }
  // --targets-file names a file; the input is its YAML.
  if (inputs.raw.targets) inputs.raw.targets = readTargetsFile(inputs.raw.targets, inputs.problems)
  return { kind: 'trigger', inputs, json: values.json === true }
}

/**
 * With --variables-file: one JSON object, since dotenv values may span lines; a --var (its
 * KEY=VALUE lines, `fromFlags`) overrides the file's value of its key.
 */
function withVariablesFile(fromFlags: string, file: string, problems: string[]): string {
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
  const text = readFlagFile(
    '--variables-file',
    file,
    '--variables-file deploy.env, with lines such as DEPLOY_ENV=staging',
    problems
  )
  if (text === undefined) return undefined
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

  // One line per GitLab request with GITLAB_TRIGGER_DEBUG=1 (SPEC 6.4).
  const onGitLabRequest = await reporter.requestLines()
  if (settings.targets) {
    const { runTriggerTargets } = await import('./trigger-targets.js')
    return runTriggerTargets(settings, json, reporter, {
      triggerAndFollow,
      signal: abortOnSignals(),
      onGitLabRequest,
      usageError: problems => new UsageError(problems, TRIGGER_USAGE_LINE),
      resultJson,
      exitCodeOf
    })
  }
  const result = await triggerAndFollow(settings, {
    log: reporter,
    signal: abortOnSignals(),
    onGitLabRequest
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
