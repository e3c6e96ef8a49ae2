// Cancelling the followed pipeline, in-process against the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../../src/gitlab/client.js'
import { listJobs } from '../../../src/gitlab/endpoints.js'
import type { Pipeline } from '../../../src/gitlab/schemas.js'
import { triggerPipeline } from '../../../src/gitlab/trigger.js'
import {
  cancelDownstream,
  cancelFollowed,
  lookAfterCancel
} from '../../../src/run/control/cancel.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith,
  job
} from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const client = (gitlab: Simulator, token = API_TOKEN) =>
  new GitLabClient({ gitlabUrl: gitlab.url, token, requestTimeoutMs: 5_000 })

async function running(gitlab: Simulator): Promise<Pipeline> {
  const pipeline = await triggerPipeline(
    new GitLabClient({ gitlabUrl: gitlab.url }),
    PROJECT_PATH,
    {
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: {}
    }
  )
  gitlab.advance(1_000)
  return pipeline
}

describe('cancelDownstream', () => {
  it('cancels the pipeline and says what GitLab answered', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 3_600_000)] }, { manualClock: true })
    const pipeline = await running(sim)
    const { log, of } = recordingLog()
    const status = await cancelDownstream(
      client(sim),
      String(PROJECT_ID),
      pipeline.id,
      pipeline.web_url,
      log,
      'timeout',
      {
        clock: simulatorClock(sim)
      }
    )
    // GitLab answers while the jobs are still stopping (docs/gitlab.md, "Cancelling a pipeline").
    expect(status).toBe('canceling')
    expect(of('info')).toEqual([
      `Cancelling pipeline #${pipeline.id} (timeout)…`,
      `Pipeline #${pipeline.id} is canceling`
    ])
    expect(sim.pipelines[0].cancelRequests).toBe(1)
  })

  it('warns, with the address to cancel it by hand, when GitLab refuses', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 3_600_000)] }, { manualClock: true })
    const pipeline = await running(sim)
    const { log, lines } = recordingLog()
    const status = await cancelDownstream(
      client(sim, READ_API_TOKEN),
      String(PROJECT_ID),
      pipeline.id,
      pipeline.web_url,
      log,
      'cancelled',
      { clock: simulatorClock(sim) }
    )
    expect(status).toBeUndefined()
    const warning = lines.find(line => line.kind === 'warning')
    expect(warning?.title).toBe('Downstream pipeline not cancelled')
    expect(warning?.text).toMatch(
      new RegExp(
        `^Could not cancel pipeline #${pipeline.id}: GitLab answered 403.*Cancel it by hand: ${pipeline.web_url}$`
      )
    )
  })
})

describe('lookAfterCancel', () => {
  it('reads the pipeline and its jobs once, by id', async () => {
    sim = await gitlabWith(
      { jobs: [job('b', 'test', 3_600_000), job('a', 'test', 3_600_000)] },
      { manualClock: true }
    )
    const pipeline = await running(sim)
    const after = await lookAfterCancel(client(sim), String(PROJECT_ID), pipeline.id, 5_000)
    expect(after.status).toBe('running')
    const ids = after.jobs?.map(j => j.id) ?? []
    expect(ids).toHaveLength(2)
    expect(ids).toEqual([...ids].sort((x, y) => x - y))
  })

  it('reads nothing without time, and leaves out what could not be read', async () => {
    sim = await gitlabWith({ jobs: [job('a', 'test', 3_600_000)] }, { manualClock: true })
    const pipeline = await running(sim)
    const before = sim.requests.length
    expect(await lookAfterCancel(client(sim), String(PROJECT_ID), pipeline.id, 0)).toEqual({})
    expect(sim.requests.length).toBe(before)
    sim.fault({ method: 'GET', path: /\/jobs$/, kind: 'status', status: 500, times: 5 })
    const after = await lookAfterCancel(client(sim), String(PROJECT_ID), pipeline.id, 5_000)
    expect(after).toEqual({ status: 'running', jobs: undefined })
  })
})

describe('cancelFollowed', () => {
  it('cancels the top pipeline and reports where the cancel left it and its jobs', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 3_600_000)] }, { manualClock: true })
    const pipeline = await running(sim)
    const jobs = await listJobs(client(sim), String(PROJECT_ID), pipeline.id)
    const { log } = recordingLog()
    const tree = [
      {
        pipeline,
        project: String(PROJECT_ID),
        parentId: null,
        prefix: '',
        jobs,
        bridges: [],
        done: false
      }
    ]
    const result = await cancelFollowed(
      client(sim),
      tree,
      jobs.map(j => ({ ...j, pipeline_id: pipeline.id })),
      { by: 'timeout', why: 'timeout', lookWithinMs: 5_000 },
      log,
      simulatorClock(sim)
    )
    expect(result).toMatchObject({ by: 'timeout', succeeded: true, statusAfter: 'canceling' })
    // The jobs as read after the cancel, not as last seen (running).
    expect(result.jobsAfter?.map(j => [j.name, j.status, j.pipeline_id])).toEqual([
      ['slow', 'canceling', pipeline.id]
    ])
  })
})
