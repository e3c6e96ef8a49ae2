// The step's live-log request budget (src/run/logs/request-budget.ts), shared by the waits of
// several targets: the status share split by their cost, requests set aside and given back, and
// turns, so that the wait whose timer fires first does not take every request.
import { describe, expect, it } from '@jest/globals'
import { LogReadSchedule } from '../../../src/run/logs/read-schedule.js'
import {
  REQUESTS_PER_MINUTE,
  RequestBudget,
  STATUS_EVERY_MS,
  TURN_GRACE_MS
} from '../../../src/run/logs/request-budget.js'

const T0 = 5_000_000

describe('RequestBudget, the status share', () => {
  it('spaces one wait by its cost, a quarter of the budget; several by all their costs, half of it', () => {
    const budget = new RequestBudget(T0)
    const one = {}
    budget.join(one)
    expect(budget.statusSpacingMs()).toBe(STATUS_EVERY_MS)
    budget.setStatusCost(one, 2)
    // 2 requests at most 15 a minute: every 8 s.
    expect(budget.statusSpacingMs()).toBe(8_000)
    const others = [{}, {}, {}, {}]
    for (const other of others) budget.join(other)
    expect(budget.shared()).toBe(true)
    // 2 + 4 × 1 requests at most 30 a minute: every 12 s for each wait.
    expect(budget.statusSpacingMs()).toBe(12_000)
    for (const other of others) budget.leave(other)
    expect(budget.shared()).toBe(false)
    expect(budget.statusSpacingMs()).toBe(8_000)
  })

  it('ignores the cost of a wait that left', () => {
    const budget = new RequestBudget(T0)
    const gone = {}
    budget.join(gone)
    budget.leave(gone)
    budget.setStatusCost(gone, 50)
    expect(budget.statusSpacingMs()).toBe(STATUS_EVERY_MS)
  })
})

describe('RequestBudget, spending', () => {
  it('gives back what was set aside and not sent, to the minute and to the bucket', () => {
    const budget = new RequestBudget(T0)
    budget.spend(2, T0)
    expect(budget.affords(1, T0)).toBe(false)
    budget.refund(1, T0)
    expect(budget.sentInLastMinute(T0)).toBe(1)
    expect(budget.affords(1, T0)).toBe(true)
    // Only requests spent at that time are given back.
    budget.refund(5, T0 + 1)
    expect(budget.sentInLastMinute(T0 + 1)).toBe(1)
  })

  it('never lets scheduled work fill the last minute past its reserve', () => {
    const budget = new RequestBudget(T0)
    let now = T0
    let spent = 0
    while (now < T0 + 60_000) {
      if (budget.affords(1, now)) {
        budget.spend(1, now)
        spent++
      }
      now += 100
    }
    expect(spent).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
    expect(budget.sentInLastMinute(now - 1)).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
  })
})

describe('RequestBudget, turns', () => {
  it('lets the wait first in line read first, and another only once it let the grace pass', () => {
    const budget = new RequestBudget(T0)
    const [first, second] = [{}, {}]
    budget.spend(2, T0)
    budget.waitTurn(first)
    budget.waitTurn(second)
    const affordable = budget.turnAt(first, 1, T0)
    expect(affordable).toBeGreaterThan(T0)
    expect(budget.turnAt(second, 1, T0)).toBe(affordable + TURN_GRACE_MS)
    // The first did not come (busy with a check): the second goes after the grace.
    expect(budget.turnAt(second, 1, affordable + TURN_GRACE_MS)).toBe(affordable + TURN_GRACE_MS)
    // Once the first was served, the second is first in line.
    budget.served(first)
    expect(budget.turnAt(second, 1, T0)).toBe(affordable)
    // A wait that leaves leaves the line too.
    budget.waitTurn(first)
    budget.leave(second)
    expect(budget.turnAt(first, 1, T0)).toBe(affordable)
  })

  it('says once, for the whole step, that reads had to wait', () => {
    const budget = new RequestBudget(T0)
    expect(budget.limitedNews()).toBe(false)
    budget.waitTurn({})
    budget.waitTurn({})
    expect(budget.limitedNews()).toBe(true)
    expect(budget.limitedNews()).toBe(false)
  })
})

describe('Several schedules on one budget', () => {
  /**
   * Waits driven as concurrent timers fire: the earliest wake first, ties in the order the waits
   * went to sleep. Every job's log grows at each read.
   */
  function simulate(waits: number, jobsEach: number, minutes: number) {
    const budget = new RequestBudget(T0)
    const schedules = Array.from({ length: waits }, () => new LogReadSchedule(T0, budget))
    const keys = schedules.map((_, w) => Array.from({ length: jobsEach }, (_, j) => `${w}/${j}`))
    schedules.forEach((schedule, w) => keys[w].forEach(key => schedule.readNow(key, T0)))
    const requests: number[] = []
    const reads = new Map<string, number>()
    const statusAt: number[][] = schedules.map(() => [])
    const sleepers = schedules.map((_, w) => ({ w, at: T0 }))
    while (sleepers.length > 0) {
      sleepers.sort((a, b) => a.at - b.at)
      const { w, at: now } = sleepers.shift()!
      if (now >= T0 + minutes * 60_000) continue
      const schedule = schedules[w]
      if (schedule.statusDue(now)) {
        schedule.statusChecked(1, now)
        requests.push(now)
        statusAt[w].push(now)
      }
      for (const key of schedule.take(keys[w], now)) {
        requests.push(now)
        reads.set(key, (reads.get(key) ?? 0) + 1)
        schedule.read(key, true, now)
      }
      sleepers.push({ w, at: now + schedule.pauseMs(now, 15_000) })
    }
    return { requests, reads, statusAt }
  }

  function busiestMinute(times: number[]): number {
    let busiest = 0
    for (let i = 0, k = 0; i < times.length; i++) {
      while (times[i] - times[k] >= 60_000) k++
      busiest = Math.max(busiest, i - k + 1)
    }
    return busiest
  }

  it('keeps five waits of three writing jobs each within 60 requests a minute, in turns', () => {
    const { requests, reads, statusAt } = simulate(5, 3, 5)
    expect(busiestMinute(requests)).toBeLessThanOrEqual(REQUESTS_PER_MINUTE)
    expect(requests.length).toBeGreaterThan(5 * REQUESTS_PER_MINUTE * 0.85)
    // Every job read about as often as the others.
    const counts = [...reads.values()]
    expect(counts).toHaveLength(15)
    expect(Math.min(...counts)).toBeGreaterThan(0.8 * Math.max(...counts))
    // Each wait's statuses read every 10 s or so (5 requests at most 30 a minute).
    for (const times of statusAt) {
      const gaps = times.slice(1).map((at, i) => at - times[i])
      expect(Math.max(...gaps)).toBeLessThan(15_000)
    }
  })
})
