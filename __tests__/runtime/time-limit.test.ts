import { describe, expect, it } from '@jest/globals'
import { getEventListeners } from 'node:events'
import { setTimeout as sleep } from 'node:timers/promises'
import { timeLimit } from '../../src/runtime/time-limit.js'

describe('timeLimit', () => {
  it('aborts when the time is up, saying which limit was reached', async () => {
    const limit = timeLimit(20)
    expect(limit.signal.aborted).toBe(false)
    await sleep(60)
    expect(limit.signal.aborted).toBe(true)
    expect((limit.signal.reason as Error).message).toBe('time limit of 20 ms reached')
    limit.dispose()
  })

  it("aborts with the parent, keeping the parent's reason", () => {
    const parent = new AbortController()
    const limit = timeLimit(60_000, parent.signal)
    const reason = new Error('received SIGTERM')
    parent.abort(reason)
    expect(limit.signal.aborted).toBe(true)
    expect(limit.signal.reason).toBe(reason)
    limit.dispose()
  })

  it('is aborted from the start under a parent already aborted', () => {
    const reason = new Error('cancelled')
    const limit = timeLimit(60_000, AbortSignal.abort(reason))
    expect(limit.signal.reason).toBe(reason)
    limit.dispose()
  })

  it('once disposed, neither the timer nor the parent aborts it, and the parent is let go', async () => {
    const parent = new AbortController()
    const limit = timeLimit(20, parent.signal)
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(1)
    limit.dispose()
    expect(getEventListeners(parent.signal, 'abort')).toHaveLength(0)
    await sleep(60)
    parent.abort(new Error('later'))
    expect(limit.signal.aborted).toBe(false)
  })
})
