/**
 * When live logs are read, on a budget of GitLab requests (contract section 6.3; README, "Live
 * job logs"): at most REQUESTS_PER_MINUTE requests in any minute, status checks included,
 * whatever the number of running jobs.
 *
 * - Every request the step sends while streaming is charged here, and none is sent when the last
 *   60 s already hold REQUESTS_PER_MINUTE: that is the promise, kept by a log of the last minute's
 *   requests. Scheduled work (status checks, reads of running jobs) is paced by a token bucket of
 *   BURST requests refilled at (REQUESTS_PER_MINUTE - BURST) a minute, and leaves RESERVE of the
 *   last 60 s free: the reads that cannot be put off (the last read of a job that ended, so that
 *   nothing is lost) are queued first and go at once or as soon as the minute has room; the
 *   bucket pays them back.
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
/** Requests of each minute kept for the last reads of jobs that ended. */
export const RESERVE = 2
const REFILL_PER_MS = (REQUESTS_PER_MINUTE - BURST) / 60_000
const WINDOW_MS = 60_000
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
  /** The job ended: its last read is queued before the others and may use the reserve. */
  last?: boolean
}

export class LogReadSchedule {
  private tokens = BURST
  private refilledAt: number
  private lastStatusAt = -Infinity
  private statusCost = 1
  private readonly jobs = new Map<string, JobSchedule>()
  /** When each request of the last WINDOW_MS was sent, oldest first. */
  private sent: number[] = []
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
    for (let i = 0; i < requests; i++) this.sent.push(now)
  }

  /** Requests sent in the 60 s up to `now`. */
  sentInLastMinute(now: number): number {
    this.forgetOlderThanAMinute(now)
    return this.sent.length
  }

  /**
   * When `cost` more requests fit in the last 60 s with at most `limit` there: `now` or the time
   * the oldest requests in the way leave it.
   */
  roomAt(now: number, cost = 1, limit = REQUESTS_PER_MINUTE): number {
    this.forgetOlderThanAMinute(now)
    const over = this.sent.length + cost - limit
    if (over <= 0 || this.sent.length === 0) return now
    return this.sent[Math.min(over, this.sent.length) - 1] + WINDOW_MS
  }

  /**
   * Of `count` last reads (jobs that ended, read to their end), how many fit the last minute now;
   * they are spent here. The caller waits until roomAt(now) for the rest.
   */
  takeLast(count: number, now: number): number {
    this.forgetOlderThanAMinute(now)
    const fit = Math.max(0, Math.min(count, REQUESTS_PER_MINUTE - this.sent.length))
    if (fit > 0) this.spend(fit, now)
    return fit
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

  /**
   * A job started or ended (or is seen for the first time): read it at once; `ended` queues its
   * last read before the others, on the reserve.
   */
  readNow(key: string, now: number, ended = false): void {
    this.jobs.set(key, { dueAt: now, quietMs: 0, last: ended })
  }

  /** A job's log was read; `grew` when it had new bytes. */
  read(key: string, grew: boolean, now: number): void {
    const quietMs = grew
      ? 0
      : Math.min(
          QUIET_CEILING_MS,
          Math.max(QUIET_FIRST_MS, QUIET_GROWTH * (this.jobs.get(key)?.quietMs ?? 0))
        )
    const last = this.jobs.get(key)?.last
    this.jobs.set(key, { dueAt: now + (grew ? GROWING_MS : quietMs), quietMs, last })
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
    const order = (key: string) => {
      const job = this.jobs.get(key)
      return job?.last ? -Infinity : (job?.dueAt ?? now)
    }
    const due = keys
      .filter(key => (this.jobs.get(key)?.dueAt ?? now) <= now)
      .sort((a, b) => order(a) - order(b))
    const taken: string[] = []
    for (const key of due) {
      const last = this.jobs.get(key)?.last === true
      if (!(last ? this.roomAt(now) <= now : this.affords(1, now))) {
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
    let last = false
    for (const job of this.jobs.values())
      if (job.last || job.dueAt < wake) {
        wake = Math.min(wake, job.dueAt)
        cost = 1
        if (job.last) {
          last = true
          break
        }
      }
    const affordableAt = last ? this.roomAt(now) : this.scheduledAffordableAt(cost, now)
    const at = Math.max(wake, affordableAt, now + MIN_PAUSE_MS)
    return Math.ceil(Math.min(at - now, Math.max(longest, affordableAt - now)))
  }

  private nextStatusAt(): number {
    const spacing = (this.statusCost * 60_000) / (REQUESTS_PER_MINUTE * STATUS_SHARE)
    return this.lastStatusAt + Math.max(STATUS_EVERY_MS, spacing)
  }

  /** Scheduled work: paid by the bucket, and leaving RESERVE of the last minute free. */
  private affords(cost: number, now: number): boolean {
    return this.scheduledAffordableAt(cost, now) <= now
  }

  private scheduledAffordableAt(cost: number, now: number): number {
    const bucketAt = now + Math.max(0, (Math.min(cost, BURST) - this.tokensAt(now)) / REFILL_PER_MS)
    return Math.max(bucketAt, this.roomAt(now, cost, REQUESTS_PER_MINUTE - RESERVE))
  }

  private forgetOlderThanAMinute(now: number): void {
    let old = 0
    while (old < this.sent.length && this.sent[old] <= now - WINDOW_MS) old++
    if (old > 0) this.sent = this.sent.slice(old)
  }

  private tokensAt(now: number): number {
    return Math.min(BURST, this.tokens + Math.max(0, now - this.refilledAt) * REFILL_PER_MS)
  }

  private refill(now: number): void {
    this.tokens = this.tokensAt(now)
    this.refilledAt = Math.max(this.refilledAt, now)
  }
}
