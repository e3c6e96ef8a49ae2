// Absurd numbers in GitLab's headers and bodies, through the run core on the simulator's clock
// (issue 16, points 1 and 5): never an unexpected error, never a neighbour's id.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, job } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function run(gitlab: Simulator, inputs: RawInputs) {
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    ...inputs
  })
  const clock = simulatorClock(gitlab)
  const { log, of } = recordingLog()
  const result = await triggerAndFollow(
    { ...settings, requestTimeoutMs: 5_000 },
    { log, signal: new AbortController().signal, clock }
  )
  return { result, of, clock }
}

const TWENTY_DIGITS = '9'.repeat(20)

describe('numbers GitLab or a proxy sends', () => {
  it('a Retry-After of twenty digits on the trigger: says so with its words, triggers nothing, sleeps nothing', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'rate-limit',
      headers: { 'Retry-After': TWENTY_DIGITS }
    })
    const { result, clock } = await run(sim, {})
    expect(result.outcome).toBe('gitlab-error')
    expect(result.reason).toContain(
      `GitLab asks to wait more than a day (Retry-After: ${TWENTY_DIGITS})`
    )
    expect(result.reason).toMatch(/no pipeline was created; run this again later/)
    expect(sim.triggerCount()).toBe(0)
    expect(clock.slept).toEqual([])
  })

  it('a RateLimit-Reset past the largest date while waiting: the pipeline is followed and cancelled on timeout', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'build', 3_600_000)] }, { manualClock: true })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+$/,
      kind: 'headers',
      times: 1000,
      headers: {
        'RateLimit-Limit': '2000',
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': TWENTY_DIGITS
      }
    })
    const { result, of, clock } = await run(sim, {
      wait: 'true',
      'api-token': API_TOKEN,
      timeout: '5m'
    })
    expect(result.outcome).toBe('timeout')
    expect(result.cancel?.by).toBe('timeout')
    expect(sim.pipelines[0].cancelRequests).toBeGreaterThan(0)
    expect(of('error').join('\n')).not.toMatch(/Invalid time value|Unexpected/)
    // No pause went past the timeout.
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(5 * 60_000)
  })

  it('a budget renewed "in 30 seconds" (a delay, not an epoch) stretches pauses only that long', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 120_000)] }, { manualClock: true })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+$/,
      kind: 'headers',
      times: 1000,
      headers: { 'RateLimit-Limit': '2000', 'RateLimit-Remaining': '3', 'RateLimit-Reset': '30' }
    })
    const { result, clock } = await run(sim, {
      wait: 'true',
      'api-token': API_TOKEN,
      timeout: '1h'
    })
    expect(result.outcome).toBe('accepted')
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(30_000)
  })

  it('a pipeline id past 2^53 in the trigger answer is refused, never rounded to a neighbour', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    // GitLab created the pipeline; its answer names an id JSON.parse would round to …992.
    const body = `{"id":9007199254740993,"iid":1,"project_id":42,"sha":"${'a'.repeat(40)}","ref":"main","status":"created","web_url":"${sim.url}/${PROJECT_PATH}/-/pipelines/9007199254740993","duration":null}`
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'status',
      status: 201,
      afterHandling: true,
      body
    })
    const { result } = await run(sim, {})
    expect(result.outcome).toBe('gitlab-error')
    expect(result.pipeline).toBeUndefined()
    expect(result.reason).toMatch(
      /pipeline\.id is past 2\^53 and would be rounded to another id: refused/
    )
    expect(result.reason).toMatch(/may have created the pipeline anyway/)
  })

  it('a job id past 2^53 in a jobs list is left out and said, never taken for another job', async () => {
    sim = await gitlabWith(
      { jobs: [job('a', 'build', 1_000), job('b', 'build', 1_000)] },
      { manualClock: true }
    )
    sim.fault({
      method: 'GET',
      path: /\/jobs$/,
      kind: 'rewrite',
      afterHandling: true,
      times: 1000,
      rewrite: (jobs: Array<{ name: string; id: number }>) =>
        jobs.map(j => (j.name === 'b' ? { ...j, id: 2 ** 53 + 2 } : j))
    })
    const { result, of } = await run(sim, { wait: 'true', 'api-token': API_TOKEN, timeout: '1h' })
    expect(result.finalStatus).toBe('success')
    expect(result.jobs.map(j => j.name)).toEqual(['a'])
    expect([...of('warning'), ...of('info')].join('\n')).toMatch(/jobs\[\d\]\.id is past 2\^53/)
  })
})
