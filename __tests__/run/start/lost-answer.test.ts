// A lost answer loses nothing (SPEC 6.2, docs/contract.md "Lost answers"), in-process on the
// simulator's clock: the simulator creates the pipeline and then drops the trigger's answer.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { FaultRule, Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import {
  LOST_ANSWER_CANDIDATES,
  LOST_ANSWER_PAUSES_MS,
  LOST_ANSWER_VARIABLE_READS
} from '../../../src/run/start/lost-answer.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  triggerRequests
} from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MARKER = 'GITLAB_TRIGGER_AND_WAIT_RUN'
const TRIGGER_PATH = '/trigger/pipeline'

async function run(gitlab: Simulator, inputs: RawInputs, requestTimeoutMs = 5_000) {
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    ...inputs
  })
  const { log, of } = recordingLog()
  const created: number[] = []
  const result = await triggerAndFollow(
    { ...settings, requestTimeoutMs },
    {
      log,
      signal: new AbortController().signal,
      clock: simulatorClock(gitlab),
      hooks: { pipelineCreated: pipeline => void created.push(pipeline.id) }
    }
  )
  return { result, of, created }
}

const waiting: RawInputs = { wait: 'true', 'api-token': API_TOKEN, timeout: '10m' }
const lists = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'GET' && /\/pipelines$/.test(r.path) && r.query.source)

const LOST: Array<[string, Omit<FaultRule, 'path'>]> = [
  ['a connection reset', { kind: 'reset' }],
  ['a proxy 502 page', { kind: 'html', status: 502 }],
  ['a proxy 504 page', { kind: 'html', status: 504 }],
  ['a request timeout', { kind: 'hang' }]
]

describe('after the trigger was sent and its answer lost', () => {
  it.each(LOST)(
    '%s: finds the pipeline by its marker and follows it to the end, triggering once',
    async (_name, fault) => {
      sim = await gitlabWith({ jobs: [job('build', 'build', 60_000)] }, { manualClock: true })
      sim.fault({ method: 'POST', path: TRIGGER_PATH, afterHandling: true, ...fault })
      const { result, of, created } = await run(sim, waiting, 1_000)

      expect(triggerRequests(sim)).toHaveLength(1)
      expect(sim.triggerCount()).toBe(1)
      const [pipeline] = sim.pipelines
      expect(pipeline.variables[MARKER]).toMatch(/^invocation-[0-9a-f-]{36}$/)
      expect(result.outcome).toBe('accepted')
      expect(result.pipeline?.id).toBe(pipeline.id)
      expect(result.finalStatus).toBe('success')
      expect(result.jobs.map(j => j.name)).toEqual(['build'])
      expect(created).toEqual([pipeline.id])
      expect(of('info').join('\n')).toMatch(/The answer to the trigger request was lost/)
      expect(of('notice').join('\n')).toMatch(
        new RegExp(`pipeline #${pipeline.id} carries this step's ${MARKER} variable`)
      )
    }
  )

  it('waits briefly for a pipeline GitLab is still creating, then follows it', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 1_000)] }, { manualClock: true })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, afterHandling: true, kind: 'reset' })
    // The pre-flight probe's list and the first look's come back empty, as if GitLab had not
    // committed the pipeline yet.
    sim.fault({
      method: 'GET',
      path: /\/pipelines$/,
      kind: 'rewrite',
      afterHandling: true,
      rewrite: () => [],
      times: 2
    })
    const { result } = await run(sim, waiting)
    expect(result.outcome).toBe('accepted')
    expect(sim.triggerCount()).toBe(1)
    expect(lists(sim)).toHaveLength(2)
  })

  it('without wait, still finds the pipeline and reports it as triggered', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 1_000)] }, { manualClock: true })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, afterHandling: true, kind: 'reset' })
    const { result, created } = await run(sim, { 'api-token': API_TOKEN })
    expect(result.outcome).toBe('triggered')
    expect(result.pipeline?.id).toBe(sim.pipelines[0].id)
    expect(created).toEqual([sim.pipelines[0].id])
  })

  it('cancels the found pipeline on timeout, as if the answer had arrived', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'build', 3_600_000)] }, { manualClock: true })
    sim.fault({
      method: 'POST',
      path: TRIGGER_PATH,
      afterHandling: true,
      kind: 'html',
      status: 502
    })
    const { result } = await run(sim, { ...waiting, timeout: '2m' })
    expect(result.outcome).toBe('timeout')
    expect(result.cancel?.by).toBe('timeout')
    expect(sim.pipelines[0].cancelRequests).toBeGreaterThan(0)
    expect(sim.triggerCount()).toBe(1)
  })

  it('when nothing carries the marker, gives up after a bounded search with the link to the ref', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 1_000)] }, { manualClock: true })
    // The connection breaks before GitLab handled the request: no pipeline exists.
    sim.fault({ method: 'POST', path: TRIGGER_PATH, kind: 'reset' })
    const { result } = await run(sim, waiting)
    expect(result.outcome).toBe('gitlab-error')
    expect(sim.triggerCount()).toBe(0)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(lists(sim)).toHaveLength(LOST_ANSWER_PAUSES_MS.length + 1)
    expect(result.reason).toMatch(/may have created the pipeline anyway, so it was not sent again/)
    expect(result.reason).toMatch(/no pipeline carrying this step's GITLAB_TRIGGER_AND_WAIT_RUN/)
    expect(result.reason).toContain(`${sim.url}/${PROJECT_PATH}/-/pipelines?ref=main`)
  })

  it('never takes a pipeline with another marker', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 1_000)] }, { manualClock: true })
    // A first pipeline of someone else's step, then this step's trigger whose answer is lost
    // before GitLab handled it.
    await run(sim, { 'api-token': API_TOKEN })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, kind: 'reset' })
    const { result } = await run(sim, waiting)
    expect(result.outcome).toBe('gitlab-error')
    expect(result.pipeline).toBeUndefined()
    expect(sim.triggerCount()).toBe(1)
  })

  it('without an api-token, says so, with the link to the pipelines on the ref', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, afterHandling: true, kind: 'reset' })
    const { result } = await run(sim, {})
    expect(result.outcome).toBe('gitlab-error')
    expect(sim.pipelines[0].variables).toEqual({})
    expect(result.reason).toMatch(/an api-token would let the step find the pipeline itself/)
    expect(result.reason).toContain(`/-/pipelines?ref=main`)
  })

  it('a project given by id gets the link from the project read with the api-token', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, kind: 'reset' })
    const { result } = await run(sim, { ...waiting, project: String(PROJECT_ID) })
    expect(result.reason).toContain(`${sim.url}/${PROJECT_PATH}/-/pipelines?ref=main`)
  })

  it('says a lost answer cannot be reconciled when GitLab refused the marker variable', async () => {
    sim = await gitlabWith({ restrictVariables: true }, { manualClock: true })
    // The first trigger (with the marker) is refused as GitLab does; the second one's answer is lost.
    sim.fault({ method: 'POST', path: TRIGGER_PATH, kind: 'headers', headers: {} })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, afterHandling: true, kind: 'reset' })
    const { result, of } = await run(sim, waiting)
    expect(of('warning').join('\n')).toMatch(/cannot be matched to it/)
    expect(result.outcome).toBe('gitlab-error')
    expect(sim.triggerCount()).toBe(1)
    expect(result.reason).toMatch(
      /the lost answer cannot be reconciled: GitLab refused pipeline variables from the trigger token's owner/
    )
    expect(lists(sim)).toHaveLength(0)
  })
})

describe('cancelled while the answer was lost', () => {
  /** The run is cancelled just as the trigger's connection breaks (GitLab created the pipeline). */
  async function cancelledAtTrigger(inputs: RawInputs) {
    const cancel = new AbortController()
    sim = await gitlabWith(
      { jobs: [job('build', 'build', 60_000)] },
      {
        manualClock: true,
        onRequest: request => {
          if (request.method === 'POST' && request.path.endsWith(TRIGGER_PATH))
            cancel.abort(new Error('SIGINT'))
        }
      }
    )
    sim.fault({ method: 'POST', path: TRIGGER_PATH, afterHandling: true, kind: 'reset' })
    const settings = parseSettings({
      ...INPUT_DEFAULTS,
      'gitlab-url': sim.url,
      project: PROJECT_PATH,
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
      ...waiting,
      ...inputs
    })
    const { log, of } = recordingLog()
    const result = await triggerAndFollow(
      { ...settings, requestTimeoutMs: 1_000 },
      { log, signal: cancel.signal, clock: simulatorClock(sim) }
    )
    return { gitlab: sim, result, of }
  }

  it('finds the pipeline in a short search and cancels it, triggering once', async () => {
    const { gitlab, result, of } = await cancelledAtTrigger({})
    expect(gitlab.triggerCount()).toBe(1)
    const [pipeline] = gitlab.pipelines
    expect(result.outcome).toBe('aborted')
    expect(result.pipeline?.id).toBe(pipeline.id)
    expect(pipeline.canceledAt).toBeDefined()
    expect(of('info').join('\n')).toMatch(
      /answer to the trigger request was lost and the run was cancelled: looking for the pipeline/
    )
  })

  it('without cancel-on-abort, does not search and says where to look', async () => {
    const { gitlab, result, of } = await cancelledAtTrigger({ 'cancel-on-abort': 'false' })
    expect(result.outcome).toBe('gitlab-error')
    expect(lists(gitlab)).toHaveLength(0)
    expect(gitlab.pipelines[0].canceledAt).toBeUndefined()
    expect(of('error').join('\n')).toMatch(
      /may have created the pipeline anyway.*pipelines\?ref=main/
    )
  })
})

describe('the search is bounded', () => {
  it('with many other pipelines on the ref: four lists, and the variables of each newest one read once', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 1_000)] }, { manualClock: true })
    // Other steps' pipelines, each with its own marker, all within the search's window.
    for (let i = 0; i < 12; i++) await run(sim, { 'api-token': API_TOKEN })
    sim.fault({ method: 'POST', path: TRIGGER_PATH, kind: 'reset' })
    const before = sim.requests.length
    const { result } = await run(sim, waiting)
    const search = sim.requests.slice(before)
    expect(result.outcome).toBe('gitlab-error')
    expect(sim.triggerCount()).toBe(12)
    expect(lists(sim)).toHaveLength(LOST_ANSWER_PAUSES_MS.length + 1)
    // Every look lists the same five newest: their variables are read once, not four times.
    const reads = search.filter(r => r.path.endsWith('/variables'))
    expect(reads).toHaveLength(LOST_ANSWER_CANDIDATES)
    expect(reads.length).toBeLessThanOrEqual(LOST_ANSWER_VARIABLE_READS)
  })
})
