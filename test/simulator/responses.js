// @ts-check
/**
 * Responses as GitLab's API writes them. Handlers return a SimResponse instead of writing to the socket,
 * so a fault with `afterHandling` can run the real handler and then break its answer.
 *
 * docs/gitlab.md 1 "Error bodies": Grape validation uses `error`, helpers and
 * RecordNotFound use `message` (a string, or `{"base":[...]}` for pipeline creation), and the catch-all
 * route answers `{"error":"404 Not Found"}`. Every API response has the two security headers.
 */

/**
 * @typedef {object} SimResponse
 * @property {number} status
 * @property {Record<string, string>} headers
 * @property {string | Buffer} body
 * @property {() => Iterable<string | Buffer>} [stream] sent after `body`, piece by piece with backpressure
 *   and chunked encoding, so a huge answer is never held whole
 */

/** @typedef {import('node:buffer').Buffer} Buffer */

/** docs/gitlab.md 1: set by lib/api/api.rb's `before` block on every API response. */
const API_HEADERS = { 'X-Frame-Options': 'SAMEORIGIN', 'X-Content-Type-Options': 'nosniff' }

/**
 * @param {number} status
 * @param {unknown} value
 * @param {Record<string, string>} [headers]
 * @returns {SimResponse}
 */
export function json(status, value, headers = {}) {
  return {
    status,
    headers: { 'Content-Type': 'application/json', ...API_HEADERS, ...headers },
    body: JSON.stringify(value)
  }
}

/**
 * @param {number} status
 * @param {string | Buffer} body
 * @param {Record<string, string>} [headers]
 * @returns {SimResponse}
 */
export function plainText(status, body, headers = {}) {
  return { status, headers: { 'Content-Type': 'text/plain', ...API_HEADERS, ...headers }, body }
}

/** @returns {SimResponse} */
export const noContent = () => ({ status: 204, headers: { ...API_HEADERS }, body: '' })

/** Grape parameter validation, e.g. "token is missing". @param {string} message */
export const validationError = message => json(400, { error: message })

/** render_api_error!: `{"message": <string or object>}`. @param {number} status @param {unknown} message */
export const apiError = (status, message) => json(status, { message })

/** Catch-all route (no route matched, e.g. a raw '/' in :id). */
export const routeNotFound = () => json(404, { error: '404 Not Found' })

/** ActiveRecord::RecordNotFound from `.find(id)`: note the lowercase "found". */
export const recordNotFound = () => apiError(404, '404 Not found')

/** `not_found!` on the trigger endpoint (unknown project or token). */
export const notFound = () => apiError(404, '404 Not Found')

/** `find_project!` when the project is missing or invisible to the caller. */
export const projectNotFound = () => apiError(404, '404 Project Not Found')

export const unauthorized = () => apiError(401, '401 Unauthorized')

/** @param {string} [reason] */
export const forbidden = reason =>
  apiError(403, reason ? `403 Forbidden - ${reason}` : '403 Forbidden')

/** A pipeline the create-pipeline chain refused: `{"message":{"base":[text]}}`. @param {number} status @param {string} text */
export const pipelineError = (status, text) => apiError(status, { base: [text] })

/**
 * Rack::OAuth2 bearer errors from APIGuard (docs/gitlab.md 1, lib/api/api_guard.rb): `error` + `error_description`
 * and a WWW-Authenticate header.
 * @param {number} status
 * @param {string} error
 * @param {string} description
 * @param {{ scope?: string }} [extra]
 */
export function oauthError(status, error, description, extra = {}) {
  const scope = extra.scope ? `, scope="${extra.scope}"` : ''
  return json(
    status,
    { error, error_description: description, ...extra },
    {
      'WWW-Authenticate': `Bearer realm="Protected by OAuth 2.0", error="${error}", error_description="${description}"${scope}`
    }
  )
}
