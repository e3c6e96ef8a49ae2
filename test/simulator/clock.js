// @ts-check
/**
 * The simulator's notion of "now". Pipeline and job statuses are computed from it lazily (no timers),
 * so with a manual clock a test decides exactly when a job finishes.
 */

/**
 * @typedef {object} Clock
 * @property {() => number} now epoch milliseconds
 * @property {(ms: number) => void} advance move the clock forward
 */

/**
 * @param {{ manual?: boolean, start?: number }} options
 *   manual: only advance() moves the clock; start: its first reading (default Date.now()).
 * @returns {Clock}
 */
export function createClock({ manual = false, start } = {}) {
  if (manual) {
    let current = start ?? Date.now()
    return {
      now: () => current,
      advance: ms => {
        current += checkedStep(ms)
      }
    }
  }
  // A real clock can still be pushed forward, e.g. to fast-forward a demo pipeline.
  let offset = (start ?? Date.now()) - Date.now()
  return {
    now: () => Date.now() + offset,
    advance: ms => {
      offset += checkedStep(ms)
    }
  }
}

/** @param {number} ms */
function checkedStep(ms) {
  if (!Number.isFinite(ms) || ms < 0) {
    throw new RangeError(`advance() needs a finite, non-negative number of ms, got ${ms}`)
  }
  return ms
}
