import type * as z from 'zod/mini'
import type { RetryOptions } from './retry.js'
import { type GitLabClient, projectSegment, unexpectedAnswer } from './client.js'
import type { Pipeline } from './schemas.js'

// The trigger request, apart from the other endpoints: it is sent before zod is loaded (zod and
// the response schemas are the largest part of the bundle, and the request needs neither), and
// its answer is checked against pipelineSchema once it has arrived (README, "Start-up time").

/** A pipeline input as the trigger API takes it: its JSON type is kept (spec:inputs types). */
export type TriggerInputValue = string | number | boolean | unknown[]

export interface TriggerBody {
  token: string
  ref: string
  variables: Record<string, string>
  inputs?: Record<string, TriggerInputValue>
}

/** Takes the answer as it came; triggerPipeline checks it after the request. */
const asItCame = {
  safeParse: (data: unknown) => ({ success: true, data })
} as unknown as z.ZodMiniType<unknown>

// The token travels in the JSON body, never in the URL (docs/contract.md section 3.2).
export async function triggerPipeline(
  client: GitLabClient,
  project: string,
  body: TriggerBody,
  retry?: RetryOptions
): Promise<Pipeline> {
  const path = `/projects/${projectSegment(project)}/trigger/pipeline`
  const request = { method: 'POST', path, body, what: 'pipeline', ref: body.ref } as const
  const answer = await client.request({ ...request, schema: asItCame, operation: 'trigger' }, retry)
  const { pipelineSchema } = await import('./schemas.js')
  const parsed = pipelineSchema.safeParse(answer.data)
  if (!parsed.success)
    throw unexpectedAnswer(parsed.error.issues[0], answer.data, request.what, `POST ${path}`)
  return parsed.data
}
