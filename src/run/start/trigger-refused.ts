import { formatDuration } from '../../settings/durations.js'
import type { GitLabError } from '../../gitlab/errors.js'
import type { Clock } from '../../runtime/clock.js'
import type { Run } from '../run-context.js'
import { RERUN_MARKER } from './rerun-identity.js'

// What the trigger says when GitLab refuses it in these two ways; loaded only then, not before
// every trigger request (README, "Start-up time").

/**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */
export function retryLater(error: GitLabError, budgetMs: number, clock: Clock): GitLabError {
  const waitMs = error.retryAfterMs ?? 0
  // A Retry-After past a day was clamped (gitlab/header-numbers.ts): its own words are shown.
  const asked = error.retryAfterClamped
    ? `more than a day (Retry-After: ${error.retryAfterClamped})`
    : formatDuration(waitMs)
  const at = error.retryAfterClamped
    ? 'later'
    : `after ${new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z')}`
  return error.with({
    hint: `GitLab asks to wait ${asked}, longer than the ${formatDuration(budgetMs)} allowed for trigger retries: no pipeline was created; run this again ${at}`
  })
}

/** GitLab refused the marker variable: the pipeline is triggered without it, and this says what is lost. */
export function warnMarkerRefused(run: Run): void {
  const rerun = run.settings.rerun && run.settings.onRerun === 'reuse'
  run.log.warning(
    `GitLab refuses pipeline variables from this trigger token's owner, so the pipeline is triggered without the ${RERUN_MARKER} variable: ${rerun ? 'a re-run of this job cannot find it and will trigger a new one (set on-rerun: new to skip the marker), and ' : ''}an answer lost on the way back cannot be matched to it`,
    rerun ? 'Re-runs cannot find this pipeline' : 'Lost answers cannot be reconciled'
  )
}
