/**
 * A fake GitLab REST API v4 for tests and demos: the trigger API, pipeline/job reads, cancel and the
 * trigger token API, with the status codes and error bodies of docs/gitlab.md.
 * Implementation: gitlab-simulator.js (plain ESM, runs under `node` without a build).
 */

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
  /** a trigger job (bridge) to a child/multi-project pipeline: listed by /bridges not /jobs */
  bridge?: { downstreamProjectPath: string }
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
  /** projects it can see; default all */
  projectIds?: number[]
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
  jobs: SimJob[]
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
  /** what GET /version answers from now on, e.g. '17.9.2-ee' */
  setVersion(version: string): void
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
  /** relative root e.g. '/gitlab': API then at /gitlab/api/v4 */
  basePath?: string
  /** called once per request, after it was answered, broken or left hanging by a fault (status set by then) */
  onRequest?: (request: RecordedRequest) => void
}

/** Line `n` (from 0) of a `logBytes` trace, without its line break. */
export function generatedLogLine(n: number): string

export function startSimulator(options?: SimulatorOptions): Promise<Simulator>
