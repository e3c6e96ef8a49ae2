import { timeLimit } from '../../runtime/time-limit.js'
import { realClock, type Clock } from '../../runtime/clock.js'
import type { GitLabClient } from '../../gitlab/client.js'
import type { GitLabError } from '../../gitlab/errors.js'
import { cancelPipeline, getPipeline, listBridges, listJobs } from '../../gitlab/endpoints.js'
import type { Bridge, Job } from '../../gitlab/schemas.js'
import { cancelPolicy } from '../../gitlab/retry.js'
import { retryLine } from '../retry-line.js'
import type { RunLog } from '../run-log.js'
import type { CancelResult, RunJob } from '../run-result.js'
import type { FollowedPipeline } from '../follow/pipeline-tree.js'
import { isFinalStatus } from '../../gitlab/statuses.js'

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

/**
 * Cancels the followed pipeline and, since GitLab cancels child pipelines with their parent but
 * not multi-project ones (docs/gitlab.md, "Cancelling a pipeline"), each multi-project pipeline
 * of the tree still running; then one look at the top pipeline within `lookWithinMs`, so the
 * report shows where the cancel left it. `jobs` are the tree's jobs as last seen.
 */
export async function cancelFollowed(
  client: GitLabClient,
  tree: readonly FollowedPipeline[],
  jobs: readonly RunJob[],
  { by, why, lookWithinMs }: { by: CancelResult['by']; why: string; lookWithinMs: number },
  log: RunLog,
  clock: Clock
): Promise<CancelResult> {
  const [top] = tree
  const { id, web_url } = top.pipeline
  const status = await cancelDownstream(client, top.project, id, web_url, log, why, { clock })
  const result: CancelResult = { by, succeeded: status !== undefined, statusAfter: status }
  for (const node of multiProjectStillRunning(tree))
    await cancelDownstream(
      client,
      node.project,
      node.pipeline.id,
      node.pipeline.web_url,
      log,
      why,
      {
        clock
      }
    )
  // A cancel that failed changed nothing worth another read.
  if (status === undefined) return result
  const after = await lookAfterCancel(client, top.project, id, lookWithinMs)
  if (after.status !== undefined) result.statusAfter = after.status
  if (after.jobs !== undefined)
    result.jobsAfter = [
      ...after.jobs.map(job => ({ ...job, pipeline_id: id })),
      ...jobs.filter(job => job.pipeline_id !== id)
    ]
  return result
}

/**
 * Downstream pipelines in another project than the pipeline that started them, still running:
 * cancelling their parent leaves them running.
 */
function multiProjectStillRunning(tree: readonly FollowedPipeline[]): FollowedPipeline[] {
  const byId = new Map(tree.map(node => [node.pipeline.id, node]))
  return tree.filter(node => {
    if (node.parentId === null || isFinalStatus(node.pipeline.status)) return false
    const parent = byId.get(node.parentId)
    return parent !== undefined && parent.pipeline.project_id !== node.pipeline.project_id
  })
}
