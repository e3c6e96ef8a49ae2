import { describe, expect, it } from '@jest/globals'
import type { Job } from '../../../src/gitlab/schemas.js'
import { isProgressingJob, JobTracker } from '../../../src/run/follow/job-changes.js'

function job(id: number, status: string): Job {
  return {
    id,
    name: `job-${id}`,
    stage: 'test',
    status,
    web_url: `https://gitlab.example.com/g/p/-/jobs/${id}`,
    duration: null,
    allow_failure: false,
    failure_reason: null
  }
}

const summarise = (changes: ReturnType<JobTracker['update']>) =>
  changes.map(({ job: { id }, from, to }) => ({ id, from, to }))

describe('JobTracker', () => {
  it('reports every job the first time, with no previous status, in creation order, except a job just created', () => {
    const tracker = new JobTracker()
    expect(
      summarise(tracker.update([job(3, 'created'), job(1, 'running'), job(2, 'pending')]))
    ).toEqual([
      { id: 1, from: undefined, to: 'running' },
      { id: 2, from: undefined, to: 'pending' }
    ])
    expect(summarise(tracker.update([job(3, 'pending')]))).toEqual([
      { id: 3, from: 'created', to: 'pending' }
    ])
  })

  it('reports nothing when a poll shows the same statuses', () => {
    const tracker = new JobTracker()
    tracker.update([job(1, 'running'), job(2, 'pending')])
    expect(tracker.update([job(2, 'pending'), job(1, 'running')])).toEqual([])
    expect(tracker.update([job(1, 'running'), job(2, 'pending')])).toEqual([])
  })

  it('reports only the jobs whose status changed, from the old status to the new', () => {
    const tracker = new JobTracker()
    tracker.update([job(1, 'running'), job(2, 'pending')])
    expect(summarise(tracker.update([job(1, 'failed'), job(2, 'pending')]))).toEqual([
      { id: 1, from: 'running', to: 'failed' }
    ])
  })

  it('reports a job that appears later as new', () => {
    const tracker = new JobTracker()
    tracker.update([job(1, 'success')])
    expect(summarise(tracker.update([job(2, 'pending'), job(1, 'success')]))).toEqual([
      { id: 2, from: undefined, to: 'pending' }
    ])
  })

  it('reports each step of a job through several polls once', () => {
    const tracker = new JobTracker()
    const seen = ['pending', 'pending', 'running', 'running', 'running', 'success'].flatMap(
      status => summarise(tracker.update([job(7, status)]))
    )
    expect(seen).toEqual([
      { id: 7, from: undefined, to: 'pending' },
      { id: 7, from: 'pending', to: 'running' },
      { id: 7, from: 'running', to: 'success' }
    ])
  })

  it('keeps the job object of the latest poll in a change', () => {
    const tracker = new JobTracker()
    tracker.update([job(1, 'running')])
    const latest = { ...job(1, 'failed'), duration: 12 }
    expect(tracker.update([latest])[0].job).toBe(latest)
  })

  it('keeps separate trackers apart', () => {
    const first = new JobTracker()
    first.update([job(1, 'running')])
    expect(new JobTracker().update([job(1, 'running')])).toHaveLength(1)
  })
})

describe('isProgressingJob', () => {
  it.each([
    'waiting_for_resource',
    'preparing',
    'waiting_for_callback',
    'pending',
    'running',
    'canceling',
    'scheduled'
  ])('counts a %s job as progressing by itself', status => {
    expect(isProgressingJob({ status })).toBe(true)
  })

  it.each(['success', 'failed', 'canceled', 'skipped', 'manual', 'created'])(
    'counts a %s job as not moving by itself (created may sit behind a manual job)',
    status => {
      expect(isProgressingJob({ status })).toBe(false)
    }
  )
})
