import { afterEach, describe, expect, it } from '@jest/globals'
import { abortOnSignals } from '../../src/runtime/signals.js'

// process.emit calls the listeners as a delivered signal would, without signalling Jest itself.
const before = { SIGINT: process.listeners('SIGINT'), SIGTERM: process.listeners('SIGTERM') }
afterEach(() => {
  for (const name of ['SIGINT', 'SIGTERM'] as const)
    for (const listener of process.listeners(name))
      if (!before[name].includes(listener)) process.removeListener(name, listener)
})

describe('abortOnSignals', () => {
  it.each(['SIGINT', 'SIGTERM'] as const)('aborts on %s, naming the signal', name => {
    const signal = abortOnSignals()
    expect(signal.aborted).toBe(false)
    process.emit(name, name)
    expect(signal.aborted).toBe(true)
    expect((signal.reason as Error).message).toBe(`received ${name}`)
  })

  it('listens once: a second signal finds the first reason kept', () => {
    const signal = abortOnSignals()
    const listening = process.listenerCount('SIGINT')
    process.emit('SIGINT', 'SIGINT')
    expect(process.listenerCount('SIGINT')).toBe(listening - 1)
    process.emit('SIGTERM', 'SIGTERM')
    expect((signal.reason as Error).message).toBe('received SIGINT')
  })

  it('stays quiet until a signal comes', () => {
    const signal = abortOnSignals()
    expect(process.listenerCount('SIGINT')).toBeGreaterThan(before.SIGINT.length)
    expect(process.listenerCount('SIGTERM')).toBeGreaterThan(before.SIGTERM.length)
    expect(signal.aborted).toBe(false)
  })
})
