// @ts-check
/**
 * GET /version (lib/api/version.rb): any valid access token, never anonymous. The version decides
 * what other routes do (e.g. /personal_access_tokens/self before 15.5); set it with the
 * simulator's `gitlabVersion` option or `setVersion()`.
 */
import { authenticateRequest } from '../auth.js'
import { json } from '../responses.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */

/** @type {Route[]} */
export const versionRoutes = [{ method: 'GET', path: '/version', handle: getVersion }]

/** @param {RouteContext} context */
function getVersion(context) {
  const auth = authenticateRequest(context, 'always')
  if ('response' in auth) return auth.response
  return json(200, {
    version: context.store.gitlabVersion,
    revision: '6d5e8a7c1f2',
    kas: { enabled: false, externalUrl: null, externalK8sProxyUrl: null, version: null },
    enterprise: /-ee$/.test(context.store.gitlabVersion)
  })
}

/**
 * Whether a version such as `17.9.2-ee` is at least major.minor.
 * @param {string} version
 * @param {number} major
 * @param {number} minor
 */
export function versionAtLeast(version, major, minor) {
  const [have = 0, haveMinor = 0] = version.split(/[.-]/).map(Number)
  return have > major || (have === major && haveMinor >= minor)
}
