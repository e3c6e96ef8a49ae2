/**
 * A fake GitLab REST API v4 for tests and demos: the trigger API, pipeline/job reads, cancel and the
 * trigger token API, with the status codes and error bodies of docs/gitlab.md.
 * Implementation: gitlab-simulator.js (plain ESM, runs under `node` without a build).
 */

import type { Buffer } from 'node:buffer'

export type JobResult = 'success' | 'failed' | 'canceled' | 'skipped' | 'manual'

export interface JobPlan {
  name: string
  stage: string
  /** ms after the pipeline is created that the job starts running (default: after the previous stage ends) */
  startAtMs?: number
  /** how long it runs once started */
  durationMs: number
  /** how long it stays `pending` before it starts running (default 100) */
  queuedMs?: number
  /** final status, default success. `skipped`/`manual` jobs never run. */
  result?: JobResult
  allowFailure?: boolean
  /** failure_reason of the job once it failed (default script_failure); any text, to test hostile ones */
  failureReason?: string
  /** trace text returned by /jobs/:id/trace (empty until the job starts) */
  log?: string
  /**
   * Instead of `log`: a trace of this many bytes, generated while it is sent (never held whole),
   * lines `line <n> ` padded with dots to 100 bytes; see generatedLogLine()
   */
  logBytes?: number
  /**
   * Instead of `log`: lines that appear while the job runs. A string line appears at an even share
   * of `durationMs`; `{ atMs, text }` at that offset after the job started. Each gets a `\n`.
   */
  logLines?: Array<string | { atMs: number; text: string }>
  /**
   * Instead of `log`: a log shaped like GitLab Runner's (ANSI colours, `section_start:`/`section_end:`
   * markers, `$ command` lines, the final `Job succeeded` or `ERROR: Job failed`), `scriptLines`
   * output lines (default 5) spread over the run, growing with the clock.
   */
  runnerLog?: boolean | { scriptLines?: number }
  /** trigger job (bridge): listed by /bridges and /trigger_jobs, not /jobs */
  bridge?: BridgePlan
  /** result when a `manual` job is played (default success) */
  playResult?: 'success' | 'failed' | 'canceled'
  /** result of the new job a pipeline retry creates for this one (default success) */
  retryResult?: 'success' | 'failed' | 'canceled'
  /** the user may not play it (a protected environment): play answers 403 */
  playForbidden?: boolean
  /**
   * The job's artifacts archive, once the job has finished: the zip bytes, or entries the simulator
   * zips (see zip.js). Without it the artifacts routes answer 404.
   */
  artifacts?: Buffer | ZipEntry[]
}

export interface BridgePlan {
  /**
   * Multi-project: the downstream project's path (it must be added with addProject). Omitted: a child
   * pipeline in the same project (source parent_pipeline).
   */
  downstreamProjectPath?: string
  /**
   * The downstream pipeline's own jobs: it is created (source `parent_pipeline` or `pipeline`) when the
   * trigger job starts running and has its own timeline. Without `jobs` (the old form) no pipeline is
   * created and `downstream_pipeline` mirrors the trigger job.
   */
  jobs?: JobPlan[]
  /** 'depend': the trigger job runs until the downstream ends and takes its status; otherwise it succeeds once the downstream exists */
  strategy?: 'depend'
  /** multi-project: the downstream ref (default: the project's first ref) */
  ref?: string
  /** variables the downstream pipeline gets (GET .../variables) */
  variables?: Record<string, string>
}

/** One entry of a zip archive built by zip.js; hostile shapes on purpose. */
export interface ZipEntry {
  /** stored as given: `../x`, `/etc/x`, `dir/` (a directory) are all allowed */
  name: string
  /** the content (default empty) */
  data?: Buffer | string
  /** a symbolic link to this target (Unix mode 0120777 in the external attributes) */
  symlinkTo?: string
  /** 'deflate' (default for data) or 'store' (always for `size`) */
  method?: 'deflate' | 'store'
  /** the uncompressed size written in the headers instead of the real one (a zip bomb lies here) */
  declaredSize?: number
  /** instead of data: this many bytes generated while sent (never held whole), stored; see generatedByte */
  size?: number
  /** Unix mode bits of a regular file (default 0644) */
  mode?: number
}

export interface ProjectOptions {
  /** e.g. 42 */
  id: number
  /** e.g. 'acme/platform/app' */
  path: string
  /** default ['main']; others -> 400 Reference not found */
  refs?: string[]
  /** pipeline plan for every triggered pipeline (default: one 'test' job 'unit' 1000ms success) */
  jobs?: JobPlan[]
  /** variables present -> 400 {"message":{"base":["Insufficient permissions to set pipeline variables"]}} */
  restrictVariables?: boolean
  /** -> 400 {"message":{"base":["Pipeline filtered out by workflow rules."]}} */
  workflowRulesFilter?: boolean
  /** -> 400 "Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline." */
  noJobsForTrigger?: boolean
  /** -> 400 "Too many pipelines created in the last minute. Try again later." */
  pipelineRateLimited?: boolean
  /** -> 422 {"message":{"base":[text]}} AND a persisted failed pipeline with yaml_errors */
  yamlError?: string
  /** with yamlError: old GitLab: 201 with status "failed" and yaml_errors set */
  legacyYamlError201?: boolean
  /** default private */
  visibility?: 'private' | 'public'
}

export interface ApiTokenOptions {
  token: string
  scopes: Array<'api' | 'read_api'>
  /** a fine-grained token (18.10+): /personal_access_tokens/self shows `granular: true`, scopes ['granular'] */
  granular?: boolean
  /** 'guest' sees the project but may not read its pipelines (GET /projects/:id/pipelines -> 403) */
  role?: 'guest'
  /** the token's user (default 1, "root"); trigger tokens it owns are shown in full */
  userId?: number
  expired?: boolean
  revoked?: boolean
  /** projects it can see; default all (others: 404 Project Not Found) */
  projectIds?: number[]
  /** projects where it is only a Guest: it sees them but reading their pipelines gives 403 */
  guestProjectIds?: number[]
  name?: string
}

export interface TriggerTokenOptions {
  token: string
  projectId: number
  /** default 1 ("root") */
  ownerUserId?: number
  description?: string
}

export type FaultKind =
  | 'status'
  | 'rate-limit'
  | 'reset'
  | 'html'
  | 'truncated'
  | 'hang'
  | 'close-before-response'
  | 'rewrite'
  | 'headers'

export interface FaultRule {
  /** default any */
  method?: string
  /** matched against the raw request path (before decoding, without query string); string = substring */
  path: RegExp | string
  kind: FaultKind
  /** how many matching requests it hits (default 1) */
  times?: number
  /** for 'status' (default 500) and 'html' (default 502) */
  status?: number
  /** for 'status' and 'html': this body instead of GitLab's or nginx's, e.g. a proxy's own text */
  body?: string
  /** with body: its Content-Type (default application/json for 'status', text/html for 'html') */
  contentType?: string
  /** for 'rate-limit': Retry-After header (omit header if undefined) */
  retryAfterSeconds?: number
  /** 'rack-attack': text/plain "Retry later\n" + RateLimit-* headers; 'json': {"message":{"error":"This endpoint has been requested too many times. Try again later."}} */
  rateLimitBody?: 'rack-attack' | 'json'
  /**
   * Run the real handler first (so e.g. a pipeline IS created) then break the response as the fault
   * says. Meant for 'reset'/'truncated'/'close-before-response'; honoured by every kind.
   */
  afterHandling?: boolean
  /** for 'rewrite' (with afterHandling): changes the handler's JSON answer, e.g. sets `stage: null` */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- the test knows the answer's shape
  rewrite?: (value: any) => unknown
  /**
   * Headers added to (or replacing those of) the answer the rule sends, e.g. a `Retry-After` of
   * twenty digits on a 'rate-limit'; with kind 'headers', the real answer with only these changed
   */
  headers?: Record<string, string>
}

export interface RecordedRequest {
  method: string
  /** raw, undecoded, without the query string */
  path: string
  query: Record<string, string | string[]>
  headers: Record<string, string | string[] | undefined>
  body: string
  /** merged query+form+JSON (Rack-style: `variables[KEY]=v` becomes `{variables:{KEY:'v'}}`) */
  params: Record<string, unknown>
  /** simulator clock (epoch ms) when it arrived */
  at: number
  /** what was sent; undefined for reset, close-before-response and hang */
  status?: number
}

export interface SimJob {
  id: number
  /** replaced by a retry */
  retried: boolean
  name: string
  stage: string
  status: string
  allowFailure: boolean
  /** true for trigger jobs (listed by /bridges) */
  bridge: boolean
}

/** A snapshot taken when `Simulator.pipelines` is read; `status` is computed from the clock. */
export interface SimPipeline {
  id: number
  iid: number
  projectId: number
  ref: string
  status: string
  variables: Record<string, string>
  inputs: Record<string, unknown>
  createdAt: number
  /** when a cancel took effect (not set when the pipeline had already finished) */
  canceledAt?: number
  /** how many cancel requests reached this pipeline, effective or not */
  cancelRequests: number
  yamlErrors: string | null
  webUrl: string
  /** 'trigger', 'parent_pipeline' (child) or 'pipeline' (multi-project) */
  source: string
  /** the pipeline whose trigger job created it */
  upstreamId?: number
  jobs: SimJob[]
}

export interface RateLimitOptions {
  /** requests allowed per window (all callers together) */
  limit: number
  /** default 60000 */
  windowMs?: number
}

export interface Simulator {
  /** http://127.0.0.1:PORT (plus basePath): what a user passes as gitlab-url */
  readonly url: string
  readonly port: number
  readonly requests: RecordedRequest[]
  readonly pipelines: SimPipeline[]
  addProject(p: ProjectOptions): void
  addApiToken(t: ApiTokenOptions): void
  addTriggerToken(t: TriggerTokenOptions): void
  fault(rule: FaultRule): void
  /** what GET /version answers from now on, e.g. '17.9.2-ee'; 19.2+ also has /pipelines/:id/trigger_jobs */
  setVersion(version: string): void
  /** byte_offset/byte_limit on the trace route: on = honoured (newest GitLab), off = ignored */
  setTraceByteRange(on: boolean): void
  /**
   * on: GET /jobs/:id/artifacts answers 302 to an object storage on another port (another host),
   * which serves the archive without a token and is recorded in `requests` as GET /bucket/artifacts/ID.zip
   */
  setArtifactsRedirect(on: boolean): void
  /** RateLimit-* headers on every answer and 429 once the window's budget is spent; undefined: off */
  setRateLimit(options: RateLimitOptions | undefined): void
  /** the zip archive of a job's `artifacts` plan (what GET /jobs/:id/artifacts sends) */
  artifactsOf(jobId: number): Buffer | undefined
  /**
   * Hold the answers to the next `count` requests until all `count` have arrived, then answer them
   * together: a client that waits for one answer before sending the next request never gets one.
   */
  holdAnswers(count: number): void
  /** renames a project: its old path then finds nothing (GitLab would redirect GETs, refuse others) */
  renameProject(id: number, newPath: string): void
  clearFaults(): void
  /** stop accepting connections (so clients get ECONNREFUSED) and start again on the same port */
  stopListening(): Promise<void>
  startListening(): Promise<void>
  /** the clock: real time by default; with {manualClock:true} only advance() moves it */
  now(): number
  advance(ms: number): void
  /** number of POST .../trigger/pipeline requests that created a pipeline (a 422 YAML error persists one too) */
  triggerCount(): number
  /** also ends hung requests */
  close(): Promise<void>
}

export interface SimulatorOptions {
  /** default 0: a random free port */
  port?: number
  manualClock?: boolean
  /** first reading of the clock, epoch ms (default Date.now()) */
  clockStart?: number
  /**
   * what GET /version answers (default '18.6.2-ee'); before 15.5, /personal_access_tokens/self
   * answers 401 (15.1-15.4) or 404 (15.0) as those versions did
   */
  gitlabVersion?: string
  /** byte_offset/byte_limit on the trace route (default false: ignored, the whole log) */
  traceByteRange?: boolean
  /** statuses this GitLab is too old to know, e.g. ['waiting_for_callback']: `scope[]` answers 400 */
  unknownStatuses?: string[]
  /** RateLimit-* headers and a request budget (default none) */
  rateLimit?: RateLimitOptions
  /** relative root e.g. '/gitlab': API then at /gitlab/api/v4 */
  basePath?: string
  /** see Simulator.setArtifactsRedirect (default false) */
  artifactsRedirect?: boolean
  /** called once per request, after it was answered, broken or left hanging by a fault (status set by then) */
  onRequest?: (request: RecordedRequest) => void
}

/** Line `n` (from 0) of a `logBytes` trace, without its line break. */
export function generatedLogLine(n: number): string

/** Byte `n` of a generated (`size`) zip entry. */
export function generatedByte(n: number): number

/** A zip archive of these entries, whole. */
export function buildZip(entries: ZipEntry[]): Buffer

/** The same archive piece by piece, big `size` entries generated as they are sent. */
export function zipPieces(entries: ZipEntry[]): Iterable<Buffer>

/** The files of a zip archive (central directory), e.g. to read one entry back. */
export function readZip(
  archive: Buffer
): Array<{ name: string; data: () => Buffer; isSymlink: boolean }>

export function startSimulator(options?: SimulatorOptions): Promise<Simulator>
