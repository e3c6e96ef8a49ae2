import * as z from 'zod/mini'

// Each schema names only what the code relies on and rejects answers without it; fields GitLab
// adds over versions are dropped (docs/gitlab.md sections 2.4, 3.1, 4.1, 7). Trigger tokens keep
// every field, since the CLI prints them as GitLab gave them. zod/mini rather than classic zod:
// it loads in half the time. This module (and so zod) loads after the trigger request is sent
// (README, "Start-up time").

// Built on first use rather than when the module loads, so a run that reads few answers builds
// little. Each export is a z.lazy over the one built set, so parsing and types work as before.
function buildSchemas() {
  return { ...buildPipelineSchemas(), ...buildOtherSchemas() }
}

// z.int() is a safe integer: an id past 2^53, already rounded by JSON.parse, is refused rather
// than taken for its neighbour (client.ts names the field).
const safeId = () => z.int()

/** Pipelines, jobs and trigger jobs, strict and lenient. */
function buildPipelineSchemas() {
  const id = safeId()
  // Only displayed: a duration that is not a plausible number of seconds (negative, absurd, a
  // string) is shown as unknown rather than failing the read.
  const nullableNumber = z.pipe(
    z.catch(z.nullish(z.number()), null),
    z.transform(value => (value != null && value >= 0 && value < 1e10 ? value : null))
  )

  const pipelineSchema = z.object({
    id,
    iid: id,
    project_id: id,
    sha: z.string(),
    ref: z.string(),
    status: z.string(),
    web_url: z.string(),
    duration: nullableNumber,
    // Older GitLab answers a YAML error with 201 and status "failed" (docs/gitlab.md 2.4 step 7).
    yaml_errors: z.nullish(z.string())
  })

  const jobSchema = z.object({
    id,
    name: z.string(),
    stage: z.string(),
    status: z.string(),
    web_url: z.string(),
    duration: nullableNumber,
    allow_failure: z._default(z.boolean(), false),
    failure_reason: z.nullish(z.string()),
    // A running job's `duration` is GitLab's partial count; the summary shows the time since this.
    started_at: z.nullish(z.string())
  })

  const bridgeSchema = z.extend(jobSchema, {
    // project_id says whether the downstream runs in another project (multi-project).
    downstream_pipeline: z.nullish(
      z.object({ id, project_id: z.optional(id), web_url: z.string(), status: z.string() })
    )
  })

  // One odd job in a list (a null stage or name) must not end the wait: it is kept with these
  // stand-ins for what is only displayed. Its id and status are still required, since the wait
  // decides by them.
  const shown = (fallback: string) => z.catch(z.string(), fallback)
  const lenientJobFields = {
    name: shown('(no name)'),
    stage: shown('(no stage)'),
    web_url: shown(''),
    duration: z.catch(nullableNumber, null),
    allow_failure: z.catch(z._default(z.boolean(), false), false),
    failure_reason: z.catch(z.nullish(z.string()), null),
    started_at: z.catch(z.nullish(z.string()), null)
  }
  const lenientJobSchema = z.extend(jobSchema, lenientJobFields)
  const lenientBridgeSchema = z.extend(bridgeSchema, {
    ...lenientJobFields,
    downstream_pipeline: z.catch(bridgeSchema.shape.downstream_pipeline, null)
  })
  return { pipelineSchema, jobSchema, bridgeSchema, lenientJobSchema, lenientBridgeSchema }
}

/** Projects, tokens, the version and job logs. */
function buildOtherSchemas() {
  const projectSchema = z.object({
    id: safeId(),
    path_with_namespace: z.string(),
    web_url: z.string()
  })

  const tokenSelfSchema = z.object({
    scopes: z.array(z.string()),
    active: z.optional(z.boolean()),
    expires_at: z.nullish(z.string())
  })

  const triggerTokenSchema = z.looseObject({
    id: safeId(),
    token: z.string(),
    description: z.nullish(z.string()),
    created_at: z.nullish(z.string()),
    last_used: z.nullish(z.string()),
    expires_at: z.nullish(z.string()),
    owner: z.nullish(z.looseObject({ username: z.string() }))
  })

  const traceSchema = z.string()

  /** GET /version: `{"version": "17.9.2-ee", "revision": …}`. */
  const versionSchema = z.object({ version: z.string() })

  /** Fine-grained tokens (18.10+) say `granular: true` (older GitLab leaves the field out). */
  const tokenSelfGranularSchema = z.extend(tokenSelfSchema, {
    granular: z.optional(z.nullable(z.boolean()))
  })
  return {
    projectSchema,
    tokenSelfSchema,
    triggerTokenSchema,
    traceSchema,
    versionSchema,
    tokenSelfGranularSchema
  }
}

let built: ReturnType<typeof buildSchemas> | undefined
const schemas = () => (built ??= buildSchemas())

export const pipelineSchema = z.lazy(() => schemas().pipelineSchema)
export const jobSchema = z.lazy(() => schemas().jobSchema)
export const bridgeSchema = z.lazy(() => schemas().bridgeSchema)
export const lenientJobSchema = z.lazy(() => schemas().lenientJobSchema)
export const lenientBridgeSchema = z.lazy(() => schemas().lenientBridgeSchema)
export const projectSchema = z.lazy(() => schemas().projectSchema)
export const tokenSelfSchema = z.lazy(() => schemas().tokenSelfSchema)
export const triggerTokenSchema = z.lazy(() => schemas().triggerTokenSchema)
export const traceSchema = z.lazy(() => schemas().traceSchema)
export const versionSchema = z.lazy(() => schemas().versionSchema)
export const tokenSelfGranularSchema = z.lazy(() => schemas().tokenSelfGranularSchema)

export type Pipeline = z.infer<typeof pipelineSchema>
export type Job = z.infer<typeof jobSchema>
export type Bridge = z.infer<typeof bridgeSchema>
export type Project = z.infer<typeof projectSchema>
export type TokenSelf = z.infer<typeof tokenSelfSchema>
export type TriggerToken = z.infer<typeof triggerTokenSchema>
export type GitLabVersion = z.infer<typeof versionSchema>
export type TokenSelfGranular = z.infer<typeof tokenSelfGranularSchema>
