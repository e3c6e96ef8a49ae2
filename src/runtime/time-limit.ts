export interface TimeLimit {
  /** Aborts when the time is up or the parent signal aborts. */
  signal: AbortSignal
  /** Stops the timer and lets go of the parent. */
  dispose(): void
}

/**
 * A signal that aborts after `ms`, or with `parent`. Built from a plain timer rather than
 * AbortSignal.any(AbortSignal.timeout()), whose timeout can be garbage-collected on Node 20
 * and then never fires (nodejs/node#57736).
 */
export function timeLimit(ms: number, parent?: AbortSignal): TimeLimit {
  const controller = new AbortController()
  const onParentAbort = () => controller.abort(parent?.reason)
  const timer = setTimeout(() => controller.abort(new Error(`time limit of ${ms} ms reached`)), ms)
  if (parent?.aborted) onParentAbort()
  else parent?.addEventListener('abort', onParentAbort, { once: true })
  return {
    signal: controller.signal,
    dispose() {
      clearTimeout(timer)
      parent?.removeEventListener('abort', onParentAbort)
    }
  }
}
