import type { GitLabClient } from '../gitlab/client.js'
import type { GitLabError } from '../gitlab/errors.js'
import { getPipeline, listBridges, listJobs } from '../gitlab/endpoints.js'
import type { Bridge, Job, Pipeline } from '../gitlab/schemas.js'
import { describeJobChange } from './job-lines.js'
import { JobTracker, isProgressingJob } from './job-changes.js'
import { isFinalStatus } from '../gitlab/statuses.js'
import { nextPollDelay } from './poll-delays.js'
import type { RunLog } from './log.js'
import { readPolicy, type RetryOptions } from '../gitlab/retry.js'
import { retryLine } from './retry-line.js'
import type { Clock } from '../runtime/clock.js'
import { timeLimit } from '../runtime/time-limit.js'
import { formatDuration } from '../settings/durations.js'

export type WaitOutcome = 'ended' | 'timeout' | 'aborted'

export interface WaitResult {
  outcome: WaitOutcome
  /** The last state seen. */
  pipeline: Pipeline
  jobs: Job[]
  bridges: Bridge[]
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
  /**
   * Sees the jobs at each check, before the pipeline is read (play-manual plays jobs here);
   * true when it started one: the pipeline's status is then read at the next check.
   */
  onJobs?: (jobs: Array<Job | Bridge>, retry: RetryOptions) => Promise<boolean>
}

// After the deadline, one last look at the pipeline may take this long.
const LAST_LOOK_MS = 10_000
// With no job change for this long, say that the wait goes on, so a long job does not look hung.
const QUIET_MS = 5 * 60_000

/**
 * Follows a pipeline until it reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs (one request, which also shows their changes); the pipeline itself
 * is read only when no job is queued or running, because only then can its status be final.
 * At the deadline it looks once more, so a pipeline that ended in the last pause is not called
 * timed out, and a timeout reports the pipeline's current status.
 */
export async function waitForPipeline(options: WaitOptions): Promise<WaitResult> {
  const { client, project, log, clock, signal, deadline } = options
  const state: WaitResult = { outcome: 'ended', pipeline: options.pipeline, jobs: [], bridges: [] }
  const tracker = new JobTracker()
  const started = clock.now()
  let watchBridges = true
  let lastNews = started
  // Ends requests in flight on cancellation, or when even the last look takes too long.
  const limit = timeLimit(Math.max(0, deadline - started) + LAST_LOOK_MS, signal)
  const stop = limit.signal
  const retry = readPolicy({
    deadline,
    signal: stop,
    clock,
    onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
  })

  // A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
  // once: the same job would otherwise warn on every poll.
  let oddWarned = false
  const onOddItem = (problem: string) => {
    if (oddWarned) return
    oddWarned = true
    log.warning(`${problem} (further odd jobs are not reported)`, 'Unexpected job in GitLab answer')
  }

  const check = async (readPipeline: boolean) => {
    state.jobs = await listJobs(client, project, state.pipeline.id, retry, onOddItem)
    if (watchBridges) {
      state.bridges = await listBridges(client, project, state.pipeline.id, retry, onOddItem)
      // Trigger jobs exist from the pipeline's creation: none at first means none at all.
      watchBridges = state.bridges.length > 0
    }
    const all = [...state.jobs, ...state.bridges]
    for (const change of tracker.update(all)) {
      log.info(describeJobChange(change))
      lastNews = clock.now()
    }
    // GitLab may still call the pipeline `manual` for a moment after a job of it was played.
    const started = (await options.onJobs?.(all, retry)) === true
    if (!started && (readPipeline || !all.some(isProgressingJob))) {
      const previous = state.pipeline.status
      state.pipeline = await getPipeline(client, project, state.pipeline.id, retry)
      if (state.pipeline.status !== previous && !isFinalStatus(state.pipeline.status)) {
        log.info(`Pipeline #${state.pipeline.id} is ${state.pipeline.status}`)
      }
    }
  }

  try {
    while (!isFinalStatus(state.pipeline.status)) {
      const pause = nextPollDelay(clock.now() - started, options.pollIntervalMs)
      await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), stop)
      const lastLook = clock.now() >= deadline
      await check(lastLook)
      if (lastLook && !isFinalStatus(state.pipeline.status)) return { ...state, outcome: 'timeout' }
      if (clock.now() - lastNews >= QUIET_MS) {
        log.info(stillWaiting(state, clock.now() - started))
        lastNews = clock.now()
      }
    }
    return state
  } catch (error) {
    if (signal.aborted) return { ...state, outcome: 'aborted' }
    // Transient failures are retried until the deadline; one still failing then is a timeout.
    if (clock.now() >= deadline && (stop.aborted || (error as GitLabError).transient)) {
      const pipeline = await lastLook()
      return { ...state, pipeline, outcome: isFinalStatus(pipeline.status) ? 'ended' : 'timeout' }
    }
    throw error
  } finally {
    limit.dispose()
  }

  /** One try at the pipeline's current status for the timeout message, else what its jobs say. */
  async function lastLook(): Promise<Pipeline> {
    const look = timeLimit(LAST_LOOK_MS, signal)
    try {
      return await getPipeline(client, project, state.pipeline.id, {
        ...retry,
        maxAttempts: 1,
        signal: look.signal
      })
    } catch {
      const jobs = [...state.jobs, ...state.bridges]
      const seen = jobs.some(job => job.status === 'running')
        ? 'running'
        : jobs.some(isProgressingJob)
          ? 'pending'
          : state.pipeline.status
      return { ...state.pipeline, status: seen }
    } finally {
      look.dispose()
    }
  }
}

function stillWaiting({ pipeline, jobs, bridges }: WaitResult, elapsedMs: number): string {
  const running = [...jobs, ...bridges].filter(job => job.status === 'running').map(job => job.name)
  const jobsText = running.length > 0 ? `; running: ${running.join(', ')}` : ''
  return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${formatDuration(elapsedMs)} so far`
}
