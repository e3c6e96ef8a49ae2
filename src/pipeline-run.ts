import { cancelDownstream } from './cancel.js'
import { formatDuration } from './durations.js'
import { GitLabClient } from './gitlab/client.js'
import { GitLabError } from './gitlab/errors.js'
import { triggerPipeline } from './gitlab/endpoints.js'
import type { Bridge, Job, Pipeline } from './gitlab/schemas.js'
import { jobsWithLogsToShow, printJobLogs } from './job-logs.js'
import type { Reporter } from './reporter.js'
import type { Settings } from './settings.js'
import { summaryMarkdown, triggeredSummaryMarkdown } from './summary.js'
import { checkApiToken } from './token-check.js'
import { waitForPipeline, type WaitResult } from './wait.js'

/** docs/contract.md section 4: 0 accepted, 1 other final status or timeout, 3 GitLab refused or unreachable (2 is the front ends'). */
export type ExitCode = 0 | 1 | 3

const TRIGGER_ATTEMPTS = 5

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
        signal,
        onRetry: (error, delayMs) =>
          reporter.info(`${error.gitlabMessage}; trying again in ${formatDuration(delayMs)}`)
      }
    )
  } catch (error) {
    throw error instanceof GitLabError && error.kind !== 'http' && !error.neverSent
      ? mayHaveCreated(error, settings)
      : error
  }
  await setCreationOutputs(pipeline, reporter)
  // Older GitLab answers a configuration error with 201 and a failed pipeline (docs/gitlab.md 2.4 step 7).
  if (pipeline.status === 'failed' && pipeline.yaml_errors) {
    throw new GitLabError(
      'http',
      'POST trigger/pipeline',
      `GitLab created pipeline #${pipeline.id} as failed: ${pipeline.yaml_errors}`,
      'The pipeline configuration is invalid: fix .gitlab-ci.yml or the inputs it declares'
    )
  }
  reporter.notice(
    `Pipeline #${pipeline.id} (${pipeline.status}) on ${pipeline.ref}: ${pipeline.web_url}`,
    'GitLab pipeline triggered'
  )
  return pipeline
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
  await reporter.saveState({ pipelineId: String(pipeline.id) })
  reporter.info(
    `Waiting up to ${formatDuration(settings.timeoutMs)} for pipeline #${pipeline.id} to end`
  )
  let result: WaitResult
  try {
    result = await waitForPipeline({
      client,
      project: settings.project,
      pipeline,
      reporter,
      pollIntervalMs: settings.pollIntervalMs,
      deadline: Date.now() + settings.timeoutMs,
      signal
    })
  } catch (error) {
    await reporter.saveState({ finished: 'true' })
    throw error
  }

  const cancelIf = (wanted: boolean, why: string) =>
    wanted
      ? cancelDownstream(client, settings.project, pipeline.id, pipeline.web_url, reporter, why)
      : undefined
  if (result.outcome === 'aborted') {
    await cancelIf(settings.cancelOnAbort, 'this run was cancelled')
    await reporter.saveState({ finished: 'true' })
    reporter.error(
      `This run was cancelled while waiting for pipeline #${pipeline.id}: ${pipeline.web_url}`,
      'Cancelled'
    )
    return 1
  }

  const status = result.outcome === 'timeout' ? 'timeout' : result.pipeline.status
  // On timeout, cancel first: reading logs for the report can take a while.
  if (result.outcome === 'timeout') await cancelIf(settings.cancelOnTimeout, 'timeout reached')
  await report(client, settings, result, status, reporter)
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
  settings: Settings,
  result: WaitResult,
  status: string,
  reporter: Reporter
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

  const retry = { retryIf: (error: GitLabError) => error.transient, maxAttempts: 3 }
  await printJobLogs(
    client,
    settings.project,
    jobsWithLogsToShow(jobs, settings.jobLogs),
    reporter,
    retry
  )
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
