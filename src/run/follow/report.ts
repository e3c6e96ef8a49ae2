import type { GitLabClient } from '../../gitlab/client.js'
import type { Pipeline } from '../../gitlab/schemas.js'
import { quickReadPolicy } from '../../gitlab/retry.js'
import { countsAsFailure, isFailedStatus, isFinalStatus } from '../../gitlab/statuses.js'
import { timeLimit } from '../../runtime/time-limit.js'
import { formatDuration } from '../../settings/durations.js'
import { jobsWithLogsToShow, printJobLogs } from '../logs/end-of-run-logs.js'
import type { Run } from '../run-context.js'
import type { RunJob, RunPipeline } from '../run-result.js'
import type { FollowedPipeline } from './pipeline-tree.js'
import type { WaitResult } from './wait.js'

/**
 * The final status line (after a timeout, `timedOut`: the error that says so, said once), the job
 * logs and the per-job errors, for every pipeline followed. Log reads end by `logsEnd` (on the
 * run's clock) or with the run's cancellation.
 */
export async function report(
  client: GitLabClient,
  waited: WaitResult,
  { status, timedOut }: { status: string; timedOut?: string },
  run: Run,
  logsEnd: number
): Promise<void> {
  if (timedOut === undefined) reportStatus(waited.pipeline, status, run)
  else run.log.error(timedOut, 'Timed out')
  reportDownstreamStatuses(waited.tree, run)
  // Live logs were shown while the jobs ran: not a second time.
  if (run.settings.jobLogs !== 'live') await printLogs(client, waited.tree, run, logsEnd)
  reportFailedJobs(waited.tree, run)
}

function reportStatus(pipeline: Pipeline, status: string, { log }: Run): void {
  const duration =
    pipeline.duration === null ? '' : ` after ${formatDuration(pipeline.duration * 1000)}`
  log.info(`Pipeline #${pipeline.id} ended ${status}${duration}: ${pipeline.web_url}`)
}

function reportDownstreamStatuses(tree: readonly FollowedPipeline[], { log }: Run): void {
  for (const node of tree.slice(1))
    log.info(
      `${node.prefix}Pipeline #${node.pipeline.id} ${isFinalStatus(node.pipeline.status) ? 'ended' : 'is'} ${node.pipeline.status}: ${node.pipeline.web_url}`
    )
}

async function printLogs(
  client: GitLabClient,
  tree: readonly FollowedPipeline[],
  { settings, log, signal, clock }: Run,
  logsEnd: number
): Promise<void> {
  // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
  const logs = timeLimit(Math.max(0, logsEnd - clock.now()), signal)
  try {
    for (const node of tree) {
      if (node.unreadable) continue
      await printJobLogs(
        client,
        node.project,
        jobsWithLogsToShow(node.jobs, settings.jobLogs).map(job => ({
          ...job,
          stage: node.prefix + job.stage
        })),
        log,
        quickReadPolicy({ deadline: logsEnd, signal: logs.signal, clock })
      )
    }
  } finally {
    logs.dispose()
  }
}

/** One annotation per failed job: an error, or a warning for a job allowed to fail. */
function reportFailedJobs(tree: readonly FollowedPipeline[], { log }: Run): void {
  for (const node of tree)
    for (const job of [...node.jobs, ...node.bridges]
      .filter(job => isFailedStatus(job.status))
      .sort((a, b) => a.id - b.id)) {
      const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, ' ')})` : ''
      const message = `${node.prefix}${job.stage} › ${job.name} failed${reason}: ${job.web_url}`
      if (countsAsFailure(job)) log.error(message, `GitLab job ${job.name} failed`)
      else log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`)
    }
}

/** Every job and trigger job of the followed tree, with its pipeline, sorted by id. */
export function treeJobs(tree: readonly FollowedPipeline[]): RunJob[] {
  return tree
    .flatMap(node =>
      [...node.jobs, ...node.bridges].map(job => ({ ...job, pipeline_id: node.pipeline.id }))
    )
    .sort((a, b) => a.id - b.id)
}

export function treePipelines(tree: readonly FollowedPipeline[]): RunPipeline[] {
  return tree.map(node => ({
    id: node.pipeline.id,
    project_id: node.pipeline.project_id,
    web_url: node.pipeline.web_url,
    status: node.pipeline.status,
    parent_id: node.parentId,
    ...(node.trigger ? { trigger_job_id: node.trigger.id } : {}),
    path: node.prefix.trimEnd(),
    ...(node.unreadable ? { unreadable: node.unreadable } : {})
  }))
}
