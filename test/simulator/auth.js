// @ts-check
/**
 * Who is calling, from PRIVATE-TOKEN / Authorization: Bearer / ?private_token= / ?access_token=
 * (gitlab-api.md 1 "Authentication-layer errors", 3 "Auth accepted"). The trigger endpoint does not use
 * this: it authenticates by its `token` parameter only (gitlab-api.md 2).
 */
import { oauthError, unauthorized } from './responses.js'

/** @typedef {import('./store.js').SimulatorStore} SimulatorStore */
/** @typedef {import('./store.js').ApiTokenRecord} ApiTokenRecord */
/** @typedef {import('./store.js').ProjectRecord} ProjectRecord */
/** @typedef {import('./responses.js').SimResponse} SimResponse */
/** @typedef {{ kind: 'anonymous' } | { kind: 'token', token: ApiTokenRecord }} Caller */

/**
 * Resolve the caller. A token that is sent but unusable is an error even on public resources.
 * @param {SimulatorStore} store
 * @param {Record<string, string | string[] | undefined>} headers
 * @param {Record<string, string | string[]>} query
 * @returns {{ caller: Caller } | { response: SimResponse }}
 */
export function identifyCaller(store, headers, query) {
  const sent = firstPresent(
    headers['private-token'],
    /^Bearer\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1],
    query.private_token,
    query.access_token
  )
  if (sent === undefined) return { caller: { kind: 'anonymous' } }
  const token = store.apiTokens.get(sent)
  // Unknown or garbage token: PersonalAccessToken.find_by_token fails -> unauthorized! (AUTH).
  if (!token) return { response: unauthorized() }
  // AccessTokenValidationService checks expiry, then revocation.
  if (token.expired) {
    return {
      response: oauthError(
        401,
        'invalid_token',
        'Token is expired. You can either do re-authorization or token refresh.'
      )
    }
  }
  if (token.revoked) {
    return {
      response: oauthError(
        401,
        'invalid_token',
        'Token was revoked. You have to re-authorize from the user.'
      )
    }
  }
  return { caller: { kind: 'token', token } }
}

/**
 * lib/api/api.rb allows `read_api` only for GET and HEAD; anything else needs `api`.
 * @param {string} method
 * @param {Caller} caller
 * @returns {SimResponse | undefined}
 */
export function insufficientScope(method, caller) {
  if (caller.kind !== 'token' || method === 'GET' || method === 'HEAD') return undefined
  if (caller.token.scopes.includes('api')) return undefined
  return oauthError(
    403,
    'insufficient_scope',
    'The request requires higher privileges than provided by the access token.',
    { scope: 'api' }
  )
}

/**
 * The `before` blocks of the user-authenticated routes: `authenticate!` (every method) or
 * `authenticate_non_get!` (gitlab-api.md 3, 5, 6, 7), then the scope check.
 * @param {SimulatorStore} store
 * @param {{ method: string, headers: Record<string, string | string[] | undefined>, query: Record<string, string | string[]> }} request
 * @param {'always' | 'non-get'} authenticate
 * @returns {{ caller: Caller } | { response: SimResponse }}
 */
export function authenticateRequest(store, request, authenticate) {
  const identified = identifyCaller(store, request.headers, request.query)
  if ('response' in identified) return identified
  const { caller } = identified
  const isRead = request.method === 'GET' || request.method === 'HEAD'
  if (caller.kind === 'anonymous' && (authenticate === 'always' || !isRead)) {
    return { response: unauthorized() }
  }
  const scopeError = insufficientScope(request.method, caller)
  return scopeError ? { response: scopeError } : { caller }
}

/**
 * Whether `find_project!` lets this caller see the project: anonymous callers see public projects,
 * a token sees the projects it was given (all by default).
 * @param {Caller} caller
 * @param {ProjectRecord} project
 */
export function canSeeProject(caller, project) {
  if (caller.kind === 'anonymous') return project.visibility === 'public'
  return caller.token.projectIds?.includes(project.id) ?? true
}

/**
 * The first non-empty value (Rails' `.presence`); arrays (repeated query keys) use their first item.
 * @param {Array<string | string[] | undefined>} values
 */
function firstPresent(...values) {
  for (const value of values) {
    const text = Array.isArray(value) ? value[0] : value
    if (text) return text
  }
  return undefined
}

/**
 * `find_project!`: the project named by the route's `:id`, if this caller may see it.
 * @param {SimulatorStore} store
 * @param {Caller} caller
 * @param {string} idOrPath decoded `:id`
 * @returns {ProjectRecord | undefined} undefined -> 404 Project Not Found
 */
export function findVisibleProject(store, caller, idOrPath) {
  const project = store.findProject(idOrPath)
  return project && canSeeProject(caller, project) ? project : undefined
}
