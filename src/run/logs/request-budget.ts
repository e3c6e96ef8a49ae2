/**
 * The request budget of live logs (contract section 6.3; README, "Live job logs"): at most
 * REQUESTS_PER_MINUTE GitLab requests in any minute, status checks included, for the whole step.
 * One budget serves every pipeline wait of the step: one for a single pipeline, all of them with
 * `targets` (docs/contract.md section 3.16), so that five targets streaming logs spend what one
 * does. Each wait's own schedule (read-schedule.ts) decides what it would read; this says when
 * the step can pay for it.
 *
 * - Every request the step sends while streaming is charged here, and none is sent when the last
 *   60 s already hold REQUESTS_PER_MINUTE: that is the promise, kept by a log of the last minute's
 *   requests.
 * - Scheduled work (status checks, reads of running jobs) is paced by a token bucket of BURST
 *   requests refilled at (REQUESTS_PER_MINUTE - BURST) a minute, and leaves RESERVE of the last
 *   60 s free for the reads that cannot be put off (the last read of a job that ended, so that
 *   nothing is lost); the bucket pays them back.
 * - Status checks take at most a quarter of the budget, all waits together, or half when several
 *   waits share it (a target's pipeline must be seen ending however many others stream): each
 *   wait's checks are spaced by the cost of all of them.
 * - Waits whose reads could not be paid for take turns: the one waiting longest reads first, and
 *   another may go ahead only when it let TURN_GRACE_MS pass without reading (it is busy with a
 *   check). Without turns, the wait whose timer fires first would take every request.
 *
 * Times are passed in (epoch ms on the run's clock), so the budget is tested on any clock.
 */
export const REQUESTS_PER_MINUTE = 60
const BURST = 2
/** Requests of each minute kept for the last reads of jobs that ended. */
export const RESERVE = 2
const REFILL_PER_MS = (REQUESTS_PER_MINUTE - BURST) / 60_000
const WINDOW_MS = 60_000
/** The shortest pause between two status checks of one wait. */
export const STATUS_EVERY_MS = 5_000
const STATUS_SHARE = 0.25
const SHARED_STATUS_SHARE = 0.5
/** How long a wait whose turn it is has to take a request the budget can pay for. */
export const TURN_GRACE_MS = 250

export class RequestBudget {
  private tokens = BURST
  private refilledAt: number
  /** When each request of the last WINDOW_MS was sent, oldest first. */
  private sent: number[] = []
  /** Set once a due read had to wait for the budget; `saidLimited` once that was told. */
  private limited = false
  private saidLimited = false
  /** Each wait on this budget, with what one of its status checks costs. */
  private readonly statusCosts = new Map<object, number>()
  /** Waits whose reads had to wait for the budget, longest waiting first. */
  private readonly turns: object[] = []
  /** Those of `turns` waiting for a status check. */
  private readonly statusTurns = new Set<object>()
  private lastSpentAt: number

  constructor(now: number) {
    this.refilledAt = now
    this.lastSpentAt = now
  }

  /** A wait starts using the budget (`member` is its schedule), its status checks costing 1 so far. */
  join(member: object): void {
    this.statusCosts.set(member, 1)
  }

  /** The wait is over: its status checks no longer take a share. */
  leave(member: object): void {
    this.statusCosts.delete(member)
    this.served(member)
  }

  /** Whether more than one wait is on the budget now. */
  shared(): boolean {
    return this.statusCosts.size > 1
  }

  /** What one status check of `member` costs, known from its second check on. */
  setStatusCost(member: object, requests: number): void {
    if (this.statusCosts.has(member)) this.statusCosts.set(member, Math.max(1, requests))
  }

  /** What one status check of `member` costs, as last set (1 until then, or once it left). */
  statusCostOf(member: object): number {
    return this.statusCosts.get(member) ?? 1
  }

  /** The least time between two status checks of one wait: its share of the budget, all waits together. */
  statusSpacingMs(): number {
    let cost = 0
    for (const one of this.statusCosts.values()) cost += one
    const share = this.shared() ? SHARED_STATUS_SHARE : STATUS_SHARE
    return Math.max(STATUS_EVERY_MS, (Math.max(1, cost) * 60_000) / (REQUESTS_PER_MINUTE * share))
  }

  /** Records requests made (a status check's, a read's). */
  spend(requests: number, now: number): void {
    this.lastSpentAt = Math.max(this.lastSpentAt, now)
    this.refill(now)
    this.tokens -= requests
    for (let i = 0; i < requests; i++) this.sent.push(now)
  }

  /**
   * Gives back `requests` spent at `at` and not sent after all (a status check that cost less than
   * was set aside for it).
   */
  refund(requests: number, at: number): void {
    for (let i = this.sent.length - 1, left = requests; i >= 0 && left > 0; i--)
      if (this.sent[i] === at) {
        this.sent.splice(i, 1)
        this.tokens += 1
        left--
      }
  }

  /**
   * Requests set aside at `at` were sent, `made` of them, the last one by `now`: they are kept as
   * sent then (the later time keeps them in the minute's count the longer, never too short).
   */
  settle(setAside: number, at: number, made: number, now: number): void {
    this.refund(setAside, at)
    this.spend(made, now)
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

  /** Scheduled work: paid by the bucket, and leaving RESERVE of the last minute free. */
  affords(cost: number, now: number): boolean {
    return this.affordableAt(cost, now) <= now
  }

  /** When scheduled work of `cost` requests can be paid for. */
  affordableAt(cost: number, now: number): number {
    const bucketAt = now + Math.max(0, (Math.min(cost, BURST) - this.tokensAt(now)) / REFILL_PER_MS)
    return Math.max(bucketAt, this.roomLeavingReserveAt(now, cost))
  }

  /**
   * When `cost` requests outside the schedule (a target's trigger) fit in the last minute and
   * leave RESERVE free; the bucket does not pace them.
   */
  roomLeavingReserveAt(now: number, cost = 1): number {
    return this.roomAt(now, cost, REQUESTS_PER_MINUTE - RESERVE)
  }

  /**
   * When `member` may send scheduled reads costing `cost`: when the budget can pay for them, and
   * when another wait is first in line, TURN_GRACE_MS later (its turn to take them first).
   */
  turnAt(member: object, cost: number, now: number): number {
    const at = this.affordableAt(cost, now)
    const first = this.turns[0]
    if (first === undefined || first === member) return at
    const affordableSince = at > now ? at : this.affordableAt(cost, this.lastSpentAt)
    return Math.max(at, affordableSince + TURN_GRACE_MS)
  }

  /**
   * A due read of `member` had to wait for the budget: it waits its turn, after those before. A
   * status check (`status`) goes before every read: a pipeline's end must not wait for logs.
   */
  waitTurn(member: object, status = false): void {
    if (!status) {
      this.limited = true
      // Already waiting: it keeps its place.
      if (!this.turns.includes(member)) this.turns.push(member)
      return
    }
    if (this.statusTurns.has(member)) return
    this.served(member)
    const firstRead = this.turns.findIndex(other => !this.statusTurns.has(other))
    this.statusTurns.add(member)
    this.turns.splice(firstRead < 0 ? this.turns.length : firstRead, 0, member)
  }

  /** Whether `member` waits for a status check: its reads then wait until it is made. */
  waitsForStatus(member: object): boolean {
    return this.statusTurns.has(member)
  }

  /** `member` read what it could, or has nothing due: out of the line. */
  served(member: object): void {
    const index = this.turns.indexOf(member)
    if (index >= 0) this.turns.splice(index, 1)
    this.statusTurns.delete(member)
  }

  /** True the first time the budget made a due read wait, false after (the step says it once). */
  limitedNews(): boolean {
    if (!this.limited || this.saidLimited) return false
    this.saidLimited = true
    return true
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
