// The trigger request in-process against the simulator: sent without zod, its answer checked
// against pipelineSchema once it has arrived.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../src/gitlab/client.js'
import { triggerPipeline } from '../../src/gitlab/trigger.js'
import { PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, triggerRequests } from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const trigger = (gitlab: Simulator, body: Partial<Parameters<typeof triggerPipeline>[2]> = {}) =>
  triggerPipeline(
    new GitLabClient({ gitlabUrl: gitlab.url, requestTimeoutMs: 5_000 }),
    PROJECT_PATH,
    {
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: {},
      ...body
    }
  )

describe('triggerPipeline', () => {
  it('sends the token, ref, variables and typed inputs in the body and answers the pipeline', async () => {
    sim = await gitlabWith()
    const pipeline = await trigger(sim, {
      variables: { DEPLOY_ENV: 'staging' },
      inputs: { replicas: 3, debug: true, regions: ['eu', 'us'] }
    })
    expect(pipeline).toMatchObject({ id: sim.pipelines[0].id, ref: 'main', project_id: 42 })
    const [request] = triggerRequests(sim)
    expect(request.path).toBe('/api/v4/projects/acme%2Fplatform%2Fapp/trigger/pipeline')
    expect(JSON.parse(request.body)).toEqual({
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: { DEPLOY_ENV: 'staging' },
      inputs: { replicas: 3, debug: true, regions: ['eu', 'us'] }
    })
  })

  it('refuses with the hint for the trigger and the ref named', async () => {
    sim = await gitlabWith()
    await expect(trigger(sim, { ref: 'no-such-branch' })).rejects.toMatchObject({
      status: 400,
      hint: 'The ref "no-such-branch" does not exist in the project: push it or pick an existing branch or tag'
    })
    await expect(trigger(sim, { token: 'glptt-wrong' })).rejects.toMatchObject({
      status: 404,
      hint: expect.stringMatching(/^The trigger token is wrong or revoked/)
    })
  })

  it('refuses an answer without what a pipeline needs, saying GitLab may have created it', async () => {
    sim = await gitlabWith()
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'status',
      status: 201,
      afterHandling: true,
      body: '{"id":7}'
    })
    await expect(trigger(sim)).rejects.toMatchObject({ kind: 'unexpected' })
    expect(sim.triggerCount()).toBe(1)
  })
})
