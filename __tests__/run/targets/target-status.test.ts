// How a target stands and how the step's status and outcome come from its targets'.
import { describe, expect, it } from '@jest/globals'
import { stepOutcome, targetStatus, worstStatus } from '../../../src/run/targets/target-status.js'

describe('worstStatus', () => {
  it('puts any status outside accept-statuses before any inside, then failed first', () => {
    expect(worstStatus(['success', 'failed', 'timeout'], ['success'])).toBe('failed')
    expect(worstStatus(['success', 'not-triggered', 'canceled'], ['success'])).toBe('canceled')
    expect(worstStatus(['success', 'manual'], ['success'])).toBe('manual')
    // Accepted: failed is not worse than a canceled that is not.
    expect(worstStatus(['failed', 'canceled'], ['success', 'failed'])).toBe('canceled')
    expect(worstStatus(['success', 'manual'], ['success', 'manual'])).toBe('manual')
    expect(worstStatus(['success', 'success'], ['success'])).toBe('success')
  })

  it('ranks a pipeline still going between manual and success (a step that does not wait)', () => {
    expect(worstStatus(['success', 'running', 'created'], ['success'])).toBe('running')
  })
})

describe('stepOutcome and targetStatus', () => {
  it('takes the most serious outcome of the targets', () => {
    expect(stepOutcome(['accepted', 'not-accepted', 'timeout'])).toBe('timeout')
    expect(stepOutcome(['accepted', 'gitlab-error', 'timeout'])).toBe('gitlab-error')
    expect(stepOutcome(['accepted', 'accepted'])).toBe('accepted')
    expect(stepOutcome(['triggered', 'triggered'])).toBe('triggered')
  })

  it('says not-triggered for a target never run or whose trigger created nothing', () => {
    expect(targetStatus(undefined)).toBe('not-triggered')
    expect(targetStatus({ outcome: 'gitlab-error', jobs: [], startedAt: 0, endedAt: 0 })).toBe(
      'not-triggered'
    )
  })
})
