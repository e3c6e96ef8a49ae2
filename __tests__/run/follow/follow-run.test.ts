// Following a pipeline after the trigger (src/run/follow/follow-run.ts), in-process against the
// simulator on its manual clock (see __tests__/run/trigger-and-follow.test.ts): what the run says
// and keeps when the pipeline had already ended, on timeout, and on Ctrl-C while waiting.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { lastKnownJobs, lastKnownStatus } from '../../../src/run/run-result.js'
import type { Clock } from '../../../src/runtime/clock.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, job } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MINUTE = 60_000

async function run(
  gitlab: Simulator,
  inputs: RawInputs,
  { signal = new AbortController().signal, clock = simulatorClock(gitlab) as Clock } = {}
) {
  const { log, of, lines } = recordingLog()
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
  const result = await triggerAndFollow(settings, { log, signal, clock })
  return { result, of, lines }
}

describe('a pipeline that has already ended', () => {
  it('is read once, and the run says so instead of "Waiting up to"', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', MINUTE)] }, { manualClock: true })
    const first = await run(sim, { wait: 'false' })
    const id = first.result.pipeline!.id
    sim.advance(10 * MINUTE)
    const { result, of } = await run(sim, {
      'pipeline-id': String(id),
      ref: '',
      'trigger-token': ''
    })
    expect(result.outcome).toBe('accepted')
    expect(result.jobs.map(j => [j.name, j.status])).toEqual([['deploy', 'success']])
    const info = of('info').join('\n')
    expect(info).toContain(
      `Pipeline #${id} is already success: reading its jobs once, without waiting`
    )
    expect(info).not.toMatch(/Waiting up to/)
  })

  it('a pipeline still running is waited for, as before', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', MINUTE)] }, { manualClock: true })
    const { of } = await run(sim, {})
    expect(of('info').join('\n')).toMatch(/Waiting up to 1h for pipeline #\d+ to end/)
  })
})

describe('a timeout', () => {
  it('is said once, as the error, before the logs are read', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60 * MINUTE)] }, { manualClock: true })
    const { result, lines } = await run(sim, { timeout: '5m', 'job-logs': 'all' })
    expect(result.outcome).toBe('timeout')
    const said = lines.filter(line => /timeout|timed out/i.test(line.text))
    expect(said.map(line => line.kind)).toEqual(['info', 'error'])
    expect(said[0].text).toMatch(/Cancelling pipeline #\d+ \(timeout reached\)/)
    expect(said[1].text).toMatch(/did not end within the timeout of 5m; it was running/)
    expect(result.reason).toBe(said[1].text)
  })
})

describe('Ctrl-C while waiting', () => {
  const slowPipeline = () => [job('build', 'build', MINUTE), job('slow', 'test', 60 * MINUTE)]

  async function interrupted(inputs: RawInputs) {
    sim = await gitlabWith({ jobs: slowPipeline() }, { manualClock: true })
    const gitlab = sim
    const controller = new AbortController()
    const clock = simulatorClock(gitlab)
    return run(gitlab, inputs, {
      signal: controller.signal,
      clock: {
        now: clock.now,
        async sleep(ms, signal) {
          // Ctrl-C five minutes in, while `slow` runs.
          if (clock.now() - gitlab.pipelines[0].createdAt > 5 * MINUTE) controller.abort()
          return clock.sleep(ms, signal)
        }
      }
    })
  }

  it('keeps the last status and the jobs seen, not the status the pipeline was created with', async () => {
    const { result } = await interrupted({ 'cancel-on-abort': 'false' })
    expect(result.outcome).toBe('aborted')
    expect(result.pipeline?.status).toBe('created')
    expect(lastKnownStatus(result)).toBe('running')
    expect(lastKnownJobs(result).map(j => [j.name, j.status])).toEqual([
      ['build', 'success'],
      ['slow', 'running']
    ])
  })

  it('after its cancel, the status GitLab gave then', async () => {
    const { result } = await interrupted({})
    expect(result.cancel?.by).toBe('abort')
    expect(lastKnownStatus(result)).toMatch(/^cancel(ing|ed)$/)
    expect(result.jobs.map(j => j.name)).toEqual(['build', 'slow'])
  })
})
