import * as z from 'zod/mini'
import type { RetryOptions } from './retry.js'
import { projectSegment, type GitLabClient } from './client.js'
import { jobSchema, pipelineSchema, type Job, type Pipeline } from './schemas.js'

// Requests that act on a pipeline the run follows or finds again: play a manual job, retry a
// pipeline, list recent pipelines and read a pipeline's variables (docs/gitlab.md, "Artifacts,
// manual jobs, retry").

const projectPath = (project: string) => `/projects/${projectSegment(project)}`

/** `POST /projects/:id/jobs/:job_id/play`: starts a manual job (needs the api scope). */
export const playJob = async (
  client: GitLabClient,
  project: string,
  jobId: number,
  retry?: RetryOptions
): Promise<Job> =>
  (
    await client.request(
      {
        method: 'POST',
        path: `${projectPath(project)}/jobs/${jobId}/play`,
        schema: jobSchema,
        what: 'job',
        operation: 'play'
      },
      retry
    )
  ).data

/** `POST /projects/:id/pipelines/:id/retry`: runs its failed and canceled jobs again. */
export const retryPipeline = async (
  client: GitLabClient,
  project: string,
  pipelineId: number,
  retry?: RetryOptions
): Promise<Pipeline> =>
  (
    await client.request(
      {
        method: 'POST',
        path: `${projectPath(project)}/pipelines/${pipelineId}/retry`,
        schema: pipelineSchema,
        what: 'pipeline',
        operation: 'retry'
      },
      retry
    )
  ).data

const pipelineListItem = z.object({
  // An id past 2^53 (rounded by JSON.parse) is refused, never taken for its neighbour.
  id: z.int(),
  status: z.string(),
  ref: z.nullish(z.string()),
  source: z.nullish(z.string())
})
export type PipelineListItem = z.infer<typeof pipelineListItem>

/** One page of `GET /projects/:id/pipelines`, newest first, with GitLab's filters. */
export const listPipelines = async (
  client: GitLabClient,
  project: string,
  query: Record<string, string | number>,
  retry?: RetryOptions
): Promise<PipelineListItem[]> =>
  (
    await client.request(
      {
        method: 'GET',
        path: `${projectPath(project)}/pipelines`,
        query,
        schema: z.array(pipelineListItem),
        what: 'pipelines',
        operation: 'read'
      },
      retry
    )
  ).data

const pipelineVariable = z.object({ key: z.string(), value: z.nullish(z.string()) })

/** `GET /projects/:id/pipelines/:id/variables`: the variables the pipeline was created with. */
export const getPipelineVariables = async (
  client: GitLabClient,
  project: string,
  pipelineId: number,
  retry?: RetryOptions
): Promise<Array<{ key: string; value?: string | null }>> =>
  (
    await client.request(
      {
        method: 'GET',
        path: `${projectPath(project)}/pipelines/${pipelineId}/variables`,
        schema: z.array(pipelineVariable),
        what: 'variables',
        operation: 'read'
      },
      retry
    )
  ).data
