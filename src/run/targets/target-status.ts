import { isFinalStatus, type FinalStatus } from '../../gitlab/statuses.js'
import type { RunOutcome, RunResult } from '../run-result.js'

/** The status of a target whose pipeline was never created (`after` failed, or the trigger did). */
export const NOT_TRIGGERED = 'not-triggered'

/**
 * How a target's pipeline stands for `results` and the summary: its final status (or `timeout`)
 * once the wait reached it; after a cancel, what GitLab said then; else the last status read.
 */
export function targetStatus(result: RunResult | undefined): string {
  if (result === undefined) return NOT_TRIGGERED
  return (
    result.finalStatus ??
    result.cancel?.statusAfter ??
    result.lastSeen?.status ??
    result.pipeline?.status ??
    NOT_TRIGGERED
  )
}

// Lower is worse. A record over every final status of src/gitlab/statuses.ts, so a status added
// there must be ranked here; `timeout` and `not-triggered` are the run's own.
const FINAL_RANK: Record<FinalStatus, number> = {
  failed: 0,
  canceled: 2,
  skipped: 4,
  manual: 5,
  success: 7
}
const RUN_RANK: Record<string, number> = { timeout: 1, [NOT_TRIGGERED]: 3 }
// Still going (created, pending, running, canceling…): a step that does not wait ends there.
const GOING_RANK = 6

function rank(status: string): number {
  return isFinalStatus(status) ? FINAL_RANK[status] : (RUN_RANK[status] ?? GOING_RANK)
}

/**
 * The worst of the targets' statuses, for the step's `status`: any status outside accept-statuses
 * is worse than any inside; then failed, timeout, canceled, not-triggered, skipped, manual, a
 * status still going, success.
 */
export function worstStatus(statuses: readonly string[], accepted: readonly string[]): string {
  const badness = (status: string) => (accepted.includes(status) ? 0 : 100) + (100 - rank(status))
  return statuses.reduce((worst, status) => (badness(status) > badness(worst) ? status : worst))
}

// Which target's outcome decides the step's (and so the exit code), the first found winning.
const OUTCOME_ORDER: RunOutcome[] = [
  'aborted',
  'gitlab-error',
  'timeout',
  'not-accepted',
  'results-failed',
  'triggered',
  'accepted'
]

/** The step's outcome from its targets': the most serious one. */
export function stepOutcome(outcomes: readonly RunOutcome[]): RunOutcome {
  return OUTCOME_ORDER.find(outcome => outcomes.includes(outcome)) ?? 'accepted'
}
