// @ts-check
/**
 * Job artifacts (lib/api/ci/job_artifacts.rb): the whole archive, streamed, and one file from it.
 * `before { authenticate_non_get! }`, then find_project!, `find_build!` (404 "404 Not found" for an
 * unknown or bridge id), and `not_found!` ("404 Not Found") when the job has no artifacts. The single
 * file is sent by Workhorse from the archive: a missing entry is Workhorse's plain 404.
 */
import { Buffer } from 'node:buffer'
import { authorizeProjectRequest, canReadPipelines } from '../auth.js'
import { parseInteger } from '../grape-params.js'
import { apiError, forbidden, notFound, plainText, recordNotFound } from '../responses.js'
import { buildZip, generatedByte, readZip, zipPieces } from '../zip.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */
/** @typedef {import('../gitlab-simulator.js').JobPlan} JobPlan */

/** @type {Route[]} */
export const artifactRoutes = [
  { method: 'GET', path: '/projects/:id/jobs/:job_id/artifacts', handle: getArchive },
  { method: 'GET', path: '/projects/:id/jobs/:job_id/artifacts/*artifact_path', handle: getFile }
]

/** Artifacts are uploaded when the job ends (success or failure); a running job has none yet. */
const UPLOADED = new Set(['success', 'failed'])

/**
 * The job (a build with artifacts that has finished), or the answer that stops the request.
 * @param {RouteContext} context
 */
function findArtifacts(context) {
  const { store } = context
  const jobId = parseInteger(context.route.job_id)
  const found = authorizeProjectRequest(
    context,
    'non-get',
    jobId === undefined ? ['job_id is invalid'] : []
  )
  if ('response' in found) return found
  if (!canReadPipelines(found.caller, found.project)) return { response: forbidden() }
  const build = store.findBuild(found.project, /** @type {number} */ (jobId))
  if (!build) return { response: recordNotFound() }
  const plan = build.pipeline.plan[build.index]
  const status = store.stateOf(build.pipeline).jobs[build.index].status
  if (!plan.artifacts || !UPLOADED.has(status)) return { response: notFound() }
  return { plan, artifacts: plan.artifacts }
}

/**
 * The archive bytes of a job's `artifacts` plan (entries are zipped).
 * @param {JobPlan} plan
 */
export function artifactsArchive(plan) {
  if (!plan.artifacts) return undefined
  return Buffer.isBuffer(plan.artifacts) ? plan.artifacts : buildZip(plan.artifacts)
}

/** @type {WeakMap<JobPlan, number>} */
const sizes = new WeakMap()

/**
 * The archive's size in bytes, counted piece by piece once per plan (big entries are never held).
 * @param {JobPlan} plan
 */
export function archiveSize(plan) {
  const artifacts = plan.artifacts
  if (!artifacts) return 0
  if (Buffer.isBuffer(artifacts)) return artifacts.length
  let size = sizes.get(plan)
  if (size === undefined) {
    size = 0
    for (const piece of zipPieces(artifacts)) size += piece.length
    sizes.set(plan, size)
  }
  return size
}

/**
 * The `artifacts_file` and `artifacts` fields of Entities::Ci::Job for a job whose archive is there.
 * @param {JobPlan} plan
 * @param {string} status
 */
export function artifactFields(plan, status) {
  if (!plan.artifacts || !UPLOADED.has(status)) return {}
  const size = archiveSize(plan)
  return {
    artifacts_file: { filename: 'artifacts.zip', size },
    artifacts: [{ file_type: 'archive', size, filename: 'artifacts.zip', file_format: 'zip' }]
  }
}

/** @param {RouteContext} context */
function getArchive(context) {
  const found = findArtifacts(context)
  if ('response' in found) return found.response
  const { artifacts } = found
  const headers = {
    'Content-Type': 'application/octet-stream',
    'Content-Disposition': `attachment; filename="artifacts.zip"; filename*=UTF-8''artifacts.zip`,
    'Content-Transfer-Encoding': 'binary'
  }
  if (Buffer.isBuffer(artifacts))
    return { ...plainText(200, artifacts), headers: { ...plainText(200, '').headers, ...headers } }
  return {
    ...plainText(200, ''),
    headers: { ...plainText(200, '').headers, ...headers },
    stream: () => zipPieces(artifacts)
  }
}

/** @param {RouteContext} context */
function getFile(context) {
  const found = findArtifacts(context)
  if ('response' in found) return found.response
  const path = context.route.artifact_path
  // Gitlab::Ci::Build::Artifacts::Path#valid?: no `..` segment, no NUL byte.
  if (path.split('/').includes('..') || path.includes('\0')) return apiError(400, '400 Bad request')
  const data = fileIn(found.artifacts, path)
  if (data === undefined) {
    return {
      status: 404,
      headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
      body: 'Not Found\n'
    }
  }
  const base = path.split('/').pop() ?? path
  return {
    status: 200,
    headers: {
      'Content-Type': contentType(base),
      'Content-Disposition': `attachment; filename="${base.replace(/"/g, '')}"`,
      'X-Content-Type-Options': 'nosniff',
      'X-Frame-Options': 'SAMEORIGIN'
    },
    body: data
  }
}

/**
 * @param {Buffer | import('../gitlab-simulator.js').ZipEntry[]} artifacts
 * @param {string} path
 * @returns {Buffer | undefined}
 */
function fileIn(artifacts, path) {
  if (Buffer.isBuffer(artifacts)) {
    const file = readZip(artifacts).find(entry => entry.name === path)
    return file?.data()
  }
  const entry = artifacts.find(candidate => candidate.name === path)
  if (!entry || path.endsWith('/')) return undefined
  if (entry.size !== undefined) {
    const bytes = Buffer.alloc(entry.size)
    for (let i = 0; i < bytes.length; i++) bytes[i] = generatedByte(i)
    return bytes
  }
  return Buffer.from(entry.symlinkTo ?? entry.data ?? '')
}

/** What Workhorse sends by extension. @param {string} name */
function contentType(name) {
  if (name.endsWith('.json')) return 'application/json'
  if (/\.(txt|env|log|md)$/.test(name)) return 'text/plain; charset=utf-8'
  return 'application/octet-stream'
}
