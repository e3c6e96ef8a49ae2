// @ts-check
/**
 * Reading a pipeline, its jobs, its trigger jobs and job logs, and cancelling it
 * (docs/gitlab.md 3, 4, 5, 6.1). Each handler follows Grape's order: authentication (`before` block),
 * parameter validation, then `find_project!` and the record lookup.
 */
import { authorizeProjectRequest } from '../auth.js'
import { parseInteger } from '../grape-params.js'
import { bridgeEntity, jobEntity, pipelineEntity } from '../gitlab-entities.js'
import { paginate } from '../pagination.js'
import { json, plainText, recordNotFound, validationError } from '../responses.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */
/** @typedef {import('../responses.js').SimResponse} SimResponse */
/** @typedef {import('../store.js').PipelineRecord} PipelineRecord */

/** @type {Route[]} */
export const pipelineRoutes = [
  { method: 'GET', path: '/projects/:id/pipelines/:pipeline_id', handle: getPipeline },
  { method: 'GET', path: '/projects/:id/pipelines/:pipeline_id/jobs', handle: listBuilds },
  { method: 'GET', path: '/projects/:id/pipelines/:pipeline_id/bridges', handle: listBridges },
  { method: 'POST', path: '/projects/:id/pipelines/:pipeline_id/cancel', handle: cancelPipeline },
  { method: 'GET', path: '/projects/:id/jobs/:job_id/trace', handle: getTrace }
]

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
 * Paginated, id descending (Ci::JobsFinder), optionally filtered by `scope`.
 * @param {RouteContext} context
 * @param {boolean} bridges
 */
function listJobs(context, bridges) {
  const scope = context.params.scope
  const scopes = scope === undefined ? undefined : Array.isArray(scope) ? scope : [scope]
  const scopeValid = scopes === undefined || scopes.every(value => JOB_STATUSES.has(String(value)))
  const found = findPipeline(context, scopeValid ? [] : ['scope does not have a valid value'])
  if ('response' in found) return found.response

  const { pipeline } = found
  const { store, baseUrl, now } = context
  const state = store.stateOf(pipeline)
  const indexes = pipeline.plan
    .map((job, index) => ({ job, index }))
    .filter(({ job }) => Boolean(job.bridge) === bridges)
    .filter(({ index }) => scopes === undefined || scopes.includes(state.jobs[index].status))
    .map(({ index }) => index)
    .sort((a, b) => pipeline.jobIds[b] - pipeline.jobIds[a])
  const page = paginate(indexes, context)
  if ('error' in page) return validationError(page.error)

  const user = store.user(pipeline.userId)
  const entities = page.items.map(index => {
    /** @type {Parameters<typeof jobEntity>} */
    const args = [baseUrl, pipeline, state, index, user, now]
    const path = pipeline.plan[index].bridge?.downstreamProjectPath
    return path === undefined ? jobEntity(...args) : bridgeEntity(args, store.findProject(path))
  })
  return json(200, entities, page.headers)
}

/**
 * The raw job log (docs/gitlab.md 5): authentication required even on public projects, a bridge id is
 * not a build (404), text/plain, empty until the job has started.
 * @param {RouteContext} context
 */
function getTrace(context) {
  const { store } = context
  const jobId = parseInteger(context.route.job_id)
  const errors = jobId === undefined ? ['job_id is invalid'] : []
  const found = authorizeProjectRequest(context, 'always', errors)
  if ('response' in found) return found.response
  const build = store.findBuild(found.project, /** @type {number} */ (jobId))
  if (!build) return recordNotFound()
  const { pipeline, index } = build
  const started = store.stateOf(pipeline).jobs[index].startedAt !== null
  const { log, logBytes } = pipeline.plan[index]
  const response = plainText(200, started ? (log ?? '') : '', {
    'Content-Disposition': `infile; filename="${jobId}.log"`
  })
  return started && logBytes !== undefined
    ? { ...response, stream: () => generatedLog(logBytes) }
    : response
}

const GENERATED_LINE_BYTES = 100

/**
 * Line `n` of a generated trace: `line <n> ` padded with dots to 99 bytes (100 with its break).
 * @param {number} n
 */
export function generatedLogLine(n) {
  return `line ${n} `.padEnd(GENERATED_LINE_BYTES - 1, '.')
}

/**
 * A trace of exactly `bytes` bytes, made 64 KiB at a time as it is sent.
 * @param {number} bytes
 * @returns {Iterable<string>}
 */
function* generatedLog(bytes) {
  const linesPerPiece = 655
  let sent = 0
  for (let n = 0; sent < bytes; n += linesPerPiece) {
    let piece = ''
    for (let i = n; i < n + linesPerPiece; i++) piece += `${generatedLogLine(i)}\n`
    piece = piece.slice(0, bytes - sent)
    sent += piece.length
    yield piece
  }
}
