// @ts-check
/**
 * GET /projects/:id and GET /personal_access_tokens/self: what a client calls to check an api token
 * before it triggers anything (SPEC.md 3).
 */
import { authenticateRequest, findVisibleProject } from '../auth.js'
import { personalAccessTokenEntity, projectEntity } from '../gitlab-entities.js'
import { json, projectNotFound } from '../responses.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */

/** @type {Route[]} */
export const projectRoutes = [
  { method: 'GET', path: '/projects/:id', handle: getProject },
  { method: 'GET', path: '/personal_access_tokens/self', handle: getOwnToken }
]

/**
 * Anonymous callers see public projects only; a private or unknown project is 404 Project Not Found,
 * an unknown token 401 (gitlab-api.md 3).
 * @param {RouteContext} context
 */
function getProject(context) {
  const auth = authenticateRequest(context.store, context, 'non-get')
  if ('response' in auth) return auth.response
  const project = findVisibleProject(context.store, auth.caller, context.route.id)
  if (!project) return projectNotFound()
  return json(200, projectEntity(context.baseUrl, project))
}

/** @param {RouteContext} context */
function getOwnToken(context) {
  const auth = authenticateRequest(context.store, context, 'always')
  if ('response' in auth) return auth.response
  if (auth.caller.kind !== 'token')
    throw new Error('authenticate "always" let an anonymous caller in')
  return json(200, personalAccessTokenEntity(auth.caller.token))
}
