// @ts-check
/**
 * The trigger token API: /projects/:id/triggers[/:trigger_id] (docs/gitlab.md 7). Every route calls
 * `authenticate!`. Roles are not modelled: every token is a Maintainer, and only PUT checks ownership.
 */
import { authenticatedToken, authorizeProjectRequest } from '../auth.js'
import { coerceString, INVALID, parseInteger } from '../grape-params.js'
import { triggerEntity } from '../gitlab-entities.js'
import { paginate } from '../pagination.js'
import {
  apiError,
  forbidden,
  json,
  noContent,
  recordNotFound,
  validationError
} from '../responses.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */
/** @typedef {import('../responses.js').SimResponse} SimResponse */
/** @typedef {import('../store.js').TriggerRecord} TriggerRecord */
/** @typedef {import('../store.js').ProjectRecord} ProjectRecord */

/** @type {Route[]} */
export const triggerTokenRoutes = [
  { method: 'GET', path: '/projects/:id/triggers', handle: listTriggers },
  { method: 'POST', path: '/projects/:id/triggers', handle: createTrigger },
  { method: 'GET', path: '/projects/:id/triggers/:trigger_id', handle: getTrigger },
  { method: 'PUT', path: '/projects/:id/triggers/:trigger_id', handle: updateTrigger },
  { method: 'DELETE', path: '/projects/:id/triggers/:trigger_id', handle: deleteTrigger }
]

/**
 * `authenticate!`, Grape validation, then `find_project!`; the caller is always a token here.
 * @param {RouteContext} context
 * @param {string[]} validationErrors
 * @returns {{ project: ProjectRecord, userId: number } | { response: SimResponse }}
 */
function findProject(context, validationErrors) {
  const found = authorizeProjectRequest(context, 'always', validationErrors)
  if ('response' in found) return found
  return { project: found.project, userId: authenticatedToken(found.caller).userId }
}

/**
 * `user_project.triggers.find(id)`: RecordNotFound for another project's or an unknown id.
 * @param {RouteContext} context
 * @param {string[]} [otherErrors]
 * @returns {{ trigger: TriggerRecord, userId: number } | { response: SimResponse }}
 */
function findTrigger(context, otherErrors = []) {
  const triggerId = parseInteger(context.route.trigger_id)
  const errors = [...(triggerId === undefined ? ['trigger_id is invalid'] : []), ...otherErrors]
  const found = findProject(context, errors)
  if ('response' in found) return found
  const trigger = context.store.triggers.find(
    candidate => candidate.id === triggerId && candidate.projectId === found.project.id
  )
  return trigger ? { trigger, userId: found.userId } : { response: recordNotFound() }
}

/** @param {RouteContext} context @param {TriggerRecord} trigger @param {number} userId */
function render(context, trigger, userId) {
  const { store } = context
  return triggerEntity(context.baseUrl, trigger, {
    owner: store.user(trigger.ownerUserId),
    callerUserId: userId,
    lastUsed: store.triggerLastUsed(trigger)
  })
}

/** @param {RouteContext} context */
function listTriggers(context) {
  const found = findProject(context, [])
  if ('response' in found) return found.response
  const triggers = context.store.triggers.filter(trigger => trigger.projectId === found.project.id)
  const page = paginate(triggers, context)
  if ('error' in page) return validationError(page.error)
  return json(
    200,
    page.items.map(trigger => render(context, trigger, found.userId)),
    page.headers
  )
}

/** @param {RouteContext} context */
function getTrigger(context) {
  const found = findTrigger(context)
  if ('response' in found) return found.response
  return json(200, render(context, found.trigger, found.userId))
}

/**
 * `requires :description`, `optional :expires_at, type: DateTime`; the caller becomes the owner.
 * @param {RouteContext} context
 */
function createTrigger(context) {
  const { params } = context
  const description = coerceString(params.description)
  const expiresAt = parseOptionalTime(params.expires_at)
  const errors = [
    ...(!('description' in params)
      ? ['description is missing']
      : description === INVALID
        ? ['description is invalid']
        : []),
    ...(expiresAt === INVALID ? ['expires_at is invalid'] : [])
  ]
  const found = findProject(context, errors)
  if ('response' in found) return found.response
  const trigger = context.store.addTrigger({
    projectId: found.project.id,
    ownerUserId: found.userId,
    description: typeof description === 'string' ? description : '',
    expiresAt: typeof expiresAt === 'number' ? expiresAt : null
  })
  return json(201, render(context, trigger, found.userId))
}

/**
 * Only the owner may update (Ci::PipelineTriggers::UpdateService needs :admin_trigger), and only the
 * description changes.
 * @param {RouteContext} context
 */
function updateTrigger(context) {
  const description = coerceString(context.params.description)
  const found = findTrigger(context, description === INVALID ? ['description is invalid'] : [])
  if ('response' in found) return found.response
  const { trigger, userId } = found
  if (trigger.ownerUserId !== userId) {
    return forbidden('The current user is not authorized to update the pipeline trigger token')
  }
  if (typeof description === 'string') trigger.description = description
  trigger.updatedAt = context.now
  return json(200, render(context, trigger, userId))
}

/**
 * 204 with no body; `If-Unmodified-Since` older than updated_at gives 412 (lib/api/helpers.rb destroy_conditionally!).
 * @param {RouteContext} context
 */
function deleteTrigger(context) {
  const found = findTrigger(context)
  if ('response' in found) return found.response
  const unmodifiedSince = Date.parse(String(context.headers['if-unmodified-since'] ?? ''))
  // HTTP dates have whole seconds; compare at that precision.
  if (unmodifiedSince < Math.floor(found.trigger.updatedAt / 1000) * 1000) {
    return apiError(412, '412 Precondition Failed')
  }
  context.store.deleteTrigger(found.trigger)
  return noContent()
}

/**
 * @param {unknown} value
 * @returns {number | null | typeof INVALID} epoch ms, null when absent
 */
function parseOptionalTime(value) {
  if (value === undefined || value === null || value === '') return null
  // Grape's DateTime coercion wants an ISO-like date; "01/01/2050" or "2308" are invalid (docs/gitlab.md 7).
  if (typeof value !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(value)) return INVALID
  const time = Date.parse(value)
  return Number.isNaN(time) ? INVALID : time
}
