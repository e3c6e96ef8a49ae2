// @ts-check
/**
 * GET /projects/:id and GET /personal_access_tokens/self: what a client calls to check an api token
 * before it triggers anything (docs/contract.md section 3.1).
 */
import { authenticatedToken, authenticateRequest, authorizeProjectRequest } from '../auth.js'
import { personalAccessTokenEntity, projectEntity } from '../gitlab-entities.js'
import { json } from '../responses.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */

/** @type {Route[]} */
export const projectRoutes = [
  { method: 'GET', path: '/projects/:id', handle: getProject },
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

/** @param {RouteContext} context */
function getOwnToken(context) {
  const auth = authenticateRequest(context, 'always')
  if ('response' in auth) return auth.response
  return json(200, personalAccessTokenEntity(authenticatedToken(auth.caller)))
}
