// The action's main step in-process (src/action/main.ts; the post step is in post.test.ts) against
// the simulator: the core's paths through the action front end, measured by coverage. The runner's
// contract with the built bundle (files, commands, signals) stays in __tests__/e2e/.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { workflowCommands } from '../../test/harness/run-step.js'
import { run } from '../../src/action/main.js'
import { inProcessStep } from '../support/in-process-step.js'
import {
  API_TOKEN,
  PROJECT_ID,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  triggerInputs,
  triggerRequests,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const cancelRequests = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))

describe('the action main step, in-process', () => {
  it('triggers, masks both tokens, and sets the creation outputs', async () => {
    sim = await gitlabWith()
    const step = await inProcessStep(run, triggerInputs(sim, { variables: 'A=1' }))
    expect(step.exitCode).toBe(0)
    expect(step.stdout).toContain(`::add-mask::${TRIGGER_TOKEN}`)
    expect(step.outputs['pipeline-id']).toBe(String(sim.pipelines[0].id))
    expect(step.outputs['project-id']).toBe(String(PROJECT_ID))
    expect(step.outputs['web-url']).toBe(sim.pipelines[0].webUrl)
    expect(sim.pipelines[0].variables).toEqual({ A: '1' })
    expect(step.summary).toMatch(/GitLab pipeline/)
  })

  it('waits for success: final outputs, jobs, summary, and state saved as finished', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 100), job('unit', 'test', 100)] })
    const step = await inProcessStep(run, waitInputs(sim))
    expect(step.exitCode).toBe(0)
    expect(step.outputs.status).toBe('success')
    const jobs = JSON.parse(step.outputs.jobs) as Array<{ name: string; status: string }>
    expect(jobs.map(j => j.name).sort()).toEqual(['build', 'unit'])
    expect(step.state).toMatchObject({
      'pipeline-id': String(sim.pipelines[0].id),
      finished: 'true'
    })
    expect(step.summary).toMatch(/✅ success/)
    expect(step.stdout).toContain(`::add-mask::${API_TOKEN}`)
  })

  it('fails the step for a failed pipeline, with an annotation per failed job and its log', async () => {
    sim = await gitlabWith({
      jobs: [job('unit', 'test', 100, { result: 'failed', log: 'boom: assertion failed\n' })]
    })
    const step = await inProcessStep(run, waitInputs(sim))
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('failed')
    expect(step.stdout).toContain('boom: assertion failed')
    expect(workflowCommands(step.stdout, 'error').length).toBeGreaterThan(0)
  })

  it('times out, cancels the pipeline and says so in the summary', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const step = await inProcessStep(run, waitInputs(sim, { timeout: '2s' }))
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('timeout')
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(
      workflowCommands(step.stdout, 'error')
        .map(e => e.properties)
        .join('\n')
    ).toMatch(/Timed out/)
  })

  it('reports every bad input before any request', async () => {
    sim = await gitlabWith()
    const step = await inProcessStep(
      run,
      triggerInputs(sim, { timeout: 'soon', 'accept-statuses': 'sucess', wait: 'true' })
    )
    expect(step.exitCode).toBe(1)
    const errors = workflowCommands(step.stdout, 'error')
    expect(errors.map(e => e.properties).join('\n')).toMatch(/Invalid input: timeout/)
    expect(errors.map(e => e.properties).join('\n')).toMatch(/Invalid input: accept-statuses/)
    expect(sim.requests).toHaveLength(0)
  })

  it('refuses a pipeline-id past 2^53 before any request, rather than follow its neighbour', async () => {
    sim = await gitlabWith()
    const step = await inProcessStep(run, waitInputs(sim, { 'pipeline-id': '9007199254740993' }))
    expect(step.exitCode).toBe(1)
    const errors = workflowCommands(step.stdout, 'error')
    expect(errors.map(e => e.properties).join('\n')).toMatch(/Invalid input: pipeline-id/)
    expect(errors.map(e => e.message).join('\n')).toMatch(
      /Input "pipeline-id" "9007199254740993" is larger than/
    )
    expect(sim.requests).toHaveLength(0)
  })

  it('names GitLab and fails the step when the trigger token is refused', async () => {
    sim = await gitlabWith()
    const step = await inProcessStep(
      run,
      triggerInputs(sim, { 'trigger-token': 'glptt-' + 'f'.repeat(40) })
    )
    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(workflowCommands(step.stdout, 'error')[0].properties).toMatch(/GitLab/)
  })
})

describe('outputs-from in the action, in-process', () => {
  it('masks a secret value before any output holds it, then sets each key and job-outputs', async () => {
    const { readFileSync } = await import('node:fs')
    const secret = 'glpat-fromthedeployjob000001'
    sim = await gitlabWith({
      jobs: [
        job('deploy', 'deploy', 200, {
          artifacts: [
            { name: 'deploy.env', data: `URL=https://x.example\nDEPLOY_TOKEN=${secret}\n` }
          ]
        })
      ]
    })
    // What GITHUB_OUTPUT held at the moment the mask was printed.
    let outputsAtMask: string | undefined
    const step = await inProcessStep(
      async () => {
        const write = process.stdout.write.bind(process.stdout)
        process.stdout.write = ((chunk: string | Uint8Array, ...rest: never[]) => {
          if (String(chunk).includes(`::add-mask::${secret}`))
            outputsAtMask = readFileSync(process.env.GITHUB_OUTPUT!, 'utf8')
          return write(chunk, ...rest)
        }) as typeof process.stdout.write
        try {
          await run()
        } finally {
          process.stdout.write = write
        }
      },
      waitInputs(sim, { 'outputs-from': 'deploy:deploy.env' })
    )
    expect(step.exitCode).toBe(0)
    expect(outputsAtMask).toBeDefined()
    expect(outputsAtMask).not.toContain(secret)
    expect(outputsAtMask).toContain('pipeline-id')
    expect(step.outputs.DEPLOY_TOKEN).toBe(secret)
    expect(step.outputs.URL).toBe('https://x.example')
    expect(JSON.parse(step.outputs['job-outputs'])).toEqual({
      URL: 'https://x.example',
      DEPLOY_TOKEN: secret
    })
  })
})
