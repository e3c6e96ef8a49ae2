import { ActionLog, debugLines, runnerDebug } from './log.js'
import { readSettings } from './inputs.js'
import { watchState } from './state.js'
import { watchedPipelinesFrom, type WatchedPipeline } from './watched-pipelines.js'
import { timeLimit } from '../runtime/time-limit.js'
import { cancelDownstream } from '../run/control/cancel.js'
import { GitLabClient } from '../gitlab/client.js'
import { getPipeline } from '../gitlab/endpoints.js'
import { isFinalStatus } from '../gitlab/statuses.js'
import { cancelPolicy } from '../gitlab/retry.js'
import { retryLine } from '../run/retry-line.js'

/**
 * The post step's own time budget: reading the pipeline and cancelling it, transient failures
 * (5xx, 429, resets, timeouts) retried, end within it (README, "Time limits").
 */
export const POST_STEP_BUDGET_MS = 20_000

/**
 * The post step: if the main step was killed while it watched a pipeline, cancel that pipeline
 * (cancel-on-abort). When the main step ended by itself it does nothing. Never fails the job.
 */
export async function runPost(): Promise<void> {
  const log = new ActionLog()
  const { pipelineId, projectId, finished, pipelines } = watchState()
  // With targets, every pipeline the main step was watching; else the one it saved.
  const watched: Array<Partial<WatchedPipeline>> =
    pipelines !== undefined ? watchedPipelinesFrom(pipelines) : [{ pipelineId, projectId }]
  if (finished || !watched.some(one => one.pipelineId)) return
  const budget = timeLimit(POST_STEP_BUDGET_MS)
  try {
    const settings = readSettings(log)
    if (!settings.cancelOnAbort || !settings.apiToken) return
    const client = new GitLabClient({
      gitlabUrl: settings.gitlabUrl,
      token: settings.apiToken,
      requestTimeoutMs: settings.requestTimeoutMs,
      // One debug line per GitLab request with the runner's debug logging (SPEC 6.4).
      onRequest: runnerDebug(process.env) ? await debugLines(log) : undefined
    })
    const deadline = Date.now() + POST_STEP_BUDGET_MS
    const retry = cancelPolicy({
      deadline,
      signal: budget.signal,
      onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
    })
    await Promise.all(
      watched
        .filter(one => one.pipelineId)
        .map(one =>
          // The numeric id the main step saved: right even if the project was renamed since.
          cancelWatched(client, one.projectId ?? settings.project, one.pipelineId!, log, {
            retry,
            deadline
          })
        )
    )
  } catch (error) {
    log.warning(
      `Could not cancel ${pipelineId ? `pipeline #${pipelineId}` : 'the pipelines'}: ${error instanceof Error ? error.message : String(error)}`
    )
  } finally {
    budget.dispose()
  }
}

/** Cancels one pipeline the main step was watching, unless it already ended; never throws. */
async function cancelWatched(
  client: GitLabClient,
  project: string,
  pipelineId: string,
  log: ActionLog,
  { retry, deadline }: { retry: ReturnType<typeof cancelPolicy>; deadline: number }
): Promise<void> {
  try {
    const pipeline = await getPipeline(client, project, Number(pipelineId), retry)
    if (isFinalStatus(pipeline.status)) {
      log.info(`Pipeline #${pipelineId} already ended (${pipeline.status}); nothing to cancel`)
      return
    }
    await cancelDownstream(
      client,
      project,
      pipeline.id,
      pipeline.web_url,
      log,
      'the main step was stopped before it could',
      { withinMs: Math.max(1_000, deadline - Date.now()) }
    )
  } catch (error) {
    log.warning(
      `Could not cancel pipeline #${pipelineId}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
