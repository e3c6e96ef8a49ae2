import type { GitLabError } from './errors.js'

export interface RetryOptions {
  /** Which failures are worth another try. */
  retryIf: (error: GitLabError) => boolean
  /** Most attempts in all, including the first. */
  maxAttempts: number
  /** Epoch ms after which no further attempt starts. */
  deadline?: number
  /**
   * When the next try would start after the deadline, fail at once instead of waiting for it
   * (the trigger: a Retry-After past the time allowed is reported, not slept through).
   */
  failAtDeadline?: boolean
  signal?: AbortSignal
  /** Called before each pause, e.g. to log "retrying in 4s". */
  onRetry?: (error: GitLabError, delayMs: number, attempt: number) => void
}

/** Exponential backoff from 1 s to 30 s with jitter, so many runners do not retry in step. */
export function backoffDelay(attempt: number, random: () => number = Math.random): number {
  const ceiling = Math.min(30_000, 1_000 * 2 ** attempt)
  return Math.round(ceiling / 2 + (random() * ceiling) / 2)
}

/** Runs `attempt` until it succeeds, fails for good, or runs out of attempts or time. */
export async function withRetries<T>(attempt: () => Promise<T>, options: RetryOptions): Promise<T> {
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
      if (options.deadline !== undefined && Date.now() + delayMs >= options.deadline) {
        if (options.failAtDeadline) throw error
        // No time for another try: use what is left, so the caller's time limit is what ends it.
        await sleep(Math.max(0, options.deadline - Date.now()), options.signal)
        throw error
      }
      options.onRetry?.(failure, delayMs, tries)
      await sleep(delayMs, options.signal)
    }
  }
}

function isGitLabError(error: unknown): error is GitLabError {
  return error instanceof Error && error.name === 'GitLabError'
}

/** A pause that ends early (rejecting) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason)
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort)
      resolve()
    }, ms)
    const onAbort = () => {
      clearTimeout(timer)
      reject(signal?.reason)
    }
    signal?.addEventListener('abort', onAbort, { once: true })
  })
}
