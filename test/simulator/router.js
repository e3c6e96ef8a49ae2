// @ts-check
/**
 * Matches a raw (undecoded) request path against the API routes, as Grape does: `:id` and other
 * segments are `[^/]+` (so an un-encoded '/' in a project path matches nothing), `:ref` is `.+`
 * (TRIG `requirements: { ref: /.+/ }`). Values are URL-decoded after matching. Anything unmatched,
 * including a known path with another method, falls to the catch-all 404 (docs/gitlab.md 1, lib/api/api.rb).
 */
import { routeNotFound, validationError } from './responses.js'

/** @typedef {import('./responses.js').SimResponse} SimResponse */

/**
 * @typedef {object} RouteContext
 * @property {string} method upper case; HEAD is served by GET routes
 * @property {Record<string, string>} route decoded path parameters (`id`, `pipeline_id`, ...)
 * @property {Record<string, unknown>} params query + body parameters (route parameters not merged)
 * @property {Record<string, string | string[]>} query
 * @property {Record<string, string | string[] | undefined>} headers
 * @property {string} rawQuery
 * @property {string} pageUrl absolute URL of the requested path, without query (for Link headers)
 * @property {string} baseUrl the instance URL users configure (web_url prefix)
 * @property {import('./store.js').SimulatorStore} store
 * @property {number} now
 */

/** @typedef {{ method: string, path: string, handle: (context: RouteContext) => SimResponse }} Route */

/**
 * @param {Route[]} routes paths relative to the API root, e.g. '/projects/:id/pipelines/:pipeline_id'
 * @param {string} apiRoot e.g. '/api/v4' or '/gitlab/api/v4'
 */
export function createRouter(routes, apiRoot) {
  const compiled = routes.map(route => ({ ...route, pattern: compilePath(route.path) }))

  /**
   * @param {Omit<RouteContext, 'route'> & { rawPath: string, bodyError?: string }} request
   * @returns {SimResponse}
   */
  return function dispatch({ rawPath, bodyError, ...request }) {
    if (!rawPath.startsWith(`${apiRoot}/`)) return routeNotFound()
    const apiPath = rawPath.slice(apiRoot.length)
    const method = request.method === 'HEAD' ? 'GET' : request.method
    for (const route of compiled) {
      if (route.method !== method) continue
      const match = route.pattern.exec(apiPath)
      if (!match) continue
      // Grape parses the body before validating parameters.
      if (bodyError !== undefined) return validationError(bodyError)
      return route.handle({ ...request, route: decodeGroups(match.groups ?? {}) })
    }
    return routeNotFound()
  }
}

/** @param {string} path */
function compilePath(path) {
  const source = path
    .split('/')
    .map(segment => {
      if (segment === ':ref') return '(?<ref>.+)'
      if (segment.startsWith('*')) return `(?<${segment.slice(1)}>.+)`
      if (segment.startsWith(':')) return `(?<${segment.slice(1)}>[^/]+)`
      return segment.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    })
    .join('/')
  return new RegExp(`^${source}$`)
}

/** @param {Record<string, string>} groups */
function decodeGroups(groups) {
  return Object.fromEntries(
    Object.entries(groups).map(([name, raw]) => {
      try {
        return [name, decodeURIComponent(raw)]
      } catch {
        return [name, raw]
      }
    })
  )
}
