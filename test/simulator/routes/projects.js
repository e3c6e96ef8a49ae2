// @ts-check
/**
 * What a client calls to check an api token before it triggers anything (docs/contract.md section 3.1):
 * GET /projects/:id, GET /projects/:id/pipelines (proves `read_pipeline`, which a Guest of a private
 * project lacks), and GET /personal_access_tokens/self (15.5+; docs/gitlab.md 10).
 */
import {
  authenticatedToken,
  authenticateRequest,
  authorizeProjectRequest,
  canReadPipelines
} from '../auth.js'
import { personalAccessTokenEntity, pipelineBasic, projectEntity } from '../gitlab-entities.js'
import { paginate } from '../pagination.js'
import { forbidden, json, routeNotFound, unauthorized, validationError } from '../responses.js'
import { versionAtLeast } from './version.js'
import { COMPLETED_STATUSES } from '../pipeline-timeline.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */

/** @type {Route[]} */
export const projectRoutes = [
  { method: 'GET', path: '/projects/:id', handle: getProject },
  { method: 'GET', path: '/projects/:id/pipelines', handle: listPipelines },
  { method: 'GET', path: '/personal_access_tokens/self', handle: getOwnToken }
]

/**
 * Anonymous callers see public projects only; a private or unknown project is 404 Project Not Found,
 * an unknown token 401 (docs/gitlab.md 3).
 * @param {RouteContext} context
 */
function getProject(context) {
  const found = authorizeProjectRequest(context, 'non-get')
  if ('response' in found) return found.response
  return json(200, projectEntity(context.baseUrl, found.project))
}

/**
 * lib/api/ci/pipelines.rb: `authorize! :read_pipeline, user_project` after find_project!, so a
 * Guest (or a fine-grained token without read_pipeline) that sees the project gets 403 Forbidden.
 * Newest first, PipelineBasic entities.
 * @param {RouteContext} context
 */
function listPipelines(context) {
  const { params } = context
  /** @type {string[]} */
  const errors = []
  const updatedAfter = timeParam(params, 'updated_after', errors)
  const updatedBefore = timeParam(params, 'updated_before', errors)
  if (params.source !== undefined && !PIPELINE_SOURCES.has(String(params.source))) {
    errors.push('source does not have a valid value')
  }
  if (params.scope !== undefined && !PIPELINE_SCOPES.has(String(params.scope))) {
    errors.push('scope does not have a valid value')
  }
  const found = authorizeProjectRequest(context, 'non-get', errors)
  if ('response' in found) return found.response
  if (found.caller.kind === 'token' && found.caller.token.role === 'guest') return forbidden()
  if (!canReadPipelines(found.caller, found.project)) return forbidden()
  const { store } = context
  // Ci::PipelinesFinder: exact ref, source, status; updated_at bounds; newest id first.
  const pipelines = store.pipelines
    .filter(pipeline => pipeline.project === found.project)
    .filter(pipeline => params.ref === undefined || pipeline.ref === String(params.ref))
    .filter(pipeline => params.source === undefined || pipeline.source === String(params.source))
    .filter(pipeline => {
      const state = store.stateOf(pipeline)
      const scope = params.scope === undefined ? undefined : String(params.scope)
      const inScope =
        scope === 'running' || scope === 'pending'
          ? state.status === scope
          : scope === 'finished'
            ? COMPLETED_STATUSES.has(state.status)
            : true
      return (
        inScope &&
        (params.status === undefined || state.status === String(params.status)) &&
        (updatedAfter === undefined || state.updatedAt > updatedAfter) &&
        (updatedBefore === undefined || state.updatedAt < updatedBefore)
      )
    })
    .sort((a, b) => b.id - a.id)
  const page = paginate(pipelines, context)
  if ('error' in page) return validationError(page.error)
  return json(
    200,
    page.items.map(pipeline => pipelineBasic(context.baseUrl, pipeline, store.stateOf(pipeline))),
    page.headers
  )
}

/**
 * 15.5 added `self`; 15.1-15.4 take it as a token id (`:id` typed Integer in a route only
 * admins may use): 401 for everyone else; 15.0 has no GET route at all (docs/gitlab.md 10).
 * @param {RouteContext} context
 */
function getOwnToken(context) {
  const auth = authenticateRequest(context, 'always')
  if ('response' in auth) return auth.response
  const version = context.store.gitlabVersion
  if (!versionAtLeast(version, 15, 1)) return routeNotFound()
  if (!versionAtLeast(version, 15, 5)) return unauthorized()
  return json(200, personalAccessTokenEntity(authenticatedToken(auth.caller)))
}

/** Ci::Pipeline sources the `source` filter takes (a subset of the enum: the ones tests meet). */
const PIPELINE_SOURCES = new Set([
  'push',
  'web',
  'trigger',
  'schedule',
  'api',
  'external',
  'pipeline',
  'chat',
  'merge_request_event',
  'external_pull_request_event',
  'parent_pipeline',
  'ondemand_dast_scan',
  'ondemand_dast_validation',
  'security_orchestration_policy',
  'container_registry_push',
  'duo_workflow',
  'pipeline_execution_policy_schedule'
])

const PIPELINE_SCOPES = new Set(['running', 'pending', 'finished', 'branches', 'tags'])

/**
 * A Grape DateTime parameter (ISO 8601) as epoch ms; "<name> is invalid" when it does not parse.
 * @param {Record<string, unknown>} params
 * @param {string} name
 * @param {string[]} errors
 */
function timeParam(params, name, errors) {
  if (params[name] === undefined) return undefined
  const ms = Date.parse(String(params[name]))
  if (Number.isNaN(ms)) errors.push(`${name} is invalid`)
  return Number.isNaN(ms) ? undefined : ms
}
