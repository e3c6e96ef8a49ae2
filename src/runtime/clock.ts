/**
 * Where the run gets its time: deadlines, pauses between polls and retries, "still waiting".
 * The real clock by default; tests give one tied to the GitLab simulator's manual clock, so a
 * 30-minute wait runs in milliseconds. Request timeouts inside the transport stay real.
 */
export interface Clock {
  /** Epoch milliseconds. */
  now(): number
  /** A pause that ends early (rejecting with the signal's reason) when the signal aborts. */
  sleep(ms: number, signal?: AbortSignal): Promise<void>
}

export const realClock: Clock = {
  now: () => Date.now(),
  sleep(ms, signal) {
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
}
