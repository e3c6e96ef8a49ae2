/**
 * GitLab's pipeline and job statuses, and what each means to a waiting client: the one place
 * that lists them (app/models/concerns/ci/has_status.rb, docs/gitlab.md 3.2). GitLab may send a
 * status this list lacks (a newer version): every predicate answers false for it, so it is
 * waited through and shown as it is.
 */
export const STATUSES = [
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled'
] as const
export type Status = (typeof STATUSES)[number]

/** COMPLETED_STATUSES: terminal; a job in one of them changes no more by itself. */
const COMPLETED_STATUSES: readonly Status[] = ['success', 'failed', 'canceled', 'skipped']

/**
 * Where the wait ends. `manual` is not terminal in GitLab, but a pipeline blocked on a manual job
 * never moves without a person, so it ends the wait.
 */
export const FINAL_STATUSES = ['success', 'failed', 'canceled', 'skipped', 'manual'] as const
export type FinalStatus = (typeof FINAL_STATUSES)[number]

/**
 * A job (or pipeline) queued or running, which will change by itself: ACTIVE_STATUSES plus
 * `canceling` and `scheduled`. `created` is not among them: behind a blocking manual job it stays
 * `created` for good.
 */
export const PROGRESSING_STATUSES: readonly Status[] = [
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'canceling',
  'scheduled'
]

/**
 * Statuses of GitLab's newest versions only (docs/gitlab.md 3.2, 10): an older GitLab refuses
 * them as a `scope[]` value with a 400 (docs/gitlab.md 4.1).
 */
export const NEWEST_ONLY_STATUSES: readonly Status[] = ['waiting_for_callback']

/** EXECUTING_STATUSES: a job in these is running its script and writing its log. */
const EXECUTING_STATUSES: readonly Status[] = ['running', 'canceling']

/** A job that ended without running anything: it has no log. */
const NEVER_RAN_STATUSES: readonly Status[] = ['created', 'skipped', 'manual']

/** What GitLab's pipeline retry starts again (docs/gitlab.md 6.2). */
const RETRIED_STATUSES: readonly Status[] = ['failed', 'canceled']

const among = (statuses: readonly string[], status: string) => statuses.includes(status)

export function isKnownStatus(status: string): status is Status {
  return among(STATUSES, status)
}

/** The wait ends on it (the completed statuses and `manual`). */
export function isFinalStatus(status: string): status is FinalStatus {
  return among(FINAL_STATUSES, status)
}

/** Terminal: the job or pipeline changes no more by itself (`manual` is not). */
export function isCompletedStatus(status: string): boolean {
  return among(COMPLETED_STATUSES, status)
}

/** Queued or running: it will change by itself. */
export function isProgressingStatus(status: string): boolean {
  return among(PROGRESSING_STATUSES, status)
}

/** Running its script (a log is being written). */
export function isExecutingStatus(status: string): boolean {
  return among(EXECUTING_STATUSES, status)
}

/** Ended after running its script: its log is complete. */
export function hasRunToEnd(status: string): boolean {
  return isCompletedStatus(status) && !neverRan(status)
}

/** Ended, or waits, without having run: no log to show. */
export function neverRan(status: string): boolean {
  return among(NEVER_RAN_STATUSES, status)
}

/** Running right now (what "still waiting" lines and live logs name). */
export function isRunningStatus(status: string): boolean {
  return status === ('running' satisfies Status)
}

/** Waits for a person to play it (a job), or is blocked on such a job (a pipeline). */
export function isWaitingForPlay(status: string): boolean {
  return status === ('manual' satisfies Status)
}

/** Failed; whether that fails the pipeline is the job's `allow_failure`. */
export function isFailedStatus(status: string): boolean {
  return status === ('failed' satisfies Status)
}

/** A job whose failure fails its pipeline: failed, not allowed to fail. */
export function countsAsFailure(job: { status: string; allow_failure?: boolean }): boolean {
  return isFailedStatus(job.status) && !job.allow_failure
}

/** A job that succeeded or was allowed to fail: its pipeline went on past it. */
export function passed(job: { status: string; allow_failure?: boolean }): boolean {
  return (
    job.status === ('success' satisfies Status) ||
    (isFailedStatus(job.status) && job.allow_failure === true)
  )
}

/** A pipeline GitLab's retry would start again (failed or canceled). */
export function isRetriedStatus(status: string): boolean {
  return among(RETRIED_STATUSES, status)
}

/** The status every new pipeline and job starts in. */
export const INITIAL_STATUS: Status = 'created'
