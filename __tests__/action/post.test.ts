// The post step in-process (src/action/post.ts) against the simulator; its run as the runner
// starts it (dist/post.js after a killed main step) is in __tests__/e2e/.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { workflowCommands } from '../../test/harness/run-step.js'
import { run } from '../../src/action/main.js'
import { runPost } from '../../src/action/post.js'
import { inProcessStep } from '../support/in-process-step.js'
import {
  PROJECT_ID,
  READ_API_TOKEN,
  gitlabWith,
  job,
  triggerInputs,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const cancelRequests = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))

/** A pipeline the main step triggered and was then killed while watching: the state it saved. */
async function killedWhileWatching(gitlab: Simulator) {
  const main = await inProcessStep(run, triggerInputs(gitlab))
  return { 'pipeline-id': main.outputs['pipeline-id'], 'project-id': String(PROJECT_ID) }
}

describe('the action post step, in-process', () => {
  it('cancels a pipeline the main step was killed while watching', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const state = await killedWhileWatching(sim)
    const step = await inProcessStep(runPost, waitInputs(sim), { state })
    expect(step.exitCode).toBe(0)
    expect(cancelRequests(sim)).toHaveLength(1)
  })

  it('leaves the pipeline alone when the main step finished, or cancel-on-abort is false', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const state = await killedWhileWatching(sim)
    await inProcessStep(runPost, waitInputs(sim), { state: { ...state, finished: 'true' } })
    await inProcessStep(runPost, waitInputs(sim, { 'cancel-on-abort': 'false' }), { state })
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it('does not cancel a pipeline that already ended', async () => {
    sim = await gitlabWith({ jobs: [job('quick', 'test', 100)] })
    const main = await inProcessStep(run, waitInputs(sim))
    const step = await inProcessStep(runPost, waitInputs(sim), {
      state: { 'pipeline-id': main.outputs['pipeline-id'], 'project-id': String(PROJECT_ID) }
    })
    expect(step.exitCode).toBe(0)
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it('asks GitLab nothing when the main step saved no pipeline (killed before the trigger)', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const step = await inProcessStep(runPost, waitInputs(sim))
    expect(step.exitCode).toBe(0)
    expect(step.stdout).toBe('')
    expect(sim.requests).toHaveLength(0)
  })

  it('warns, and never fails the job, when GitLab refuses the cancel', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const state = await killedWhileWatching(sim)
    const step = await inProcessStep(runPost, waitInputs(sim, { 'api-token': READ_API_TOKEN }), {
      state
    })
    expect(step.exitCode).toBe(0)
    expect(cancelRequests(sim).length).toBeGreaterThan(0)
    const [warning] = workflowCommands(step.stdout, 'warning')
    expect(warning.message).toMatch(/^Could not cancel pipeline #\d+: GitLab answered 403/)
    expect(warning.message).toMatch(/Cancel it by hand: http/)
  })
})
