// Numbers in GitLab's (or a proxy's) headers are read defensively: clamped or ignored, never
// handed on as they came (issue 16, point 1).
import { describe, expect, it } from '@jest/globals'
import { MAX_RATE_LIMIT_WINDOW_MS, rateLimitOf } from '../../src/gitlab/header-numbers.js'
import { MAX_RETRY_AFTER_MS, retryAfterOf } from '../../src/gitlab/refusal.js'

const NOW = Date.UTC(2026, 11, 7, 12, 0, 0)
const budget = (reset: string, remaining = '5', limit = '2000') => ({
  'ratelimit-limit': limit,
  'ratelimit-remaining': remaining,
  'ratelimit-reset': reset
})

describe('RateLimit-* headers', () => {
  it('takes GitLab’s epoch seconds as they are', () => {
    expect(rateLimitOf(budget(String(NOW / 1000 + 30)), NOW)).toEqual({
      limit: 2000,
      remaining: 5,
      resetAt: NOW + 30_000
    })
  })

  it.each([
    ['past the largest JavaScript date', '9'.repeat(20)],
    ['a thousand years away', String(NOW / 1000 + 1000 * 365 * 86_400)],
    ['1e400 (Infinity once parsed)', '1e400']
  ])('a reset %s is at most an hour away, or ignored', (_name, reset) => {
    const state = rateLimitOf(budget(reset), NOW)
    if (state === undefined) return expect(reset).toBe('1e400')
    expect(state.resetAt).toBe(NOW + MAX_RATE_LIMIT_WINDOW_MS)
    expect(() => new Date(state.resetAt).toISOString()).not.toThrow()
  })

  it('takes a small reset for a delay in seconds (the IETF draft), and a past one for now', () => {
    expect(rateLimitOf(budget('30'), NOW)?.resetAt).toBe(NOW + 30_000)
    expect(rateLimitOf(budget(String(NOW / 1000 - 600)), NOW)?.resetAt).toBe(NOW)
  })

  it('keeps the remaining count between 0 and the limit, and ignores nonsense', () => {
    expect(rateLimitOf(budget('30', '-4'), NOW)?.remaining).toBe(0)
    expect(rateLimitOf(budget('30', '99999999999999999999'), NOW)?.remaining).toBe(2000)
    expect(rateLimitOf(budget('30', 'lots'), NOW)).toBeUndefined()
    expect(rateLimitOf(budget('30', '5', '0'), NOW)).toBeUndefined()
    expect(rateLimitOf(budget('30', '5', '99999999999999999999'), NOW)).toBeUndefined()
    expect(rateLimitOf({}, NOW)).toBeUndefined()
  })
})

describe('Retry-After', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterOf({ 'retry-after': '7' }, NOW)).toEqual({ ms: 7_000 })
    expect(retryAfterOf({ 'retry-after': new Date(NOW + 9_000).toUTCString() }, NOW)).toEqual({
      ms: 9_000
    })
  })

  it('clamps twenty digits to a day and keeps the header’s words', () => {
    expect(retryAfterOf({ 'retry-after': '9'.repeat(20) }, NOW)).toEqual({
      ms: MAX_RETRY_AFTER_MS,
      clamped: '9'.repeat(20)
    })
    expect(retryAfterOf({ 'retry-after': 'Fri, 31 Dec 9999 23:59:59 GMT' }, NOW)?.ms).toBe(
      MAX_RETRY_AFTER_MS
    )
  })

  it('ignores what is neither', () => {
    expect(retryAfterOf({ 'retry-after': 'soon' }, NOW)).toBeUndefined()
    expect(retryAfterOf({ 'retry-after': '' }, NOW)).toBeUndefined()
    expect(retryAfterOf({ 'retry-after': '-5' }, NOW)).toBeUndefined()
  })
})
