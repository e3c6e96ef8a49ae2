import * as z from 'zod/mini'
import type { RetryOptions } from './retry.js'
import {
  type GitLabClient,
  type GitLabInstance,
  type GitLabRequest,
  projectSegment
} from './client.js'
import { unexpectedAnswer } from './client.js'
import {
  bridgeSchema,
  jobSchema,
  lenientBridgeSchema,
  lenientJobSchema,
  pipelineSchema,
  projectSchema,
  tokenSelfSchema,
  triggerTokenSchema,
  type Bridge,
  type Job,
  type Pipeline,
  type Project,
  type TokenSelf,
  type TriggerToken
} from './schemas.js'
import {
  tokenSelfGranularSchema,
  versionSchema,
  type GitLabVersion,
  type TokenSelfGranular
} from './schemas.js'

// One-liners over GitLabClient.request. `retry` is the caller's choice: the trigger may only be
// repeated where GitLab cannot have created a pipeline, reads may be repeated freely.

export { triggerPipeline, type TriggerBody, type TriggerInputValue } from './trigger.js'

const projectPath = (project: string) => `/projects/${projectSegment(project)}`

async function data<T>(
  client: GitLabClient,
  request: GitLabRequest<T>,
  retry?: RetryOptions
): Promise<T> {
  return (await client.request(request, retry)).data
}

export const getProject = (
  client: GitLabClient,
  project: string,
  retry?: RetryOptions
): Promise<Project> =>
  data(
    client,
    {
      method: 'GET',
      path: projectPath(project),
      schema: projectSchema,
      what: 'project',
      operation: 'check-token'
    },
    retry
  )

export const getTokenSelf = (client: GitLabClient, retry?: RetryOptions): Promise<TokenSelf> =>
  data(
    client,
    {
      method: 'GET',
      path: '/personal_access_tokens/self',
      schema: tokenSelfSchema,
      what: 'token',
      operation: 'check-token'
    },
    retry
  )

export const getPipeline = (
  client: GitLabClient,
  project: string,
  id: number,
  retry?: RetryOptions
): Promise<Pipeline> =>
  data(
    client,
    {
      method: 'GET',
      path: `${projectPath(project)}/pipelines/${id}`,
      schema: pipelineSchema,
      what: 'pipeline',
      operation: 'read'
    },
    retry
  )

export const cancelPipeline = (
  client: GitLabClient,
  project: string,
  id: number,
  retry?: RetryOptions
): Promise<Pipeline> =>
  data(
    client,
    {
      method: 'POST',
      path: `${projectPath(project)}/pipelines/${id}/cancel`,
      schema: pipelineSchema,
      what: 'pipeline',
      operation: 'cancel'
    },
    retry
  )

/** The job's log, handed to `onChunk` as it arrives (see GitLabClient.stream). */
export const streamJobTrace = (
  client: GitLabClient,
  project: string,
  jobId: number,
  onChunk: (chunk: Buffer) => void,
  retry?: RetryOptions
): Promise<void> => streamJobTraceRange(client, project, jobId, undefined, onChunk, retry)

/** Told once per odd item of a list, which is kept with stand-ins or left out. */
export type OddItem = (problem: string) => void

export const listJobs = (
  client: GitLabClient,
  project: string,
  pipelineId: number,
  retry?: RetryOptions,
  onOddItem?: OddItem,
  /** Only jobs in these statuses (`scope[]`, docs/gitlab.md 4.1). */
  scopes?: readonly string[]
): Promise<Job[]> =>
  listAll(
    client,
    `${projectPath(project)}/pipelines/${pipelineId}/jobs`,
    jobSchema,
    'read',
    retry,
    {
      what: 'jobs',
      lenient: lenientJobSchema,
      onOddItem,
      scopes
    }
  )

/** One job (`GET /projects/:id/jobs/:job_id`; a trigger job is 404 there). */
export const getJob = (
  client: GitLabClient,
  project: string,
  jobId: number,
  retry?: RetryOptions
): Promise<Job> =>
  data(
    client,
    {
      method: 'GET',
      path: `${projectPath(project)}/jobs/${jobId}`,
      schema: lenientJobSchema,
      what: 'job',
      operation: 'read'
    },
    retry
  )

export const listBridges = (
  client: GitLabClient,
  project: string,
  pipelineId: number,
  retry?: RetryOptions,
  onOddItem?: OddItem
): Promise<Bridge[]> =>
  listAll(
    client,
    `${projectPath(project)}/pipelines/${pipelineId}/bridges`,
    bridgeSchema,
    'read',
    retry,
    { what: 'bridges', lenient: lenientBridgeSchema, onOddItem }
  )

/**
 * The trigger jobs by `GET /pipelines/:id/trigger_jobs` (GitLab 19.2+, where `/bridges` is
 * deprecated); same answer as listBridges. Older GitLab answers 404 (docs/gitlab.md, "Trigger jobs").
 */
export const listTriggerJobs = (
  client: GitLabClient,
  project: string,
  pipelineId: number,
  retry?: RetryOptions,
  onOddItem?: OddItem
): Promise<Bridge[]> =>
  listAll(
    client,
    `${projectPath(project)}/pipelines/${pipelineId}/trigger_jobs`,
    bridgeSchema,
    'read',
    retry,
    { what: 'trigger_jobs', lenient: lenientBridgeSchema, onOddItem }
  )

export const listTriggerTokens = (
  client: GitLabClient,
  project: string,
  retry?: RetryOptions
): Promise<TriggerToken[]> =>
  listAll(client, `${projectPath(project)}/triggers`, triggerTokenSchema, 'tokens', retry, {
    what: 'triggers'
  })

export const getTriggerToken = (
  client: GitLabClient,
  project: string,
  id: number
): Promise<TriggerToken> =>
  data(client, {
    method: 'GET',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: triggerTokenSchema,
    operation: 'tokens'
  })

export const createTriggerToken = (
  client: GitLabClient,
  project: string,
  description: string
): Promise<TriggerToken> =>
  data(client, {
    method: 'POST',
    path: `${projectPath(project)}/triggers`,
    body: { description },
    schema: triggerTokenSchema,
    operation: 'tokens'
  })

export const updateTriggerToken = (
  client: GitLabClient,
  project: string,
  id: number,
  description: string
): Promise<TriggerToken> =>
  data(client, {
    method: 'PUT',
    path: `${projectPath(project)}/triggers/${id}`,
    body: { description },
    schema: triggerTokenSchema,
    operation: 'tokens'
  })

export const deleteTriggerToken = (
  client: GitLabClient,
  project: string,
  id: number
): Promise<void> =>
  data(client, {
    method: 'DELETE',
    path: `${projectPath(project)}/triggers/${id}`,
    schema: null,
    operation: 'tokens'
  })

const PER_PAGE = 100 // the most GitLab returns per page

interface ListItems<T> {
  /** Names the list in messages, e.g. `jobs` gives `jobs[3].stage`. */
  what: string
  /** Accepts an item the strict schema refuses, with stand-ins for fields only displayed. */
  lenient?: z.ZodMiniType<T>
  onOddItem?: OddItem
  scopes?: readonly string[]
}

/**
 * Reads every page, following X-Next-Page (empty on the last page, docs/gitlab.md 4.3). Items are
 * checked one by one: an odd one is kept with stand-ins (or left out) and reported, and only a
 * page that is not a list at all fails the whole read.
 */
async function listAll<T>(
  client: GitLabClient,
  path: string,
  item: z.ZodMiniType<T>,
  operation: GitLabRequest<T>['operation'],
  retry: RetryOptions | undefined,
  { what, lenient, onOddItem, scopes }: ListItems<T>
): Promise<T[]> {
  const items: T[] = []
  const schema = z.array(z.unknown())
  for (let page = 1; ;) {
    const query = { per_page: PER_PAGE, page, ...(scopes ? { 'scope[]': [...scopes] } : {}) }
    const response = await client.request(
      { method: 'GET', path, query, schema, what, operation },
      retry
    )
    const label = `GET ${path}`
    response.data.forEach((value, index) => {
      const strict = item.safeParse(value)
      if (strict.success) return items.push(strict.data)
      const position = (page - 1) * PER_PAGE + index
      const problem = unexpectedAnswer(strict.error.issues[0], value, `${what}[${position}]`, label)
      const kept = lenient?.safeParse(value)
      if (!kept?.success && !onOddItem) throw problem
      if (kept?.success) items.push(kept.data)
      onOddItem?.(
        `${problem.gitlabMessage}; ${kept?.success ? 'shown with what could be read' : 'left out'}`
      )
    })
    // GitLab's next page is always this one plus one (docs/gitlab.md 4.3). Without the header (a
    // proxy may drop it), or with one that says something else (far-side text: `1e30`), a short
    // page is the last one.
    const header = String(response.headers['x-next-page'] ?? '').trim()
    const hasNext =
      header === String(page + 1)
        ? true
        : header === ''
          ? response.headers['x-next-page'] === undefined && response.data.length === PER_PAGE
          : response.data.length === PER_PAGE
    if (!hasNext) return items
    page++
  }
}

// ---------------------------------------------------------------------------------------------
// Pre-flight reads (run/preflight.ts).

const versions = new WeakMap<GitLabInstance, Promise<GitLabVersion>>()

/**
 * GitLab's version, e.g. `17.9.2-ee`; any valid access token may read it. Read once per GitLab
 * instance (client.ts, GitLabInstance): callers at the same time share the read, and a failed one
 * is tried again by the next caller.
 */
export function getVersion(client: GitLabClient, retry?: RetryOptions): Promise<GitLabVersion> {
  const known = versions.get(client.instance)
  if (known) return known
  const read = data(
    client,
    { method: 'GET', path: '/version', schema: versionSchema, operation: 'check-token' },
    retry
  )
  versions.set(client.instance, read)
  read.catch(() => versions.delete(client.instance))
  return read
}

/** The newest pipeline at most: proves the token may read the project's pipelines. */
export const probePipelines = (
  client: GitLabClient,
  project: string,
  retry?: RetryOptions
): Promise<unknown[]> =>
  data(
    client,
    {
      method: 'GET',
      path: `${projectPath(project)}/pipelines`,
      query: { per_page: 1 },
      schema: z.array(z.unknown()),
      operation: 'check-token'
    },
    retry
  )

/** Like getTokenSelf, keeping `granular` (fine-grained tokens have no classic scopes). */
export const getTokenSelfWithKind = (
  client: GitLabClient,
  retry?: RetryOptions
): Promise<TokenSelfGranular> =>
  data(
    client,
    {
      method: 'GET',
      path: '/personal_access_tokens/self',
      schema: tokenSelfGranularSchema,
      operation: 'check-token'
    },
    retry
  )

// ---------------------------------------------------------------------------------------------
// Job artifacts (src/run/results/job-outputs.ts, src/run/results/artifacts.ts), streamed: neither is held whole.

/** `dist/a b.env` → `dist/a%20b.env`: each segment encoded, the slashes kept for the `*artifact_path` route. */
export const encodeArtifactPath = (artifactPath: string): string =>
  artifactPath.split('/').map(encodeURIComponent).join('/')

/** One file from the job's artifacts archive (`GET /projects/:id/jobs/:job_id/artifacts/*artifact_path`). */
export const streamJobArtifactFile = (
  client: GitLabClient,
  project: string,
  jobId: number,
  artifactPath: string,
  onChunk: (chunk: Buffer) => void,
  retry?: RetryOptions
): Promise<void> =>
  client.stream(
    {
      method: 'GET',
      path: `${projectPath(project)}/jobs/${jobId}/artifacts/${encodeArtifactPath(artifactPath)}`,
      operation: 'read'
    },
    onChunk,
    retry
  )

/** The job's whole artifacts archive, a zip (`GET /projects/:id/jobs/:job_id/artifacts`). */
export const streamJobArtifactsArchive = (
  client: GitLabClient,
  project: string,
  jobId: number,
  onChunk: (chunk: Buffer) => void,
  retry?: RetryOptions
): Promise<void> =>
  client.stream(
    {
      method: 'GET',
      path: `${projectPath(project)}/jobs/${jobId}/artifacts`,
      operation: 'read',
      // GitLab sends the archive from object storage with a redirect (present_carrierwave_file!).
      followRedirects: 3
    },
    onChunk,
    retry
  )

// ---------------------------------------------------------------------------------------------
// Live job logs (run/live-logs.ts).

/** Most bytes one ranged log read may ask for: GitLab refuses a larger `byte_limit` (400). */
export const MAX_TRACE_RANGE_BYTES = 500 * 1024

/**
 * Part of the job's log: `byte_limit` bytes from `byte_offset`, on a GitLab that knows these
 * parameters (docs/gitlab.md, "Job logs"). Older versions ignore them and send the whole log, so
 * the caller must tell the two apart (run/live-logs.ts). Without `range`, the whole log.
 */
export const streamJobTraceRange = (
  client: GitLabClient,
  project: string,
  jobId: number,
  range: { byteOffset: number; byteLimit: number } | undefined,
  onChunk: (chunk: Buffer) => void,
  retry?: RetryOptions
): Promise<void> =>
  client.stream(
    {
      method: 'GET',
      path: `${projectPath(project)}/jobs/${jobId}/trace`,
      query: range && { byte_offset: range.byteOffset, byte_limit: range.byteLimit },
      operation: 'read',
      text: true
    },
    onChunk,
    retry
  )
