// @ts-check
/**
 * POST /projects/:id/trigger/pipeline and POST /projects/:id/ref/:ref/trigger/pipeline
 * (docs/gitlab.md 2, checks in the order of 2.4). No user authentication: only the `token`
 * parameter counts, so PRIVATE-TOKEN headers are ignored here.
 */
import { coerceString, INVALID, isOptionalHash } from '../grape-params.js'
import { pipelineEntity } from '../gitlab-entities.js'
import {
  apiError,
  forbidden,
  json,
  notFound,
  pipelineError,
  validationError
} from '../responses.js'

/** @typedef {import('../router.js').RouteContext} RouteContext */
/** @typedef {import('../router.js').Route} Route */
/** @typedef {import('../store.js').ProjectRecord} ProjectRecord */

/** @type {Route[]} */
export const triggerPipelineRoutes = [
  { method: 'POST', path: '/projects/:id/trigger/pipeline', handle: triggerPipeline },
  { method: 'POST', path: '/projects/:id/ref/:ref/trigger/pipeline', handle: triggerPipeline }
]

/** @param {RouteContext} context */
function triggerPipeline(context) {
  const { store } = context
  // The ref in the path wins over body and query (docs/gitlab.md 2.1; spec/requests/api/ci/triggers_spec.rb).
  const params =
    context.route.ref === undefined ? context.params : { ...context.params, ref: context.route.ref }

  const invalid = grapeValidation(params)
  if (invalid) return validationError(invalid)
  const ref = /** @type {string} */ (coerceString(params.ref))

  // Loop guard: a pipeline webhook must not trigger pipelines (2.4 step 3).
  if (context.headers['x-gitlab-event'] === 'Pipeline Hook') return forbidden()

  const variables = /** @type {Record<string, unknown>} */ (params.variables ?? {})
  if (!Object.values(variables).every(value => typeof value === 'string')) {
    return apiError(400, 'variables needs to be a map of key-valued strings')
  }

  // Unknown project, and a token that is unknown or belongs to another project, look alike (2.4 5-6).
  const project = store.findProject(context.route.id)
  if (!project) return notFound()
  const token = coerceString(params.token)
  const trigger = typeof token === 'string' ? store.findTriggerByToken(token) : undefined
  const expired = trigger?.expiresAt != null && trigger.expiresAt <= context.now
  if (!trigger || trigger.projectId !== project.id || expired) return notFound()

  const refusal = creationRefusal(project, ref, variables)
  if (refusal) return pipelineError(400, refusal)

  const yamlErrors = project.yamlError ?? null
  const pipeline = store.createPipeline({
    project,
    ref,
    variables: /** @type {Record<string, string>} */ (variables),
    inputs: /** @type {Record<string, unknown>} */ (params.inputs ?? {}),
    trigger,
    yamlErrors
  })
  // A config error persists a failed pipeline: 422 today, 201 with status "failed" on old GitLab.
  if (yamlErrors !== null && !project.legacyYamlError201) return pipelineError(422, yamlErrors)
  const entity = pipelineEntity(
    context.baseUrl,
    pipeline,
    store.stateOf(pipeline),
    store.user(pipeline.userId)
  )
  return json(201, entity)
}

/**
 * Grape's validation of the declared params, all errors joined in declaration order
 * (ref, token, variables, inputs), e.g. "ref is missing, ref is empty, token is missing".
 * @param {Record<string, unknown>} params
 * @returns {string | undefined}
 */
function grapeValidation(params) {
  /** @type {string[]} */
  const errors = []
  const ref = coerceString(params.ref)
  // `requires :ref, allow_blank: false`: absent gives both messages; null or blank gives "is empty".
  if (!('ref' in params)) errors.push('ref is missing', 'ref is empty')
  else if (ref === INVALID) errors.push('ref is invalid')
  else if (ref === null || ref.trim() === '') errors.push('ref is empty')
  // `requires :token`: only presence is checked, so "" or null goes on to a 404.
  if (!('token' in params)) errors.push('token is missing')
  else if (coerceString(params.token) === INVALID) errors.push('token is invalid')
  if (!isOptionalHash(params.variables)) errors.push('variables is invalid')
  if (!isOptionalHash(params.inputs)) errors.push('inputs is invalid')
  return errors.length > 0 ? errors.join(', ') : undefined
}

/**
 * Why the create-pipeline chain would refuse without persisting anything (400), in the chain's order:
 * Build::Associations, Validate::Repository, Limit::RateLimit, then (after the config is processed)
 * EvaluateWorkflowRules and Populate. *(order inferred from Ci::CreatePipelineService::SEQUENCE)*
 * A YAML error sits between the rate limit and the workflow rules; it is handled by the caller
 * because it persists a pipeline.
 * @param {ProjectRecord} project
 * @param {string} ref
 * @param {Record<string, unknown>} variables
 * @returns {string | undefined}
 */
function creationRefusal(project, ref, variables) {
  // Only user-supplied variables are refused since gitlab-org/gitlab#557381 (2.2).
  if (project.restrictVariables && Object.keys(variables).length > 0) {
    return 'Insufficient permissions to set pipeline variables'
  }
  if (!project.refs.includes(ref)) return 'Reference not found'
  if (project.pipelineRateLimited) {
    return 'Too many pipelines created in the last minute. Try again later.'
  }
  if (project.yamlError !== undefined) return undefined
  if (project.workflowRulesFilter) return 'Pipeline filtered out by workflow rules.'
  if (project.noJobsForTrigger) {
    return 'Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.'
  }
  return undefined
}
