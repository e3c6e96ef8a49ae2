// The action's main step with targets, in-process (src/action/targets-step.ts through main.ts):
// the outputs, the summary and the post step's list of watched pipelines.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test/simulator/gitlab-simulator.js'
import { run } from '../../src/action/main.js'
import { watchedPipelinesFrom } from '../../src/action/watched-pipelines.js'
import { inProcessStep } from '../support/in-process-step.js'
import { API_TOKEN, job } from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const tokenOf = (index: number) => `glptt-stepservice${index}token0123456789ab`

async function twoProjects(): Promise<Simulator> {
  const gitlab = await startSimulator()
  gitlab.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  for (const index of [0, 1]) {
    gitlab.addProject({
      id: 301 + index,
      path: `acme/svc-${index}`,
      jobs: [job('unit', 'test', 200)]
    })
    gitlab.addTriggerToken({ token: tokenOf(index), projectId: 301 + index })
  }
  return gitlab
}

const targets = [0, 1]
  .map(
    index =>
      `- name: svc-${index}\n  project: acme/svc-${index}\n  ref: main\n  trigger-token: ${tokenOf(index)}`
  )
  .join('\n')

describe('the action main step with targets, in-process', () => {
  it('sets results and the first target outputs, and leaves the post step nothing to cancel', async () => {
    sim = await twoProjects()
    const step = await inProcessStep(run, {
      'gitlab-url': sim.url,
      targets,
      wait: 'true',
      'api-token': API_TOKEN,
      'poll-interval': '1s',
      timeout: '60s'
    })
    expect(step.exitCode).toBe(0)
    expect(step.stdout).toContain(`::add-mask::${tokenOf(0)}`)
    expect(step.stdout).toContain(`::add-mask::${tokenOf(1)}`)
    const results = JSON.parse(step.outputs.results) as Array<{ name: string; status: string }>
    expect(results.map(entry => [entry.name, entry.status])).toEqual([
      ['svc-0', 'success'],
      ['svc-1', 'success']
    ])
    expect(step.outputs['project-id']).toBe('301')
    expect(step.state.finished).toBe('true')
    // The last list saved: every pipeline ended, none to cancel.
    expect(watchedPipelinesFrom(step.state.pipelines)).toEqual([])
    expect(step.summary).toMatch(/^## GitLab pipelines \(2 targets\)/)
  })

  it('reports a bad target as an input error naming it, with nothing sent', async () => {
    sim = await twoProjects()
    const step = await inProcessStep(run, {
      'gitlab-url': sim.url,
      targets: `${targets}\n- name: svc-0\n  project: acme/svc-1\n  ref: main\n  trigger-token: ${tokenOf(1)}`,
      wait: 'true',
      'api-token': API_TOKEN
    })
    expect(step.exitCode).toBe(1)
    // Each token masked once, before the error.
    expect(step.stdout.match(/::add-mask::glptt-/g)).toHaveLength(2)
    expect(step.stdout).toMatch(
      /::error title=Invalid input%3A targets::Input "targets" two targets are named "svc-0"/
    )
    expect(sim.requests).toHaveLength(0)
  })
})
