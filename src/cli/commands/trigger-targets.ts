import type { RunContext } from '../../run/run-context.js'
import type { RunResult } from '../../run/run-result.js'
import {
  triggerAndFollowTargets,
  type TargetsResult,
  type TriggerAndFollow
} from '../../run/targets/run-targets.js'
import { targetsResults } from '../../run/targets/targets-results.js'
import { InputError, type Settings } from '../../settings/settings.js'
import { parseTargets, type Target } from '../../settings/targets.js'
import type { CliReporter } from '../reporter.js'

/**
 * What trigger.ts gives, having it loaded already: an import of these here would take them out of
 * the module the CLI's start-up path is bundled into (README, "Start-up time"), and the plain
 * trigger would read more before its request.
 */
export interface TriggerParts {
  triggerAndFollow: TriggerAndFollow
  signal: AbortSignal
  onGitLabRequest: RunContext['onGitLabRequest']
  /** The usage error (exit 2) for these problems. */
  usageError(problems: string[]): Error
  /** --json's object for a run. */
  resultJson(result: RunResult): Record<string, unknown>
  exitCodeOf(result: RunResult): 0 | 1 | 3
}

/**
 * --targets-file: every trigger token in it masked, then the targets run as the action runs them
 * (docs/contract.md section 6.1). stdout: with --json the first target's outputs, the worst status
 * and `results`; else each pipeline's web URL. The exit code is that of one pipeline.
 */
export async function runTriggerTargets(
  settings: Settings,
  json: boolean,
  reporter: CliReporter,
  parts: TriggerParts
): Promise<0 | 1 | 3> {
  let targets: Target[]
  try {
    targets = await parseTargets(settings.targets, settings, secret => reporter.mask(secret))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    throw parts.usageError(error.issues.map(issue => `--targets-file ${issue.message}`))
  }
  const result = await triggerAndFollowTargets(settings, targets, {
    log: reporter,
    signal: parts.signal,
    onGitLabRequest: parts.onGitLabRequest,
    triggerAndFollow: parts.triggerAndFollow
  })
  if (json)
    reporter.result(JSON.stringify({ ...parts.resultJson(result), results: resultsJson(result) }))
  else
    for (const { result: run } of result.targets)
      if (run?.pipeline) reporter.result(run.pipeline.web_url)
  return parts.exitCodeOf(result)
}

/** `--json`'s `results`: the action's `results` output with snake_case keys, as every `--json` key. */
export function resultsJson(result: TargetsResult) {
  return targetsResults(result).map(entry => ({
    name: entry.name,
    project: entry.project,
    ref: entry.ref,
    pipeline_id: entry['pipeline-id'],
    web_url: entry['web-url'],
    status: entry.status
  }))
}
