import { describe, expect, it } from '@jest/globals'
import {
  GROWING_MS,
  LogReadSchedule,
  QUIET_CEILING_MS,
  QUIET_FIRST_MS
} from '../../../src/run/logs/read-schedule.js'
import {
  REQUESTS_PER_MINUTE,
  RESERVE,
  STATUS_EVERY_MS
} from '../../../src/run/logs/request-budget.js'

/**
 * Drives a schedule as the wait loop does, on a clock of its own: each check reads the statuses
 * when due, then the logs the schedule gives; `grows(key, now)` says whether a job's log grew.
 */
function simulate(
  keys: string[],
  minutes: number,
  grows: (key: string, now: number) => boolean,
  statusCost = 1
) {
  let now = 1_000_000
  const schedule = new LogReadSchedule(now)
  const requests: number[] = []
  const reads = new Map<string, number[]>(keys.map(key => [key, []]))
  for (const key of keys) schedule.readNow(key, now)
  const end = now + minutes * 60_000
  while (now < end) {
    if (schedule.statusDue(now)) {
      schedule.statusChecked(statusCost, now)
      for (let i = 0; i < statusCost; i++) requests.push(now)
    }
    for (const key of schedule.take(keys, now)) {
      requests.push(now)
      reads.get(key)?.push(now)
      schedule.read(key, grows(key, now), now)
    }
    now += schedule.pauseMs(now, 15_000)
  }
  return { schedule, requests, reads, start: 1_000_000 }
}

/**
 * Like the wait with every job writing: the first check costs `firstCheck` requests (one-off
 * reads), then half the jobs end at once at 60 s (each read once more, on the schedule), the
 * other half at 100 s, when the pipeline ends and the wait's last reads take them to their end
 * (takeLast, waiting for room). Returns every request's time and each job's last read.
 */
function simulateEnds(jobs: number, firstCheck: number) {
  const start = 2_000_000
  let now = start
  const schedule = new LogReadSchedule(now)
  const keys = Array.from({ length: jobs }, (_, i) => `job-${i}`)
  const requests: number[] = []
  const lastRead = new Map<string, number>()
  const charge = (count: number) => {
    for (let i = 0; i < count; i++) requests.push(now)
  }
  for (const key of keys) schedule.readNow(key, now)
  let running = keys
  let cost = firstCheck
  while (now < start + 100_000) {
    if (now >= start + 60_000 && running.length === keys.length) {
      for (const key of keys.slice(0, jobs / 2)) schedule.readNow(key, now, true)
    }
    if (schedule.statusDue(now)) {
      schedule.statusChecked(cost, now)
      charge(cost)
      cost = 1
    }
    for (const key of schedule.take(running, now)) {
      charge(1)
      if (now >= start + 60_000 && keys.indexOf(key) < jobs / 2) {
        lastRead.set(key, now)
        schedule.forget(key)
        running = running.filter(other => other !== key)
      } else schedule.read(key, true, now)
    }
    now += schedule.pauseMs(now, 15_000)
  }
  // The pipeline ended: the last status check, then the wait's last reads, on the budget.
  schedule.statusChecked(1, now)
  charge(1)
  let left = running.length
  while (left > 0) {
    const fit = schedule.budget.takeLast(left, now)
    charge(fit)
    for (const key of running.slice(running.length - left, running.length - left + fit))
      lastRead.set(key, now)
    left -= fit
    if (fit === 0) now = Math.max(now + 1, schedule.budget.roomAt(now))
  }
  return { requests, lastRead, endedAt: now }
}

/** The most requests in any 60 s window. */
function busiestMinute(times: number[]): number {
  let most = 0
  for (let i = 0, j = 0; i < times.length; i++) {
    while (times[i] - times[j] >= 60_000) j++
    most = Math.max(most, i - j + 1)
  }
  return most
}

/** p95 of the wait from a line written (every 100 ms) to the next read of its job's log. */
function lineLatencyP95(readTimes: number[]): number {
  const latencies: number[] = []
  let next = 0
  for (let at = readTimes[0]; at < readTimes[readTimes.length - 1]; at += 100) {
    while (readTimes[next] < at) next++
    latencies.push(readTimes[next] - at)
  }
  latencies.sort((a, b) => a - b)
  return latencies[Math.floor(latencies.length * 0.95)]
}

describe('LogReadSchedule', () => {
  it.each([1, 2, 8, 50])(
    'never spends more than 60 requests in any minute, status checks included, with %i jobs writing',
    jobs => {
      const keys = Array.from({ length: jobs }, (_, i) => `job-${i}`)
      const { requests } = simulate(keys, 5, () => true)
      expect(busiestMinute(requests)).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
      // And it uses the budget: nothing is left idle while logs grow.
      expect(requests.length).toBeGreaterThan(5 * REQUESTS_PER_MINUTE * 0.85)
    }
  )

  it.each([8, 50])(
    'keeps any minute to 60 requests with the one-off reads and the last reads of %i jobs ending at once',
    jobs => {
      const { requests, lastRead, endedAt } = simulateEnds(jobs, 6)
      expect(busiestMinute(requests)).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
      // Nothing lost: every job had its last read.
      expect(lastRead.size).toBe(jobs)
      // The last reads were queued first: with 8 jobs, they all fit at once in the reserve or
      // soon after; with 50, within the minute the budget needs for them.
      expect(endedAt - 2_000_000 - 100_000).toBeLessThanOrEqual(jobs <= 8 ? 10_000 : 60_000)
    }
  )

  it('queues a job’s last read before the reads of running jobs, and lets it use the reserve', () => {
    const now = 3_000_000
    const schedule = new LogReadSchedule(now)
    const keys = Array.from({ length: 10 }, (_, i) => `job-${i}`)
    for (const key of keys) schedule.readNow(key, now)
    // Spend the bucket and all of the minute but the reserve.
    schedule.budget.spend(REQUESTS_PER_MINUTE - RESERVE, now)
    expect(schedule.take(keys, now)).toEqual([])
    schedule.readNow('job-9', now, true)
    expect(schedule.take(keys, now)).toEqual(['job-9'])
    expect(schedule.budget.sentInLastMinute(now)).toBe(REQUESTS_PER_MINUTE - RESERVE + 1)
    // A full minute: the next last read waits until the oldest request leaves it.
    schedule.budget.spend(RESERVE - 1, now + 1_000)
    expect(schedule.budget.takeLast(1, now + 1_000)).toBe(0)
    expect(schedule.budget.roomAt(now + 1_000)).toBe(now + 60_000)
    expect(schedule.budget.takeLast(3, now + 60_000)).toBe(3)
  })

  it('keeps to the budget when a status check costs several requests (a tree of pipelines)', () => {
    const { requests } = simulate(['a', 'b', 'c'], 5, () => true, 6)
    expect(busiestMinute(requests)).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
  })

  it('reads a growing log again soon, and one that stopped growing less and less often, up to the ceiling', () => {
    const { reads } = simulate(['writer', 'quiet'], 2, key => key === 'writer')
    const gaps = (times: number[]) => times.slice(1).map((time, i) => time - times[i])
    const quiet = gaps(reads.get('quiet') ?? [])
    expect(quiet[0]).toBeGreaterThanOrEqual(QUIET_FIRST_MS)
    expect(quiet[1]).toBeGreaterThan(QUIET_FIRST_MS)
    // Sharing the budget with the writer may delay it a little: a wake-up still shows within
    // 10 s (contract section 6.3).
    expect(Math.max(...quiet)).toBeLessThanOrEqual(10_000)
    expect(quiet.at(-1)).toBeGreaterThanOrEqual(QUIET_CEILING_MS)
    // A line the writer writes at any moment shows at its next read: within 3 s (p95).
    expect(lineLatencyP95(reads.get('writer') ?? [])).toBeLessThanOrEqual(3_000)
  })

  it('shows the lines of two jobs writing at once within 3 s (p95)', () => {
    const { reads, requests } = simulate(['a', 'b'], 5, () => true)
    expect(lineLatencyP95(reads.get('a') ?? [])).toBeLessThanOrEqual(3_000)
    expect(lineLatencyP95(reads.get('b') ?? [])).toBeLessThanOrEqual(3_000)
    expect(busiestMinute(requests)).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
  })

  it('sees a quiet job that wakes up within 10 s, two others writing', () => {
    // The quiet job writes again from the third minute on.
    const wakesAt = 1_000_000 + 120_000
    const { reads } = simulate(
      ['a', 'b', 'quiet'],
      3,
      (key, now) => key !== 'quiet' || now >= wakesAt
    )
    const firstAfter = (reads.get('quiet') ?? []).find(time => time >= wakesAt) ?? Infinity
    expect(firstAfter - wakesAt).toBeLessThanOrEqual(10_000)
  })

  it('reads a job that starts or ends at once, even one that had backed off', () => {
    let now = 5_000_000
    const schedule = new LogReadSchedule(now)
    schedule.readNow('a', now)
    expect(schedule.take(['a'], now)).toEqual(['a'])
    schedule.read('a', false, now)
    now += 100
    expect(schedule.take(['a'], now)).toEqual([])
    schedule.readNow('a', now)
    expect(schedule.take(['a'], now)).toEqual(['a'])
  })

  it('reads the statuses every STATUS_EVERY_MS while streaming, and says once that the budget is tight', () => {
    let now = 7_000_000
    const schedule = new LogReadSchedule(now)
    expect(schedule.statusDue(now)).toBe(true)
    schedule.statusChecked(1, now)
    schedule.statusChecked(1, now)
    expect(schedule.statusDue(now + STATUS_EVERY_MS - 1)).toBe(false)
    expect(schedule.statusDue(now + STATUS_EVERY_MS)).toBe(true)
    const keys = Array.from({ length: 10 }, (_, i) => `job-${i}`)
    for (const key of keys) schedule.readNow(key, now)
    expect(schedule.take(keys, now).length).toBeLessThan(keys.length)
    expect(schedule.budget.limitedNews()).toBe(true)
    now += 60_000
    schedule.take(keys, now)
    expect(schedule.budget.limitedNews()).toBe(false)
  })

  it('pauses until the next read is due and affordable, never past the wait’s own pause otherwise', () => {
    const now = 9_000_000
    const schedule = new LogReadSchedule(now)
    schedule.statusChecked(1, now)
    schedule.readNow('a', now)
    schedule.read('a', true, now)
    expect(schedule.pauseMs(now, 15_000)).toBe(GROWING_MS)
    expect(schedule.pauseMs(now, 500)).toBe(500)
  })
})
