import { cancelFollowed } from '../control/cancel.js'
import { ManualJobPlayer } from '../control/play-manual.js'
import { formatDuration } from '../../settings/durations.js'
import type { GitLabClient } from '../../gitlab/client.js'
import type { Pipeline } from '../../gitlab/schemas.js'
import { isCompletedStatus, isWaitingForPlay } from '../../gitlab/statuses.js'
import { LiveLogs } from '../logs/live-logs.js'
import { collectResults } from '../results/collect-results.js'
import { callHook, finish, type Run } from '../run-context.js'
import type { CancelResult, RunResult } from '../run-result.js'
import { report, treeJobs, treePipelines } from './report.js'
import { waitForPipeline, type WaitResult } from './wait.js'

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
  return new PipelineFollow(client, pipeline, run).follow()
}

/** One pipeline followed: the wait, then the cancel, report and results it calls for. */
class PipelineFollow {
  // Followed and cancelled by the numeric id GitLab returned: a project renamed or moved while
  // the pipeline runs changes nothing.
  private readonly project: string
  private readonly deadline: number
  // Everything after the wait (last look, cancel, logs, report) ends by then.
  private readonly stepEnd: number
  private readonly player: ManualJobPlayer

  constructor(
    private readonly client: GitLabClient,
    private readonly pipeline: Pipeline,
    private readonly run: Run
  ) {
    const { settings, clock, log } = run
    this.project = String(pipeline.project_id)
    this.deadline = clock.now() + settings.timeoutMs
    this.stepEnd = this.deadline + GRACE_MS
    this.player = new ManualJobPlayer(client, settings.playManual, log, settings.words)
  }

  async follow(): Promise<RunResult> {
    const { hooks } = this.run
    await callHook(this.run, () => hooks.watchStarted?.(this.pipeline, this.project))
    this.sayWhatComes()
    let waited: WaitResult
    try {
      waited = await this.wait()
    } catch (error) {
      await this.watchEnded()
      throw error
    }
    this.keep(waited)
    if (waited.outcome === 'aborted') {
      await this.cancelOnAbort(waited)
      return this.cancelled('waiting for')
    }
    return this.afterWait(waited)
  }

  /** Waiting up to the timeout, or, for a pipeline that has already ended, one look at it. */
  private sayWhatComes(): void {
    const { settings, log } = this.run
    const { id, status } = this.pipeline
    const nothingToPlay = settings.playManual.length === 0
    if (isCompletedStatus(status) || (isWaitingForPlay(status) && nothingToPlay))
      log.info(`Pipeline #${id} is already ${status}: reading its jobs once, without waiting`)
    else log.info(`Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${id} to end`)
  }

  private wait(): Promise<WaitResult> {
    const { client, project, pipeline } = this
    const { settings, log, clock, signal } = this.run
    return waitForPipeline({
      client,
      project,
      pipeline,
      log,
      clock,
      pollIntervalMs: settings.pollIntervalMs,
      deadline: this.deadline,
      signal,
      onJobs: (jobs, jobsProject, retry) => this.player.playAmong(jobs, jobsProject, retry),
      followDownstream: settings.followDownstream,
      live:
        settings.jobLogs === 'live'
          ? new LiveLogs(client, { project, budget: this.run.shared?.liveBudget })
          : undefined
    })
  }

  /** What the wait saw, kept in the result whatever comes next (a cancel, a timeout). */
  private keep(waited: WaitResult): void {
    const { result } = this.run
    result.lastSeen = waited.pipeline
    result.jobs = treeJobs(waited.tree)
    result.pipelines = treePipelines(waited.tree)
  }

  /** After a wait that ended or timed out: the cancel on timeout, the report, the results. */
  private async afterWait(waited: WaitResult): Promise<RunResult> {
    const { settings, clock, signal, result } = this.run
    const timedOut = waited.outcome === 'timeout'
    const status = timedOut ? 'timeout' : waited.pipeline.status
    result.finalStatus = status
    result.duration = waited.pipeline.duration
    // On timeout, cancel first: reading logs for the report can take a while.
    if (timedOut && settings.cancelOnTimeout) {
      const lookWithinMs = Math.min(
        LOOK_AFTER_TIMEOUT_MS,
        this.stepEnd - REPORT_RESERVE_MS - clock.now()
      )
      await this.cancel(waited, { by: 'timeout', why: 'timeout reached', lookWithinMs })
    } else if (timedOut) result.leftRunning = true
    // A timeout is said once, before the log reads: the error that ends the run.
    const timedOutReason = timedOut ? this.timedOutReason(waited) : undefined
    const logsEnd = this.stepEnd - REPORT_RESERVE_MS
    await report(this.client, waited, { status, timedOut: timedOutReason }, this.run, logsEnd)
    if (signal.aborted) {
      // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
      if (timedOut && !settings.cancelOnTimeout) await this.cancelOnAbort(waited)
      return this.cancelled('reporting on')
    }
    if (timedOutReason !== undefined) {
      await this.watchEnded()
      return finish(this.run, 'timeout', timedOutReason)
    }
    // Only once the pipeline ended: before, a named job may simply not have been reached.
    this.warnUnplayedNames()
    await this.watchEnded()
    return this.results(status)
  }

  private async cancel(
    waited: WaitResult,
    how: { by: CancelResult['by']; why: string; lookWithinMs: number }
  ): Promise<void> {
    const { log, clock, result } = this.run
    result.cancel = await cancelFollowed(this.client, waited.tree, result.jobs, how, log, clock)
    result.leftRunning = false
  }

  private async cancelOnAbort(waited: WaitResult): Promise<void> {
    if (!this.run.settings.cancelOnAbort) {
      this.run.result.leftRunning = true
      return
    }
    const how = { why: 'this run was cancelled', lookWithinMs: LOOK_AFTER_ABORT_MS }
    await this.cancel(waited, { by: 'abort', ...how })
  }

  /** play-manual named a job that never waited for a play: usually a typo, said at the end. */
  private warnUnplayedNames(): void {
    const names = this.player.neverWaitingForPlay()
    if (names.length === 0) return
    const list = names.map(name => `"${name}"`).join(', ')
    this.run.log.warning(
      `${this.run.settings.words.name('play-manual')} names ${list}, but no job of ${names.length === 1 ? 'that name' : 'those names'} waited for a play in the pipelines followed: check the job names`,
      'Manual job never seen'
    )
  }

  private timedOutReason(waited: WaitResult): string {
    const { id, web_url } = this.pipeline
    const timeout = formatDuration(this.run.settings.timeoutMs)
    return `Pipeline #${id} did not end within the timeout of ${timeout}; it was ${waited.pipeline.status}: ${web_url}`
  }

  /** outputs-from and artifacts, then whether the status is accepted. */
  private async results(status: string): Promise<RunResult> {
    const { settings, log, clock, signal, result } = this.run
    const accepted = (settings.acceptStatuses as string[]).includes(status)
    const collected = await collectResults({
      client: this.client,
      project: this.project,
      jobs: result.jobs,
      pipelines: result.pipelines,
      settings,
      log,
      clock,
      signal,
      deadline: this.stepEnd - REPORT_RESERVE_MS,
      tempDir: this.run.tempDir
    })
    if (collected.jobOutputs !== undefined) {
      result.jobOutputs = collected.jobOutputs
      result.maskedOutputValues = collected.maskedValues
      result.outputClashes = collected.outputClashes
    }
    if (collected.artifactsDir !== undefined) result.artifactsDir = collected.artifactsDir
    if (signal.aborted) return this.cancelled('reading the results of')
    if (accepted && collected.problems.length > 0)
      return finish(this.run, 'results-failed', collected.problems.join('\n'))
    if (accepted) return finish(this.run, 'accepted')
    const { id, web_url } = this.pipeline
    const reason = `Pipeline #${id} ended ${status}, which is not in ${settings.words.name('accept-statuses')} (${settings.acceptStatuses.join(', ')}): ${web_url}`
    log.error(reason, `Pipeline ${status}`)
    return finish(this.run, 'not-accepted', reason)
  }

  private async cancelled(while_: string): Promise<RunResult> {
    await this.watchEnded()
    const { id, web_url } = this.pipeline
    const reason = `This run was cancelled while ${while_} pipeline #${id}: ${web_url}`
    this.run.log.error(reason, 'Cancelled')
    return finish(this.run, 'aborted', reason)
  }

  private watchEnded(): Promise<void> {
    return callHook(this.run, () => this.run.hooks.watchEnded?.())
  }
}
