// play-manual (src/run/control/play-manual.ts) in the run core, in-process against the simulator
// on its manual clock (see __tests__/run/trigger-and-follow.test.ts): which jobs are played, a
// play answered 5xx, and names that never wait for a play (issue 16, points 6 and 7).
import { afterEach, describe, expect, it } from '@jest/globals'
import type { JobPlan, Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { PLAY_ATTEMPTS } from '../../../src/run/control/play-manual.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, job } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MINUTE = 60_000

async function follow(gitlab: Simulator, inputs: RawInputs) {
  const { log, of } = recordingLog()
  const settings = {
    ...parseSettings({
      ...INPUT_DEFAULTS,
      'gitlab-url': gitlab.url,
      project: PROJECT_PATH,
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      wait: 'true',
      timeout: '1h',
      ...inputs
    }),
    requestTimeoutMs: 5_000
  }
  const clock = simulatorClock(gitlab)
  const result = await triggerAndFollow(settings, {
    log,
    signal: new AbortController().signal,
    clock
  })
  return { result, of, clock }
}

const plays = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/play'))

/** A build, then a child pipeline (strategy: depend) gated by a blocking manual job. */
const gatedChild = (): JobPlan[] => [
  job('build', 'build', MINUTE),
  {
    name: 'child',
    stage: 'deploy',
    durationMs: 0,
    bridge: {
      strategy: 'depend',
      jobs: [
        job('deploy-prod', 'deploy', MINUTE, { result: 'manual' }),
        job('smoke', 'verify', MINUTE)
      ]
    }
  }
]

const gated = (): JobPlan[] => [
  job('build', 'build', MINUTE),
  job('deploy-prod', 'deploy', MINUTE, { result: 'manual' }),
  job('smoke', 'verify', MINUTE)
]

describe('play-manual *', () => {
  it('plays the gate in the child pipeline, never the trigger job that shows its manual', async () => {
    sim = await gitlabWith({ jobs: gatedChild() }, { manualClock: true })
    const { result, of } = await follow(sim, { 'play-manual': '*' })
    expect(result.outcome).toBe('accepted')
    const child = result.pipelines!.find(p => p.parent_id !== null)!
    const gate = result.jobs.find(j => j.name === 'deploy-prod')!
    expect(gate.pipeline_id).toBe(child.id)
    // One play, of the gate: the trigger job (shown `manual` while the child blocks) is not played.
    expect(plays(sim).map(r => r.path)).toEqual([expect.stringContaining(`/jobs/${gate.id}/play`)])
    expect(of('error')).toEqual([])
    // The trigger job was seen showing `manual`: the case this test is about did happen.
    expect(of('info').join('\n')).toMatch(/deploy › child: \w+ → manual/)
  })

  it('plays a trigger job that is itself manual and has no downstream pipeline yet', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('build', 'build', MINUTE),
          {
            name: 'release',
            stage: 'deploy',
            durationMs: 0,
            result: 'manual',
            bridge: { strategy: 'depend', jobs: [job('publish', 'deploy', MINUTE)] }
          }
        ]
      },
      { manualClock: true }
    )
    const { result } = await follow(sim, { 'play-manual': '*' })
    expect(result.outcome).toBe('accepted')
    expect(plays(sim)).toHaveLength(1)
    expect(result.jobs.find(j => j.name === 'publish')?.status).toBe('success')
  })
})

describe('a play answered 5xx', () => {
  it('is tried again at the next check, without holding the wait in retries', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    sim.fault({ method: 'POST', path: '/play', kind: 'status', status: 502 })
    const { result, of } = await follow(sim, { 'play-manual': 'deploy-prod' })
    expect(result.outcome).toBe('accepted')
    const [first, second] = plays(sim)
    expect(plays(sim)).toHaveLength(2)
    // Tried again at the next check (the jobs were read in between), not retried in place.
    const between = sim.requests.slice(
      sim.requests.indexOf(first) + 1,
      sim.requests.indexOf(second)
    )
    expect(between.some(r => r.method === 'GET' && r.path.endsWith('/jobs'))).toBe(true)
    expect(second.at - first.at).toBeLessThanOrEqual(15_000)
    expect(of('info').join('\n')).toMatch(
      /Could not play the manual job deploy-prod .*trying again at the next check/
    )
    expect(of('error')).toEqual([])
  })

  it('is not played twice when GitLab played it and only the answer was lost', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    sim.fault({ method: 'POST', path: '/play', kind: 'status', status: 502, afterHandling: true })
    const { result, of } = await follow(sim, { 'play-manual': 'deploy-prod' })
    expect(result.outcome).toBe('accepted')
    // The next check's jobs show it no longer waits for a play: nothing is sent again.
    expect(plays(sim)).toHaveLength(1)
    expect(of('error')).toEqual([])
  })

  it('takes a 400 after a lost answer as the earlier try having played it, not as an error', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    sim.fault({ method: 'POST', path: '/play', kind: 'status', status: 502, times: 1 })
    sim.fault({ method: 'POST', path: '/play', kind: 'status', status: 400, times: 1 })
    const { of } = await follow(sim, { 'play-manual': 'deploy-prod', timeout: '10m' })
    expect(plays(sim)).toHaveLength(2)
    // (Here the simulator played nothing, so the pipeline ends manual: that is the only error.)
    expect(of('error').filter(line => /play/.test(line))).toEqual([])
    expect(of('info').join('\n')).toMatch(
      /deploy-prod \(#\d+\) can no longer be played .*the earlier try, whose answer was lost, most likely played it/
    )
  })

  it('gives up after a few checks with one error, and the pipeline ends manual', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    sim.fault({ method: 'POST', path: '/play', kind: 'status', status: 503, times: 100 })
    const { result, of } = await follow(sim, { 'play-manual': 'deploy-prod' })
    expect(plays(sim)).toHaveLength(PLAY_ATTEMPTS)
    expect(result.finalStatus).toBe('manual')
    expect(result.outcome).toBe('not-accepted')
    expect(of('error').filter(line => /Could not play/.test(line))).toHaveLength(1)
  })
})

describe('play-manual names', () => {
  it('warns at the end about a name no job carried while waiting for a play (a typo)', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    const { result, of } = await follow(sim, {
      'play-manual': 'deploy-prd',
      'accept-statuses': 'manual'
    })
    expect(result.finalStatus).toBe('manual')
    expect(plays(sim)).toHaveLength(0)
    expect(of('warning').join('\n')).toMatch(/play-manual names "deploy-prd", but no job/)
  })

  it('warns about a named job that ran without waiting for a play', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', MINUTE)] }, { manualClock: true })
    const { of } = await follow(sim, { 'play-manual': 'build' })
    expect(of('warning').join('\n')).toMatch(/play-manual names "build"/)
  })

  it('says nothing when each named job waited and was played', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    const { result, of } = await follow(sim, { 'play-manual': 'deploy-prod' })
    expect(result.outcome).toBe('accepted')
    expect(of('warning').join('\n')).not.toMatch(/play-manual names/)
  })
})
