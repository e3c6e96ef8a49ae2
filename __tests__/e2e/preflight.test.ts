/**
 * The checks before the trigger, end to end through dist/index.js against the simulator: the
 * api-token reads the project and its pipelines, GitLab takes pipeline inputs, and the scope
 * warning is only given where GitLab can tell. Run `npm run build` first.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  PROJECT_PATH,
  READ_API_TOKEN,
  gitlabWith,
  job,
  triggerInputs,
  triggerRequests,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator
afterEach(async () => sim?.close())

const GUEST_TOKEN = 'glpat-guestseesprojectonly0000'
const FINE_GRAINED_TOKEN = 'glpat-finegrainedtoken00000000'
const messages = (stdout: string, command: string) =>
  workflowCommands(stdout, command).map(c => c.message)
const preflightPaths = (s: Simulator) =>
  s.requests.slice(
    0,
    s.requests.findIndex(r => r.path.endsWith('/trigger/pipeline'))
  )

describe('pipeline inputs and the GitLab version', () => {
  it('refuses inputs on GitLab before 17.11, naming the version, before anything is triggered', async () => {
    sim = await gitlabWith()
    sim.setVersion('17.9.2-ee')
    const step = await runStep(
      triggerInputs(sim, { inputs: 'replicas=3', 'api-token': READ_API_TOKEN })
    )

    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(0)
    expect(messages(step.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^GitLab 17\.9\.2-ee ignores pipeline inputs sent to the trigger API.*17\.11.*variables instead of inputs/
      )
    ])
  })

  it('warns on GitLab 17.11-18.0, where a feature flag may still drop inputs, and triggers', async () => {
    sim = await gitlabWith()
    sim.setVersion('17.11.3')
    const step = await runStep(
      triggerInputs(sim, { inputs: 'replicas=3', 'api-token': READ_API_TOKEN })
    )

    expect(step.exitCode).toBe(0)
    expect(messages(step.stdout, 'warning')).toEqual([
      expect.stringMatching(/^GitLab 17\.11\.3 takes pipeline inputs .*ci_inputs_for_pipelines/)
    ])
    expect(sim.pipelines[0].inputs).toEqual({ replicas: 3 })
  })

  it('says nothing on GitLab 18.1 and later, and reads no version without inputs', async () => {
    sim = await gitlabWith()
    sim.setVersion('18.1.0')
    const withInputs = await runStep(
      triggerInputs(sim, { inputs: 'replicas=3', 'api-token': READ_API_TOKEN })
    )
    expect(withInputs.exitCode).toBe(0)
    expect(messages(withInputs.stdout, 'warning')).toEqual([])
    expect(sim.requests.filter(r => r.path.endsWith('/version'))).toHaveLength(1)

    const withoutInputs = await runStep(triggerInputs(sim, { 'api-token': READ_API_TOKEN }))
    expect(withoutInputs.exitCode).toBe(0)
    expect(sim.requests.filter(r => r.path.endsWith('/version'))).toHaveLength(1)
  })

  it('sends the exact values of name=value lines, short SHAs and long digit strings as strings', async () => {
    sim = await gitlabWith()
    const step = await runStep(
      triggerInputs(sim, { inputs: 'replicas=3\nsha=41e50312\nbuild=12345678901234567890\nid=007' })
    )
    expect(step.exitCode).toBe(0)
    expect(JSON.parse(triggerRequests(sim)[0].body).inputs).toEqual({
      replicas: 3,
      sha: '41e50312',
      build: '12345678901234567890',
      id: '007'
    })
  })
})

describe('the api-token must read the pipelines, not just the project', () => {
  it('refuses a Guest token that sees the project but not its pipelines, before triggering', async () => {
    sim = await gitlabWith()
    sim.addApiToken({ token: GUEST_TOKEN, scopes: ['api'], role: 'guest' })
    const step = await runStep(waitInputs(sim, { 'api-token': GUEST_TOKEN }))

    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(0)
    expect(messages(step.stdout, 'error')).toEqual([
      expect.stringMatching(
        /^GitLab answered 403: 403 Forbidden\. The API token \(api-token\) can see the project but not read its pipelines.*Reporter.*read_pipeline/
      )
    ])
  })

  it('asks for the project, its pipelines and the token all at once: one round trip before the trigger', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 200)] })
    // A client that waits for one answer before its next request would never get one.
    sim.holdAnswers(4)
    const step = await runStep(waitInputs(sim, { inputs: 'replicas=3' }), {
      env: { GITLAB_REQUEST_TIMEOUT: '10' }
    })

    expect(step.exitCode).toBe(0)
    const encoded = encodeURIComponent(PROJECT_PATH)
    expect(
      preflightPaths(sim)
        .map(r => `${r.method} ${r.path}`)
        .sort()
    ).toEqual(
      [
        `GET /api/v4/projects/${encoded}`,
        `GET /api/v4/projects/${encoded}/pipelines`,
        'GET /api/v4/version',
        'GET /api/v4/personal_access_tokens/self'
      ].sort()
    )
    expect(triggerRequests(sim)).toHaveLength(1)
  })

  it('still refuses a wrong token before anything is created, with the checks in flight together', async () => {
    sim = await gitlabWith()
    sim.holdAnswers(3)
    const step = await runStep(waitInputs(sim, { 'api-token': 'glpat-wrongwrongwrong' }))
    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(0)
    expect(messages(step.stdout, 'error')[0]).toMatch(/^GitLab answered 401/)
  })
})

describe('the scope warning only where GitLab can tell', () => {
  it.each(['15.3.1-ee', '15.0.0'])(
    'skips it quietly on GitLab %s, which has no /personal_access_tokens/self',
    async version => {
      sim = await gitlabWith({ jobs: [job('unit', 'test', 200)] })
      sim.setVersion(version)
      const step = await runStep(waitInputs(sim, { 'api-token': READ_API_TOKEN }))

      expect(step.exitCode).toBe(0)
      const self = sim.requests.filter(r => r.path.endsWith('/personal_access_tokens/self'))
      expect(self.map(r => r.status)).toEqual([version.startsWith('15.0') ? 404 : 401])
      expect(messages(step.stdout, 'warning')).toEqual([])
      expect(messages(step.stdout, 'error')).toEqual([])
    }
  )

  it('gives a fine-grained token, which has no classic scopes, no false "cannot cancel" warning', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 200)] })
    sim.addApiToken({ token: FINE_GRAINED_TOKEN, scopes: [], granular: true })
    const step = await runStep(waitInputs(sim, { 'api-token': FINE_GRAINED_TOKEN }))

    expect(step.exitCode).toBe(0)
    expect(sim.requests.some(r => r.path.endsWith('/personal_access_tokens/self'))).toBe(true)
    expect(messages(step.stdout, 'warning')).toEqual([])
  })

  it('still warns a classic read_api token that it cannot cancel', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 200)] })
    const step = await runStep(waitInputs(sim, { 'api-token': READ_API_TOKEN }))
    expect(step.exitCode).toBe(0)
    expect(messages(step.stdout, 'warning')).toEqual([
      expect.stringMatching(/scopes read_api but not api/)
    ])
  })
})
