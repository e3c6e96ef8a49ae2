import { z } from 'zod'

// Each schema names only what the code relies on and rejects answers without it; fields GitLab
// adds over versions are dropped (gitlab-api.md sections 2.4, 3.1, 4.1, 7). Trigger tokens keep
// every field, since the CLI prints them as GitLab gave them.

const nullableNumber = z
  .number()
  .nullish()
  .transform(value => value ?? null)

export const pipelineSchema = z.object({
  id: z.number().int(),
  iid: z.number().int(),
  project_id: z.number().int(),
  sha: z.string(),
  ref: z.string(),
  status: z.string(),
  web_url: z.string(),
  duration: nullableNumber,
  // Older GitLab answers a YAML error with 201 and status "failed" (gitlab-api.md 2.4 step 7).
  yaml_errors: z.string().nullish()
})
export type Pipeline = z.infer<typeof pipelineSchema>

export const jobSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  stage: z.string(),
  status: z.string(),
  web_url: z.string(),
  duration: nullableNumber,
  allow_failure: z.boolean().default(false),
  failure_reason: z.string().nullish()
})
export type Job = z.infer<typeof jobSchema>

export const bridgeSchema = jobSchema.extend({
  downstream_pipeline: z
    .object({ id: z.number().int(), web_url: z.string(), status: z.string() })
    .nullish()
})
export type Bridge = z.infer<typeof bridgeSchema>

export const projectSchema = z.object({
  id: z.number().int(),
  path_with_namespace: z.string(),
  web_url: z.string()
})
export type Project = z.infer<typeof projectSchema>

export const tokenSelfSchema = z.object({
  scopes: z.array(z.string()),
  active: z.boolean().optional(),
  expires_at: z.string().nullish()
})
export type TokenSelf = z.infer<typeof tokenSelfSchema>

export const triggerTokenSchema = z.looseObject({
  id: z.number().int(),
  token: z.string(),
  description: z.string().nullish(),
  created_at: z.string().nullish(),
  last_used: z.string().nullish(),
  expires_at: z.string().nullish(),
  owner: z.looseObject({ username: z.string() }).nullish()
})
export type TriggerToken = z.infer<typeof triggerTokenSchema>

export const traceSchema = z.string()
