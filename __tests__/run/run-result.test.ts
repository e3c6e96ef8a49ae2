import { describe, expect, it } from '@jest/globals'
import type { Pipeline } from '../../src/gitlab/schemas.js'
import {
  jobEssentials,
  lastKnownJobs,
  lastKnownStatus,
  pipelineEssentials,
  type RunJob,
  type RunResult
} from '../../src/run/run-result.js'

const job = (id: number, status: string, extra: object = {}) =>
  ({
    id,
    name: `job-${id}`,
    stage: 'test',
    status,
    web_url: `https://gitlab.example.com/g/app/-/jobs/${id}`,
    duration: 12.5,
    allow_failure: false,
    ref: 'main',
    ...extra
  }) as unknown as RunJob

const pipeline = (status: string) => ({ id: 7, status }) as unknown as Pipeline
const result = (parts: Partial<RunResult>): RunResult => ({
  outcome: 'accepted',
  jobs: [],
  startedAt: 0,
  endedAt: 0,
  ...parts
})

describe('jobEssentials: the jobs as the outputs show them', () => {
  it('sorts by id and keeps only the fields the outputs promise, a missing pipeline as null', () => {
    expect(jobEssentials([job(9, 'failed', { pipeline_id: 3 }), job(2, 'success')])).toEqual([
      {
        id: 2,
        name: 'job-2',
        stage: 'test',
        status: 'success',
        web_url: 'https://gitlab.example.com/g/app/-/jobs/2',
        duration: 12.5,
        allow_failure: false,
        pipeline_id: null
      },
      expect.objectContaining({ id: 9, status: 'failed', pipeline_id: 3 })
    ])
  })

  it('leaves the jobs it was given in their order', () => {
    const jobs = [job(9, 'failed'), job(2, 'success')]
    jobEssentials(jobs)
    expect(jobs.map(j => j.id)).toEqual([9, 2])
  })
})

describe('pipelineEssentials', () => {
  it('keeps id, project, address, status and parent, in order; none without pipelines', () => {
    expect(
      pipelineEssentials([
        { id: 1, project_id: 42, web_url: 'u1', status: 'success', parent_id: null, path: 'root' },
        {
          id: 2,
          project_id: 43,
          web_url: 'u2',
          status: 'failed',
          parent_id: 1,
          path: 'root › child',
          trigger_job_id: 5
        }
      ])
    ).toEqual([
      { id: 1, project_id: 42, web_url: 'u1', status: 'success', parent_id: null },
      { id: 2, project_id: 43, web_url: 'u2', status: 'failed', parent_id: 1 }
    ])
    expect(pipelineEssentials()).toEqual([])
  })
})

describe('lastKnownStatus and lastKnownJobs', () => {
  it('prefers the final status, then the status after a cancel, then the last seen, then the created', () => {
    const cancel = { by: 'timeout' as const, succeeded: true, statusAfter: 'canceled' }
    expect(
      lastKnownStatus(
        result({
          finalStatus: 'success',
          cancel,
          lastSeen: pipeline('running'),
          pipeline: pipeline('created')
        })
      )
    ).toBe('success')
    expect(
      lastKnownStatus(
        result({ cancel, lastSeen: pipeline('running'), pipeline: pipeline('created') })
      )
    ).toBe('canceled')
    expect(
      lastKnownStatus(result({ lastSeen: pipeline('running'), pipeline: pipeline('created') }))
    ).toBe('running')
    expect(lastKnownStatus(result({ pipeline: pipeline('created') }))).toBe('created')
    expect(lastKnownStatus(result({}))).toBeUndefined()
  })

  it('takes the jobs read after a cancel over the ones read before', () => {
    const before = [job(1, 'running')]
    const after = [job(1, 'canceled')]
    expect(lastKnownJobs(result({ jobs: before }))).toBe(before)
    expect(
      lastKnownJobs(
        result({ jobs: before, cancel: { by: 'abort', succeeded: true, jobsAfter: after } })
      )
    ).toBe(after)
  })
})
