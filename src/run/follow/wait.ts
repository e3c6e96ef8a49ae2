import type { GitLabClient } from '../../gitlab/client.js'
import type { GitLabError } from '../../gitlab/errors.js'
import { readPolicy, type RetryOptions } from '../../gitlab/retry.js'
import type { Bridge, Job, Pipeline } from '../../gitlab/schemas.js'
import { isFinalStatus, isRunningStatus } from '../../gitlab/statuses.js'
import type { Clock } from '../../runtime/clock.js'
import { timeLimit, type TimeLimit } from '../../runtime/time-limit.js'
import { formatDuration } from '../../settings/durations.js'
import type { LiveLogs } from '../logs/live-logs.js'
import { closeLiveGroup, presentLiveEvents, type DisplayState } from '../logs/live-display.js'
import type { RunLog } from '../run-log.js'
import { retryLine } from '../retry-line.js'
import { nextPollDelay } from './poll-delays.js'
import { PipelineTree, type FollowedPipeline } from './pipeline-tree.js'

export type { FollowedPipeline } from './pipeline-tree.js'

export type WaitOutcome = 'ended' | 'timeout' | 'aborted'

export interface WaitResult {
  outcome: WaitOutcome
  /** The last state seen of the top pipeline. */
  pipeline: Pipeline
  jobs: Job[]
  bridges: Bridge[]
  /** Every pipeline followed, the top one first (only it without follow-downstream). */
  tree: FollowedPipeline[]
}

export interface WaitOptions {
  client: GitLabClient
  project: string
  pipeline: Pipeline
  log: RunLog
  clock: Clock
  pollIntervalMs: number
  /** Epoch ms (on `clock`) at which waiting stops. */
  deadline: number
  /** Aborts when the run is cancelled. */
  signal: AbortSignal
  /** Also follow the child and multi-project pipelines the trigger jobs start (default false). */
  followDownstream?: boolean
  /** Stream the logs of running jobs while waiting. */
  live?: LiveLogs
  /** Counts the checks and their requests (the bench, the tests). */
  onCheck?: (requests: number) => void
  /**
   * Sees each followed pipeline's jobs at each check, before that pipeline is read (play-manual
   * plays jobs here, in `project`); true when it started one: the pipeline's status is then read
   * at the next check.
   */
  onJobs?: (jobs: Array<Job | Bridge>, project: string, retry: RetryOptions) => Promise<boolean>
}

// After the deadline, one last look at the pipeline may take this long.
const LAST_LOOK_MS = 10_000
// With no job change for this long, say that the wait goes on, so a long job does not look hung.
const QUIET_MS = 5 * 60_000
// Below this share of GitLab's request budget, pauses stretch so the wait never causes a 429.
const LOW_BUDGET_SHARE = 0.1

/**
 * Follows a pipeline, and with `followDownstream` the pipelines its trigger jobs start, to any
 * depth (pipeline-tree.ts), until the top pipeline reaches a final status, the deadline passes or
 * the signal aborts. Transient GitLab failures are retried until the deadline; others are thrown.
 * At the deadline it looks once more, so a pipeline that ended in the last pause is not called
 * timed out, and a timeout reports the pipeline's current status.
 */
export async function waitForPipeline(options: WaitOptions): Promise<WaitResult> {
  return new PipelineWait(options).run()
}

/** One wait: the tree, the pauses between its checks, and what is shown while it goes. */
class PipelineWait {
  private readonly tree: PipelineTree
  private readonly started: number
  // Ends requests in flight on cancellation, or when even the last look takes too long.
  private readonly limit: TimeLimit
  private readonly retry: RetryOptions
  private lastCheckRequests = 1
  private checked = false
  private budgetSaid = false
  private display: DisplayState = {}

  constructor(private readonly options: WaitOptions) {
    const { clock, deadline, signal, log } = options
    this.started = clock.now()
    this.limit = timeLimit(Math.max(0, deadline - this.started) + LAST_LOOK_MS, signal)
    this.retry = readPolicy({
      deadline,
      signal: this.limit.signal,
      clock,
      onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
    })
    this.tree = new PipelineTree(
      { pipeline: options.pipeline, project: options.project },
      {
        client: options.client,
        log,
        clock,
        retry: this.retry,
        followDownstream: options.followDownstream,
        onJobs: options.onJobs,
        say: line => this.say(line)
      }
    )
  }

  async run(): Promise<WaitResult> {
    const { signal, clock, deadline } = this.options
    try {
      return await this.checkUntilEnd()
    } catch (error) {
      if (signal.aborted) {
        // The last status seen, for the result of a cancelled run (issue 16 point 7).
        this.tree.topStatusFromJobs()
        return this.result('aborted')
      }
      // Transient failures are retried until the deadline; one still failing then is a timeout.
      if (
        clock.now() >= deadline &&
        (this.limit.signal.aborted || (error as GitLabError).transient)
      )
        return this.afterDeadline()
      throw error
    } finally {
      this.closeLiveGroup()
      this.options.live?.close()
      this.limit.dispose()
    }
  }

  private async checkUntilEnd(): Promise<WaitResult> {
    const { clock, deadline } = this.options
    const { tree } = this
    // A pipeline followed when it has already ended (or blocks on a job to play) is still looked
    // at once, for its jobs, and its status read again.
    while (!this.checked || !isFinalStatus(tree.top.pipeline.status)) {
      const pause = this.pauseMs()
      await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), this.limit.signal)
      const lastLook = clock.now() >= deadline
      const endedBefore = !this.checked && isFinalStatus(tree.top.pipeline.status)
      await this.check(lastLook || endedBefore)
      if (lastLook && !isFinalStatus(tree.top.pipeline.status)) return this.result('timeout')
      if (clock.now() - tree.lastNews >= QUIET_MS) {
        this.say(stillWaiting(this.result('ended'), clock.now() - this.started))
        tree.lastNews = clock.now()
      }
    }
    // The top pipeline ended: downstream pipelines not yet seen ended (a depend trigger job
    // ends after its pipeline) are read once more, so their last state is reported.
    for (const node of tree.nodes) if (!node.done) await tree.checkPipeline(node, true)
    await this.streamLogs(true)
    return this.result('ended')
  }

  /** One check of the tree (and of the live logs), counted for onCheck. */
  private async check(readPipeline: boolean): Promise<void> {
    const { client, live, clock } = this.options
    const before = client.answered
    // While logs are streamed, statuses are read on the request budget (logs/read-schedule.ts).
    const readStatus = readPipeline || !live || live.statusDue(clock.now())
    if (readStatus) await this.tree.checkAll(readPipeline)
    this.checked = true
    await this.streamLogs(false, readStatus ? client.answered - before : 0)
    this.lastCheckRequests = client.answered - before
    this.options.onCheck?.(this.lastCheckRequests)
  }

  /** Past the deadline: one last look at the top pipeline, which may have ended meanwhile. */
  private async afterDeadline(): Promise<WaitResult> {
    const look = timeLimit(LAST_LOOK_MS, this.options.signal)
    try {
      const pipeline = await this.tree.lastLook(look.signal)
      return this.result(isFinalStatus(pipeline.status) ? 'ended' : 'timeout')
    } finally {
      look.dispose()
    }
  }

  private result(outcome: WaitOutcome): WaitResult {
    const { top, nodes } = this.tree
    return { outcome, pipeline: top.pipeline, jobs: top.jobs, bridges: top.bridges, tree: nodes }
  }

  // The live logs and the pace of the checks, in one place (docs/contract.md, "Live job logs").

  /** A line about the wait; an open group of live log lines is closed first. */
  private say(line: string): void {
    this.closeLiveGroup()
    this.options.log.info(line)
  }

  private closeLiveGroup(): void {
    const { live, log } = this.options
    if (!live || !log.live) return
    const closed = closeLiveGroup(this.display)
    this.display = closed.state
    if (closed.lines.length > 0) log.live(closed.lines)
  }

  /** Reads what is new in the running jobs' logs and shows it; `final` reads each to its end. */
  private async streamLogs(final: boolean, statusRequests = 0): Promise<void> {
    const { live, log, signal } = this.options
    if (!live) return
    const jobs = this.tree.liveJobs()
    const oneJob = jobs.filter(job => isRunningStatus(job.status)).length <= 1 && live.unread() <= 1
    await live.check(jobs, {
      signal: final ? signal : this.limit.signal,
      final,
      now: this.options.clock.now(),
      clock: this.options.clock,
      statusRequests,
      emit: events => {
        const shown = presentLiveEvents(events, { oneJob }, this.display)
        this.display = shown.state
        if (shown.lines.length > 0) log.live?.(shown.lines)
      }
    })
  }

  /**
   * The pause before the next check: the usual one, shorter while logs are streamed, longer when
   * GitLab's request budget runs low.
   */
  private pauseMs(): number {
    const { clock, live, pollIntervalMs, log } = this.options
    let pause = nextPollDelay(clock.now() - this.started, pollIntervalMs)
    if (live) pause = live.pauseMs(clock.now(), pause, this.tree.hasRunningJob())
    const budget = this.options.client.rateLimit
    const stretched = this.budgetPauseMs()
    if (budget === undefined || stretched <= pause) return pause
    if (!this.budgetSaid)
      log.info(
        `GitLab's request budget is low (${budget.remaining} of ${budget.limit} left until ${new Date(budget.resetAt).toISOString()}): checking less often until it is renewed`
      )
    this.budgetSaid = true
    return stretched
  }

  /** Spreads what is left of GitLab's request budget over the time to its renewal; 0 when plenty. */
  private budgetPauseMs(): number {
    const budget = this.options.client.rateLimit
    if (!budget || budget.remaining >= budget.limit * LOW_BUDGET_SHARE) return 0
    // A check's worth of requests each time.
    const perCheck = Math.max(1, this.lastCheckRequests)
    const checksLeft = Math.max(1, Math.floor(budget.remaining / perCheck) - 1)
    return Math.ceil(Math.max(0, budget.resetAt - this.options.clock.now()) / checksLeft)
  }
}

function stillWaiting({ pipeline, jobs, bridges }: WaitResult, elapsedMs: number): string {
  const running = [...jobs, ...bridges]
    .filter(job => isRunningStatus(job.status))
    .map(job => job.name)
  const jobsText = running.length > 0 ? `; running: ${running.join(', ')}` : ''
  return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${formatDuration(elapsedMs)} so far`
}
