import type { Clock } from '../runtime/clock.js'
import type { GitLabError } from '../gitlab/errors.js'
import type { RequestInfo } from '../gitlab/client.js'
import type { Settings } from '../settings/settings.js'
import type { RunHooks, RunLog } from './run-log.js'
import type { RunOutcome, RunResult } from './run-result.js'

// What the trigger (trigger-and-follow.ts) and the following (follow/follow-run.ts) share; kept
// apart from both so that the trigger path loads nothing of the following.

export interface RunContext {
  log: RunLog
  hooks?: RunHooks
  /** Aborts when the run is cancelled (SIGINT, SIGTERM, Ctrl-C). */
  signal: AbortSignal
  /** The real clock unless a test gives its own. */
  clock?: Clock
  /** Where artifact archives wait while extracted (RUNNER_TEMP on a runner); os.tmpdir() without it. */
  tempDir?: string
  /** Told about every GitLab request (the front ends' debug lines, SPEC 6.4). */
  onGitLabRequest?: (info: RequestInfo) => void
}

/** What each step of the run shares. */
export interface Run {
  settings: Settings
  log: RunLog
  hooks: RunHooks
  signal: AbortSignal
  clock: Clock
  result: RunResult
  tempDir?: string
}

export function finish(
  run: Run,
  outcome: RunOutcome,
  reason?: string,
  error?: GitLabError
): RunResult {
  Object.assign(run.result, { outcome, endedAt: run.clock.now() })
  if (reason !== undefined) run.result.reason = reason
  if (error !== undefined) run.result.error = error
  return run.result
}

/** Calls a front end's hook; its failure is its own to report and never stops the run. */
export async function callHook(run: Run, call: () => void | Promise<void>): Promise<void> {
  try {
    await call()
  } catch (error) {
    run.log.warning(`${error instanceof Error ? error.message : String(error)}; the run goes on`)
  }
}
