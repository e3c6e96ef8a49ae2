// Finding and reusing the pipeline an earlier attempt of this step triggered (on-rerun: reuse),
// in-process against the simulator.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../../src/gitlab/client.js'
import { triggerPipeline } from '../../../src/gitlab/trigger.js'
import {
  RERUN_MARKER,
  findEarlierPipeline,
  reuseEarlierPipeline
} from '../../../src/run/start/rerun.js'
import { INPUT_DEFAULTS, parseSettings } from '../../../src/settings/settings.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, job } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const settingsOn = (gitlab: Simulator, ref = 'main') =>
  parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: PROJECT_PATH,
    ref,
    'trigger-token': TRIGGER_TOKEN,
    'api-token': API_TOKEN
  })

const client = (gitlab: Simulator) =>
  new GitLabClient({ gitlabUrl: gitlab.url, token: API_TOKEN, requestTimeoutMs: 5_000 })

const triggerMarked = (gitlab: Simulator, marker: string, ref = 'main') =>
  triggerPipeline(new GitLabClient({ gitlabUrl: gitlab.url }), PROJECT_PATH, {
    token: TRIGGER_TOKEN,
    ref,
    variables: { [RERUN_MARKER]: marker }
  })

async function find(gitlab: Simulator, marker: string, ref = 'main') {
  const { log, of } = recordingLog()
  const found = await findEarlierPipeline(
    client(gitlab),
    settingsOn(gitlab, ref),
    marker,
    log,
    simulatorClock(gitlab),
    new AbortController().signal
  )
  return { found, of }
}

describe('findEarlierPipeline', () => {
  it("finds this step's pipeline among others on the ref, never one with another marker", async () => {
    sim = await gitlabWith({}, { manualClock: true })
    const mine = await triggerMarked(sim, '123-mine')
    await triggerMarked(sim, '123-other')
    await triggerMarked(sim, '123-mine', 'develop')
    const { found, of } = await find(sim, '123-mine')
    expect(found).toBe(mine.id)
    expect(of('warning')).toEqual([])
    const listed = sim.requests.find(r => r.path.endsWith('/pipelines'))
    expect(listed?.query).toMatchObject({ ref: 'main', source: 'trigger', per_page: '20' })
  })

  it('says none was found and triggers a new one', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    await triggerMarked(sim, '123-other')
    const { found, of } = await find(sim, '123-mine')
    expect(found).toBeUndefined()
    expect(of('info')).toEqual([
      'on-rerun: no pipeline of an earlier attempt among the 1 newest triggered on main: triggering a new one'
    ])
  })

  it('warns and goes on when the search itself fails', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    sim.fault({ method: 'GET', path: /\/pipelines$/, kind: 'status', status: 404, times: 10 })
    const { found, of } = await find(sim, '123-mine')
    expect(found).toBeUndefined()
    expect(of('warning')).toEqual([
      expect.stringMatching(
        /^on-rerun: could not look for the pipeline of an earlier attempt \(.*404.*\); triggering a new one$/
      )
    ])
  })
})

describe('reuseEarlierPipeline', () => {
  async function reuse(gitlab: Simulator, id: number) {
    const { log, lines } = recordingLog()
    const reused = await reuseEarlierPipeline(
      client(gitlab),
      settingsOn(gitlab),
      id,
      log,
      simulatorClock(gitlab),
      new AbortController().signal
    )
    return { reused, lines }
  }

  it('follows a pipeline still running as it is', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 60_000)] }, { manualClock: true })
    const earlier = await triggerMarked(sim, 'm')
    const { reused, lines } = await reuse(sim, earlier.id)
    expect(reused.retried).toBe(false)
    expect(reused.pipeline.id).toBe(earlier.id)
    expect(lines).toEqual([
      expect.objectContaining({
        kind: 'notice',
        text: expect.stringMatching(
          /^This is a re-run: following pipeline #\d+ \((created|pending|running)\)/
        ),
        title: 'GitLab pipeline of an earlier attempt'
      })
    ])
    expect(sim.requests.some(r => r.path.endsWith('/retry'))).toBe(false)
  })

  it('retries the failed jobs of a failed pipeline, once', async () => {
    sim = await gitlabWith(
      { jobs: [job('test', 'test', 1_000, { result: 'failed' })] },
      { manualClock: true }
    )
    const earlier = await triggerMarked(sim, 'm')
    sim.advance(60_000)
    const { reused, lines } = await reuse(sim, earlier.id)
    expect(reused.retried).toBe(true)
    expect(lines[0].text).toMatch(/ended failed; its failed and canceled jobs were retried/)
    expect(sim.requests.filter(r => r.path.endsWith('/retry'))).toHaveLength(1)
  })
})
