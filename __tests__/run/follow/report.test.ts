// The report at the end of the wait, from a followed tree built by hand. Job logs are 'none' or
// 'live' here, so no log is read; reading them is end-of-run-logs' (see follow-run.test.ts).
import { describe, expect, it } from '@jest/globals'
import type { GitLabClient } from '../../../src/gitlab/client.js'
import type { Bridge, Job, Pipeline } from '../../../src/gitlab/schemas.js'
import { report, treeJobs, treePipelines } from '../../../src/run/follow/report.js'
import type { FollowedPipeline } from '../../../src/run/follow/pipeline-tree.js'
import type { WaitResult } from '../../../src/run/follow/wait.js'
import type { Run } from '../../../src/run/run-context.js'
import { realClock } from '../../../src/runtime/clock.js'
import { recordingLog } from '../../support/run-core.js'

const pipeline = (id: number, status: string, duration: number | null = 95): Pipeline => ({
  id,
  iid: 1,
  project_id: 42,
  sha: 'a'.repeat(40),
  ref: 'main',
  status,
  web_url: `https://gitlab.example.com/g/app/-/pipelines/${id}`,
  duration
})

const job = (id: number, status: string, extra: Partial<Job> = {}): Job => ({
  id,
  name: `job-${id}`,
  stage: 'test',
  status,
  web_url: `https://gitlab.example.com/g/app/-/jobs/${id}`,
  duration: 1,
  allow_failure: false,
  ...extra
})

const bridge = (id: number, status: string): Bridge => ({
  ...job(id, status),
  downstream_pipeline: null
})

const TREE: FollowedPipeline[] = [
  {
    pipeline: pipeline(7, 'failed'),
    project: '42',
    parentId: null,
    prefix: '',
    jobs: [job(12, 'failed', { failure_reason: 'script_failure' }), job(10, 'success')],
    bridges: [bridge(11, 'success')],
    done: true
  },
  {
    pipeline: pipeline(8, 'running', null),
    project: '43',
    parentId: 7,
    trigger: bridge(11, 'success'),
    prefix: 'deploy › child ⇒ #8 ',
    jobs: [job(13, 'failed', { allow_failure: true })],
    bridges: [],
    done: false,
    unreadable: 'the api-token cannot see project 43'
  }
]

describe('treeJobs and treePipelines', () => {
  it('lists every job and trigger job with its pipeline, by id', () => {
    expect(treeJobs(TREE).map(j => [j.id, j.pipeline_id])).toEqual([
      [10, 7],
      [11, 7],
      [12, 7],
      [13, 8]
    ])
  })

  it('lists the pipelines with their parent, trigger job, path and why one is unreadable', () => {
    expect(treePipelines(TREE)).toEqual([
      {
        id: 7,
        project_id: 42,
        web_url: TREE[0].pipeline.web_url,
        status: 'failed',
        parent_id: null,
        path: ''
      },
      {
        id: 8,
        project_id: 42,
        web_url: TREE[1].pipeline.web_url,
        status: 'running',
        parent_id: 7,
        trigger_job_id: 11,
        path: 'deploy › child ⇒ #8',
        unreadable: 'the api-token cannot see project 43'
      }
    ])
  })
})

async function reported(timedOut?: string) {
  const { log, lines } = recordingLog()
  const run = {
    settings: { jobLogs: 'live' },
    log,
    signal: new AbortController().signal,
    clock: realClock
  } as unknown as Run
  const waited = {
    outcome: 'final',
    pipeline: TREE[0].pipeline,
    jobs: [],
    bridges: [],
    tree: TREE
  } as unknown as WaitResult
  // No log is read with job-logs live: the client is never called.
  await report({} as GitLabClient, waited, { status: 'failed', timedOut }, run, Date.now() + 1_000)
  return lines
}

describe('report', () => {
  it('says how the pipeline ended, the downstream ones, then each failed job once', async () => {
    expect(await reported()).toEqual([
      {
        kind: 'info',
        text: 'Pipeline #7 ended failed after 1m35s: https://gitlab.example.com/g/app/-/pipelines/7'
      },
      {
        kind: 'info',
        text: 'deploy › child ⇒ #8 Pipeline #8 is running: https://gitlab.example.com/g/app/-/pipelines/8'
      },
      {
        kind: 'error',
        text: 'test › job-12 failed (script failure): https://gitlab.example.com/g/app/-/jobs/12',
        title: 'GitLab job job-12 failed'
      },
      {
        kind: 'warning',
        text: 'deploy › child ⇒ #8 test › job-13 failed: https://gitlab.example.com/g/app/-/jobs/13 (allowed to fail)',
        title: 'GitLab job job-13 failed'
      }
    ])
  })

  it('says a timeout instead of the status line, once', async () => {
    const lines = await reported('Timed out after 30m')
    expect(lines[0]).toEqual({ kind: 'error', text: 'Timed out after 30m', title: 'Timed out' })
    expect(lines.filter(line => line.text.startsWith('Pipeline #7'))).toEqual([])
  })
})
