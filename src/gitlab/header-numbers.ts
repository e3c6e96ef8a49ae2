import type { IncomingMessage } from 'node:http'

// Numbers in the headers of GitLab's answers (or of a proxy in front of it) are far-side data:
// each is read defensively, so that an absurd value is clamped or ignored and never reaches a
// Date or a timer as it came (docs/gitlab.md, "Rate limits"; contract section 5.2).

/** The longest pause a `Retry-After` is taken for: more is said, never slept through. */
export const MAX_RETRY_AFTER_MS = 24 * 3_600_000
/**
 * The furthest a rate-limit window's end is believed: GitLab's throttles count per minute (their
 * period is an admin setting, in seconds); a reset further away is taken as this.
 */
export const MAX_RATE_LIMIT_WINDOW_MS = 3_600_000
// RateLimit-Reset below this is not an epoch time (2001) but a delay in seconds, as the IETF
// RateLimit header draft and some proxies send it.
const EPOCH_SECONDS_FROM = 1_000_000_000

/** GitLab's `RateLimit-*` headers of the latest answer that had them (docs/gitlab.md, "Rate limits"). */
export interface RateLimitState {
  limit: number
  remaining: number
  /** Epoch ms at which the budget is renewed; never before `now`, never past the longest window. */
  resetAt: number
}

export interface RetryAfter {
  /** The pause asked for, at most MAX_RETRY_AFTER_MS. */
  ms: number
  /** The header as sent, when the pause asked for was longer than MAX_RETRY_AFTER_MS. */
  clamped?: string
}

type Headers = IncomingMessage['headers']

const single = (value: string | string[] | undefined): string | undefined =>
  (Array.isArray(value) ? value[0] : value)?.trim()

/** `RateLimit-Limit`, `-Remaining` and `-Reset`, or undefined when any is missing or makes no sense. */
export function rateLimitOf(headers: Headers, now: number): RateLimitState | undefined {
  const limit = Number(single(headers['ratelimit-limit']))
  const remaining = Number(single(headers['ratelimit-remaining']))
  const reset = Number(single(headers['ratelimit-reset']))
  if (!Number.isSafeInteger(limit) || limit <= 0) return undefined
  if (!Number.isFinite(remaining) || !Number.isFinite(reset) || reset < 0) return undefined
  const resetAt = reset < EPOCH_SECONDS_FROM ? now + reset * 1000 : reset * 1000
  return {
    limit,
    remaining: Math.min(limit, Math.max(0, Math.floor(remaining))),
    resetAt: Math.min(now + MAX_RATE_LIMIT_WINDOW_MS, Math.max(now, resetAt))
  }
}

/** `Retry-After` in seconds or as an HTTP date, clamped to MAX_RETRY_AFTER_MS; undefined when unreadable. */
export function retryAfterOf(headers: Headers, now: number): RetryAfter | undefined {
  const value = single(headers['retry-after'])
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

/** `RateLimit-Remaining` as sent, for the debug line; undefined when absent or not a number. */
export function remainingOf(headers: Headers): number | undefined {
  const value = single(headers['ratelimit-remaining'])
  return value && Number.isFinite(Number(value)) ? Number(value) : undefined
}
