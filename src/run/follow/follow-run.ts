import { timeLimit } from '../../runtime/time-limit.js'
import { cancelDownstream, lookAfterCancel } from '../control/cancel.js'
import { formatDuration } from '../../settings/durations.js'
import type { GitLabClient } from '../../gitlab/client.js'
import { quickReadPolicy } from '../../gitlab/retry.js'
import type { Pipeline } from '../../gitlab/schemas.js'
import { jobsWithLogsToShow, printJobLogs } from '../logs/end-of-run-logs.js'
import type { CancelResult, RunResult } from '../run-result.js'
import { waitForPipeline, type FollowedPipeline, type WaitResult } from './wait.js'
import { LiveLogs } from '../logs/live-logs.js'
import { INITIAL_STATUS, isFailedStatus, isFinalStatus } from '../../gitlab/statuses.js'
import { collectResults } from '../results/collect-results.js'
import { jobsToPlay, playManualJobs } from '../control/play-manual.js'
import { callHook, finish, type Run } from '../run-context.js'

/**
 * How long the step may run past `timeout`: the last look at the pipeline, the cancel and the
 * log reads all end within it (README, "Time limits").
 */
export const GRACE_MS = 25_000
// Kept back from the grace for the per-job annotations and the summary, which are local.
const REPORT_RESERVE_MS = 2_000
// The look at the jobs after a cancel on SIGINT: the runner sends SIGTERM 7.5 s after SIGINT,
// and the cancel itself may take 5 s of that.
const LOOK_AFTER_ABORT_MS = 2_000
// The same look after a timeout, within what is left of the grace.
const LOOK_AFTER_TIMEOUT_MS = 5_000

/**
 * Follows a created (or attached, or reused) pipeline to its end, reports it and reads its
 * results: the run's outcome.
 */
export async function followRun(
  client: GitLabClient,
  pipeline: Pipeline,
  run: Run
): Promise<RunResult> {
  const { settings, log, signal, clock, result } = run
  // Followed and cancelled by the numeric id GitLab returned: a project renamed or moved while
  // the pipeline runs changes nothing.
  const project = String(pipeline.project_id)
  await callHook(run, () => run.hooks.watchStarted?.(pipeline, project))
  log.info(
    `Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${pipeline.id} to end`
  )
  const deadline = clock.now() + settings.timeoutMs
  // Everything after the wait (last look, cancel, logs, report) ends by then.
  const stepEnd = deadline + GRACE_MS
  const watchEnded = () => callHook(run, () => run.hooks.watchEnded?.())
  let waited: WaitResult
  const played = new Set<number>()
  try {
    waited = await waitForPipeline({
      client,
      project,
      // A pipeline followed when it has already ended (or blocks on a job to play) is still
      // looked at once, for its jobs.
      pipeline: { ...pipeline, status: INITIAL_STATUS },
      log,
      clock,
      pollIntervalMs: settings.pollIntervalMs,
      deadline,
      signal,
      onJobs: async (jobs, jobsProject, retry) => {
        const toPlay = jobsToPlay(jobs, settings.playManual, played)
        if (toPlay.length === 0) return false
        await playManualJobs(client, jobsProject, toPlay, played, log, retry)
        return true
      },
      followDownstream: settings.followDownstream,
      live: settings.jobLogs === 'live' ? new LiveLogs(client, { project }) : undefined
    })
  } catch (error) {
    await watchEnded()
    throw error
  }
  result.lastSeen = waited.pipeline
  result.jobs = treeJobs(waited.tree)
  result.pipelines = treePipelines(waited.tree)

  const cancel = async (by: CancelResult['by'], why: string, lookWithinMs: number) => {
    const status = await cancelDownstream(
      client,
      project,
      pipeline.id,
      pipeline.web_url,
      log,
      why,
      {
        clock
      }
    )
    result.cancel = { by, succeeded: status !== undefined, statusAfter: status }
    result.leftRunning = false
    // GitLab cancels child pipelines with their parent but not multi-project ones
    // (docs/gitlab.md, "Cancelling a pipeline"): those still running are cancelled here.
    for (const node of multiProjectStillRunning(waited.tree))
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
    if (status === undefined) return
    const after = await lookAfterCancel(client, project, pipeline.id, lookWithinMs)
    if (after.status !== undefined) result.cancel.statusAfter = after.status
    if (after.jobs !== undefined)
      result.cancel.jobsAfter = [
        ...after.jobs.map(job => ({ ...job, pipeline_id: pipeline.id })),
        ...result.jobs.filter(job => job.pipeline_id !== pipeline.id)
      ]
  }
  const cancelOnAbort = async () => {
    if (settings.cancelOnAbort) await cancel('abort', 'this run was cancelled', LOOK_AFTER_ABORT_MS)
    else result.leftRunning = true
  }
  const cancelledRun = async (while_: string): Promise<RunResult> => {
    await watchEnded()
    const reason = `This run was cancelled while ${while_} pipeline #${pipeline.id}: ${pipeline.web_url}`
    log.error(reason, 'Cancelled')
    return finish(run, 'aborted', reason)
  }
  if (waited.outcome === 'aborted') {
    await cancelOnAbort()
    return cancelledRun('waiting for')
  }

  const timedOut = waited.outcome === 'timeout'
  const status = timedOut ? 'timeout' : waited.pipeline.status
  result.finalStatus = status
  result.duration = waited.pipeline.duration
  // On timeout, cancel first: reading logs for the report can take a while.
  if (timedOut) {
    if (settings.cancelOnTimeout) {
      const lookWithin = Math.min(LOOK_AFTER_TIMEOUT_MS, stepEnd - REPORT_RESERVE_MS - clock.now())
      await cancel('timeout', 'timeout reached', lookWithin)
    } else result.leftRunning = true
  }
  await report(client, project, waited, status, run, stepEnd)
  if (signal.aborted) {
    // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
    if (timedOut && !settings.cancelOnTimeout) await cancelOnAbort()
    return cancelledRun('reporting on')
  }
  if (timedOut) {
    const reason = `Pipeline #${pipeline.id} did not end within the timeout of ${formatDuration(settings.timeoutMs)}; it was ${waited.pipeline.status}: ${pipeline.web_url}`
    log.error(reason, 'Timed out')
    await watchEnded()
    return finish(run, 'timeout', reason)
  }
  await watchEnded()
  const accepted = (settings.acceptStatuses as string[]).includes(status)
  const collected = await collectResults({
    client,
    project,
    jobs: result.jobs,
    pipelines: result.pipelines,
    settings,
    log,
    clock,
    signal,
    deadline: stepEnd - REPORT_RESERVE_MS,
    tempDir: run.tempDir
  })
  if (collected.jobOutputs !== undefined) {
    result.jobOutputs = collected.jobOutputs
    result.maskedOutputValues = collected.maskedValues
    result.outputClashes = collected.outputClashes
  }
  if (collected.artifactsDir !== undefined) result.artifactsDir = collected.artifactsDir
  if (signal.aborted) return cancelledRun('reading the results of')
  if (accepted && collected.problems.length > 0)
    return finish(run, 'results-failed', collected.problems.join('\n'))
  if (accepted) return finish(run, 'accepted')
  const reason = `Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(', ')}): ${pipeline.web_url}`
  log.error(reason, `Pipeline ${status}`)
  return finish(run, 'not-accepted', reason)
}

/** The final status line, the job logs and the per-job errors, for every pipeline followed. */
async function report(
  client: GitLabClient,
  project: string,
  waited: WaitResult,
  status: string,
  run: Run,
  stepEnd: number
): Promise<void> {
  const { settings, log, signal, clock } = run
  const { pipeline } = waited
  const duration =
    pipeline.duration === null ? '' : ` after ${formatDuration(pipeline.duration * 1000)}`
  log.info(
    `Pipeline #${pipeline.id} ${status === 'timeout' ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`
  )
  for (const node of waited.tree.slice(1))
    log.info(
      `${node.prefix}Pipeline #${node.pipeline.id} ${isFinalStatus(node.pipeline.status) ? 'ended' : 'is'} ${node.pipeline.status}: ${node.pipeline.web_url}`
    )

  // Live logs were shown while the jobs ran: not a second time.
  if (settings.jobLogs !== 'live') {
    // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
    const logs = timeLimit(Math.max(0, stepEnd - REPORT_RESERVE_MS - clock.now()), signal)
    try {
      for (const node of waited.tree) {
        if (node.unreadable) continue
        await printJobLogs(
          client,
          node === waited.tree[0] ? project : node.project,
          jobsWithLogsToShow(node.jobs, settings.jobLogs).map(job => ({
            ...job,
            stage: node.prefix + job.stage
          })),
          log,
          quickReadPolicy({ deadline: stepEnd - REPORT_RESERVE_MS, signal: logs.signal, clock })
        )
      }
    } finally {
      logs.dispose()
    }
  }
  for (const node of waited.tree)
    for (const job of [...node.jobs, ...node.bridges]
      .filter(job => isFailedStatus(job.status))
      .sort((a, b) => a.id - b.id)) {
      const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, ' ')})` : ''
      const message = `${node.prefix}${job.stage} › ${job.name} failed${reason}: ${job.web_url}`
      if (job.allow_failure)
        log.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`)
      else log.error(message, `GitLab job ${job.name} failed`)
    }
}

/** Every job and trigger job of the followed tree, with its pipeline, sorted by id. */
function treeJobs(tree: readonly FollowedPipeline[]) {
  return tree
    .flatMap(node =>
      [...node.jobs, ...node.bridges].map(job => ({ ...job, pipeline_id: node.pipeline.id }))
    )
    .sort((a, b) => a.id - b.id)
}

function treePipelines(tree: readonly FollowedPipeline[]) {
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
