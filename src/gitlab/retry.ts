import { realClock, type Clock } from '../runtime/clock.js'
import type { GitLabError } from './errors.js'

export interface RetryOptions {
  /** Which failures are worth another try. */
  retryIf: (error: GitLabError) => boolean
  /** Most attempts in all, including the first. */
  maxAttempts: number
  /** Epoch ms (on `clock`) after which no further attempt starts. */
  deadline?: number
  /**
   * When the next try would start after the deadline, fail at once instead of waiting for it
   * (the trigger: a Retry-After past the time allowed is reported, not slept through).
   */
  failAtDeadline?: boolean
  /** A pause longer than this (a Retry-After of hours) fails at once instead of being slept. */
  maxPauseMs?: number
  signal?: AbortSignal
  /** Called before each pause, e.g. to log "retrying in 4s". */
  onRetry?: (error: GitLabError, delayMs: number, attempt: number) => void
  /** Where the pauses and the deadline are measured; the real clock by default. */
  clock?: Clock
}

/** What every named policy below takes from its caller. */
export interface PolicyContext {
  deadline?: number
  signal?: AbortSignal
  clock?: Clock
  onRetry?: RetryOptions['onRetry']
}

/** Attempts of the trigger request in all. */
export const TRIGGER_ATTEMPTS = 5

/**
 * The trigger: resent only where GitLab cannot have created a pipeline (a 429, or a connection
 * that never sent the request; docs/contract.md section 3.2), and never slept past the deadline.
 */
export const triggerPolicy = (context: PolicyContext): RetryOptions => ({
  ...context,
  retryIf: error => error.worthResending,
  maxAttempts: TRIGGER_ATTEMPTS,
  failAtDeadline: true
})

/** Reads while following a pipeline: transient failures are retried until the deadline. */
export const readPolicy = (context: PolicyContext): RetryOptions => ({
  ...context,
  retryIf: error => error.transient,
  maxAttempts: Infinity
})

/** A cancel (main or post step): transient failures retried, but never past its time limit. */
export const cancelPolicy = (context: PolicyContext): RetryOptions => ({
  ...context,
  retryIf: error => error.transient,
  maxAttempts: Infinity,
  failAtDeadline: true
})

/** Job logs and pre-flight checks: a few quick tries, then the run goes on without them. */
export const quickReadPolicy = (context: PolicyContext): RetryOptions => ({
  ...context,
  retryIf: error => error.transient,
  maxAttempts: 3,
  maxPauseMs: 60_000
})

/** Exponential backoff from 1 s to 30 s with jitter, so many runners do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** attempt)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

// setTimeout fires at once for a longer pause.
const MAX_TIMER_MS = 2 ** 31 - 1

/** Runs `attempt` until it succeeds, fails for good, or runs out of attempts or time. */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
  const clock = options.clock ?? realClock
  for (let tries = 1; ; tries++) {
    if (options.signal?.aborted) throw options.signal.reason
    try {
      return await attempt()
    } catch (error) {
      const failure = error as GitLabError
      if (options.signal?.aborted) throw error
      if (tries >= options.maxAttempts || !isGitLabError(failure) || !options.retryIf(failure))
        throw error
      // Retry-After is GitLab telling us when; otherwise back off.
      const delayMs = failure.retryAfterMs ?? backoffDelay(tries - 1)
      if (delayMs > (options.maxPauseMs ?? MAX_TIMER_MS)) throw error
      if (options.deadline !== undefined && clock.now() + delayMs >= options.deadline) {
        if (options.failAtDeadline) throw error
        // No time for another try: use what is left, so the caller's time limit is what ends it.
        await clock.sleep(Math.max(0, options.deadline - clock.now()), options.signal)
        throw error
      }
      options.onRetry?.(failure, delayMs, tries)
      await clock.sleep(delayMs, options.signal)
    }
  }
}

function isGitLabError(error: unknown): error is GitLabError {
  return error instanceof Error && error.name === 'GitLabError'
}

/** A pause on the real clock that ends early (rejecting) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return realClock.sleep(ms, signal)
}
