// @ts-check
/**
 * A Rack::Attack-style throttle (docs/gitlab.md 8): a request budget per fixed window (windows are
 * aligned to the epoch, like Rack::Attack's `(now / period).to_i` keys). Every answer carries
 * RateLimit-Name/Limit/Observed/Remaining/Reset as GitLab.com sends them; over the budget the answer
 * is 429 `Retry later\n` with RateLimit-ResetTime and Retry-After as well.
 */

/** @typedef {import('./gitlab-simulator.js').RateLimitOptions} RateLimitOptions */
/** @typedef {import('./responses.js').SimResponse} SimResponse */

export class RateLimiter {
  /** @param {RateLimitOptions} options */
  constructor(options) {
    if (!Number.isInteger(options.limit) || options.limit < 0) {
      throw new Error(`rateLimit.limit must be a whole number, got ${options.limit}`)
    }
    this.limit = options.limit
    this.windowMs = options.windowMs ?? 60_000
    this.windowStart = -1
    this.observed = 0
  }

  /**
   * Count one request and say what to answer.
   * @param {number} now
   * @param {boolean} authenticated
   * @returns {{ headers: Record<string, string>, throttled?: SimResponse }}
   */
  count(now, authenticated) {
    const windowStart = Math.floor(now / this.windowMs) * this.windowMs
    if (windowStart !== this.windowStart) {
      this.windowStart = windowStart
      this.observed = 0
    }
    this.observed++
    const resetAt = windowStart + this.windowMs
    const headers = {
      'RateLimit-Name': authenticated
        ? 'throttle_authenticated_api'
        : 'throttle_unauthenticated_api',
      // Rack::Attack normalises the limit to a 60-second window, rounded up.
      'RateLimit-Limit': String(Math.ceil((this.limit * 60_000) / this.windowMs)),
      'RateLimit-Observed': String(this.observed),
      'RateLimit-Remaining': String(Math.max(this.limit - this.observed, 0)),
      'RateLimit-Reset': String(Math.ceil(resetAt / 1000))
    }
    if (this.observed <= this.limit) return { headers }
    const retryAfter = Math.max(1, Math.ceil((resetAt - now) / 1000))
    return {
      headers,
      throttled: {
        status: 429,
        headers: {
          'Content-Type': 'text/plain',
          ...headers,
          'RateLimit-ResetTime': new Date(Math.ceil(resetAt / 1000) * 1000).toUTCString(),
          'Retry-After': String(retryAfter)
        },
        body: 'Retry later\n'
      }
    }
  }
}
