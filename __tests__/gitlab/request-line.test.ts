import { describe, expect, it } from '@jest/globals'
import { requestLine } from '../../src/gitlab/request-line.js'

describe('requestLine: the debug line per GitLab request (SPEC 6.4)', () => {
  it('names the method, the path, the status and the time, and the budget left when GitLab sent it', () => {
    expect(
      requestLine({
        method: 'GET',
        path: '/projects/42/pipelines/7',
        outcome: 200,
        durationMs: 85,
        rateLimitRemaining: 1999
      })
    ).toBe(
      'GitLab request: GET /projects/42/pipelines/7 -> 200 in 85ms (RateLimit-Remaining: 1999)'
    )
  })

  it('says nothing of the budget without the header, and shows what broke a request', () => {
    expect(
      requestLine({
        method: 'POST',
        path: '/projects/42/trigger/pipeline',
        outcome: 'timeout',
        durationMs: 30000
      })
    ).toBe('GitLab request: POST /projects/42/trigger/pipeline -> timeout in 30000ms')
  })

  it('shows a budget of zero, the one that matters most', () => {
    expect(
      requestLine({
        method: 'GET',
        path: '/version',
        outcome: 429,
        durationMs: 3,
        rateLimitRemaining: 0
      })
    ).toMatch(/-> 429 in 3ms \(RateLimit-Remaining: 0\)$/)
  })
})
