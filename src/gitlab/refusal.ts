import type { IncomingMessage } from 'node:http'
import { GitLabError, type Operation } from './errors.js'
import { ACTION_INPUT_NAMES, hintFor, type InputNames } from './hints.js'
import { gitlabMessageOf } from './messages.js'
import { sendRequest } from './transport.js'
import { USER_AGENT } from '../version.js'

// The GitLabError for an answer that is not 2xx, with GitLab's words and the hint. Loaded only
// for such an answer, not before every trigger request (README, "Start-up time").

/** The longest pause a `Retry-After` is taken for: more is said, never slept through. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000

export interface RetryAfter {
  /** The pause asked for, at most MAX_RETRY_AFTER_MS. */
  ms: number
  /** The header as sent, when the pause asked for was longer than MAX_RETRY_AFTER_MS. */
  clamped?: string
}

// A 404 on these may be a wrong gitlab-url rather than a wrong token or project: the API root is
// then checked before the token is blamed.
const URL_CHECKED_ON: ReadonlySet<Operation> = new Set(['trigger', 'check-token', 'tokens'])

export interface Refused {
  message: IncomingMessage
  /** Where the answer came from (after any redirect followed). */
  url: URL
  body: string
  label: string
  operation: Operation
  ref?: string
  /** How hints name the tokens in the user's front end. */
  inputNames?: InputNames
  followRedirects?: number
  now: number
  apiUrl: string
  gitlabUrl: string
  /**
   * Whether `GET /version` without a token answers 404: it is 401 on any GitLab
   * (lib/api/version.rb), so a 404 means gitlab-url does not lead to GitLab's API.
   */
  apiRootNotFound: () => Promise<boolean>
}

export async function refusalOf(refused: Refused): Promise<GitLabError> {
  const { message, url, label, followRedirects } = refused
  const status = message.statusCode ?? 0
  const location = String(message.headers.location ?? '')
  // GitLab redirects reads of a renamed project (docs/gitlab.md 3); the token is not sent after it.
  if (status >= 300 && status < 400 && followRedirects) {
    const host = URL.canParse(location, url.href) ? new URL(location, url).host : ''
    return new GitLabError({
      kind: 'http',
      request: label,
      gitlabMessage: `redirected more than ${followRedirects} times (last to ${host || 'nowhere'})`,
      status
    })
  }
  if (status >= 300 && status < 400) {
    return new GitLabError({
      kind: 'http',
      request: label,
      gitlabMessage: `moved to ${location || 'another address'}`,
      hint: 'The project was renamed or moved: use its new path',
      status
    })
  }
  const contentType = String(message.headers['content-type'] ?? '')
  const gitlabMessage = gitlabMessageOf(refused.body, contentType)
  const hint =
    status === 404 && URL_CHECKED_ON.has(refused.operation) && (await refused.apiRootNotFound())
      ? wrongUrlHint(refused)
      : hintFor({
          operation: refused.operation,
          status,
          message: gitlabMessage,
          ref: refused.ref,
          inputNames: refused.inputNames
        })
  const retryAfter = status === 429 ? retryAfterOf(message.headers, refused.now) : undefined
  return new GitLabError({
    kind: 'http',
    request: label,
    gitlabMessage,
    hint,
    status,
    retryAfterMs: retryAfter?.ms,
    retryAfterClamped: retryAfter?.clamped
  })
}

function wrongUrlHint({ apiUrl, gitlabUrl, inputNames = ACTION_INPUT_NAMES }: Refused): string {
  return `The GitLab URL may be wrong: ${apiUrl}/version answered 404, where GitLab's API answers 401 without a token, so ${gitlabUrl} does not lead to GitLab's API. A GitLab under a relative path needs it in ${inputNames.gitlabUrl} (e.g. https://example.com/gitlab); a GitLab at the root of its host must not have one`
}

/** `Retry-After` in seconds or as an HTTP date, clamped to MAX_RETRY_AFTER_MS; undefined when unreadable. */
export function retryAfterOf(
  headers: IncomingMessage['headers'],
  now: number
): RetryAfter | undefined {
  const raw = headers['retry-after']
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim()
  if (!value) return undefined
  let ms: number
  if (/^\d+$/.test(value)) ms = Number(value) * 1000
  else {
    // An HTTP date names its day and month ("Fri, 07 Dec 2026 12:00:00 GMT"); '-5' is no date.
    const date = /[a-z]/i.test(value) ? Date.parse(value) : NaN
    if (Number.isNaN(date)) return undefined
    ms = Math.max(0, date - now)
  }
  if (ms <= MAX_RETRY_AFTER_MS) return { ms }
  return { ms: MAX_RETRY_AFTER_MS, clamped: value.length > 40 ? `${value.slice(0, 40)}…` : value }
}

/**
 * `GET /version` without a token answers 404, i.e. gitlab-url does not lead to GitLab's API: any
 * GitLab answers it 401 (lib/api/version.rb). `observed` is told the outcome, as for any request.
 */
export async function apiRootNotFound(
  apiUrl: string,
  requestTimeoutMs: number,
  observed: (status: number, started: number) => void
): Promise<boolean> {
  const started = performance.now()
  try {
    const message = await sendRequest({
      method: 'GET',
      url: new URL(`${apiUrl}/version`),
      headers: { Accept: 'application/json', 'User-Agent': USER_AGENT },
      body: null,
      timeoutMs: Math.min(requestTimeoutMs, 10_000)
    })
    message.resume()
    observed(message.statusCode ?? 0, started)
    return message.statusCode === 404
  } catch {
    return false
  }
}
