import { describe, expect, it } from '@jest/globals'
import { formatDuration, parseDuration } from '../../src/settings/durations.js'

describe('parseDuration', () => {
  it.each([
    ['90', 90_000],
    ['0', 0],
    ['45s', 45_000],
    ['30m', 1_800_000],
    ['2h', 7_200_000],
    ['1h30m', 5_400_000],
    ['1h30m15s', 5_415_000],
    ['1m30s', 90_000],
    ['500ms', 500],
    ['1s500ms', 1_500],
    ['  45s  ', 45_000]
  ])('reads %j as %d ms', (text, ms) => {
    expect(parseDuration(text)).toBe(ms)
  })

  it.each(['', '   ', 'abc', 'h', '1.5h', '-5', '1d', '10 minutes', '1m30', '30s1m', '1 h', '5S'])(
    'returns undefined for %j',
    text => {
      expect(parseDuration(text)).toBeUndefined()
    }
  )

  it('tells minutes from milliseconds', () => {
    expect(parseDuration('5m')).toBe(300_000)
    expect(parseDuration('5ms')).toBe(5)
  })
})

describe('formatDuration', () => {
  it.each([
    [0, '0s'],
    [1_000, '1s'],
    [45_000, '45s'],
    [60_000, '1m'],
    [90_000, '1m30s'],
    [3_600_000, '1h'],
    [3_725_000, '1h2m5s'],
    [5_400_000, '1h30m'],
    [7_205_000, '2h5s']
  ])('shows %d ms as %j', (ms, text) => {
    expect(formatDuration(ms)).toBe(text)
  })

  it('rounds to whole seconds', () => {
    expect(formatDuration(1_499)).toBe('1s')
    expect(formatDuration(1_500)).toBe('2s')
    expect(formatDuration(59_600)).toBe('1m')
  })

  it('shows less than half a second in milliseconds', () => {
    expect(formatDuration(250)).toBe('250ms')
  })

  it('shows a fractional sub-second duration (GitLab reports float seconds) in whole milliseconds', () => {
    expect(formatDuration(0.123456 * 1000)).toMatch(/^\d+ms$/)
  })

  it('reads back what it writes', () => {
    for (const ms of [1_000, 59_000, 61_000, 3_599_000, 3_600_000, 86_399_000]) {
      expect(parseDuration(formatDuration(ms))).toBe(ms)
    }
  })
})
