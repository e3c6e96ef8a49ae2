import type { GitLabClient, GitLabInstance } from '../../gitlab/client.js'
import type { GitLabError } from '../../gitlab/errors.js'
import type { Clock } from '../../runtime/clock.js'
import { MAX_TRACE_RANGE_BYTES, streamJobTraceRange } from '../../gitlab/endpoints.js'
import { hasRunToEnd, isExecutingStatus } from '../../gitlab/statuses.js'
import { LogLineAssembler, type LogPiece } from './log-lines.js'
import { LogReadSchedule, MIN_PAUSE_MS, QUIET_CEILING_MS } from './read-schedule.js'
import { REQUESTS_PER_MINUTE, type RequestBudget } from './request-budget.js'

/** A job as the wait loop knows it (a GitLab job, or the fields of one that matter here). */
export interface LiveJob {
  id: number
  name: string
  status: string
  /** The job's project (id or path); the LiveLogs' own project when left out. */
  project?: string
  /** How the job is named in prefixes and group titles, e.g. `test › unit`; its name if left out. */
  label?: string
  /** GitLab's `duration`: null for a job that ended without running, whose log is not read. */
  duration?: number | null
  web_url?: string
}

/** The job an event is about. */
export interface LiveJobRef {
  id: number
  name: string
  label: string
  web_url?: string
}

export type LiveEvent = { job: LiveJobRef } & (
  | LogPiece
  /** Lines of a very long log that were read but not shown (only its last lines are). */
  | { kind: 'skipped'; lines: number; bytes: number }
  /** The log is too long to re-read every check (a GitLab without `byte_offset`). */
  | { kind: 'paused'; bytes: number }
  /** A read failed: `final` when it will not be tried again (no access, job gone). */
  | { kind: 'unreadable'; message: string; final: boolean }
  /** The job ended and all of its log was read. */
  | { kind: 'finished'; status: string; bytes: number }
  /**
   * The request budget made this job's read wait (said once per step, about the first one);
   * `shared` when the waits of several pipelines (targets) share it.
   */
  | { kind: 'budget'; perMinute: number; ceilingMs: number; shared: boolean }
)

export interface LiveLogOptions {
  /** The project of jobs that name none. */
  project: string
  /** Bytes read per check, all jobs together, so that a job spewing logs cannot hold up the status checks. */
  checkBudgetBytes?: number
  /** Without `byte_offset`, a running job's log is read again each check only while it is smaller. */
  rereadLimitBytes?: number
  /** Bytes of one job's log shown line by line; of the rest, only the last lines, when it ends. */
  shownLimitBytes?: number
  /** Lines shown from the end of a log that passed `shownLimitBytes`. */
  tailLines?: number
  /**
   * The longest a read may go without a byte (real time): a log endpoint that accepts the
   * connection and never answers is given up after this, and the job read again later (a job
   * that ended is then not read again).
   */
  readLimitMs?: number
  /**
   * How long a check waits (real time) for its reads before it lets the wait go on; reads still
   * running then end in the background, so a stalled one never holds up the status checks.
   */
  checkWaitMs?: number
  /**
   * The step's request budget when other waits share it (targets): every status check then goes
   * on it, streaming or not, so that all the waits together keep to it. Without it, the wait has
   * a budget of its own, used while a log is followed.
   */
  budget?: RequestBudget
}

export interface CheckOptions {
  /** Ends reads at once (the run was cancelled or its time is up). */
  signal?: AbortSignal
  /** The wait is over: read every followed job to the end, without the per-check budget. */
  final?: boolean
  /** Receives the events of each read as it completes (so that no more than one read is held). */
  emit: (events: LiveEvent[]) => void
  /**
   * Now, on the run's clock: reads then follow the request budget (read-schedule.ts); without
   * it, every due job is read at each check.
   */
  now?: number
  /** The requests of the status check made just before this one, when one was made. */
  statusRequests?: number
  /**
   * The run's clock, for `final`: the last reads then wait their turn on the request budget
   * (read-schedule.ts) rather than go over it.
   */
  clock?: Clock
}

/** A check's options as one read sees them: its signal also ends with the read's time limit. */
interface ReadOptions extends CheckOptions {
  /** Whether the run or the wait ended (rather than the read's own time limit). */
  runEnded?: () => boolean
  /** Bytes arrived: the read is not stalled. */
  onBytes?: () => void
}

export interface CheckStats {
  requests: number
  /** Bytes received, including any part of a log read again. */
  bytes: number
  /** Some job has more to read than this check allowed: call again soon. */
  behind: boolean
}

export const DEFAULT_CHECK_BUDGET_BYTES = 1024 * 1024
export const DEFAULT_REREAD_LIMIT_BYTES = 1024 * 1024
export const DEFAULT_SHOWN_LIMIT_BYTES = 8 * 1024 * 1024
export const DEFAULT_TAIL_LINES = 300
export const DEFAULT_READ_LIMIT_MS = 5_000
export const DEFAULT_CHECK_WAIT_MS = 1_500

/**
 * Whether a GitLab honours the trace's `byte_offset`/`byte_limit`, per GitLab (client.ts,
 * GitLabInstance), once an answer proved it either way.
 */
const rangeSupport = new WeakMap<GitLabInstance, boolean>()

/** What is known of `client`'s range support: undefined until an answer proved it. */
export function traceRangeSupport(client: GitLabClient): boolean | undefined {
  return rangeSupport.get(client.instance)
}

const MIN_PROGRESS_BYTES = 64 * 1024
const TAIL_CHARS = 256 * 1024
const STOP = new Error('enough of this log for now')

interface Followed {
  ref: LiveJobRef
  project: string
  status: string
  ended: boolean
  /** Bytes of the log consumed. */
  offset: number
  lines: LogLineAssembler
  /** Bytes shown line by line. */
  shown: number
  /** Set once the log passed what is shown: its last pieces, shown when it ends. */
  tail: TailRing | null
  paused: boolean
  failing: boolean
  done: boolean
  /** A read of it is in flight (possibly in the background): not started again meanwhile. */
  reading: boolean
}

/**
 * Follows the logs of running jobs, reading only what is new at each check (see README, "Live job
 * logs"):
 * - Where GitLab honours `byte_offset`/`byte_limit`, each read asks for the bytes after those
 *   already seen, at most 500 KiB a request. Until that is known, a read asks for fewer bytes
 *   than are already known of the log: a GitLab that ignores the parameters sends the whole log,
 *   which is then longer than asked, so an answer's length proves either way.
 * - Otherwise the log is read again each check and the bytes already seen are skipped, while it
 *   is under `rereadLimitBytes`; a longer one pauses, and when it ends it is read once and its
 *   last lines shown.
 * A job seen ended is read to its end, so the lines it wrote since the last check are not lost.
 * Memory: one read (at most 500 KiB), one held line per job (MAX_LINE_CHARS), and the tail of a
 * log past what is shown (256 Ki characters), whatever the log size.
 */
export class LiveLogs {
  private readonly followed = new Map<string, Followed>()
  private readonly checkBytes: number
  private readonly rereadLimit: number
  private readonly shownLimit: number
  private readonly tailLines: number
  private readonly readLimitMs: number
  private readonly checkWaitMs: number
  private turn = 0
  /** Created at the first scheduled check, on the run's clock. */
  private schedule: LogReadSchedule | undefined
  /** Reads still running in the background; all of them end with `closed`. */
  private background: Promise<unknown> = Promise.resolve()
  private readonly closed = new AbortController()

  constructor(
    private readonly client: GitLabClient,
    private readonly options: LiveLogOptions
  ) {
    this.checkBytes = options.checkBudgetBytes ?? DEFAULT_CHECK_BUDGET_BYTES
    this.rereadLimit = options.rereadLimitBytes ?? DEFAULT_REREAD_LIMIT_BYTES
    this.shownLimit = options.shownLimitBytes ?? DEFAULT_SHOWN_LIMIT_BYTES
    this.tailLines = options.tailLines ?? DEFAULT_TAIL_LINES
    this.readLimitMs = options.readLimitMs ?? DEFAULT_READ_LIMIT_MS
    this.checkWaitMs = options.checkWaitMs ?? DEFAULT_CHECK_WAIT_MS
  }

  /**
   * Whether the wait should read the jobs' statuses at this check: on the budget's schedule while
   * a log is followed, always otherwise.
   */
  statusDue(now: number): boolean {
    const following = [...this.followed.values()].some(job => !job.done)
    // A tree's check costs a request or two per pipeline still running: the schedule spaces
    // them out by their cost (read-schedule.ts), so the budget holds at any depth.
    if (!following && this.options.budget === undefined) return true
    return this.scheduleAt(now).statusDue(now)
  }

  /**
   * The pause before the next check (read-schedule.ts), at most `longest` unless the budget needs
   * longer; `longest` itself while no job runs, unless the budget is shared.
   */
  pauseMs(now: number, longest: number, jobRunning: boolean): number {
    if (!jobRunning && this.options.budget === undefined) return longest
    return this.scheduleAt(now).pauseMs(now, longest)
  }

  /** Jobs whose log is not read to its end yet (read in turn on the budget, some may have ended). */
  unread(): number {
    return [...this.followed.values()].filter(job => !job.done).length
  }

  /** Ends the reads still running (the wait is over). */
  close(): void {
    this.closed.abort(new Error('the wait is over'))
    this.schedule?.close()
  }

  private scheduleAt(now: number): LogReadSchedule {
    this.schedule ??= new LogReadSchedule(now, this.options.budget)
    return this.schedule
  }

  /**
   * Reads what is new in the logs of `jobs` (with their statuses now), within the budget. Pass
   * the jobs that ended since the last check too, with their final status: their logs are then
   * read to the end. With `final`, every job followed so far is read to its end.
   */
  async check(jobs: readonly LiveJob[], options: CheckOptions): Promise<CheckStats> {
    const stats: CheckStats = { requests: 0, bytes: 0, behind: false }
    const final = options.final === true
    const { now } = options
    const schedule = now === undefined || final ? undefined : this.scheduleAt(now)
    if (schedule && now !== undefined && options.statusRequests)
      schedule.statusChecked(options.statusRequests, now)
    // At the end, the reads still running finish (each within readLimitMs) before the last ones.
    if (final) await this.background
    let due = this.due(jobs, final, now).filter(job => !job.reading)
    if (schedule && now !== undefined) {
      const taken = new Set(schedule.take(due.map(keyOf), now))
      due = due.filter(job => taken.has(keyOf(job)))
      if (due.length > 0 && schedule.budget.limitedNews()) {
        const budget = {
          kind: 'budget',
          perMinute: REQUESTS_PER_MINUTE,
          ceilingMs: QUIET_CEILING_MS,
          shared: schedule.budget.shared()
        } as const
        options.emit([{ job: due[0].ref, ...budget }])
      }
    }
    // Start with a different job each check, so that a budget spent early is fair over time.
    const start = due.length ? this.turn++ % due.length : 0
    const order = [...due.slice(start), ...due.slice(0, start)]
    for (const job of order) job.reading = true
    const reads = final
      ? this.readToEnd(order, options, stats)
      : this.readInTurn(order, options, stats)
    this.background = Promise.all([this.background, reads.catch(() => undefined)])
    if (!(await settlesWithin(reads, final ? Infinity : this.checkWaitMs))) stats.behind = true
    return stats
  }

  /**
   * The last reads, each job to its end: all at once, or, while logs were streamed on the
   * budget, as many at a time as the last minute has room for (nothing lost, nothing over).
   */
  private async readToEnd(order: Followed[], options: CheckOptions, stats: CheckStats) {
    const budget = this.schedule?.budget
    const clock = options.clock
    const readAll = (jobs: Followed[]) =>
      Promise.all(jobs.map(job => this.readOne(job, Infinity, true, options, stats)))
    if (!budget || !clock) return void (await readAll(order))
    let left = order
    while (left.length > 0) {
      const now = clock.now()
      const fit = budget.takeLast(left.length, now)
      if (fit === 0) {
        try {
          await clock.sleep(Math.max(MIN_PAUSE_MS, budget.roomAt(now) - now), options.signal)
        } catch {
          for (const job of left) job.reading = false
          return
        }
        continue
      }
      await readAll(left.slice(0, fit))
      left = left.slice(fit)
    }
  }

  /** Reads `order` one job after another, sharing the check's byte budget. */
  private async readInTurn(order: Followed[], options: CheckOptions, stats: CheckStats) {
    let left = this.checkBytes
    // Each read was charged to the budget when taken (read-schedule.ts); the charge is settled
    // as the reads go out one after another: at the time each was made, for what it cost.
    const budget = this.schedule?.budget
    const { now: takenAt, clock } = options
    const settle = (charged: number, made: number) => {
      if (budget && takenAt !== undefined && clock)
        budget.settle(charged, takenAt, made, clock.now())
    }
    for (const [index, job] of order.entries()) {
      if (options.signal?.aborted || this.closed.signal.aborted || (left <= 0 && index > 0)) {
        stats.behind = true
        for (const skipped of order.slice(index)) skipped.reading = false
        settle(order.length - index, 0)
        break
      }
      const before = { bytes: stats.bytes, requests: stats.requests }
      await this.readOne(job, left, index === 0, options, stats)
      left -= stats.bytes - before.bytes
      settle(1, stats.requests - before.requests)
    }
  }

  /**
   * One job's read, ended when no byte came for readLimitMs (GitLab stalled), or when the run or
   * the wait ends; then its place in the schedule: soon when its log grew, later when it did not.
   */
  private async readOne(
    job: Followed,
    left: number,
    first: boolean,
    options: CheckOptions,
    stats: CheckStats
  ): Promise<void> {
    // A plain timer, restarted by each chunk (no listener on the run's signal per read: many
    // jobs read at once would pile them up).
    const stalled = new AbortController()
    const stall = () => stalled.abort(new Error(`no byte for ${this.readLimitMs} ms`))
    let timer = setTimeout(stall, this.readLimitMs)
    const restart = () => {
      clearTimeout(timer)
      timer = setTimeout(stall, this.readLimitMs)
    }
    const sources = [stalled.signal, this.closed.signal]
    if (options.signal) sources.push(options.signal)
    const signal = AbortSignal.any(sources)
    const offset = job.offset
    try {
      const runEnded = () => options.signal?.aborted === true || this.closed.signal.aborted
      // Once the wait is over, what a read still running finds is not shown after its end.
      const emit = (events: LiveEvent[]) => this.closed.signal.aborted || options.emit(events)
      const readOptions = { ...options, signal, runEnded, onBytes: restart, emit }
      await this.read(job, left, first, readOptions, stats)
    } finally {
      clearTimeout(timer)
      job.reading = false
      if (job.done) this.schedule?.forget(keyOf(job))
      else if (options.now !== undefined)
        this.schedule?.read(keyOf(job), job.offset > offset, options.now)
    }
  }

  /**
   * Jobs whose log is still to be read, as of their statuses now; at the end of the wait, also
   * those followed earlier that `jobs` leaves out, read to the end of what they wrote.
   */
  private due(jobs: readonly LiveJob[], final: boolean, now?: number): Followed[] {
    const due: Followed[] = []
    for (const job of jobs) {
      const project = job.project ?? this.options.project
      const key = `${project}#${job.id}`
      const running = isExecutingStatus(job.status)
      const ended = hasRunToEnd(job.status)
      let followed = this.followed.get(key)
      if (!followed) {
        // A job that ended without running (canceled before it started) has no log to read.
        if (!running && !(ended && job.duration !== null && job.duration !== 0)) continue
        followed = {
          ref: { id: job.id, name: job.name, label: job.label ?? job.name, web_url: job.web_url },
          project,
          status: job.status,
          ended,
          offset: 0,
          lines: new LogLineAssembler(),
          shown: 0,
          tail: null,
          paused: false,
          failing: false,
          done: false,
          reading: false
        }
        this.followed.set(key, followed)
        if (now !== undefined) this.schedule?.readNow(key, now)
      }
      if (followed.done) continue
      // A job that ended since the last check is read at once, for its last lines.
      if (now !== undefined && ended && !followed.ended) this.schedule?.readNow(key, now, true)
      followed.status = job.status
      // At the end of the wait a job still running is read as far as it got, and closed.
      followed.ended = ended || final
      if (running || ended) due.push(followed)
    }
    if (final)
      for (const followed of this.followed.values())
        if (!followed.done && !due.includes(followed)) {
          followed.ended = true
          due.push(followed)
        }
    return due
  }

  /** Reads one job's new bytes, at most `left` (or one re-read, without range support). */
  private async read(
    job: Followed,
    left: number,
    first: boolean,
    options: ReadOptions,
    stats: CheckStats
  ): Promise<void> {
    const events: LiveEvent[] = []
    try {
      let atEnd = false
      for (;;) {
        const support = rangeSupport.get(this.client.instance)
        // Without range support, or before it is known when a single byte is: a whole read
        // (an answer to a range from 1 could not tell a range from a 1-byte log).
        if (support === false || (support === undefined && job.offset === 1)) {
          atEnd = await this.readWhole(job, left, first, options, stats, events)
          break
        }
        const limit = Math.min(MAX_TRACE_RANGE_BYTES, left)
        const outcome = await this.readRange(job, limit, left, options, stats, events)
        if (outcome === 'whole') {
          atEnd = true
          break
        }
        left -= outcome.bytes
        atEnd = outcome.bytes < outcome.asked
        if (atEnd || left <= 0 || options.signal?.aborted) break
      }
      if (job.failing) job.failing = false
      if (atEnd && job.ended) this.finish(job, events)
      else if (!atEnd && !job.paused) stats.behind = true
    } catch (error) {
      // The read's own time limit, not the run's end nor the wait's: GitLab stalled.
      const stalled = options.signal?.aborted === true && options.runEnded?.() !== true
      if (error !== STOP) this.failed(job, error, options, events, stalled)
      if (error === STOP || options.signal?.aborted) stats.behind = true
    } finally {
      // A line held to see whether the next goes on with it is not held past this read.
      if (!job.done) this.route(job, job.lines.flush(), events)
      if (events.length) options.emit(events)
    }
  }

  /**
   * One ranged read from `job.offset`. An answer longer than asked is the whole log from a GitLab
   * that ignores the range: the rest of it is then read as such, and 'whole' returned.
   */
  private async readRange(
    job: Followed,
    limit: number,
    left: number,
    options: ReadOptions,
    stats: CheckStats,
    events: LiveEvent[]
  ): Promise<{ bytes: number; asked: number } | 'whole'> {
    const unknown = rangeSupport.get(this.client.instance) === undefined
    // Asking for fewer bytes than are known makes the answer decisive (see the class comment).
    const asked = unknown && job.offset > 1 ? Math.min(limit, job.offset - 1) : limit
    const chunks: Buffer[] = []
    let received = 0
    let whole: ((chunk: Buffer) => void) | null = null
    stats.requests++
    await streamJobTraceRange(
      this.client,
      job.project,
      job.ref.id,
      { byteOffset: job.offset, byteLimit: asked },
      chunk => {
        stats.bytes += chunk.length
        options.onBytes?.()
        if (whole) return whole(chunk)
        received += chunk.length
        if (received <= asked) return void chunks.push(chunk)
        // More than asked for: this GitLab ignores byte_offset and is sending the whole log.
        rangeSupport.set(this.client.instance, false)
        // What it sends beyond the bytes already seen counts against this check's budget.
        whole = this.skipper(job, Math.max(0, left - job.offset), events)
        for (const held of chunks.splice(0)) whole(held)
        whole(chunk)
      },
      { retryIf: () => false, maxAttempts: 1, signal: options.signal }
    )
    if (whole) return 'whole'
    if (unknown && job.offset > 1) rangeSupport.set(this.client.instance, true)
    for (const chunk of chunks) this.feed(job, chunk, events)
    return { bytes: received, asked }
  }

  /**
   * Reads the whole log, skipping the bytes already seen; returns whether its end was reached.
   * A running job's log is read again only while it is under the reread limit.
   */
  private async readWhole(
    job: Followed,
    left: number,
    first: boolean,
    options: ReadOptions,
    stats: CheckStats,
    events: LiveEvent[]
  ): Promise<boolean> {
    if (!options.final && job.offset > this.rereadLimit) {
      if (!job.paused) {
        job.paused = true
        job.tail = job.tail ?? new TailRing(this.tailLines)
        events.push({ job: job.ref, kind: 'paused', bytes: job.offset })
      }
      return false
    }
    // Each re-read costs the bytes already seen: leave it to the next check when they are more
    // than this one has left (unless no other job was read yet, so that every check moves on).
    if (!first && job.offset >= left) return false
    // The first job of a check always moves on, by a small part at least.
    const allowance = Math.max(left - job.offset, first ? MIN_PROGRESS_BYTES : 0)
    const skip = this.skipper(job, allowance, events, stats)
    stats.requests++
    await streamJobTraceRange(
      this.client,
      job.project,
      job.ref.id,
      undefined,
      chunk => {
        options.onBytes?.()
        skip(chunk)
      },
      { retryIf: () => false, maxAttempts: 1, signal: options.signal }
    )
    return true
  }

  /**
   * A handler for a whole log's chunks: skips the bytes already seen, feeds the next ones, and
   * ends the read (throwing STOP) after `allowance` new bytes.
   */
  private skipper(
    job: Followed,
    allowance: number,
    events: LiveEvent[],
    stats?: CheckStats
  ): (chunk: Buffer) => void {
    let position = 0
    let taken = 0
    return chunk => {
      if (stats) stats.bytes += chunk.length
      const from = Math.max(0, job.offset - position)
      position += chunk.length
      if (from >= chunk.length) return
      const fresh = chunk.subarray(from, from + Math.max(0, allowance - taken))
      taken += fresh.length
      if (fresh.length) this.feed(job, fresh, events)
      if (taken >= allowance) throw STOP
    }
  }

  private feed(job: Followed, chunk: Buffer, events: LiveEvent[]): void {
    job.offset += chunk.length
    const pieces = job.lines.push(chunk)
    if (!job.tail && job.shown + chunk.length > this.shownLimit)
      job.tail = new TailRing(this.tailLines)
    if (!job.tail) job.shown += chunk.length
    this.route(job, pieces, events)
  }

  private route(job: Followed, pieces: LogPiece[], events: LiveEvent[]): void {
    for (const piece of pieces) {
      if (job.tail) job.tail.add(piece)
      else events.push({ job: job.ref, ...piece })
    }
  }

  private finish(job: Followed, events: LiveEvent[]): void {
    this.route(job, job.lines.end(), events)
    if (job.tail) {
      const { lines, bytes } = job.tail.dropped
      if (lines > 0) events.push({ job: job.ref, kind: 'skipped', lines, bytes })
      for (const piece of job.tail.pieces()) events.push({ job: job.ref, ...piece })
    }
    events.push({ job: job.ref, kind: 'finished', status: job.status, bytes: job.offset })
    job.done = true
    // Let go of what the job held; only its key stays, so that it is not read again.
    job.lines = new LogLineAssembler()
    job.tail = null
  }

  private failed(
    job: Followed,
    error: unknown,
    options: ReadOptions,
    events: LiveEvent[],
    stalled: boolean
  ): void {
    if (options.signal?.aborted && !stalled) return
    const failure = error as GitLabError
    const message = stalled
      ? `GitLab did not answer within ${this.readLimitMs / 1000} s`
      : failure instanceof Error
        ? failure.message
        : String(error)
    // No access to the log, or the job is gone: asking again would give the same answer. A job
    // that ended is not read again once a read of its end stalled or failed twice.
    const final =
      failure.status === 401 ||
      failure.status === 403 ||
      failure.status === 404 ||
      (job.ended && (stalled || job.failing))
    if (final || !job.failing) events.push({ job: job.ref, kind: 'unreadable', message, final })
    job.failing = true
    if (final) this.finish(job, events)
  }
}

/** The key of a job in `followed` and in the schedule. */
function keyOf(job: Followed): string {
  return `${job.project}#${job.ref.id}`
}

/** Whether `promise` settles within `ms` of real time (it goes on either way). */
async function settlesWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  if (ms === Infinity) return promise.then(() => true)
  let timer: NodeJS.Timeout | undefined
  const late = new Promise<boolean>(resolve => {
    timer = setTimeout(() => resolve(false), ms)
  })
  try {
    return await Promise.race([promise.then(() => true), late])
  } finally {
    clearTimeout(timer)
  }
}

/** The last pieces of a log: a bounded number of lines, and of characters (256 Ki at most). */
class TailRing {
  private readonly ring: LogPiece[] = []
  private chars = 0
  readonly dropped = { lines: 0, bytes: 0 }

  constructor(private readonly size: number) {}

  add(piece: LogPiece): void {
    this.ring.push(piece)
    this.chars += piece.kind === 'line' ? piece.text.length : 0
    while (this.ring.length > this.size || (this.chars > TAIL_CHARS && this.ring.length > 1)) {
      const gone = this.ring.shift()
      if (gone?.kind !== 'line') continue
      this.chars -= gone.text.length
      this.dropped.lines++
      this.dropped.bytes += Buffer.byteLength(gone.text) + 1
    }
  }

  pieces(): LogPiece[] {
    return this.ring
  }
}
