import { timeLimit } from '../runtime/time-limit.js'
import { realClock, type Clock } from '../runtime/clock.js'
import { cancelDownstream, lookAfterCancel } from './control/cancel.js'
import { formatDuration } from '../settings/durations.js'
import { GitLabClient, type RequestInfo } from '../gitlab/client.js'
import { GitLabError } from '../gitlab/errors.js'
import { getPipeline, triggerPipeline } from '../gitlab/endpoints.js'
import { quickReadPolicy, triggerPolicy } from '../gitlab/retry.js'
import type { Pipeline } from '../gitlab/schemas.js'
import { jobsWithLogsToShow, printJobLogs } from './logs/end-of-run-logs.js'
import type { RunHooks, RunLog } from './run-log.js'
import type { CancelResult, RunOutcome, RunResult } from './run-result.js'
import type { Settings } from '../settings/settings.js'
import { checkApiToken } from './start/preflight.js'
import { waitForPipeline, type FollowedPipeline, type WaitResult } from './follow/wait.js'
import { LiveLogs } from './logs/live-logs.js'
import { isFinalStatus } from '../gitlab/statuses.js'
import { collectResults } from './results/collect-results.js'
import { jobsToPlay, playManualJobs } from './control/play-manual.js'
import { RERUN_MARKER, findEarlierPipeline, reuseEarlierPipeline } from './start/rerun.js'
import {
  answerWasLost,
  invocationMarker,
  recoverLostAnswer,
  type LostTrigger
} from './start/lost-answer.js'

/**
 * How long the step may run past `timeout`: the last look at the pipeline, the cancel and the
 * log reads all end within it (README, "Time limits").
 */
export const GRACE_MS = 25_000
// Kept back from the grace for the per-job annotations and the summary, which are local.
const REPORT_RESERVE_MS = 2_000
/** The longest time spent retrying the trigger (429, refused connections), whatever the timeout. */
export const TRIGGER_RETRY_CAP_MS = 5 * 60_000
// The look at the jobs after a cancel on SIGINT: the runner sends SIGTERM 7.5 s after SIGINT,
// and the cancel itself may take 5 s of that.
const LOOK_AFTER_ABORT_MS = 2_000
// The same look after a timeout, within what is left of the grace.
const LOOK_AFTER_TIMEOUT_MS = 5_000

export interface RunContext {
  log: RunLog
  hooks?: RunHooks
  /** Aborts when the run is cancelled (SIGINT, SIGTERM, Ctrl-C). */
  signal: AbortSignal
  /** The real clock unless a test gives its own. */
  clock?: Clock
  /** Where artifact archives wait while extracted (RUNNER_TEMP on a runner); os.tmpdir() without it. */
  tempDir?: string
  /** Told about every GitLab request (the front ends' debug lines, SPEC 6.4). */
  onGitLabRequest?: (info: RequestInfo) => void
}

/** What each step of the run shares. */
interface Run {
  settings: Settings
  log: RunLog
  hooks: RunHooks
  signal: AbortSignal
  clock: Clock
  result: RunResult
  tempDir?: string
}

/**
 * The product in one function: trigger the pipeline and with `wait` follow it to its end, show
 * what happened while it goes, and return how it ended. Never throws for GitLab failures.
 */
export async function triggerAndFollow(
  settings: Settings,
  { log, hooks = {}, signal, clock = realClock, tempDir, onGitLabRequest }: RunContext
): Promise<RunResult> {
  const run: Run = {
    settings,
    log,
    hooks,
    signal,
    clock,
    tempDir,
    result: { outcome: 'gitlab-error', jobs: [], startedAt: clock.now(), endedAt: 0 }
  }
  const clientOptions = {
    gitlabUrl: settings.gitlabUrl,
    requestTimeoutMs: settings.requestTimeoutMs,
    clock,
    onRequest: onGitLabRequest
  }
  const gitlab = new GitLabClient(clientOptions)
  const api = settings.apiToken
    ? new GitLabClient({ ...clientOptions, token: settings.apiToken })
    : undefined
  // Once the trigger request is out, its failures are reported as they are, even after a
  // cancellation: GitLab may have created the pipeline.
  let triggerSent = false
  try {
    // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
    if (api) await checkApiToken(api, settings, log, signal, clock)
    if (signal.aborted) return cancelledBeforeTrigger(run)
    if (settings.pipelineId !== undefined && api)
      return await follow(api, await attach(api, run), run)
    const marker = await rerunMarker(api, run)
    if (typeof marker === 'object') {
      if (!settings.wait || !api) return finish(run, 'triggered')
      return await follow(api, marker, run)
    }
    triggerSent = true
    // With an api-token, a marker of this invocation's own where on-rerun gives none (SPEC 6.2).
    const pipeline = await triggerMarked(gitlab, api, run, marker ?? (api && invocationMarker()))
    if (!settings.wait || !api) return finish(run, 'triggered')
    return await follow(api, pipeline, run)
  } catch (error) {
    // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
    if (signal.aborted && !(triggerSent && error instanceof GitLabError))
      return cancelledBeforeTrigger(run)
    if (!(error instanceof GitLabError)) throw error
    log.error(error.message, `GitLab: ${error.request}`)
    return finish(run, 'gitlab-error', error.message, error)
  }
}

function finish(run: Run, outcome: RunOutcome, reason?: string, error?: GitLabError): RunResult {
  Object.assign(run.result, { outcome, endedAt: run.clock.now() })
  if (reason !== undefined) run.result.reason = reason
  if (error !== undefined) run.result.error = error
  return run.result
}

/** Calls a front end's hook; its failure is its own to report and never stops the run. */
async function callHook(run: Run, call: () => void | Promise<void>): Promise<void> {
  try {
    await call()
  } catch (error) {
    run.log.warning(`${error instanceof Error ? error.message : String(error)}; the run goes on`)
  }
}

function cancelledBeforeTrigger(run: Run): RunResult {
  const reason = 'Cancelled before a pipeline was created'
  run.log.error(reason, 'Cancelled')
  return finish(run, 'aborted', reason)
}

/**
 * on-rerun: on a re-run, the earlier attempt's pipeline (retried when it failed), to follow
 * instead of triggering; otherwise the marker to give the new pipeline, if any.
 */
async function rerunMarker(
  api: GitLabClient | undefined,
  run: Run
): Promise<Pipeline | string | undefined> {
  const { settings, log, clock, signal } = run
  if (!settings.rerun || settings.onRerun !== 'reuse') return undefined
  if (!api) {
    if (settings.rerun.attempt > 1)
      log.warning(
        'This is a re-run, but on-rerun: reuse needs an api-token to find the pipeline an earlier attempt triggered: triggering a new one',
        'Re-run triggers a new pipeline'
      )
    return undefined
  }
  const { marker, attempt } = settings.rerun
  if (attempt <= 1) return marker
  const earlier = await findEarlierPipeline(api, settings, marker, log, clock, signal)
  if (earlier === undefined) return marker
  const { pipeline, retried } = await reuseEarlierPipeline(
    api,
    settings,
    earlier,
    log,
    clock,
    signal
  )
  run.result.pipeline = pipeline
  run.result.createdAt = clock.now()
  run.result.reused = retried ? 'retried' : 'followed'
  await callHook(run, () => run.hooks.pipelineCreated?.(pipeline))
  return pipeline
}

/**
 * The trigger, with the run marker among the variables (on-rerun's, or this invocation's own with
 * an api-token: it finds the pipeline again after a lost answer). A project that refuses variables
 * to the trigger's owner answers 400 before creating anything: without variables of the user's
 * own, the pipeline is then triggered without the marker, and neither a re-run nor a lost answer
 * can find it.
 */
async function triggerMarked(
  client: GitLabClient,
  api: GitLabClient | undefined,
  run: Run,
  marker: string | undefined
): Promise<Pipeline> {
  if (marker === undefined) return trigger(client, api, run, { marker, markerRefused: false })
  try {
    return await trigger(client, api, run, { marker, markerRefused: false })
  } catch (error) {
    const refused =
      error instanceof GitLabError &&
      error.status === 400 &&
      /Insufficient permissions to set pipeline variables/i.test(error.gitlabMessage) &&
      Object.keys(run.settings.variables).length === 0
    if (!refused) throw error
    const rerun = run.settings.rerun && run.settings.onRerun === 'reuse'
    run.log.warning(
      `GitLab refuses pipeline variables from this trigger token's owner, so the pipeline is triggered without the ${RERUN_MARKER} variable: ${rerun ? 'a re-run of this job cannot find it and will trigger a new one (set on-rerun: new to skip the marker), and ' : ''}an answer lost on the way back cannot be matched to it`,
      rerun ? 'Re-runs cannot find this pipeline' : 'Lost answers cannot be reconciled'
    )
    return trigger(client, api, run, { marker: undefined, markerRefused: true })
  }
}

/**
 * Sends the trigger, or after a lost answer finds the pipeline it created (docs/contract.md,
 * "Lost answers"), and announces it.
 */
async function trigger(
  client: GitLabClient,
  api: GitLabClient | undefined,
  run: Run,
  marking: Omit<LostTrigger, 'sentAt'>
): Promise<Pipeline> {
  const { settings, log, clock, signal } = run
  const names = (label: string, values: object) =>
    Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(', ')}` : ''
  log.info(
    `Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names('variables', settings.variables)}${names('inputs', settings.inputs)}`
  )
  const sentAt = clock.now()
  let pipeline: Pipeline
  try {
    pipeline = await sendTrigger(client, run, marking.marker)
  } catch (error) {
    if (!answerWasLost(error)) throw error
    pipeline = await recoverLostAnswer(
      error,
      { ...marking, sentAt },
      { api, settings, log, clock, signal, deadline: sentAt + settings.timeoutMs }
    )
  }
  return announce(run, pipeline)
}

/** The trigger request, resent only where GitLab cannot have created a pipeline (retry.ts). */
async function sendTrigger(
  client: GitLabClient,
  run: Run,
  marker: string | undefined
): Promise<Pipeline> {
  const { settings, log, clock, signal } = run
  // Trigger retries end by min(timeout, TRIGGER_RETRY_CAP_MS), also for fire-and-forget runs.
  const budgetMs = Math.min(settings.timeoutMs, TRIGGER_RETRY_CAP_MS)
  const deadline = clock.now() + budgetMs
  try {
    return await triggerPipeline(
      client,
      settings.project,
      {
        token: settings.triggerToken,
        ref: settings.ref,
        variables: { ...settings.variables, ...(marker ? { [RERUN_MARKER]: marker } : {}) },
        // GitLab before 17.10 knows no inputs: send them only when given.
        ...(Object.keys(settings.inputs).length > 0 ? { inputs: settings.inputs } : {})
      },
      triggerPolicy({
        deadline,
        signal,
        clock,
        onRetry: (error, delayMs) =>
          log.info(`${error.gitlabMessage}; trying again in ${formatDuration(delayMs)}`)
      })
    )
  } catch (error) {
    if (
      error instanceof GitLabError &&
      error.status === 429 &&
      error.retryAfterMs !== undefined &&
      clock.now() + error.retryAfterMs >= deadline
    )
      throw retryLater(error, budgetMs, clock)
    throw error
  }
}

/** The pipeline's id and link, in the log before anything else can fail, and its creation outputs. */
async function announce(run: Run, pipeline: Pipeline): Promise<Pipeline> {
  const { log, clock } = run
  run.result.pipeline = pipeline
  run.result.createdAt = clock.now()
  // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
  const yamlError = pipeline.status === 'failed' && pipeline.yaml_errors
  // The id and link go to the log before any runner file is written: whatever fails next, the
  // pipeline is not lost.
  if (yamlError) log.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`)
  else
    log.notice(
      `Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`,
      'GitLab pipeline triggered'
    )
  await callHook(run, () => run.hooks.pipelineCreated?.(pipeline))
  if (yamlError) {
    throw new GitLabError({
      kind: 'http',
      request: 'POST trigger/pipeline',
      gitlabMessage: `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
      hint: 'The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares'
    })
  }
  return pipeline
}

/** pipeline-id: the existing pipeline, read once, stands where the trigger's answer would. */
async function attach(client: GitLabClient, run: Run): Promise<Pipeline> {
  const { settings, log, signal } = run
  const id = settings.pipelineId as number
  log.info(`Following pipeline #${id} of ${settings.project} (${settings.gitlabUrl})`)
  const pipeline = await getPipeline(client, settings.project, id, quickReadPolicy({ signal }))
  run.result.pipeline = pipeline
  run.result.createdAt = run.clock.now()
  log.notice(
    `Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`,
    'GitLab pipeline followed'
  )
  await callHook(run, () => run.hooks.pipelineCreated?.(pipeline))
  return pipeline
}

/**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */
function retryLater(error: GitLabError, budgetMs: number, clock: Clock): GitLabError {
  const waitMs = error.retryAfterMs ?? 0
  // A Retry-After past a day was clamped (gitlab/header-numbers.ts): its own words are shown.
  const asked = error.retryAfterClamped
    ? `more than a day (Retry-After: ${error.retryAfterClamped})`
    : formatDuration(waitMs)
  const at = error.retryAfterClamped
    ? 'later'
    : `after ${new Date(clock.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z')}`
  return error.with({
    hint: `GitLab asks to wait ${asked}, longer than the ${formatDuration(budgetMs)} allowed for trigger retries: no pipeline was created; run this again ${at}`
  })
}

async function follow(client: GitLabClient, pipeline: Pipeline, run: Run): Promise<RunResult> {
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
      pipeline: { ...pipeline, status: 'created' },
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
      .filter(job => job.status === 'failed')
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
