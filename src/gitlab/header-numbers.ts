import type { IncomingMessage } from 'node:http'

// Numbers in the headers of GitLab's answers (or of a proxy in front of it) are far-side data:
// each is read defensively, so that an absurd value is clamped or ignored and never reaches a
// Date or a timer as it came (docs/gitlab.md, "Rate limits"; contract section 5.2). Retry-After,
// only on refusals, is read in refusal.ts.

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

/** `RateLimit-Remaining` as sent, for the debug line; undefined when absent or not a number. */
export function remainingOf(headers: Headers): number | undefined {
  const value = single(headers['ratelimit-remaining'])
  return value && Number.isFinite(Number(value)) ? Number(value) : undefined
}
