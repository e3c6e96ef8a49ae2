import { describe, expect, it } from '@jest/globals'
import {
  RERUN_MARKER,
  invocationMarker,
  rerunIdentity
} from '../../../src/run/start/rerun-identity.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import { PROJECT_PATH, TRIGGER_TOKEN } from '../../support/fixtures.js'

const settings = (inputs: RawInputs = {}) =>
  parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': 'https://gitlab.example.com',
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    ...inputs
  })

const ENV = {
  GITHUB_RUN_ID: '123456',
  GITHUB_RUN_ATTEMPT: '2',
  GITHUB_REPOSITORY: 'acme/app',
  GITHUB_JOB: 'deploy',
  GITHUB_ACTION: 'trigger'
}

describe('rerunIdentity: this step of this run', () => {
  it('is the run id and a hash, with the attempt', async () => {
    const identity = await rerunIdentity(ENV, settings())
    expect(identity?.attempt).toBe(2)
    expect(identity?.marker).toMatch(/^123456-[0-9a-f]{32}$/)
  })

  it('is the same for a re-run of the same step, whatever the attempt', async () => {
    const first = await rerunIdentity({ ...ENV, GITHUB_RUN_ATTEMPT: '1' }, settings())
    const again = await rerunIdentity(ENV, settings())
    expect(again?.marker).toBe(first?.marker)
  })

  it('differs for another step, job or trigger input, but not for the order of variables', async () => {
    const base = (await rerunIdentity(ENV, settings({ variables: 'A=1\nB=2' })))?.marker
    const others = await Promise.all([
      rerunIdentity({ ...ENV, GITHUB_ACTION: 'other' }, settings({ variables: 'A=1\nB=2' })),
      rerunIdentity({ ...ENV, GITHUB_JOB: 'other' }, settings({ variables: 'A=1\nB=2' })),
      rerunIdentity(ENV, settings({ variables: 'A=1\nB=3' })),
      rerunIdentity(ENV, settings({ variables: 'A=1\nB=2', ref: 'release' }))
    ])
    for (const other of others) expect(other?.marker).not.toBe(base)
    expect((await rerunIdentity(ENV, settings({ variables: 'B=2\nA=1' })))?.marker).toBe(base)
  })

  it('is undefined outside a GitHub Actions run, and takes attempt 1 for an odd attempt', async () => {
    expect(await rerunIdentity({}, settings())).toBeUndefined()
    expect(await rerunIdentity({ GITHUB_RUN_ID: 'abc' }, settings())).toBeUndefined()
    expect((await rerunIdentity({ ...ENV, GITHUB_RUN_ATTEMPT: '0' }, settings()))?.attempt).toBe(1)
    expect((await rerunIdentity({ ...ENV, GITHUB_RUN_ATTEMPT: '' }, settings()))?.attempt).toBe(1)
  })
})

describe('invocationMarker', () => {
  it('is new each time, and never a run marker', () => {
    const [a, b] = [invocationMarker(), invocationMarker()]
    expect(a).toMatch(/^invocation-[0-9a-f-]{36}$/)
    expect(a).not.toBe(b)
    expect(RERUN_MARKER).toBe('GITLAB_TRIGGER_AND_WAIT_RUN')
  })
})
