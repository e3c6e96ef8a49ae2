import type { GitLabClient } from './gitlab/client.js'
import type { GitLabError } from './gitlab/errors.js'
import { getPipeline, listBridges, listJobs } from './gitlab/endpoints.js'
import type { Bridge, Job, Pipeline } from './gitlab/schemas.js'
import { describeJobChange } from './job-lines.js'
import { JobTracker, isActiveJob } from './job-changes.js'
import { isFinalStatus } from './pipeline-status.js'
import { nextPollDelay } from './poll-delays.js'
import type { Reporter } from './reporter.js'
import { sleep, type RetryOptions } from './retry.js'
import { formatDuration } from './durations.js'

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
  reporter: Reporter
  pollIntervalMs: number
  /** Epoch ms at which waiting stops. */
  deadline: number
  /** Aborts when the run is cancelled. */
  signal: AbortSignal
}

/**
 * Follows a pipeline until it reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs (one request, which also shows their changes); the pipeline itself
 * is read only once no job is still active, because only then can its status be final.
 */
export async function waitForPipeline(options: WaitOptions): Promise<WaitResult> {
  const { client, project, reporter, signal, deadline } = options
  const state: WaitResult = { outcome: 'ended', pipeline: options.pipeline, jobs: [], bridges: [] }
  const tracker = new JobTracker()
  const started = Date.now()
  let watchBridges = true
  // Ends a request that hangs past the deadline, and everything on cancellation.
  const stop = AbortSignal.any([signal, AbortSignal.timeout(Math.max(0, deadline - started))])
  const retry: RetryOptions = {
    retryIf: (error: GitLabError) => error.transient,
    maxAttempts: Infinity,
    deadline,
    signal: stop,
    onRetry: (error, delayMs) =>
      reporter.info(
        `${error.request}: ${error.message}; trying again in ${formatDuration(delayMs)}`
      )
  }
  const until = <T>(promise: Promise<T>) => abortable(promise, stop)

  try {
    while (!isFinalStatus(state.pipeline.status)) {
      await sleep(
        Math.min(
          nextPollDelay(Date.now() - started, options.pollIntervalMs),
          Math.max(0, deadline - Date.now())
        ),
        stop
      )
      if (Date.now() >= deadline) return { ...state, outcome: 'timeout' }

      state.jobs = await until(listJobs(client, project, state.pipeline.id, retry))
      if (watchBridges) {
        state.bridges = await until(listBridges(client, project, state.pipeline.id, retry))
        // Trigger jobs exist from the pipeline's creation: none at first means none at all.
        watchBridges = state.bridges.length > 0
      }
      for (const change of tracker.update([...state.jobs, ...state.bridges]))
        reporter.info(describeJobChange(change))

      if (![...state.jobs, ...state.bridges].some(isActiveJob)) {
        const previous = state.pipeline.status
        state.pipeline = await until(getPipeline(client, project, state.pipeline.id, retry))
        if (state.pipeline.status !== previous)
          reporter.info(`Pipeline #${state.pipeline.id} is ${state.pipeline.status}`)
      }
    }
    return state
  } catch (error) {
    if (signal.aborted) return { ...state, outcome: 'aborted' }
    if (Date.now() >= deadline - 50 && (stop.aborted || (error as GitLabError).transient))
      return { ...state, outcome: 'timeout' }
    throw error
  }
}

/** Settles with the promise, or rejects as soon as the signal aborts (a hung request is left behind). */
function abortable<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  if (signal.aborted) return Promise.reject(signal.reason)
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason)
    signal.addEventListener('abort', onAbort, { once: true })
    promise.then(
      value => {
        signal.removeEventListener('abort', onAbort)
        resolve(value)
      },
      error => {
        signal.removeEventListener('abort', onAbort)
        reject(error)
      }
    )
  })
}
