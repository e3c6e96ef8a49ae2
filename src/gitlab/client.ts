import type { IncomingMessage } from 'node:http'
import type * as z from 'zod/mini'
import { USER_AGENT } from '../version.js'
import { withRetries, type RetryOptions } from './retry.js'
import { GitLabError, type Operation } from './errors.js'
import type { InputNames } from './hints.js'
import { gitlabMessageOf } from './messages.js'
import { proxyFor, sendRequest } from './transport.js'
import type { RateLimitState } from './header-numbers.js'
import { realClock, type Clock } from '../runtime/clock.js'

export type { RateLimitState } from './header-numbers.js'

export type Method = 'GET' | 'POST' | 'PUT' | 'DELETE'

export interface GitLabRequest<T> {
  method: Method
  /** Path below `/api/v4`, already encoded, e.g. `/projects/group%2Fapp/pipelines/7`. */
  path: string
  /** An array value repeats the key (`scope[]=a&scope[]=b`). */
  query?: Record<string, string | number | readonly string[]>
  /** Sent as JSON. */
  body?: unknown
  /** Parses the answer; `null` for answers without a body (204). */
  schema: z.ZodMiniType<T> | null
  operation: Operation
  /** The answer is plain text (job logs), not JSON. */
  text?: boolean
  /** Shown in hints (e.g. which ref was not found). */
  ref?: string
  /**
   * Follow this many redirects (3xx with a Location) instead of taking them for a moved project:
   * the artifacts archive may be sent from object storage (docs/gitlab.md, "Artifacts, manual
   * jobs, retry"). PRIVATE-TOKEN is not sent to another host.
   */
  followRedirects?: number
  /** What the answer is, to name a wrong field: `pipeline` gives `pipeline.status`, `jobs` gives `jobs[3].stage`. */
  what?: string
}

export interface GitLabResponse<T> {
  data: T
  status: number
  headers: Record<string, string | string[] | undefined>
}

export interface ClientOptions {
  gitlabUrl: string
  /** An access token for the API; omitted for the trigger, whose token goes in the body. */
  token?: string
  /** How long one request may take before it counts as failed. */
  requestTimeoutMs?: number
  /** How hints name the tokens in the user's front end; the action's input names if unset. */
  inputNames?: InputNames
  /** Where rate-limit windows are measured (the run's clock); the real clock by default. */
  clock?: Clock
  /** Told about every request once its answer begins or it fails (debug lines, SPEC 6.4). */
  onRequest?: (info: RequestInfo) => void
  /** The GitLab this client talks to, shared by the clients of one step; a new one if unset. */
  instance?: GitLabInstance
}

/**
 * One GitLab as a step knows it: what is learnt of it (its version, the routes and parameters it
 * honours) is kept by instance rather than by client, so that the clients of one step (the
 * trigger's, the api-token's, each target's) learn it once.
 */
export type GitLabInstance = object

/** One request as the debug line shows it: never a token, a query string or a body. */
export interface RequestInfo {
  method: string
  /** Below `/api/v4`, without the query string. */
  path: string
  /** The HTTP status, or what broke the request (`ECONNRESET`, `timeout`). */
  outcome: number | string
  /** From sending to the head of the answer (or the failure). */
  durationMs: number
  /** `RateLimit-Remaining` of the answer, when it had one. */
  rateLimitRemaining?: number
}

// Connection errors raised before a single byte of the request went out.
const NEVER_CONNECTED = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EADDRNOTAVAIL'
])

/** The one place that builds GitLab URLs, sends requests and turns answers into data or GitLabError. */
export class GitLabClient {
  readonly apiUrl: string
  readonly instance: GitLabInstance
  private readonly gitlabUrl: string
  private readonly token: string | undefined
  private readonly requestTimeoutMs: number
  private readonly inputNames: InputNames | undefined
  private readonly clock: Clock
  private readonly onRequest: ClientOptions['onRequest']
  private rootCheck: Promise<boolean> | undefined
  /** The request budget GitLab last announced, for callers that pace themselves (the wait). */
  rateLimit: RateLimitState | undefined
  /** Requests answered so far (any status), for callers that count their cost. */
  answered = 0

  constructor(options: ClientOptions) {
    this.gitlabUrl = options.gitlabUrl
    this.apiUrl = `${options.gitlabUrl}/api/v4`
    this.token = options.token
    this.requestTimeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS
    this.inputNames = options.inputNames
    this.clock = options.clock ?? realClock
    this.onRequest = options.onRequest
    this.instance = options.instance ?? {}
  }

  /** Sends a request, and again on the failures `retry` allows (none when it is omitted). */
  request<T>(request: GitLabRequest<T>, retry?: RetryOptions): Promise<GitLabResponse<T>> {
    // A trigger in flight is never abandoned: GitLab may be creating the pipeline, which must
    // then be known so that it can be followed or cancelled. Other requests end on cancellation.
    const signal = request.operation === 'trigger' ? undefined : retry?.signal
    return retry ? withRetries(() => this.send(request, signal), retry) : this.send(request, signal)
  }

  /**
   * Sends a GET whose body is handed to `onChunk` piece by piece as it arrives, so that no more of
   * it is held than the caller keeps (job logs). Errors are mapped as for `request`; the read fails
   * when no byte arrives for the request timeout, however long the whole body takes. It is sent
   * again (per `retry`) only while no byte of the body was received: GitLab's job log has no HTTP
   * Range, so a read cut short cannot resume, and what was received stays with the caller.
   */
  async stream(
    request: Omit<GitLabRequest<unknown>, 'schema' | 'body'>,
    onChunk: (chunk: Buffer) => void,
    retry?: RetryOptions
  ): Promise<void> {
    let received = 0
    const once = async () => {
      const label = `${request.method} ${request.path}`
      const message = await this.open({ ...request, schema: null }, retry?.signal)
      await pumpBody(message, this.requestTimeoutMs, label, retry?.signal, chunk => {
        received += chunk.length
        onChunk(chunk)
      })
    }
    if (!retry) return once()
    return withRetries(once, {
      ...retry,
      retryIf: error => received === 0 && retry.retryIf(error)
    })
  }

  private async send<T>(
    request: GitLabRequest<T>,
    signal?: AbortSignal
  ): Promise<GitLabResponse<T>> {
    const label = `${request.method} ${request.path}`
    const message = await this.open(request, signal)
    const body = await readBody(message, this.requestTimeoutMs, label, signal)
    return {
      data: parseBody(request, body, label),
      status: message.statusCode ?? 0,
      headers: message.headers
    }
  }

  /** Sends the request and returns a 2xx answer with its body still to read; anything else throws. */
  private async open<T>(request: GitLabRequest<T>, signal?: AbortSignal): Promise<IncomingMessage> {
    const label = `${request.method} ${request.path}`
    const started = performance.now()
    let answer: { message: IncomingMessage; url: URL }
    try {
      answer = await this.sendFollowingRedirects(request, signal)
    } catch (error) {
      const failure = this.connectionError(error, label)
      this.observe(request.method, request.path, started, failure.code ?? failure.kind)
      throw failure
    }
    const { message } = answer
    const status = message.statusCode ?? 0
    this.answered++
    const remaining = message.headers['ratelimit-remaining']
    this.observe(request.method, request.path, started, status, Number(remaining ?? NaN))
    // header-numbers.ts: loaded only with a budget to read.
    if (message.headers['ratelimit-limit'] !== undefined) {
      const { rateLimitOf } = await import('./header-numbers.js')
      this.rateLimit = rateLimitOf(message.headers, this.clock.now()) ?? this.rateLimit
    }
    if (status >= 200 && status < 300) return message
    throw await this.refusal(request, answer, label, signal)
  }

  private async sendFollowingRedirects<T>(
    request: GitLabRequest<T>,
    signal?: AbortSignal
  ): Promise<{ message: IncomingMessage; url: URL }> {
    const headers: Record<string, string> = {
      Accept: request.text ? 'text/plain' : 'application/json',
      'User-Agent': USER_AGENT
    }
    if (this.token) headers['PRIVATE-TOKEN'] = this.token
    let payload: string | null = null
    if (request.body !== undefined) {
      payload = JSON.stringify(request.body)
      headers['Content-Type'] = 'application/json'
      headers['Content-Length'] = String(Buffer.byteLength(payload))
    }
    let url = new URL(this.urlFor(request))
    for (let redirects = 0; ; redirects++) {
      const message = await sendRequest({
        method: request.method,
        url,
        headers,
        body: payload,
        timeoutMs: this.requestTimeoutMs,
        signal
      })
      const location = message.headers.location
      const code = message.statusCode ?? 0
      if (!(code >= 300 && code < 400) || !location || redirects >= (request.followRedirects ?? 0))
        return { message, url }
      // A Location that is no URL is not followed.
      const next = URL.canParse(location, url.href) ? new URL(location, url) : undefined
      if (next?.protocol !== 'https:' && next?.protocol !== 'http:') return { message, url }
      message.resume()
      // The token is GitLab's: object storage gets a signed URL and never the token.
      if (next.host !== url.host) delete headers['PRIVATE-TOKEN']
      url = next
    }
  }

  private async refusal<T>(
    request: GitLabRequest<T>,
    { message, url }: { message: IncomingMessage; url: URL },
    label: string,
    signal?: AbortSignal
  ): Promise<GitLabError> {
    const body = await readBody(message, this.requestTimeoutMs, label, signal)
    const { apiRootNotFound, refusalOf } = await import('./refusal.js')
    return refusalOf({
      message,
      url,
      body,
      label,
      operation: request.operation,
      ref: request.ref,
      inputNames: this.inputNames,
      followRedirects: request.followRedirects,
      now: this.clock.now(),
      apiUrl: this.apiUrl,
      gitlabUrl: this.gitlabUrl,
      apiRootNotFound: () =>
        (this.rootCheck ??= apiRootNotFound(
          this.apiUrl,
          this.requestTimeoutMs,
          (outcome, started) => this.observe('GET', '/version', started, outcome)
        ))
    })
  }

  private observe(
    method: string,
    path: string,
    started: number,
    outcome: number | string,
    rateLimitRemaining = NaN
  ): void {
    if (!this.onRequest) return
    const durationMs = Math.round(performance.now() - started)
    try {
      this.onRequest({
        method,
        path,
        outcome,
        durationMs,
        ...(Number.isFinite(rateLimitRemaining) ? { rateLimitRemaining } : {})
      })
    } catch {
      // A failing observer never fails the request.
    }
  }

  private urlFor(request: GitLabRequest<unknown>): string {
    const url = `${this.apiUrl}${request.path}`
    if (!request.query) return url
    const query = new URLSearchParams(
      Object.entries(request.query).flatMap(([key, value]): Array<[string, string]> =>
        Array.isArray(value) ? value.map(item => [key, String(item)]) : [[key, String(value)]]
      )
    )
    return `${url}?${query}`
  }

  private connectionError(error: unknown, label: string): GitLabError {
    const err = error as NodeJS.ErrnoException
    const url = new URL(this.apiUrl)
    const proxy = proxyFor(url)
    // Name the port even when the URL leaves it out (docs/contract.md section 3.7).
    const target = `${url.hostname}:${url.port || (url.protocol === 'https:' ? 443 : 80)}`
    const via = proxy ? ` through the proxy ${proxy.host}` : ''
    // The proxy agent reports a failed CONNECT (refused, unreachable, 407) as "tunneling socket
    // could not be established, cause=… / statusCode=…": the request never reached GitLab.
    const tunnel = proxy && /tunneling socket could not be established/i.test(err.message ?? '')
    const code = tunnel
      ? (/\b(E[A-Z]+)\b/.exec(err.message)?.[1] ?? 'EPROXY')
      : (err.code ?? err.message)
    if (tunnel || (err.code && NEVER_CONNECTED.has(err.code))) {
      const hint = proxy
        ? `Check the proxy settings (https_proxy, no_proxy) and that ${target} is reachable through it`
        : `Check the GitLab URL and that ${target} is reachable from this machine`
      return new GitLabError({
        kind: 'unreachable',
        request: label,
        gitlabMessage: `could not connect to ${target}${via} (${tunnel ? err.message : code})`,
        hint,
        code
      })
    }
    if (err.code === 'ABORT_ERR') {
      // Our own time limit or the run's cancellation, not GitLab: say so.
      return new GitLabError({
        kind: 'connection-lost',
        request: label,
        gitlabMessage: 'the request was abandoned (time limit reached or run cancelled)',
        code: err.code
      })
    }
    if (err.code === 'ETIMEDOUT') {
      return new GitLabError({
        kind: 'timeout',
        request: label,
        gitlabMessage: `${target}${via} did not answer within ${this.requestTimeoutMs / 1000}s`,
        code: err.code
      })
    }
    return new GitLabError({
      kind: 'connection-lost',
      request: label,
      gitlabMessage: `the connection to ${target}${via} broke (${code})`,
      code: err.code
    })
  }
}

/** One request's time limit unless the settings give another (GITLAB_REQUEST_TIMEOUT). */
export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000

/** Encodes a project id or full path once, as GitLab's `:id` route needs (`group%2Fapp`). */
export function projectSegment(project: string): string {
  return encodeURIComponent(project)
}

function parseBody<T>(request: GitLabRequest<T>, body: string, label: string): T {
  if (request.schema === null) return undefined as T
  let value: unknown = body
  if (!request.text) {
    try {
      value = JSON.parse(body)
    } catch {
      throw new GitLabError({
        kind: 'unreadable',
        request: label,
        gitlabMessage: `the answer is not JSON: ${gitlabMessageOf(body, undefined) || 'empty body'}`
      })
    }
  }
  const parsed = request.schema.safeParse(value)
  if (!parsed.success) throw unexpectedAnswer(parsed.error.issues[0], value, request.what, label)
  return parsed.data
}

interface SchemaIssue {
  path: PropertyKey[]
  message: string
  expected?: unknown
  code?: string
  origin?: string
}

/** Names the field in the answer that is not what the code needs, e.g. `jobs[3].stage is null, not a string`. */
export function unexpectedAnswer(
  issue: SchemaIssue,
  value: unknown,
  what: string | undefined,
  label: string
): GitLabError {
  const field = fieldName(what ?? 'answer', issue.path)
  let found: unknown = value
  for (const key of issue.path)
    found =
      found !== null && typeof found === 'object'
        ? (found as Record<PropertyKey, unknown>)[key]
        : undefined
  const got =
    found === undefined
      ? 'missing'
      : found === null
        ? 'null'
        : Array.isArray(found)
          ? 'a list'
          : `a ${typeof found}`
  const wanted = typeof issue.expected === 'string' ? `, not ${article(issue.expected)}` : ''
  // JSON.parse rounded an id past 2^53: refused, never used.
  const problem =
    issue.code === 'too_big' && issue.origin === 'int'
      ? `${field} is past 2^53 and would be rounded to another id: refused`
      : `${field} is ${got}${wanted}`
  return new GitLabError({
    kind: 'unexpected',
    request: label,
    gitlabMessage: `GitLab's answer is not what this tool expects: ${problem}`,
    hint: 'Asking again would give the same answer, so it was not retried; check that the GitLab URL points at GitLab, and report this with your GitLab version'
  })
}

/** `jobs`, [3, 'stage'] → `jobs[3].stage` */
export function fieldName(what: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (name, key) => (typeof key === 'number' ? `${name}[${key}]` : `${name}.${String(key)}`),
    what
  )
}

const article = (type: string) => (/^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`)

/** Reads the whole body (small JSON answers and error bodies) as text. */
async function readBody(
  message: IncomingMessage,
  timeoutMs: number,
  label: string,
  signal?: AbortSignal
): Promise<string> {
  const chunks: Buffer[] = []
  await pumpBody(message, timeoutMs, label, signal, chunk => chunks.push(chunk))
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * Hands each chunk of the body to `onChunk`, failing (instead of hanging, as http-client's
 * readBody does) when the connection breaks mid-body or no byte arrives for `stallMs`.
 */
function pumpBody(
  message: IncomingMessage,
  stallMs: number,
  label: string,
  signal: AbortSignal | undefined,
  onChunk: (chunk: Buffer) => void
): Promise<void> {
  return new Promise((resolve, reject) => {
    let done = false
    const settle = () => {
      done = true
      clearTimeout(timer)
      signal?.removeEventListener('abort', onAbort)
    }
    const fail = (reason: string) => {
      if (done) return
      settle()
      message.destroy()
      reject(new GitLabError({ kind: 'unreadable', request: label, gitlabMessage: reason }))
    }
    const onAbort = () => fail('the request was abandoned')
    const stalled = () => fail(`the answer stalled for ${stallMs / 1000}s`)
    let timer = setTimeout(stalled, stallMs)
    signal?.addEventListener('abort', onAbort, { once: true })
    if (signal?.aborted) return onAbort()
    message.on('data', (chunk: Buffer) => {
      if (done) return
      clearTimeout(timer)
      timer = setTimeout(stalled, stallMs)
      try {
        onChunk(chunk)
      } catch (error) {
        settle()
        message.destroy()
        reject(error as Error)
      }
    })
    message.on('end', () => {
      if (done) return
      settle()
      resolve()
    })
    message.on('aborted', () => fail('the answer was cut short'))
    message.on('error', () => fail('the answer was cut short'))
    message.on('close', () => {
      if (!message.complete) fail('the answer was cut short')
    })
  })
}
