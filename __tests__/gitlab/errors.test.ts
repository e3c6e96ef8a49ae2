import { describe, expect, it } from '@jest/globals'
import { GitLabError, type GitLabErrorOptions } from '../../src/gitlab/errors.js'

const REQUEST = 'POST /projects/42/trigger/pipeline'
const error = (options: Partial<GitLabErrorOptions>) =>
  new GitLabError({ kind: 'http', request: REQUEST, gitlabMessage: '', ...options })

describe('GitLabError', () => {
  it("words the message from the status, GitLab's words and the hint", () => {
    expect(
      error({ status: 404, gitlabMessage: '404 Not Found', hint: 'Check the token' }).message
    ).toBe('GitLab answered 404: 404 Not Found. Check the token')
    expect(error({ status: 500 }).message).toBe('GitLab answered 500')
    // No second full stop after GitLab's own.
    expect(error({ status: 400, gitlabMessage: 'Bad ref.', hint: 'Check the ref' }).message).toBe(
      'GitLab answered 400: Bad ref. Check the ref'
    )
    expect(
      error({ kind: 'timeout', gitlabMessage: 'no answer within 30s', hint: 'Try again' }).message
    ).toBe('no answer within 30s. Try again')
  })

  it('is an Error named GitLabError, keeping every part', () => {
    const e = error({
      status: 429,
      gitlabMessage: 'slow down',
      retryAfterMs: 30_000,
      retryAfterClamped: 'x',
      code: 'C'
    })
    expect(e).toBeInstanceOf(Error)
    expect(e.name).toBe('GitLabError')
    expect(e).toMatchObject({
      kind: 'http',
      request: REQUEST,
      status: 429,
      gitlabMessage: 'slow down',
      hint: '',
      retryAfterMs: 30_000,
      retryAfterClamped: 'x',
      code: 'C'
    })
  })

  it('with() replaces only the parts given, and words the message anew', () => {
    const first = error({ status: 429, gitlabMessage: 'slow down', retryAfterMs: 30_000 })
    const second = first.with({ hint: 'Run again later' })
    expect(second).not.toBe(first)
    expect(second).toMatchObject({ status: 429, gitlabMessage: 'slow down', retryAfterMs: 30_000 })
    expect(second.message).toBe('GitLab answered 429: slow down. Run again later')
    expect(first.hint).toBe('')
  })

  it('tells which failures GitLab cannot have acted on', () => {
    expect(error({ kind: 'unreachable', code: 'ENOTFOUND' }).neverSent).toBe(true)
    expect(error({ status: 429 }).neverSent).toBe(true)
    expect(error({ status: 502 }).neverSent).toBe(false)
    expect(error({ kind: 'connection-lost' }).neverSent).toBe(false)
  })

  it('resends a trigger only after a 429 or a passing connection failure, never after a typo', () => {
    expect(error({ status: 429 }).worthResending).toBe(true)
    expect(error({ kind: 'unreachable', code: 'ECONNREFUSED' }).worthResending).toBe(true)
    expect(error({ kind: 'unreachable', code: 'EAI_AGAIN' }).worthResending).toBe(true)
    expect(error({ kind: 'unreachable', code: 'ENOTFOUND' }).worthResending).toBe(false)
    expect(error({ status: 503 }).worthResending).toBe(false)
    expect(error({ kind: 'timeout' }).worthResending).toBe(false)
  })

  it('retries while waiting on rate limits, timeouts, server errors and broken connections only', () => {
    for (const status of [408, 429, 500, 503]) expect(error({ status }).transient).toBe(true)
    for (const status of [400, 401, 403, 404, 422]) expect(error({ status }).transient).toBe(false)
    for (const kind of ['unreachable', 'connection-lost', 'timeout', 'unreadable'] as const)
      expect(error({ kind }).transient).toBe(true)
    expect(error({ kind: 'unexpected' }).transient).toBe(false)
  })
})
