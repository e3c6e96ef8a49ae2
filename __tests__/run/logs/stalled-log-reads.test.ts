// A job log endpoint that accepts the connection and never answers (the simulator's `hang`
// fault), followed in-process with job-logs live (issue 16, point 2): the status checks go on,
// the step ends on time, a job that ended is not read again after its last read, and lines read
// later are shown once, in order.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { INPUT_DEFAULTS, parseSettings } from '../../../src/settings/settings.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, job } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const LINES = Array.from({ length: 8 }, (_, i) => `step ${i}`)

async function followLive(gitlab: Simulator, timeout = '1h') {
  const { log, live } = recordingLog()
  const settings = {
    ...parseSettings({
      ...INPUT_DEFAULTS,
      'gitlab-url': gitlab.url,
      project: PROJECT_PATH,
      ref: 'main',
      wait: 'true',
      timeout,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      'job-logs': 'live'
    }),
    requestTimeoutMs: 3_000
  }
  const startedAt = Date.now()
  const result = await triggerAndFollow(settings, {
    log,
    signal: new AbortController().signal,
    clock: simulatorClock(gitlab)
  })
  const texts = live.flatMap(line => (line.kind === 'text' ? [line.text] : []))
  return { result, texts, realMs: Date.now() - startedAt }
}

const traceReads = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'GET' && /\/jobs\/\d+\/trace$/.test(r.path))
const statusReads = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'GET' && /\/pipelines\/\d+\/jobs$/.test(r.path))

describe('a stalled live log read', () => {
  it('does not hold up the status checks, and the lines read after it are shown once, in order', async () => {
    sim = await gitlabWith(
      { jobs: [job('build', 'build', 20_000, { logLines: LINES })] },
      { manualClock: true, traceByteRange: true }
    )
    sim.fault({ method: 'GET', path: /\/jobs\/\d+\/trace$/, kind: 'hang' })
    const { result, texts, realMs } = await followLive(sim)

    expect(result.outcome).toBe('accepted')
    const hangAt = traceReads(sim)[0].at
    // While the first read hung (3 s of real time), the wait went on checking the statuses.
    expect(statusReads(sim).filter(r => r.at > hangAt).length).toBeGreaterThanOrEqual(3)
    expect(texts.filter(text => text.startsWith('step '))).toEqual(LINES)
    expect(realMs).toBeLessThan(10_000)
  }, 20_000)

  it('gives up on the log of a job that ended once its last read stalled, and reads it no more', async () => {
    sim = await gitlabWith(
      { jobs: [job('build', 'build', 4_000, { logLines: LINES, result: 'failed' })] },
      { manualClock: true, traceByteRange: true }
    )
    sim.fault({ method: 'GET', path: /\/jobs\/\d+\/trace$/, kind: 'hang', times: 100 })
    const { result, texts, realMs } = await followLive(sim)

    expect(result.outcome).toBe('not-accepted')
    // The pipeline is read once none of its jobs runs: from then on, the job had ended.
    const seenEnded = sim.requests.find(r => /\/pipelines\/\d+$/.test(r.path))?.at ?? 0
    expect(seenEnded).toBeGreaterThan(0)
    // One read of its end at most, whatever happened to the earlier ones.
    expect(traceReads(sim).filter(r => r.at >= seenEnded).length).toBeLessThanOrEqual(1)
    // Said once while it runs, and once, final, for its end.
    expect(texts.filter(text => text.startsWith('(could not read the log'))).toEqual([
      expect.stringMatching(/^\(could not read the log, trying again: .*did not answer/),
      expect.stringMatching(/^\(could not read the log: .*did not answer/)
    ])
    // Each stalled read ends within the request timeout (3 s here), two at most in a row.
    expect(realMs).toBeLessThan(10_000)
  }, 20_000)
})
