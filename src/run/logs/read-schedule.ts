import { RequestBudget } from './request-budget.js'

/**
 * When one pipeline wait reads its live logs and statuses (contract section 6.3; README, "Live
 * job logs"), on the step's request budget (request-budget.ts), which it may share with the waits
 * of other targets.
 *
 * - A job whose log grew at its last read is due again GROWING_MS later; one whose log did not
 *   grow waits QUIET_FIRST_MS, then half as long again each time, up to QUIET_CEILING_MS (a job
 *   writing a line every few seconds is still read soon after each). A job that
 *   starts or ends is due at once; its last read is queued before the others and may use the
 *   budget's reserve, so nothing is lost.
 * - Status checks come as often as the budget's status share allows (every STATUS_EVERY_MS at
 *   most), spaced by what a check costs (a tree of pipelines costs more than one request).
 * - When more jobs are due than the budget allows, the ones waiting longest are read first.
 *
 * Times are passed in (epoch ms on the run's clock), so the schedule is tested on any clock.
 */
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
  private lastStatusAt = -Infinity
  /** What was set aside for the status check found due, until it is made. */
  private reserved: { requests: number; at: number } | undefined
  private readonly jobs = new Map<string, JobSchedule>()

  /** `budget`: the step's, when other waits share it; one of its own otherwise. */
  constructor(
    now: number,
    readonly budget: RequestBudget = new RequestBudget(now)
  ) {
    budget.join(this)
  }

  /** The wait is over: its status checks leave the budget's share to the others. */
  close(): void {
    this.budget.leave(this)
  }

  /**
   * A status check was made now, costing `requests`: what was set aside for it when it was found
   * due is settled.
   */
  statusChecked(requests: number, now: number): void {
    // The first check also makes one-off reads (the trigger jobs): the usual cost is known from
    // the second on.
    if (this.lastStatusAt !== -Infinity) this.budget.setStatusCost(this, requests)
    this.lastStatusAt = now
    const { reserved } = this
    this.reserved = undefined
    // Made without waiting its turn (the last look, a wait's first check): no turn is held now.
    if (this.budget.waitsForStatus(this)) this.budget.served(this)
    this.budget.settle(reserved?.requests ?? 0, reserved?.at ?? now, requests, now)
  }

  /**
   * Whether the jobs' statuses are to be read at this check. When they are, the check's requests
   * are set aside at once, one more than it usually costs (the pipeline itself is read once its
   * jobs ended): the other targets' waits, checking at the same time, then see them spent.
   */
  statusDue(now: number): boolean {
    if (now < this.nextStatusAt()) return false
    if (this.budget.turnAt(this, this.statusCost, now) > now) {
      this.budget.waitTurn(this, true)
      return false
    }
    this.budget.served(this)
    const requests = this.statusCost + 1
    this.budget.spend(requests, now)
    this.reserved = { requests, at: now }
    return true
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
   * read is spent here). Tells the budget when a due read had to wait.
   */
  take(keys: readonly string[], now: number): string[] {
    const { budget } = this
    const order = (key: string) => {
      const job = this.jobs.get(key)
      return job?.last ? -Infinity : (job?.dueAt ?? now)
    }
    const due = keys
      .filter(key => (this.jobs.get(key)?.dueAt ?? now) <= now)
      .sort((a, b) => order(a) - order(b))
    const taken: string[] = []
    let limited = false
    // A status check waiting for the budget goes first: only last reads (on the reserve) now.
    const statusFirst = budget.waitsForStatus(this)
    for (const key of due) {
      const last = this.jobs.get(key)?.last === true
      const paid = last
        ? budget.roomAt(now) <= now
        : !statusFirst && budget.turnAt(this, 1, now) <= now
      if (!paid) {
        limited = !statusFirst
        break
      }
      budget.spend(1, now)
      taken.push(key)
    }
    // Another wait's turn next, unless this one had nothing waiting.
    if (!statusFirst && (taken.length > 0 || due.length === 0)) budget.served(this)
    if (limited) budget.waitTurn(this)
    return taken
  }

  /**
   * The pause before the next check: until the next status check or job read is due and the
   * budget can pay for it; never more than `longest` (the wait's own pause).
   */
  pauseMs(now: number, longest: number): number {
    let wake = this.nextStatusAt()
    // A job's read comes before the next status check: it waits its turn among the waits.
    let readFirst = false
    let last = false
    for (const job of this.jobs.values())
      if (job.last || job.dueAt < wake) {
        wake = Math.min(wake, job.dueAt)
        readFirst = true
        if (job.last) {
          last = true
          break
        }
      }
    const forRead = readFirst && !this.budget.waitsForStatus(this)
    const affordableAt = last
      ? this.budget.roomAt(now)
      : this.budget.turnAt(this, forRead ? 1 : this.statusCost, now)
    const at = Math.max(wake, affordableAt, now + MIN_PAUSE_MS)
    return Math.ceil(Math.min(at - now, Math.max(longest, affordableAt - now)))
  }

  private nextStatusAt(): number {
    return this.lastStatusAt + this.budget.statusSpacingMs()
  }

  /** What one status check costs (kept by the budget, which spaces all the waits' checks by it). */
  private get statusCost(): number {
    return this.budget.statusCostOf(this)
  }
}
