import { describe, expect, it } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { realClock } from '../../src/runtime/clock.js'

describe('the real clock', () => {
  it('tells epoch milliseconds', () => {
    const before = Date.now()
    const now = realClock.now()
    expect(now).toBeGreaterThanOrEqual(before)
    expect(now).toBeLessThanOrEqual(Date.now())
  })

  it('sleeps for the time asked and lets go of the signal afterwards', async () => {
    const controller = new AbortController()
    const started = performance.now()
    await realClock.sleep(40, controller.signal)
    expect(performance.now() - started).toBeGreaterThanOrEqual(35)
    // A poll loop sleeps thousands of times on one signal: no listener may stay behind.
    expect(getEventListeners(controller.signal, 'abort')).toHaveLength(0)
  })

  it("ends a sleep early when the signal aborts, rejecting with the signal's reason", async () => {
    const controller = new AbortController()
    const reason = new Error('received SIGINT')
    const started = performance.now()
    const sleeping = realClock.sleep(60_000, controller.signal)
    setTimeout(() => controller.abort(reason), 10)
    await expect(sleeping).rejects.toBe(reason)
    expect(performance.now() - started).toBeLessThan(5_000)
  })

  it('does not sleep at all on a signal already aborted', async () => {
    const reason = new Error('cancelled before')
    await expect(realClock.sleep(60_000, AbortSignal.abort(reason))).rejects.toBe(reason)
  })
})
