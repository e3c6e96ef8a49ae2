import { realClock } from '../runtime/clock.js'
import { formatDuration } from '../settings/durations.js'
import { GitLabClient } from '../gitlab/client.js'
import { GitLabError } from '../gitlab/errors.js'
import { triggerPipeline } from '../gitlab/trigger.js'
import { quickReadPolicy, triggerPolicy } from '../gitlab/retry.js'
import type { Pipeline } from '../gitlab/schemas.js'
import type { RunResult } from './run-result.js'
import type { Settings } from '../settings/settings.js'
import { RERUN_MARKER, invocationMarker } from './start/rerun-identity.js'
import type { LostTrigger } from './start/lost-answer.js'
import { callHook, clientOptions, finish, type Run, type RunContext } from './run-context.js'

export type { RunContext } from './run-context.js'

// Before the trigger request only what triggering needs is loaded (issue 17, point 7): the
// following, logs, results and control modules load once there is a pipeline to follow, and the
// api-token's pre-flight, the re-run search and the other endpoints (which bring zod) only when
// an api-token asks for them.
// __tests__/run/trigger-and-follow.test.ts checks that no static import reaches them.

/** The longest time spent retrying the trigger (429, refused connections), whatever the timeout. */
export const TRIGGER_RETRY_CAP_MS = 5 * 60_000

/**
 * The product in one function: trigger the pipeline and with `wait` follow it to its end, show
 * what happened while it goes, and return how it ended. Never throws for GitLab failures.
 */
export async function triggerAndFollow(
  settings: Settings,
  context: RunContext
): Promise<RunResult> {
  const { log, hooks = {}, signal, clock = realClock, tempDir, onGitLabRequest } = context
  const run: Run = {
    settings,
    log,
    hooks,
    signal,
    clock,
    tempDir,
    shared: context.shared,
    result: { outcome: 'gitlab-error', jobs: [], startedAt: clock.now(), endedAt: 0 }
  }
  const made = { clock, onGitLabRequest, instance: context.shared?.instance ?? {} }
  const gitlab = new GitLabClient(clientOptions(settings, made))
  const api = settings.apiToken
    ? new GitLabClient(clientOptions(settings, made, settings.apiToken))
    : undefined
  // Once the trigger request is out, its failures are reported as they are, even after a
  // cancellation: GitLab may have created the pipeline.
  let triggerSent = false
  try {
    // With wait: the token reads the project and its pipelines; with inputs: GitLab takes them.
    if (api && !context.shared?.apiTokenChecked) {
      const { checkApiToken } = await import('./start/preflight.js')
      await checkApiToken(api, settings, log, signal, clock)
    }
    if (signal.aborted) return cancelledBeforeTrigger(run)
    if (settings.pipelineId !== undefined && api)
      return await follow(api, await attach(api, run), run)
    const marker = await rerunMarker(api, run)
    if (typeof marker === 'object') {
      if (!settings.wait || !api) return finish(run, 'triggered')
      return await follow(api, marker, run)
    }
    triggerSent = true
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
  const { findEarlierPipeline, reuseEarlierPipeline } = await import('./start/rerun.js')
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
 * The trigger, with the run marker (re-runs, lost answers) among the variables; where GitLab
 * refuses them (400, nothing created) and the user gave none, without it.
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
    ;(await import('./start/trigger-refused.js')).warnMarkerRefused(run)
    return trigger(client, api, run, { marker: undefined, markerRefused: true })
  }
}

/** Sends the trigger, or after a lost answer finds its pipeline (contract 3.14); announces it. */
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
    const { answerWasLost, recoverLostAnswer } = await import('./start/lost-answer.js')
    if (!answerWasLost(error)) throw error
    pipeline = await recoverLostAnswer(
      error,
      { ...marking, sentAt },
      { api, settings, log, clock, signal, deadline: sentAt + settings.timeoutMs }
    )
  }
  return announce(run, pipeline)
}

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
      throw (await import('./start/trigger-refused.js')).retryLater(error, budgetMs, clock)
    throw error
  }
}

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
  const { getPipeline } = await import('../gitlab/endpoints.js')
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

/** Follows the pipeline to its end (src/run/follow/follow-run.ts, loaded only now). */
async function follow(client: GitLabClient, pipeline: Pipeline, run: Run): Promise<RunResult> {
  const { followRun } = await import('./follow/follow-run.js')
  return followRun(client, pipeline, run)
}
