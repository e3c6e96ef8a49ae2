// GitLab's statuses in one place (src/gitlab/statuses.ts) against has_status.rb as
// docs/gitlab.md 3.2 quotes it.
import { readFileSync } from 'node:fs'
import { describe, expect, it } from '@jest/globals'
import {
  FINAL_STATUSES,
  PROGRESSING_STATUSES,
  STATUSES,
  countsAsFailure,
  hasRunToEnd,
  isCompletedStatus,
  isExecutingStatus,
  isFinalStatus,
  isKnownStatus,
  isProgressingStatus,
  isRetriedStatus,
  isWaitingForPlay,
  neverRan,
  passed
} from '../../src/gitlab/statuses.js'

const docs = readFileSync('docs/gitlab.md', 'utf8')
const listed = (text: string) =>
  text
    .replace(/\s+/g, ' ')
    .split(/[ ,`]+/)
    .filter(Boolean)

describe('GitLab statuses', () => {
  it('lists every status docs/gitlab.md 3.2 names, and only those', () => {
    const section = /`app\/models\/concerns\/ci\/has_status\.rb` \(newest\): ([^.]+)\./.exec(docs)
    expect(section).not.toBeNull()
    expect([...STATUSES].sort()).toEqual(listed(section?.[1] ?? '').sort())
  })

  it('ends the wait on the completed statuses and manual', () => {
    expect([...FINAL_STATUSES].sort()).toEqual([
      'canceled',
      'failed',
      'manual',
      'skipped',
      'success'
    ])
    expect(STATUSES.filter(isFinalStatus)).toEqual(
      [...FINAL_STATUSES].sort((a, b) => STATUSES.indexOf(a) - STATUSES.indexOf(b))
    )
    expect(isCompletedStatus('manual')).toBe(false)
    expect(isCompletedStatus('skipped')).toBe(true)
  })

  it('puts each status in exactly one of: final, progressing, or created', () => {
    for (const status of STATUSES) {
      const kinds = [isFinalStatus(status), isProgressingStatus(status), status === 'created']
      expect({ status, count: kinds.filter(Boolean).length }).toEqual({ status, count: 1 })
    }
  })

  it('waits through canceling, scheduled and waiting_for_callback', () => {
    for (const status of ['canceling', 'scheduled', 'waiting_for_callback'])
      expect(isProgressingStatus(status)).toBe(true)
    expect(PROGRESSING_STATUSES).not.toContain('created')
  })

  it('answers false for a status this code does not know', () => {
    const unknown = 'waiting_for_quantum_entanglement'
    expect(isKnownStatus(unknown)).toBe(false)
    for (const predicate of [
      isFinalStatus,
      isProgressingStatus,
      isCompletedStatus,
      isExecutingStatus,
      hasRunToEnd,
      neverRan,
      isWaitingForPlay,
      isRetriedStatus
    ])
      expect(predicate(unknown)).toBe(false)
  })

  it('tells which jobs have a log, and a complete one', () => {
    expect(STATUSES.filter(neverRan)).toEqual(['created', 'skipped', 'manual'])
    expect(STATUSES.filter(isExecutingStatus)).toEqual(['running', 'canceling'])
    expect(STATUSES.filter(hasRunToEnd)).toEqual(['success', 'failed', 'canceled'])
  })

  it('counts a failed job as a failure unless it may fail', () => {
    expect(countsAsFailure({ status: 'failed', allow_failure: false })).toBe(true)
    expect(countsAsFailure({ status: 'failed', allow_failure: true })).toBe(false)
    expect(passed({ status: 'failed', allow_failure: true })).toBe(true)
    expect(passed({ status: 'success', allow_failure: false })).toBe(true)
    expect(passed({ status: 'canceled', allow_failure: true })).toBe(false)
  })

  it('retries what GitLab retries: failed and canceled', () => {
    expect(STATUSES.filter(isRetriedStatus)).toEqual(['failed', 'canceled'])
  })
})
