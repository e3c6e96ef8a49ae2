/**
 * on-rerun: reuse through dist/index.js: the runner's GITHUB_RUN_ID / GITHUB_RUN_ATTEMPT decide
 * whether an earlier attempt's pipeline is followed (retried when it failed) or a new one
 * triggered; another run's pipeline on the same ref is never taken.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { runStep, startStep } from '../../test/harness/run-step.js'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { gitlabWith, job, triggerInputs, waitInputs } from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MARKER = 'GITLAB_TRIGGER_AND_WAIT_RUN'
const runner = (runId: string, attempt: number) => ({
  GITHUB_RUN_ID: runId,
  GITHUB_RUN_ATTEMPT: String(attempt),
  GITHUB_REPOSITORY: 'acme/web',
  GITHUB_JOB: 'deploy',
  GITHUB_ACTION: 'gitlab'
})
const retries = (s: Simulator) => s.requests.filter(r => r.path.endsWith('/retry'))

describe('on-rerun: reuse (dist/index.js)', () => {
  it('a re-run of a failed attempt retries that pipeline and follows it, triggering nothing', async () => {
    sim = await gitlabWith({
      jobs: [job('deploy', 'deploy', 300, { result: 'failed', retryResult: 'success' })]
    })
    const first = await runStep(waitInputs(sim), { env: runner('1001', 1) })
    expect(first.exitCode).toBe(1)
    expect(sim.pipelines[0].variables[MARKER]).toMatch(/^1001-[0-9a-f]{32}$/)
    const second = await runStep(waitInputs(sim), { env: runner('1001', 2) })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['pipeline-id']).toBe(first.outputs['pipeline-id'])
    expect(second.outputs.status).toBe('success')
    expect(second.stdout).toMatch(/its failed and canceled jobs were retried/)
    expect(retries(sim)).toHaveLength(1)
    expect(sim.triggerCount()).toBe(1)
  })

  it('a re-run of a succeeded attempt reports that pipeline as it is, with its outputs', async () => {
    sim = await gitlabWith({
      jobs: [
        job('deploy', 'deploy', 300, {
          artifacts: [{ name: 'deploy.env', data: 'DEPLOY_URL=https://ok.example\n' }]
        })
      ]
    })
    const inputs = waitInputs(sim, { 'outputs-from': 'deploy:deploy.env' })
    const first = await runStep(inputs, { env: runner('2002', 1) })
    expect(first.exitCode).toBe(0)
    const second = await runStep(inputs, { env: runner('2002', 2) })
    expect(second.exitCode).toBe(0)
    expect(second.outputs['pipeline-id']).toBe(first.outputs['pipeline-id'])
    expect(second.outputs.DEPLOY_URL).toBe('https://ok.example')
    expect(retries(sim)).toHaveLength(0)
    expect(sim.triggerCount()).toBe(1)
  })

  it("two runs on the same ref at once: each re-run follows its own run's pipeline", async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 800, { result: 'failed' })] })
    const [a, b] = await Promise.all([
      startStep(waitInputs(sim), { env: runner('3003', 1) }).result,
      startStep(waitInputs(sim), { env: runner('3004', 1) }).result
    ])
    expect(a.outputs['pipeline-id']).not.toBe(b.outputs['pipeline-id'])
    const reA = await runStep(waitInputs(sim), { env: runner('3003', 2) })
    const reB = await runStep(waitInputs(sim), { env: runner('3004', 2) })
    expect(reA.outputs['pipeline-id']).toBe(a.outputs['pipeline-id'])
    expect(reB.outputs['pipeline-id']).toBe(b.outputs['pipeline-id'])
    expect(sim.triggerCount()).toBe(2)
    // A run that triggered nothing before finds nothing of the others: it triggers its own.
    const other = await runStep(waitInputs(sim), { env: runner('3005', 2) })
    expect([a, b].map(s => s.outputs['pipeline-id'])).not.toContain(other.outputs['pipeline-id'])
    expect(sim.triggerCount()).toBe(3)
  })

  it('without an api-token a re-run triggers a new pipeline and says so', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 300)] })
    const inputs = triggerInputs(sim)
    await runStep(inputs, { env: runner('6006', 1) })
    const second = await runStep(inputs, { env: runner('6006', 2) })
    expect(second.exitCode).toBe(0)
    expect(second.stdout).toMatch(/::warning title=Re-run triggers a new pipeline::/)
    expect(sim.triggerCount()).toBe(2)
  })

  it('on-rerun: new triggers again on a re-run, each pipeline with a marker of its own invocation only', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 300)] })
    const inputs = waitInputs(sim, { 'on-rerun': 'new' })
    await runStep(inputs, { env: runner('4004', 1) })
    await runStep(inputs, { env: runner('4004', 2) })
    expect(sim.triggerCount()).toBe(2)
    // The invocation's own marker finds the pipeline after a lost answer (SPEC 6.2), never a re-run's.
    const markers = sim.pipelines.map(p => p.variables[MARKER])
    expect(markers).toEqual([
      expect.stringMatching(/^invocation-[0-9a-f-]{36}$/),
      expect.stringMatching(/^invocation-[0-9a-f-]{36}$/)
    ])
    expect(markers[0]).not.toBe(markers[1])
  })

  it('a project that refuses variables gets the pipeline without the marker, and a warning', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 300)], restrictVariables: true })
    const step = await runStep(waitInputs(sim), { env: runner('5005', 1) })
    expect(step.exitCode).toBe(0)
    expect(sim.triggerCount()).toBe(1)
    expect(step.stdout).toMatch(/::warning title=Re-runs cannot find this pipeline::/)
    expect(step.stdout).toMatch(/an answer lost on the way back cannot be matched to it/)
  })
})
