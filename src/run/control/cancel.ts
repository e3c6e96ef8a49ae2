import { timeLimit } from '../../runtime/time-limit.js'
import { realClock, type Clock } from '../../runtime/clock.js'
import type { GitLabClient } from '../../gitlab/client.js'
import type { GitLabError } from '../../gitlab/errors.js'
import { cancelPipeline, getPipeline, listBridges, listJobs } from '../../gitlab/endpoints.js'
import type { Bridge, Job } from '../../gitlab/schemas.js'
import { cancelPolicy } from '../../gitlab/retry.js'
import { retryLine } from '../retry-line.js'
import type { RunLog } from '../run-log.js'

// The runner sends SIGTERM 7.5 s after SIGINT: the cancel must be done well before that.
const CANCEL_WITHIN_MS = 5_000

export interface CancelOptions {
  /** The post step, with no runner signal to beat, may give it longer. */
  withinMs?: number
  clock?: Clock
}

/**
 * Cancels the downstream pipeline; a refusal is a warning, since the step is ending anyway.
 * Returns the status GitLab answered, or undefined when the cancel failed.
 */
export async function cancelDownstream(
  client: GitLabClient,
  project: string,
  pipelineId: number,
  webUrl: string,
  log: RunLog,
  why: string,
  { withinMs = CANCEL_WITHIN_MS, clock = realClock }: CancelOptions = {}
): Promise<string | undefined> {
  log.info(`Cancelling pipeline #${pipelineId} (${why})…`)
  const limit = timeLimit(withinMs)
  try {
    const pipeline = await cancelPipeline(
      client,
      project,
      pipelineId,
      cancelPolicy({
        deadline: clock.now() + withinMs,
        clock,
        onRetry: (error, delayMs) => log.info(retryLine(error, delayMs)),
        // Bounds a request that hangs, not only the pauses between tries.
        signal: limit.signal
      })
    )
    log.info(`Pipeline #${pipelineId} is ${pipeline.status}`)
    return pipeline.status
  } catch (error) {
    const failure = error as GitLabError
    log.warning(
      `Could not cancel pipeline #${pipelineId}: ${failure.message.replace(/\.?$/, '.')} Cancel it by hand: ${webUrl}`,
      'Downstream pipeline not cancelled'
    )
    return undefined
  } finally {
    limit.dispose()
  }
}

/** What GitLab says about a pipeline and its jobs right after the cancel. */
export interface AfterCancel {
  status?: string
  jobs?: Array<Job | Bridge>
}

/**
 * One quick read of the pipeline and its jobs after a cancel, so the summary shows where the
 * cancel left them, not where they were before it. Bounded by `withinMs`; nothing is retried,
 * and whatever could not be read in time is left undefined.
 */
export async function lookAfterCancel(
  client: GitLabClient,
  project: string,
  pipelineId: number,
  withinMs: number
): Promise<AfterCancel> {
  if (withinMs <= 0) return {}
  const limit = timeLimit(withinMs)
  const once = { retryIf: () => false, maxAttempts: 1, signal: limit.signal }
  try {
    const [pipeline, jobs, bridges] = await Promise.allSettled([
      getPipeline(client, project, pipelineId, once),
      listJobs(client, project, pipelineId, once),
      listBridges(client, project, pipelineId, once)
    ])
    return {
      status: pipeline.status === 'fulfilled' ? pipeline.value.status : undefined,
      jobs:
        jobs.status === 'fulfilled' && bridges.status === 'fulfilled'
          ? [...jobs.value, ...bridges.value].sort((a, b) => a.id - b.id)
          : undefined
    }
  } finally {
    limit.dispose()
  }
}
