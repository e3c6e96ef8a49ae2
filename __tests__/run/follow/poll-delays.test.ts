import { describe, expect, it } from '@jest/globals'
import { nextPollDelay } from '../../../src/run/follow/poll-delays.js'

/** The times (ms since the trigger) at which the status is checked, up to `untilMs`. */
function pollTimes(untilMs: number, pollIntervalMs: number): number[] {
  const times = [0]
  while (times.at(-1)! < untilMs) {
    const now = times.at(-1)!
    times.push(now + nextPollDelay(now, pollIntervalMs))
  }
  return times
}

describe('nextPollDelay', () => {
  it('starts at 1 s', () => {
    expect(nextPollDelay(0, 15_000)).toBe(1_000)
  })

  it('grows with the time already waited', () => {
    expect(nextPollDelay(10_000, 15_000)).toBe(2_000)
    expect(nextPollDelay(60_000, 15_000)).toBe(7_000)
    expect(nextPollDelay(60_000, 15_000)).toBeGreaterThan(nextPollDelay(30_000, 15_000))
  })

  it('never goes above poll-interval', () => {
    for (const interval of [1_000, 5_000, 15_000, 60_000]) {
      for (let elapsed = 0; elapsed <= 10 * 3_600_000; elapsed += 7_919) {
        expect(nextPollDelay(elapsed, interval)).toBeLessThanOrEqual(interval)
      }
    }
  })

  it('reaches poll-interval and stays there', () => {
    expect(nextPollDelay(3_600_000, 15_000)).toBe(15_000)
    expect(nextPollDelay(140_000, 15_000)).toBe(15_000)
  })

  it('never polls more often than once a second when poll-interval allows', () => {
    for (let elapsed = 0; elapsed <= 600_000; elapsed += 1_000) {
      expect(nextPollDelay(elapsed, 15_000)).toBeGreaterThanOrEqual(1_000)
    }
  })

  it('returns whole milliseconds', () => {
    expect(Number.isInteger(nextPollDelay(12_345, 15_000))).toBe(true)
  })

  it('checks a 20 s pipeline at most about 3 s apart near its end, and sees its end within 3 s', () => {
    const times = pollTimes(20_000, 15_000)
    const gapsBeforeEnd = times.slice(1).map((t, i) => t - times[i])
    expect(Math.max(...gapsBeforeEnd)).toBeLessThanOrEqual(3_000)
    expect(times.at(-1)! - 20_000).toBeLessThanOrEqual(3_000)
  })

  it('costs about one check per poll-interval over an hour', () => {
    const times = pollTimes(3_600_000, 15_000)
    const checks = times.length - 1
    const perInterval = 3_600_000 / 15_000
    expect(checks).toBeGreaterThanOrEqual(perInterval)
    expect(checks).toBeLessThanOrEqual(perInterval * 1.15)
  })
})
