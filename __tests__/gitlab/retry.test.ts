import { describe, expect, it, jest } from '@jest/globals'
import { GitLabError } from '../../src/gitlab/errors.js'
import { backoffDelay, sleep, withRetries, type RetryOptions } from '../../src/gitlab/retry.js'

const REQUEST = 'GET /projects/42/pipelines/7'

const rateLimited = (retryAfterMs = 5) =>
  new GitLabError({
    kind: 'http',
    request: REQUEST,
    gitlabMessage: '429 Too Many Requests',
    status: 429,
    retryAfterMs
  })
const serverError = (retryAfterMs = 2) =>
  new GitLabError({
    kind: 'http',
    request: REQUEST,
    gitlabMessage: '502 Bad Gateway',
    status: 502,
    retryAfterMs
  })
const notFound = () =>
  new GitLabError({
    kind: 'http',
    request: REQUEST,
    gitlabMessage: '404 Not Found',
    hint: 'hint',
    status: 404
  })

const options = (extra: Partial<RetryOptions> = {}): RetryOptions => ({
  retryIf: error => error.transient,
  maxAttempts: 5,
  ...extra
})

/** An attempt that fails with `failures` in turn, then returns `value`. */
function attemptsFailingWith<T>(failures: Error[], value: T) {
  const queue = [...failures]
  return jest.fn(async (): Promise<T> => {
    const failure = queue.shift()
    if (failure) throw failure
    return value
  })
}

describe('withRetries', () => {
  it('returns the first result without retrying', async () => {
    const attempt = attemptsFailingWith([], 'ok')
    await expect(withRetries(attempt, options())).resolves.toBe('ok')
    expect(attempt).toHaveBeenCalledTimes(1)
  })

  it('retries transient failures until one succeeds', async () => {
    const attempt = attemptsFailingWith([rateLimited(), serverError()], 'ok')
    await expect(withRetries(attempt, options())).resolves.toBe('ok')
    expect(attempt).toHaveBeenCalledTimes(3)
  })

  it('stops at once on a failure that is not worth retrying', async () => {
    const failure = notFound()
    const attempt = attemptsFailingWith([failure], 'never')
    const onRetry = jest.fn()
    await expect(withRetries(attempt, options({ onRetry }))).rejects.toBe(failure)
    expect(attempt).toHaveBeenCalledTimes(1)
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('asks retryIf about each failure', async () => {
    const failure = rateLimited()
    const retryIf = jest.fn((_: GitLabError) => false)
    await expect(
      withRetries(attemptsFailingWith([failure], 'x'), options({ retryIf }))
    ).rejects.toBe(failure)
    expect(retryIf).toHaveBeenCalledWith(failure)
  })

  it('does not retry errors that are not GitLab errors', async () => {
    const bug = new TypeError('undefined is not a function')
    const attempt = attemptsFailingWith([bug], 'x')
    await expect(withRetries(attempt, options({ retryIf: () => true }))).rejects.toBe(bug)
    expect(attempt).toHaveBeenCalledTimes(1)
  })

  it('gives up after maxAttempts, throwing the last failure', async () => {
    const failures = [serverError(), serverError(), serverError(), serverError()]
    const attempt = attemptsFailingWith(failures, 'late')
    await expect(withRetries(attempt, options({ maxAttempts: 3 }))).rejects.toBe(failures[2])
    expect(attempt).toHaveBeenCalledTimes(3)
  })

  it('makes a single attempt with maxAttempts 1', async () => {
    const attempt = attemptsFailingWith([serverError()], 'x')
    await expect(withRetries(attempt, options({ maxAttempts: 1 }))).rejects.toBeInstanceOf(
      GitLabError
    )
    expect(attempt).toHaveBeenCalledTimes(1)
  })

  it('waits as long as Retry-After says and tells onRetry', async () => {
    const onRetry = jest.fn()
    const failure = rateLimited(40)
    const started = Date.now()
    await withRetries(attemptsFailingWith([failure], 'ok'), options({ onRetry }))
    expect(Date.now() - started).toBeGreaterThanOrEqual(35)
    expect(onRetry).toHaveBeenCalledTimes(1)
    expect(onRetry).toHaveBeenCalledWith(failure, 40, 1)
  })

  it('backs off between 0.5 s and 1 s after the first failure when GitLab gives no Retry-After', async () => {
    const controller = new AbortController()
    const delays: number[] = []
    const failure = new GitLabError({
      kind: 'connection-lost',
      request: REQUEST,
      gitlabMessage: 'socket hang up'
    })
    const result = withRetries(
      attemptsFailingWith([failure], 'x'),
      options({
        signal: controller.signal,
        onRetry: (_error, delayMs) => {
          delays.push(delayMs)
          controller.abort(new Error('stop'))
        }
      })
    )
    await expect(result).rejects.toThrow('stop')
    expect(delays).toHaveLength(1)
    expect(delays[0]).toBeGreaterThanOrEqual(500)
    expect(delays[0]).toBeLessThanOrEqual(1_000)
  })

  it('does not try again after the deadline: it waits out the time left, then fails', async () => {
    const failure = rateLimited(10_000)
    const attempt = attemptsFailingWith([failure], 'x')
    const started = Date.now()
    await expect(withRetries(attempt, options({ deadline: Date.now() + 300 }))).rejects.toBe(
      failure
    )
    expect(attempt).toHaveBeenCalledTimes(1)
    expect(Date.now() - started).toBeGreaterThanOrEqual(290)
    expect(Date.now() - started).toBeLessThan(2_000)
  })

  it('with failAtDeadline, fails at once when Retry-After reaches past the deadline, sleeping none of it', async () => {
    const attempt = attemptsFailingWith([rateLimited(3_600_000)], 'ok')
    const onRetry = jest.fn()
    const setTimeoutSpy = jest.spyOn(globalThis, 'setTimeout')
    try {
      await expect(
        withRetries(
          attempt,
          options({ deadline: Date.now() + 60_000, failAtDeadline: true, onRetry })
        )
      ).rejects.toMatchObject({ status: 429, retryAfterMs: 3_600_000 })
      expect(setTimeoutSpy).not.toHaveBeenCalled()
    } finally {
      setTimeoutSpy.mockRestore()
    }
    expect(attempt).toHaveBeenCalledTimes(1)
    expect(onRetry).not.toHaveBeenCalled()
  })

  it('is a GitLab answer of the wrong shape: not transient, so not retried', async () => {
    const wrongShape = new GitLabError({
      kind: 'unexpected',
      request: REQUEST,
      gitlabMessage: 'pipeline.status is a number'
    })
    const attempt = attemptsFailingWith([wrongShape], 'ok')
    await expect(withRetries(attempt, options())).rejects.toBe(wrongShape)
    expect(attempt).toHaveBeenCalledTimes(1)
  })

  it('makes no attempt once the signal has aborted', async () => {
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    const attempt = attemptsFailingWith([], 'x')
    await expect(withRetries(attempt, options({ signal: controller.signal }))).rejects.toThrow(
      'cancelled'
    )
    expect(attempt).not.toHaveBeenCalled()
  })

  it('retries while the pause ends before the deadline', async () => {
    const attempt = attemptsFailingWith([rateLimited(5)], 'ok')
    await expect(withRetries(attempt, options({ deadline: Date.now() + 5_000 }))).resolves.toBe(
      'ok'
    )
    expect(attempt).toHaveBeenCalledTimes(2)
  })

  it('stops waiting when the signal aborts, rejecting with its reason', async () => {
    const controller = new AbortController()
    const attempt = attemptsFailingWith([rateLimited(10_000)], 'x')
    const reason = new Error('cancelled by the runner')
    const result = withRetries(attempt, options({ signal: controller.signal }))
    setTimeout(() => controller.abort(reason), 5)
    const started = Date.now()
    await expect(result).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(1_000)
    expect(attempt).toHaveBeenCalledTimes(1)
  })

  it('numbers the attempts it reports to onRetry', async () => {
    const onRetry = jest.fn<NonNullable<RetryOptions['onRetry']>>()
    await withRetries(
      attemptsFailingWith([serverError(), serverError()], 'ok'),
      options({ onRetry })
    )
    expect(onRetry.mock.calls.map(call => call[2])).toEqual([1, 2])
  })
})

describe('backoffDelay', () => {
  it('is between half and all of 1 s on the first retry', () => {
    expect(backoffDelay(0, () => 0)).toBe(500)
    expect(backoffDelay(0, () => 1)).toBe(1_000)
  })

  it('doubles its ceiling with each attempt', () => {
    expect([0, 1, 2, 3, 4].map(attempt => backoffDelay(attempt, () => 1))).toEqual([
      1_000, 2_000, 4_000, 8_000, 16_000
    ])
  })

  it('never waits more than 30 s', () => {
    for (const attempt of [5, 6, 10, 50]) {
      expect(backoffDelay(attempt, () => 1)).toBe(30_000)
      expect(backoffDelay(attempt, () => 0)).toBe(15_000)
    }
  })

  it('adds jitter, so retries are not in step', () => {
    const delays = new Set(Array.from({ length: 50 }, () => backoffDelay(3)))
    expect(delays.size).toBeGreaterThan(1)
    for (const delay of delays) {
      expect(delay).toBeGreaterThanOrEqual(4_000)
      expect(delay).toBeLessThanOrEqual(8_000)
    }
  })
})

describe('sleep', () => {
  it('resolves after the pause', async () => {
    const started = Date.now()
    await expect(sleep(20)).resolves.toBeUndefined()
    expect(Date.now() - started).toBeGreaterThanOrEqual(15)
  })

  it('rejects at once with the reason when the signal has already aborted', async () => {
    const reason = new Error('already gone')
    const started = Date.now()
    await expect(sleep(10_000, AbortSignal.abort(reason))).rejects.toBe(reason)
    expect(Date.now() - started).toBeLessThan(500)
  })

  it('rejects with the reason when the signal aborts during the pause', async () => {
    const controller = new AbortController()
    const reason = new Error('SIGINT')
    const pause = sleep(10_000, controller.signal)
    controller.abort(reason)
    await expect(pause).rejects.toBe(reason)
  })
})
