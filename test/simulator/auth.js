// @ts-check
/**
 * Who is calling, from PRIVATE-TOKEN / Authorization: Bearer / ?private_token= / ?access_token=
 * (docs/gitlab.md 1, authentication-layer errors; 3, credentials). The trigger endpoint does not use
 * this: it authenticates by its `token` parameter only (docs/gitlab.md 2).
 */
import { oauthError, projectNotFound, unauthorized, validationError } from './responses.js'

/** @typedef {import('./store.js').SimulatorStore} SimulatorStore */
/** @typedef {import('./router.js').RouteContext} RouteContext */
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
function identifyCaller(store, headers, query) {
  const sent = firstPresent(
    headers['private-token'],
    /^Bearer\s+(.+)$/i.exec(String(headers.authorization ?? ''))?.[1],
    query.private_token,
    query.access_token
  )
  if (sent === undefined) return { caller: { kind: 'anonymous' } }
  const token = store.apiTokens.get(sent)
  // Unknown or garbage token: PersonalAccessToken.find_by_token fails -> unauthorized! (lib/gitlab/auth/auth_finders.rb).
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
function insufficientScope(method, caller) {
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
 * `authenticate_non_get!` (docs/gitlab.md 3, 5, 6, 7), then the scope check.
 * @param {RouteContext} context
 * @param {'always' | 'non-get'} authenticate
 * @returns {{ caller: Caller } | { response: SimResponse }}
 */
export function authenticateRequest(context, authenticate) {
  const identified = identifyCaller(context.store, context.headers, context.query)
  if ('response' in identified) return identified
  const { caller } = identified
  const isRead = context.method === 'GET' || context.method === 'HEAD'
  if (caller.kind === 'anonymous' && (authenticate === 'always' || !isRead)) {
    return { response: unauthorized() }
  }
  const scopeError = insufficientScope(context.method, caller)
  return scopeError ? { response: scopeError } : { caller }
}

/**
 * How every `/projects/:id/...` route with user auth starts, in Grape's order: the `before` block,
 * then validation of the declared params (`validationErrors`, joined as Grape does), then
 * `find_project!`, which answers 404 Project Not Found for a missing project and for one the caller
 * may not see (docs/gitlab.md 3).
 * @param {RouteContext} context
 * @param {'always' | 'non-get'} authenticate
 * @param {string[]} [validationErrors]
 * @returns {{ caller: Caller, project: ProjectRecord } | { response: SimResponse }}
 */
export function authorizeProjectRequest(context, authenticate, validationErrors = []) {
  const auth = authenticateRequest(context, authenticate)
  if ('response' in auth) return auth
  if (validationErrors.length > 0) return { response: validationError(validationErrors.join(', ')) }
  const project = context.store.findProject(context.route.id)
  if (!project || !canSeeProject(auth.caller, project)) return { response: projectNotFound() }
  return { caller: auth.caller, project }
}

/**
 * The token of a caller that `authenticate!` let through: such a caller is never anonymous.
 * @param {Caller} caller
 * @returns {ApiTokenRecord}
 */
export function authenticatedToken(caller) {
  if (caller.kind !== 'token') throw new Error('authenticate "always" let an anonymous caller in')
  return caller.token
}

/**
 * Whether `find_project!` lets this caller see the project: anonymous callers see public projects,
 * a token sees the projects it was given (all by default).
 * @param {Caller} caller
 * @param {ProjectRecord} project
 */
function canSeeProject(caller, project) {
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
 * `authorize! :read_pipeline`: a Guest (`role: 'guest'` everywhere, or `guestProjectIds`) sees a
 * private project but not its pipelines.
 * @param {Caller} caller
 * @param {ProjectRecord} project
 */
export function canReadPipelines(caller, project) {
  if (caller.kind !== 'token') return true
  return !(caller.token.guestProjectIds ?? []).includes(project.id)
}
