/**
 * When live logs are read, on a budget of GitLab requests (contract section 6.3; README, "Live
 * job logs"): at most REQUESTS_PER_MINUTE requests in any minute, status checks included,
 * whatever the number of running jobs.
 *
 * - The budget is a token bucket of BURST requests refilled at (REQUESTS_PER_MINUTE - BURST) a
 *   minute, so no 60 s window holds more than REQUESTS_PER_MINUTE requests.
 * - A job whose log grew at its last read is due again GROWING_MS later; one whose log did not
 *   grow waits QUIET_FIRST_MS, then half as long again each time, up to QUIET_CEILING_MS (a job
 *   writing a line every few seconds is still read soon after each). A job that
 *   starts or ends is due at once.
 * - Status checks come every STATUS_EVERY_MS while logs are streamed, or less often when one
 *   costs more than a request (a tree of pipelines), so that they take at most a quarter of the
 *   budget.
 * - When more jobs are due than the budget allows, the ones waiting longest are read first.
 *
 * Times are passed in (epoch ms on the run's clock), so the schedule is tested on any clock.
 */
export const REQUESTS_PER_MINUTE = 60
const BURST = 2
const REFILL_PER_MS = (REQUESTS_PER_MINUTE - BURST) / 60_000
export const STATUS_EVERY_MS = 5_000
const STATUS_SHARE = 0.25
export const GROWING_MS = 1_000
export const QUIET_FIRST_MS = 1_000
const QUIET_GROWTH = 1.5
export const QUIET_CEILING_MS = 8_000
/** The shortest pause between two checks: reads due at once are grouped. */
export const MIN_PAUSE_MS = 250

interface JobSchedule {
  dueAt: number
  /** The wait after a read that found nothing new; 0 after one that did. */
  quietMs: number
}

export class LogReadSchedule {
  private tokens = BURST
  private refilledAt: number
  private lastStatusAt = -Infinity
  private statusCost = 1
  private readonly jobs = new Map<string, JobSchedule>()
  /** Set once a due read had to wait for the budget; `saidLimited` once that was told. */
  private limited = false
  private saidLimited = false

  constructor(now: number) {
    this.refilledAt = now
  }

  /** Records requests made (a status check's, a read's). */
  spend(requests: number, now: number): void {
    this.refill(now)
    this.tokens -= requests
  }

  /** A status check was made now, costing `requests`. */
  statusChecked(requests: number, now: number): void {
    // The first check also makes one-off reads (GitLab's version, the trigger jobs): the usual
    // cost is known from the second on.
    if (this.lastStatusAt !== -Infinity) this.statusCost = Math.max(1, requests)
    this.lastStatusAt = now
    this.spend(requests, now)
  }

  /** Whether the jobs' statuses are to be read at this check. */
  statusDue(now: number): boolean {
    return now >= this.nextStatusAt() && this.affords(this.statusCost, now)
  }

  /** A job started or ended (or is seen for the first time): read it at once. */
  readNow(key: string, now: number): void {
    this.jobs.set(key, { dueAt: now, quietMs: 0 })
  }

  /** A job's log was read; `grew` when it had new bytes. */
  read(key: string, grew: boolean, now: number): void {
    const quietMs = grew
      ? 0
      : Math.min(
          QUIET_CEILING_MS,
          Math.max(QUIET_FIRST_MS, QUIET_GROWTH * (this.jobs.get(key)?.quietMs ?? 0))
        )
    this.jobs.set(key, { dueAt: now + (grew ? GROWING_MS : quietMs), quietMs })
  }

  /** A job no longer read (its log ended). */
  forget(key: string): void {
    this.jobs.delete(key)
  }

  /**
   * Of `keys`, those to read now, the longest waiting first, as many as the budget allows (each
   * read is spent here). Sets `limited` when a due read had to wait.
   */
  take(keys: readonly string[], now: number): string[] {
    const due = keys
      .filter(key => (this.jobs.get(key)?.dueAt ?? now) <= now)
      .sort((a, b) => (this.jobs.get(a)?.dueAt ?? now) - (this.jobs.get(b)?.dueAt ?? now))
    const taken: string[] = []
    for (const key of due) {
      if (!this.affords(1, now)) {
        this.limited = true
        break
      }
      this.spend(1, now)
      taken.push(key)
    }
    return taken
  }

  /** True the first time the budget made a due read wait, false after (the step says it once). */
  limitedNews(): boolean {
    if (!this.limited || this.saidLimited) return false
    this.saidLimited = true
    return true
  }

  /**
   * The pause before the next check: until the next status check or job read is due and the
   * budget can pay for it; never more than `longest` (the wait's own pause).
   */
  pauseMs(now: number, longest: number): number {
    let wake = this.nextStatusAt()
    let cost = this.statusCost
    for (const job of this.jobs.values())
      if (job.dueAt < wake) {
        wake = job.dueAt
        cost = 1
      }
    const affordableAt = now + Math.max(0, (cost - this.tokensAt(now)) / REFILL_PER_MS)
    const at = Math.max(wake, affordableAt, now + MIN_PAUSE_MS)
    return Math.ceil(Math.min(at - now, Math.max(longest, affordableAt - now)))
  }

  private nextStatusAt(): number {
    const spacing = (this.statusCost * 60_000) / (REQUESTS_PER_MINUTE * STATUS_SHARE)
    return this.lastStatusAt + Math.max(STATUS_EVERY_MS, spacing)
  }

  private affords(cost: number, now: number): boolean {
    return this.tokensAt(now) >= Math.min(cost, BURST)
  }

  private tokensAt(now: number): number {
    return Math.min(BURST, this.tokens + Math.max(0, now - this.refilledAt) * REFILL_PER_MS)
  }

  private refill(now: number): void {
    this.tokens = this.tokensAt(now)
    this.refilledAt = Math.max(this.refilledAt, now)
  }
}
