import type { Clock } from '../runtime/clock.js'
import type { GitLabError } from '../gitlab/errors.js'
import type { ClientOptions, GitLabInstance, RequestInfo } from '../gitlab/client.js'
import type { RequestBudget } from './logs/request-budget.js'
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
  /** What the runs of a step's targets share; a run of its own without it. */
  shared?: SharedByTargets
}

/** What the runs of one step's targets share (src/run/targets/run-targets.ts). */
export interface SharedByTargets {
  /** What is learnt of the GitLab, learnt once (src/gitlab/client.ts, GitLabInstance). */
  instance: GitLabInstance
  /** With job-logs live: one request budget for all the waits (contract section 6.3). */
  liveBudget?: RequestBudget
  /** The api-token was checked for every target's project before any was triggered. */
  apiTokenChecked: boolean
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
  shared?: SharedByTargets
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

/**
 * How the run's GitLab clients are made from the settings: the URL, the request timeout, the
 * token names of the user's front end for hints, the run's clock and debug lines, and the GitLab
 * they share. `token` for the api-token's client; none for the trigger's.
 */
export function clientOptions(
  settings: Settings,
  {
    clock,
    onGitLabRequest,
    instance
  }: Pick<RunContext, 'clock' | 'onGitLabRequest'> & {
    instance: GitLabInstance
  },
  token?: string
): ClientOptions {
  return {
    gitlabUrl: settings.gitlabUrl,
    requestTimeoutMs: settings.requestTimeoutMs,
    inputNames: {
      apiToken: settings.words.name('api-token'),
      triggerToken: settings.words.name('trigger-token'),
      gitlabUrl: settings.words.name('gitlab-url')
    },
    clock,
    onRequest: onGitLabRequest,
    instance,
    ...(token === undefined ? {} : { token })
  }
}
