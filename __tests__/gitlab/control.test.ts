// The requests that act on a followed pipeline, in-process against the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../src/gitlab/client.js'
import {
  getPipelineVariables,
  listPipelines,
  playJob,
  retryPipeline
} from '../../src/gitlab/control.js'
import { listJobs } from '../../src/gitlab/endpoints.js'
import { triggerPipeline } from '../../src/gitlab/trigger.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith,
  job
} from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const client = (gitlab: Simulator, token = API_TOKEN) =>
  new GitLabClient({ gitlabUrl: gitlab.url, token, requestTimeoutMs: 5_000 })

const trigger = (gitlab: Simulator, variables: Record<string, string> = {}) =>
  triggerPipeline(new GitLabClient({ gitlabUrl: gitlab.url }), PROJECT_PATH, {
    token: TRIGGER_TOKEN,
    ref: 'main',
    variables
  })

describe('playJob', () => {
  it('starts a manual job and answers the job', async () => {
    sim = await gitlabWith(
      { jobs: [job('deploy', 'deploy', 1_000, { result: 'manual' })] },
      { manualClock: true }
    )
    const pipeline = await trigger(sim)
    // The job is created, then waits for a hand once the pipeline reaches it.
    sim.advance(1_000)
    const [manual] = await listJobs(client(sim), PROJECT_PATH, pipeline.id)
    expect(manual.status).toBe('manual')
    const played = await playJob(client(sim), PROJECT_PATH, manual.id)
    expect(played.id).toBe(manual.id)
    expect(played.name).toBe('deploy')
    expect(sim.requests.at(-1)).toMatchObject({
      method: 'POST',
      path: `/api/v4/projects/acme%2Fplatform%2Fapp/jobs/${manual.id}/play`
    })
  })

  it('refuses with the play hint when the token may not run the job', async () => {
    sim = await gitlabWith(
      {
        jobs: [job('deploy', 'deploy', 1_000, { result: 'manual', playForbidden: true })]
      },
      { manualClock: true }
    )
    const pipeline = await trigger(sim)
    sim.advance(1_000)
    const [manual] = await listJobs(client(sim), PROJECT_PATH, pipeline.id)
    await expect(playJob(client(sim), PROJECT_PATH, manual.id)).rejects.toMatchObject({
      status: 403,
      hint: expect.stringMatching(/cannot play manual jobs/)
    })
  })
})

describe('retryPipeline', () => {
  it('answers the pipeline retried; a read_api token is refused with the retry hint', async () => {
    sim = await gitlabWith({ jobs: [job('test', 'test', 10, { result: 'failed' })] })
    const pipeline = await trigger(sim)
    const retried = await retryPipeline(client(sim), PROJECT_PATH, pipeline.id)
    expect(retried.id).toBe(pipeline.id)
    await expect(
      retryPipeline(client(sim, READ_API_TOKEN), PROJECT_PATH, pipeline.id)
    ).rejects.toMatchObject({ status: 403, hint: expect.stringMatching(/cannot retry pipelines/) })
  })
})

describe('listPipelines and getPipelineVariables', () => {
  it('lists recent pipelines with GitLab filters, newest first, and reads their variables', async () => {
    sim = await gitlabWith()
    const first = await trigger(sim, { RUN: 'one' })
    const second = await trigger(sim, { RUN: 'two' })
    const listed = await listPipelines(client(sim), PROJECT_PATH, { ref: 'main', per_page: 20 })
    expect(listed.map(p => p.id)).toEqual([second.id, first.id])
    expect(listed[0]).toMatchObject({ status: expect.any(String), ref: 'main' })
    expect(sim.requests.at(-1)?.query).toMatchObject({ ref: 'main', per_page: '20' })
    expect(await getPipelineVariables(client(sim), PROJECT_PATH, first.id)).toEqual([
      expect.objectContaining({ key: 'RUN', value: 'one' })
    ])
  })

  it('refuses a listed id past 2^53 rather than taking a neighbour', async () => {
    sim = await gitlabWith()
    await trigger(sim)
    sim.fault({
      method: 'GET',
      path: /\/pipelines$/,
      kind: 'rewrite',
      afterHandling: true,
      rewrite: (pipelines: Array<{ id: number }>) => pipelines.map(p => ({ ...p, id: 2 ** 53 + 2 }))
    })
    await expect(listPipelines(client(sim), PROJECT_PATH, {})).rejects.toMatchObject({
      kind: 'unexpected'
    })
  })
})
