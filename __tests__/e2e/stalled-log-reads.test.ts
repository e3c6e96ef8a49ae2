// A job log endpoint that accepts the connection and never answers, through the built action
// (dist/index.js, issue 16 point 2): log reads end by `timeout` plus the grace, SIGINT ends the
// step within 5 s, and a stalled read does not hold up the end of a short pipeline.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { cancelLikeRunner, runStep, startStep } from '../../test/harness/run-step.js'
import { gitlabWith, job, waitInputs } from '../support/fixtures.js'

let sim: Simulator
afterEach(async () => sim?.close())

const TRACE = /\/jobs\/\d+\/trace$/
// trigger-and-follow.ts GRACE_MS.
const GRACE_S = 25

describe('stalled job log reads (dist/index.js)', () => {
  it.each(['live', 'all'])(
    'end with timeout: 5s in about 5 s, well within the grace, with job-logs %s',
    async jobLogs => {
      sim = await gitlabWith({ jobs: [job('slow', 'test', 120_000, { logLines: ['a', 'b'] })] })
      sim.fault({ method: 'GET', path: TRACE, kind: 'hang', times: 1_000 })
      const started = Date.now()
      const step = await runStep(waitInputs(sim, { timeout: '5s', 'job-logs': jobLogs }))
      const seconds = (Date.now() - started) / 1000

      expect(step.exitCode).toBe(1)
      expect(step.stdout).toMatch(/did not end within the timeout of 5s/)
      expect(seconds).toBeLessThan(5 + GRACE_S)
      // Live reads run beside the wait: the step ends at the timeout, not a request timeout later.
      if (jobLogs === 'live') expect(seconds).toBeLessThan(15)
    },
    60_000
  )

  it('end on SIGINT within 5 s while a live log read hangs', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 120_000, { logLines: ['a', 'b'] })] })
    sim.fault({ method: 'GET', path: TRACE, kind: 'hang', times: 1_000 })
    const step = startStep(waitInputs(sim, { 'job-logs': 'live' }))
    await step.printed(/slow: .*running/)
    const signalled = Date.now()
    expect(await cancelLikeRunner(step)).toEqual(['SIGINT'])
    await step.result
    expect(Date.now() - signalled).toBeLessThan(5_000)
  }, 60_000)

  it('do not hold up the end of a 3 s pipeline followed with job-logs live and timeout 120s', async () => {
    sim = await gitlabWith({ jobs: [job('quick', 'test', 3_000, { logLines: ['a', 'b', 'c'] })] })
    sim.fault({ method: 'GET', path: TRACE, kind: 'hang', times: 1_000 })
    const started = Date.now()
    const step = await runStep(waitInputs(sim, { timeout: '120s', 'job-logs': 'live' }))
    const seconds = (Date.now() - started) / 1000

    expect(step.exitCode).toBe(0)
    // The pipeline's 3 s, and at most one stalled read of the job's end (5 s, live-logs.ts).
    expect(seconds).toBeLessThan(12)
    const pipelineEnded = sim.requests.find(r => /\/pipelines\/\d+$/.test(r.path))?.at ?? 0
    expect(
      sim.requests.filter(r => TRACE.test(r.path) && r.at >= pipelineEnded).length
    ).toBeLessThanOrEqual(1)
  }, 60_000)
})
