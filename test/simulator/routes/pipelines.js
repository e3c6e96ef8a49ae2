// @ts-check
/**
 * Reading a pipeline, its jobs, its trigger jobs and job logs, and cancelling it
 * (docs/gitlab.md 3, 4, 5, 6.1). Each handler follows Grape's order: authentication (`before` block),
 * parameter validation, then `find_project!` and the record lookup.
 */
import { authorizeProjectRequest, canReadPipelines } from '../auth.js'
import { parseInteger } from '../grape-params.js'
import { bridgeEntity, jobEntity, pipelineEntity } from '../gitlab-entities.js'
import { byteRange, generatedLog, traceAt } from '../job-logs.js'
import { paginate } from '../pagination.js'
import {
  apiError,
  forbidden,
  json,
  plainText,
  recordNotFound,
  routeNotFound,
  validationError
} from '../responses.js'
import { versionAtLeast } from './version.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */
/** @typedef {import('../responses.js').SimResponse} SimResponse */
/** @typedef {import('../store.js').PipelineRecord} PipelineRecord */

/** @type {Route[]} */
export const pipelineRoutes = [
  { method: 'GET', path: '/projects/:id/pipelines/:pipeline_id', handle: getPipeline },
  { method: 'GET', path: '/projects/:id/pipelines/:pipeline_id/jobs', handle: listBuilds },
  { method: 'GET', path: '/projects/:id/pipelines/:pipeline_id/bridges', handle: listBridges },
  {
    method: 'GET',
    path: '/projects/:id/pipelines/:pipeline_id/trigger_jobs',
    handle: listTriggerJobs
  },
  {
    method: 'GET',
    path: '/projects/:id/pipelines/:pipeline_id/variables',
    handle: listVariables
  },
  { method: 'POST', path: '/projects/:id/pipelines/:pipeline_id/cancel', handle: cancelPipeline },
  { method: 'POST', path: '/projects/:id/pipelines/:pipeline_id/retry', handle: retryPipeline },
  { method: 'GET', path: '/projects/:id/jobs/:job_id', handle: getBuild },
  { method: 'GET', path: '/projects/:id/jobs/:job_id/trace', handle: getTrace },
  { method: 'POST', path: '/projects/:id/jobs/:job_id/play', handle: playJob }
]

/** Gitlab::Ci::Trace::Stream::LIMIT_SIZE (500 KiB): the largest byte_limit the trace route takes. */
const TRACE_LIMIT_SIZE = 500 * 1024

/** has_status.rb AVAILABLE_STATUSES: the values `scope` accepts (docs/gitlab.md 3.2, 4.1). */
const JOB_STATUSES = new Set([
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'success',
  'failed',
  'canceling',
  'canceled',
  'skipped',
  'manual',
  'scheduled'
])

/**
 * The pipeline named by the route, or the response that stops the request.
 * GET does not need authentication (`authenticate_non_get!`), but an anonymous caller only sees
 * public projects: 404 Project Not Found, not 401 (docs/gitlab.md 3).
 * @param {RouteContext} context
 * @param {string[]} [otherErrors] Grape validation errors of other parameters
 * @returns {{ pipeline: PipelineRecord } | { response: SimResponse }}
 */
function findPipeline(context, otherErrors = []) {
  const pipelineId = parseInteger(context.route.pipeline_id)
  const errors = [...(pipelineId === undefined ? ['pipeline_id is invalid'] : []), ...otherErrors]
  const found = authorizeProjectRequest(context, 'non-get', errors)
  if ('response' in found) return found
  // authorize! :read_pipeline after find_project!: a Guest sees the project, not its pipelines.
  if (!canReadPipelines(found.caller, found.project)) return { response: forbidden() }
  const pipeline = context.store.findPipeline(found.project, /** @type {number} */ (pipelineId))
  // `all_pipelines.find(id)` raises RecordNotFound: lowercase "found".
  return pipeline ? { pipeline } : { response: recordNotFound() }
}

/** @param {RouteContext} context */
function getPipeline(context) {
  const found = findPipeline(context)
  if ('response' in found) return found.response
  return json(200, renderPipeline(context, found.pipeline, { withMetadata: true }))
}

/**
 * Retries failed and canceled jobs: always 201 with the pipeline, even with nothing to retry
 * (docs/gitlab.md 6.2).
 * @param {RouteContext} context
 */
function retryPipeline(context) {
  const found = findPipeline(context)
  if ('response' in found) return found.response
  context.store.retryPipeline(found.pipeline)
  return json(201, renderPipeline(context, found.pipeline))
}

/**
 * The pipeline's variables (Ci::PipelineVariable: a trigger's variables are stored as such),
 * Entities::Ci::Variable without pagination.
 * @param {RouteContext} context
 */
function listVariables(context) {
  const found = findPipeline(context)
  if ('response' in found) return found.response
  return json(
    200,
    Object.entries(found.pipeline.variables).map(([key, value]) => ({
      variable_type: 'env_var',
      key,
      value,
      raw: false
    }))
  )
}

/** @param {RouteContext} context */
function cancelPipeline(context) {
  const found = findPipeline(context)
  if ('response' in found) return found.response
  // Always 200 with the pipeline, even when it had already finished (docs/gitlab.md 6.1).
  context.store.cancelPipeline(found.pipeline)
  return json(200, renderPipeline(context, found.pipeline))
}

/**
 * @param {RouteContext} context
 * @param {PipelineRecord} pipeline
 * @param {{ withMetadata?: boolean }} [options]
 */
function renderPipeline(context, pipeline, options) {
  const { store } = context
  return pipelineEntity(
    context.baseUrl,
    pipeline,
    store.stateOf(pipeline),
    store.user(pipeline.userId),
    options
  )
}

/** Jobs, without trigger jobs (docs/gitlab.md 4.1). @param {RouteContext} context */
function listBuilds(context) {
  return listJobs(context, false)
}

/** Trigger jobs only (docs/gitlab.md 4.2). @param {RouteContext} context */
function listBridges(context) {
  return listJobs(context, true)
}

/**
 * Same entity as /bridges; the route exists from GitLab 19.2 (before: Grape's catch-all 404).
 * @param {RouteContext} context
 */
function listTriggerJobs(context) {
  if (!versionAtLeast(context.store.gitlabVersion, 19, 2)) return routeNotFound()
  return listJobs(context, true)
}

/**
 * Paginated, id descending (Ci::JobsFinder), optionally filtered by `scope`.
 * @param {RouteContext} context
 * @param {boolean} bridges
 */
function listJobs(context, bridges) {
  const scope = context.params.scope
  const scopes = scope === undefined ? undefined : Array.isArray(scope) ? scope : [scope]
  const known = (/** @type {unknown} */ value) =>
    JOB_STATUSES.has(String(value)) && !context.store.unknownStatuses.includes(String(value))
  const scopeValid = scopes === undefined || scopes.every(known)
  const found = findPipeline(context, scopeValid ? [] : ['scope does not have a valid value'])
  if ('response' in found) return found.response

  const { pipeline } = found
  const { store, baseUrl, now } = context
  const state = store.stateOf(pipeline)
  // Retried jobs are hidden unless include_retried (Ci::JobsFinder `latest`).
  const includeRetried = !bridges && String(context.params.include_retried) === 'true'
  const indexes = pipeline.plan
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => Boolean(job.bridge) === bridges)
    .filter(({ index }) => includeRetried || !pipeline.retried[index])
    .filter(({ index }) => scopes === undefined || scopes.includes(state.jobs[index].status))
    .map(({ index }) => index)
    .sort((a, b) => pipeline.jobIds[b] - pipeline.jobIds[a])
  const page = paginate(indexes, context)
  if ('error' in page) return validationError(page.error)

  const user = store.user(pipeline.userId)
  const entities = page.items.map(index => {
    /** @type {Parameters<typeof jobEntity>} */
    const args = [baseUrl, pipeline, state, index, user, now]
    const bridge = pipeline.plan[index].bridge
    if (!bridge) return jobEntity(...args)
    const path = bridge.downstreamProjectPath
    const downstream = pipeline.downstreams[index]
    return bridgeEntity(
      args,
      path === undefined ? pipeline.project : store.findProject(path),
      downstream ? store.stateOf(downstream) : undefined
    )
  })
  return json(200, entities, page.headers)
}

/**
 * GET /projects/:id/jobs/:job_id (lib/api/ci/jobs.rb, find_build!): one job, a bridge id is 404.
 * @param {RouteContext} context
 */
function getBuild(context) {
  const { store } = context
  const jobId = parseInteger(context.route.job_id)
  const found = authorizeProjectRequest(
    context,
    'always',
    jobId === undefined ? ['job_id is invalid'] : []
  )
  if ('response' in found) return found.response
  // find_build!: a trigger job (Ci::Bridge) is not found here.
  const build = store.findBuild(found.project, /** @type {number} */ (jobId))
  if (!build) return recordNotFound()
  const { pipeline, index } = build
  const user = store.user(pipeline.userId)
  return json(
    200,
    jobEntity(context.baseUrl, pipeline, store.stateOf(pipeline), index, user, context.now)
  )
}

/**
 * The raw job log (docs/gitlab.md 5): authentication required even on public projects, a bridge id is
 * not a build (404), text/plain, empty until the job has started, growing while it runs. With the
 * byte range switched on (newest GitLab) `byte_offset` and `byte_limit` select bytes; off, they are
 * ignored like any unknown parameter.
 * @param {RouteContext} context
 */
function getTrace(context) {
  const { store } = context
  const jobId = parseInteger(context.route.job_id)
  const errors = jobId === undefined ? ['job_id is invalid'] : []
  const range = store.traceByteRange ? traceRangeParams(context.params, errors) : undefined
  const found = authorizeProjectRequest(context, 'always', errors)
  if ('response' in found) return found.response
  const build = store.findBuild(found.project, /** @type {number} */ (jobId))
  if (!build) return recordNotFound()
  const { pipeline, index } = build
  const trace = traceAt(pipeline.plan[index], store.stateOf(pipeline).jobs[index], context.now)
  const headers = { 'Content-Disposition': `infile; filename="${jobId}.log"` }
  const from = range?.offset ?? 0
  if ('size' in trace) {
    const to = range?.limit === undefined ? trace.size : Math.min(trace.size, from + range.limit)
    return { ...plainText(200, '', headers), stream: () => generatedLog(from, to) }
  }
  return plainText(200, range ? byteRange(trace.text, from, range.limit) : trace.text, headers)
}

/**
 * byte_offset (Integer, >= 0) and byte_limit (Integer, 1..LIMIT_SIZE), Grape's messages on bad ones.
 * @param {Record<string, unknown>} params
 * @param {string[]} errors collects Grape's messages
 * @returns {{ offset?: number, limit?: number }}
 */
function traceRangeParams(params, errors) {
  /** @param {string} name @param {number} min @param {number} max */
  const read = (name, min, max) => {
    if (params[name] === undefined) return undefined
    const value = parseInteger(params[name])
    if (value === undefined) errors.push(`${name} is invalid`)
    else if (value < min || value > max) errors.push(`${name} does not have a valid value`)
    else return value
    return undefined
  }
  return {
    offset: read('byte_offset', 0, Number.MAX_SAFE_INTEGER),
    limit: read('byte_limit', 1, TRACE_LIMIT_SIZE)
  }
}

/**
 * POST /jobs/:job_id/play (lib/api/ci/jobs.rb): `find_job!` (builds and bridges), authorize!
 * :play_job (403), `bad_request!("Unplayable Job")` unless it is a manual job, then 200 with the job.
 * A read_api token never gets this far (403 insufficient_scope).
 * @param {RouteContext} context
 */
function playJob(context) {
  const { store } = context
  const jobId = parseInteger(context.route.job_id)
  const errors = jobId === undefined ? ['job_id is invalid'] : []
  const found = authorizeProjectRequest(context, 'always', errors)
  if ('response' in found) return found.response
  if (!canReadPipelines(found.caller, found.project)) return forbidden()
  const job = store.findJob(found.project, /** @type {number} */ (jobId))
  if (!job) return recordNotFound()
  const { pipeline, index } = job
  if (pipeline.plan[index].playForbidden) return forbidden()
  if (!store.playJob(pipeline, index)) return apiError(400, '400 Bad request - Unplayable Job')
  store.materialize()
  const state = store.stateOf(pipeline)
  /** @type {Parameters<typeof jobEntity>} */
  const args = [context.baseUrl, pipeline, state, index, store.user(pipeline.userId), context.now]
  const bridge = pipeline.plan[index].bridge
  if (!bridge) return json(200, jobEntity(...args))
  const path = bridge.downstreamProjectPath
  return json(
    200,
    bridgeEntity(args, path === undefined ? pipeline.project : store.findProject(path))
  )
}
