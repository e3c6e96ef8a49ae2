// The checks before the trigger, in-process against the simulator: a token that cannot follow or
// play, and a GitLab too old for pipeline inputs, stop the run before anything is triggered.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../../src/gitlab/client.js'
import { checkApiToken } from '../../../src/run/start/preflight.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import { recordingLog } from '../../support/run-core.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith
} from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function check(gitlab: Simulator, inputs: RawInputs, token = API_TOKEN) {
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    'api-token': token,
    ...inputs
  })
  const client = new GitLabClient({ gitlabUrl: gitlab.url, token, requestTimeoutMs: 5_000 })
  const { log, of } = recordingLog()
  const checked = checkApiToken(client, settings, log, new AbortController().signal)
  return { checked, of, paths: () => gitlab.requests.map(r => r.path) }
}

describe('checkApiToken', () => {
  it('asks nothing without wait or inputs', async () => {
    sim = await gitlabWith()
    const { checked, paths } = await check(sim, {})
    await checked
    expect(paths()).toEqual([])
  })

  it('passes a token with the api scope, having read the project and its pipelines', async () => {
    sim = await gitlabWith()
    const { checked, of, paths } = await check(sim, { wait: 'true' })
    await checked
    expect(paths()).toEqual(
      expect.arrayContaining([
        '/api/v4/projects/acme%2Fplatform%2Fapp',
        '/api/v4/projects/acme%2Fplatform%2Fapp/pipelines',
        '/api/v4/personal_access_tokens/self'
      ])
    )
    expect(of('warning')).toEqual([])
  })

  it('warns that a read_api token cannot cancel, naming how to turn cancelling off', async () => {
    sim = await gitlabWith()
    const { checked, of } = await check(sim, { wait: 'true' }, READ_API_TOKEN)
    await checked
    expect(of('warning')).toEqual([
      expect.stringMatching(
        /^api-token has the scopes read_api but not api: .*cancel-on-timeout: false and cancel-on-abort: false\.$/
      )
    ])
  })

  it('stops a read_api token that should play manual jobs', async () => {
    sim = await gitlabWith()
    const { checked } = await check(sim, { wait: 'true', 'play-manual': 'deploy' }, READ_API_TOKEN)
    await expect(checked).rejects.toMatchObject({
      gitlabMessage:
        'api-token has the scopes read_api but not api, which playing a manual job needs',
      hint: expect.stringMatching(/leave out play-manual\. Nothing was triggered$/)
    })
  })

  it('does not check the scopes of a fine-grained token', async () => {
    sim = await gitlabWith()
    sim.addApiToken({ token: 'glpat-finegrained000000000', scopes: ['read_api'], granular: true })
    const { checked, of } = await check(sim, { wait: 'true' }, 'glpat-finegrained000000000')
    await checked
    expect(of('warning')).toEqual([])
    expect(of('debug').join('\n')).toMatch(
      /fine-grained token: its cancel permission is not checked/
    )
  })

  it('tells a Guest, who sees the project but not its pipelines, what role it needs', async () => {
    sim = await gitlabWith()
    sim.addApiToken({ token: 'glpat-guest00000000000000000', scopes: ['api'], role: 'guest' })
    const { checked } = await check(sim, { wait: 'true' }, 'glpat-guest00000000000000000')
    await expect(checked).rejects.toMatchObject({
      status: 403,
      hint: expect.stringMatching(/can see the project but not read its pipelines.*Reporter role/)
    })
  })

  it('fails on a token that cannot see the project', async () => {
    sim = await gitlabWith()
    const { checked } = await check(sim, { wait: 'true' }, 'glpat-unknown000000000000000')
    await expect(checked).rejects.toMatchObject({ status: 401 })
  })
})

describe('checkApiToken and pipeline inputs', () => {
  it('stops before 17.11, which drops inputs without a word', async () => {
    sim = await gitlabWith({}, { gitlabVersion: '17.9.2-ee' })
    const { checked } = await check(sim, { inputs: 'replicas=3' })
    await expect(checked).rejects.toMatchObject({
      gitlabMessage: expect.stringMatching(/^GitLab 17\.9\.2-ee ignores pipeline inputs/),
      hint: expect.stringMatching(/Nothing was triggered$/)
    })
  })

  it('warns from 17.11 to 18.0, where a feature flag decides, and says nothing from 18.1', async () => {
    sim = await gitlabWith({}, { gitlabVersion: '17.11.0' })
    const older = await check(sim, { inputs: 'replicas=3' })
    await older.checked
    expect(older.of('warning')).toEqual([
      expect.stringMatching(/ci_inputs_for_pipelines feature flag/)
    ])
    sim.setVersion('18.1.0-ee')
    const newer = await check(sim, { inputs: 'replicas=3' })
    await newer.checked
    expect(newer.of('warning')).toEqual([])
  })
})
