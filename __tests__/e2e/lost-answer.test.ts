// A lost answer loses nothing (SPEC 6.2), through dist/ as the runner and a shell run it: the
// simulator creates the pipeline, then drops the trigger's answer (a reset, a proxy's 502 page,
// a request timeout); the step finds the pipeline by its marker and follows it to the end.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { FaultRule, Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runCli, runStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  API_TOKEN,
  PROJECT_PATH,
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

const LOST: Array<[string, Omit<FaultRule, 'path'>]> = [
  ['a connection reset', { kind: 'reset' }],
  ['a proxy 502 page', { kind: 'html', status: 502 }],
  ['a request timeout', { kind: 'hang' }]
]
// The hang ends at the request timeout: short, so the test stays short.
const env = { GITLAB_REQUEST_TIMEOUT: '2' }

async function gitlabDroppingTheAnswer(fault: Omit<FaultRule, 'path'>) {
  const gitlab = await gitlabWith({ jobs: [job('build', 'build', 1_500)] })
  gitlab.fault({ method: 'POST', path: '/trigger/pipeline', afterHandling: true, ...fault })
  return gitlab
}

describe('the action after a lost trigger answer (dist/index.js)', () => {
  it.each(LOST)(
    '%s: follows the one pipeline GitLab created and reports it',
    async (_name, fault) => {
      sim = await gitlabDroppingTheAnswer(fault)
      const step = await runStep(waitInputs(sim), { env })

      expect(triggerRequests(sim)).toHaveLength(1)
      expect(sim.triggerCount()).toBe(1)
      const [pipeline] = sim.pipelines
      expect(step.exitCode).toBe(0)
      expect(step.outputs['pipeline-id']).toBe(String(pipeline.id))
      expect(step.outputs['web-url']).toBe(pipeline.webUrl)
      expect(step.outputs.status).toBe('success')
      expect(step.stdout).toMatch(/The answer to the trigger request was lost/)
      expect(workflowCommands(step.stdout, 'notice').map(n => n.message)).toContainEqual(
        expect.stringMatching(
          new RegExp(`pipeline #${pipeline.id} carries this step's GITLAB_TRIGGER_AND_WAIT_RUN`)
        )
      )
      expect(step.summary).toContain(`[#${pipeline.id}](${pipeline.webUrl})`)
    }
  )

  it('without an api-token, says a pipeline may exist, where to look, and what would find it', async () => {
    sim = await gitlabDroppingTheAnswer({ kind: 'reset' })
    const step = await runStep(triggerInputs(sim), { env })
    expect(step.exitCode).toBe(1)
    expect(sim.triggerCount()).toBe(1)
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(
      /may have created the pipeline anyway, so it was not sent again; an api-token would let the step find the pipeline itself.*\/acme\/platform\/app\/-\/pipelines\?ref=main/
    )
  })
})

describe('the CLI after a lost trigger answer (dist/cli/index.js)', () => {
  it.each(LOST)('%s: follows the one pipeline and prints it in --json', async (_name, fault) => {
    sim = await gitlabDroppingTheAnswer(fault)
    const run = await runCli(
      [
        '--gitlab-url',
        sim.url,
        '--project',
        PROJECT_PATH,
        '--ref',
        'main',
        '--wait',
        '--poll-interval',
        '1s',
        '--timeout',
        '60s',
        '--json'
      ],
      { env: { ...env, GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, GITLAB_API_TOKEN: API_TOKEN } }
    )
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(sim.triggerCount()).toBe(1)
    expect(run.exitCode).toBe(0)
    const result = JSON.parse(run.stdout)
    expect(result.pipeline_id).toBe(sim.pipelines[0].id)
    expect(result.status).toBe('success')
    expect(sim.pipelines[0].variables.GITLAB_TRIGGER_AND_WAIT_RUN).toMatch(/^invocation-/)
    expect(run.stderr).toMatch(/The answer to the trigger request was lost/)
  })
})
