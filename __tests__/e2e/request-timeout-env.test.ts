import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runCli, runStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator
afterEach(async () => sim?.close())

describe('GITLAB_REQUEST_TIMEOUT that is not a number of seconds', () => {
  it('the action fails with one error naming the variable, before any request', async () => {
    sim = await gitlabWith()
    const step = await runStep(waitInputs(sim), { env: { GITLAB_REQUEST_TIMEOUT: 'abc' } })
    expect(step.exitCode).toBe(1)
    const errors = workflowCommands(step.stdout, 'error')
    expect(errors).toHaveLength(1)
    expect(errors[0].properties).toContain(
      'title=Invalid environment variable: GITLAB_REQUEST_TIMEOUT'
    )
    expect(errors[0].message).toMatch(
      /GITLAB_REQUEST_TIMEOUT is "abc", which is not a positive number of seconds; set e\.g\. GITLAB_REQUEST_TIMEOUT=60/
    )
    expect(sim.requests).toHaveLength(0)
  })

  it.each(['0', '-5', 'abc'])(
    'the CLI exits 2 naming the variable for %p, nothing sent',
    async value => {
      sim = await gitlabWith()
      const run = await runCli(
        ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--ref', 'main'],
        {
          env: {
            GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
            GITLAB_API_TOKEN: API_TOKEN,
            GITLAB_REQUEST_TIMEOUT: value
          }
        }
      )
      expect(run.exitCode).toBe(2)
      expect(run.stderr).toContain(`error: GITLAB_REQUEST_TIMEOUT is "${value}"`)
      expect(run.stdout).toBe('')
      expect(sim.requests).toHaveLength(0)
    }
  )

  it('the CLI tokens command exits 2 the same way', async () => {
    sim = await gitlabWith()
    const run = await runCli(
      ['tokens', 'list', '--gitlab-url', sim.url, '--project', PROJECT_PATH],
      {
        env: { GITLAB_API_TOKEN: API_TOKEN, GITLAB_REQUEST_TIMEOUT: 'abc' }
      }
    )
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toContain('error: GITLAB_REQUEST_TIMEOUT is "abc"')
    expect(sim.requests).toHaveLength(0)
  })
})
