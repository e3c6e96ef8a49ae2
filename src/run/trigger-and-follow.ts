import { timeLimit } from '../runtime/time-limit.js'
import { cancelDownstream } from './cancel.js'
import { formatDuration } from '../settings/durations.js'
import { GitLabClient } from '../gitlab/client.js'
import { GitLabError } from '../gitlab/errors.js'
import { triggerPipeline } from '../gitlab/endpoints.js'
import type { Bridge, Job, Pipeline } from '../gitlab/schemas.js'
import { jobsWithLogsToShow, printJobLogs } from './job-logs.js'
import type { Reporter } from './reporter.js'
import type { Settings } from '../settings/settings.js'
import { summaryMarkdown, triggeredSummaryMarkdown } from '../action/summary.js'
import { checkApiToken } from './preflight.js'
import { waitForPipeline, type WaitResult } from './wait.js'

/** docs/contract.md section 4: 0 accepted, 1 other final status or timeout, 3 GitLab refused or unreachable (2 is the front ends'). */
export type ExitCode = 0 | 1 | 3

const TRIGGER_ATTEMPTS = 5
/**
 * How long the step may run past `timeout`: the last look at the pipeline, the cancel and the
 * log reads all end within it (README, "Time limits").
 */
export const GRACE_MS = 25_000
// Kept back from the grace for the per-job annotations and the summary, which are local.
const REPORT_RESERVE_MS = 2_000
/** The longest time spent retrying the trigger (429, refused connections), whatever the timeout. */
export const TRIGGER_RETRY_CAP_MS = 5 * 60_000

/**
 * The product in one function: trigger the pipeline, set the outputs, and with `wait` follow it
 * to its end, show what happened and decide the outcome. Never throws for GitLab failures.
 */
export async function triggerAndFollow(
  settings: Settings,
  reporter: Reporter,
  signal: AbortSignal
): Promise<ExitCode> {
  const gitlab = new GitLabClient({ gitlabUrl: settings.gitlabUrl })
  const api = settings.apiToken
    ? new GitLabClient({ gitlabUrl: settings.gitlabUrl, token: settings.apiToken })
    : undefined
  // Once the trigger request is out, its failures are reported as they are, even after a
  // cancellation: GitLab may have created the pipeline.
  let triggerSent = false
  try {
    // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
    if (api) await checkApiToken(api, settings, reporter, signal)
    if (signal.aborted) return cancelledBeforeTrigger(reporter)
    triggerSent = true
    const pipeline = await trigger(gitlab, settings, reporter, signal)
    if (!settings.wait || !api) {
      if (settings.summary)
        await reporter.summary(triggeredSummaryMarkdown(pipeline, settings.project))
      return 0
    }
    return await follow(api, settings, pipeline, reporter, signal)
  } catch (error) {
    // Aborting the pause between two trigger attempts throws the signal's reason, not a GitLabError.
    if (signal.aborted && !(triggerSent && error instanceof GitLabError))
      return cancelledBeforeTrigger(reporter)
    if (!(error instanceof GitLabError)) throw error
    reporter.error(error.message, `GitLab: ${error.request}`)
    return 3
  }
}

function cancelledBeforeTrigger(reporter: Reporter): ExitCode {
  reporter.error('Cancelled before a pipeline was created', 'Cancelled')
  return 1
}

async function trigger(
  client: GitLabClient,
  settings: Settings,
  reporter: Reporter,
  signal: AbortSignal
): Promise<Pipeline> {
  const names = (label: string, values: object) =>
    Object.keys(values).length > 0 ? `; ${label}: ${Object.keys(values).join(', ')}` : ''
  reporter.info(
    `Triggering a pipeline in ${settings.project} on ${settings.ref} (${settings.gitlabUrl})${names('variables', settings.variables)}${names('inputs', settings.inputs)}`
  )
  let pipeline: Pipeline
  // Trigger retries end by min(timeout, TRIGGER_RETRY_CAP_MS), also for fire-and-forget runs.
  const budgetMs = Math.min(settings.timeoutMs, TRIGGER_RETRY_CAP_MS)
  const deadline = Date.now() + budgetMs
  try {
    pipeline = await triggerPipeline(
      client,
      settings.project,
      {
        token: settings.triggerToken,
        ref: settings.ref,
        variables: settings.variables,
        // GitLab before 17.10 knows no inputs: send them only when given.
        ...(Object.keys(settings.inputs).length > 0 ? { inputs: settings.inputs } : {})
      },
      {
        // Only where GitLab cannot have created a pipeline (docs/contract.md section 3.2).
        retryIf: error => error.worthResending,
        maxAttempts: TRIGGER_ATTEMPTS,
        deadline,
        failAtDeadline: true,
        signal,
        onRetry: (error, delayMs) =>
          reporter.info(`${error.gitlabMessage}; trying again in ${formatDuration(delayMs)}`)
      }
    )
  } catch (error) {
    if (
      error instanceof GitLabError &&
      error.status === 429 &&
      error.retryAfterMs !== undefined &&
      Date.now() + error.retryAfterMs >= deadline
    )
      throw retryLater(error, budgetMs)
    throw error instanceof GitLabError && error.kind !== 'http' && !error.neverSent
      ? mayHaveCreated(error, settings)
      : error
  }
  // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
  const yamlError = pipeline.status === 'failed' && pipeline.yaml_errors
  // The id and link go to the log before any runner file is written: whatever fails next, the
  // pipeline is not lost.
  if (yamlError) reporter.info(`Pipeline #${pipeline.id}: ${pipeline.web_url}`)
  else
    reporter.notice(
      `Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`,
      'GitLab pipeline triggered'
    )
  await setCreationOutputs(pipeline, reporter)
  if (yamlError) {
    throw new GitLabError(
      'http',
      'POST trigger/pipeline',
      `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
      'The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares'
    )
  }
  return pipeline
}

/**
 * A 429 whose Retry-After is past the time allowed for trigger retries: say when to try again
 * instead of sleeping through it.
 */
function retryLater(error: GitLabError, budgetMs: number): GitLabError {
  const waitMs = error.retryAfterMs ?? 0
  const at = new Date(Date.now() + waitMs).toISOString().replace(/\.\d+Z$/, 'Z')
  return new GitLabError(
    error.kind,
    error.request,
    error.gitlabMessage,
    `GitLab asks to wait ${formatDuration(waitMs)}, longer than the ${formatDuration(budgetMs)} allowed for trigger retries: no pipeline was created; run this again after ${at}`,
    error.status,
    error.retryAfterMs,
    error.code
  )
}

/** The trigger request went out but its answer was lost: GitLab may have created the pipeline. */
function mayHaveCreated(error: GitLabError, settings: Settings): GitLabError {
  const pipelines = /^\d+$/.test(settings.project)
    ? "the project's pipelines"
    : `${settings.gitlabUrl}/${settings.project}/-/pipelines`
  const hint = `GitLab may have created the pipeline anyway, so it was not sent again: look at ${pipelines} before running this again`
  return new GitLabError(
    error.kind,
    error.request,
    error.gitlabMessage,
    hint,
    error.status,
    undefined,
    error.code
  )
}

async function setCreationOutputs(pipeline: Pipeline, reporter: Reporter): Promise<void> {
  await reporter.setOutput('pipeline-id', pipeline.id)
  await reporter.setOutput('pipeline-iid', pipeline.iid)
  await reporter.setOutput('web-url', pipeline.web_url)
  await reporter.setOutput('project-id', pipeline.project_id)
  await reporter.setOutput('sha', pipeline.sha)
  await reporter.setOutput('ref', pipeline.ref)
  await reporter.setOutput('status', pipeline.status)
}

async function follow(
  client: GitLabClient,
  settings: Settings,
  pipeline: Pipeline,
  reporter: Reporter,
  signal: AbortSignal
): Promise<ExitCode> {
  // Followed and cancelled by the numeric id GitLab returned: a project renamed or moved while
  // the pipeline runs changes nothing.
  const project = String(pipeline.project_id)
  await reporter.saveState({ pipelineId: String(pipeline.id), projectId: project })
  reporter.info(
    `Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${pipeline.id} to end`
  )
  const deadline = Date.now() + settings.timeoutMs
  // Everything after the wait (last look, cancel, logs, report) ends by then.
  const stepEnd = deadline + GRACE_MS
  let result: WaitResult
  try {
    result = await waitForPipeline({
      client,
      project,
      pipeline,
      reporter,
      pollIntervalMs: settings.pollIntervalMs,
      deadline,
      signal
    })
  } catch (error) {
    await reporter.saveState({ finished: 'true' })
    throw error
  }

  const cancelIf = (wanted: boolean, why: string) =>
    wanted
      ? cancelDownstream(client, project, pipeline.id, pipeline.web_url, reporter, why)
      : undefined
  const cancelledRun = async (while_: string): Promise<ExitCode> => {
    await reporter.saveState({ finished: 'true' })
    reporter.error(
      `This run was cancelled while ${while_} pipeline #${pipeline.id}: ${pipeline.web_url}`,
      'Cancelled'
    )
    return 1
  }
  if (result.outcome === 'aborted') {
    await cancelIf(settings.cancelOnAbort, 'this run was cancelled')
    return cancelledRun('waiting for')
  }

  const status = result.outcome === 'timeout' ? 'timeout' : result.pipeline.status
  // On timeout, cancel first: reading logs for the report can take a while.
  if (result.outcome === 'timeout') await cancelIf(settings.cancelOnTimeout, 'timeout reached')
  await report(client, project, settings, result, status, reporter, signal, stepEnd)
  if (signal.aborted) {
    // Cancelled while reading logs: a pipeline still running is cancelled as during the wait.
    if (result.outcome === 'timeout' && !settings.cancelOnTimeout)
      await cancelIf(settings.cancelOnAbort, 'this run was cancelled')
    return cancelledRun('reporting on')
  }
  if (result.outcome === 'timeout') {
    reporter.error(
      `Pipeline #${pipeline.id} did not end within the timeout of ${formatDuration(settings.timeoutMs)}; it was ${result.pipeline.status}: ${pipeline.web_url}`,
      'Timed out'
    )
    await reporter.saveState({ finished: 'true' })
    return 1
  }
  await reporter.saveState({ finished: 'true' })
  if ((settings.acceptStatuses as string[]).includes(status)) return 0
  reporter.error(
    `Pipeline #${pipeline.id} ended ${status}, which is not in accept-statuses (${settings.acceptStatuses.join(', ')}): ${pipeline.web_url}`,
    `Pipeline ${status}`
  )
  return 1
}

/** Final status, outputs, logs, per-job errors and the job summary. */
async function report(
  client: GitLabClient,
  project: string,
  settings: Settings,
  result: WaitResult,
  status: string,
  reporter: Reporter,
  signal: AbortSignal,
  stepEnd: number
): Promise<void> {
  const { pipeline, jobs, bridges } = result
  const duration =
    pipeline.duration === null ? '' : ` after ${formatDuration(pipeline.duration * 1000)}`
  reporter.info(
    `Pipeline #${pipeline.id} ${status === 'timeout' ? `timed out while ${pipeline.status}` : `ended ${status}${duration}`}: ${pipeline.web_url}`
  )
  await reporter.setOutput('status', status)
  await reporter.setOutput('duration', pipeline.duration ?? '')
  await reporter.setOutput('jobs', JSON.stringify(jobsOutput([...jobs, ...bridges])))

  // Log reads end with the run's cancellation or at the step's end, whatever GitLab does.
  const logs = timeLimit(Math.max(0, stepEnd - REPORT_RESERVE_MS - Date.now()), signal)
  try {
    await printJobLogs(client, project, jobsWithLogsToShow(jobs, settings.jobLogs), reporter, {
      retryIf: (error: GitLabError) => error.transient,
      maxAttempts: 3,
      deadline: stepEnd - REPORT_RESERVE_MS,
      signal: logs.signal
    })
  } finally {
    logs.dispose()
  }
  for (const job of [...jobs, ...bridges]
    .filter(job => job.status === 'failed')
    .sort((a, b) => a.id - b.id)) {
    const reason = job.failure_reason ? ` (${job.failure_reason.replace(/_/g, ' ')})` : ''
    const message = `${job.stage} › ${job.name} failed${reason}: ${job.web_url}`
    if (job.allow_failure)
      reporter.warning(`${message} (allowed to fail)`, `GitLab job ${job.name} failed`)
    else reporter.error(message, `GitLab job ${job.name} failed`)
  }
  if (settings.summary) {
    await reporter.summary(
      summaryMarkdown({ pipeline, status, projectPath: settings.project, jobs, bridges })
    )
  }
}

function jobsOutput(jobs: ReadonlyArray<Job | Bridge>) {
  return [...jobs]
    .sort((a, b) => a.id - b.id)
    .map(({ id, name, stage, status, web_url, duration, allow_failure }) => ({
      id,
      name,
      stage,
      status,
      web_url,
      duration,
      allow_failure
    }))
}
