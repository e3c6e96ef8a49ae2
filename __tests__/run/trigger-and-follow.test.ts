// The run core in-process (src/run/trigger-and-follow.ts) against the simulator with a clock
// tied to the simulator's manual clock: a pause of the run advances GitLab's time and returns at
// once, so waits of minutes or hours run in milliseconds and every duration is the clock's.
import { afterEach, describe, expect, it } from '@jest/globals'
import { readFileSync } from 'node:fs'
import * as path from 'node:path'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../src/run/trigger-and-follow.js'
import { recordingLog, simulatorClock } from '../support/run-core.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../src/settings/settings.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  triggerRequests
} from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MINUTE = 60_000

function settingsFor(gitlab: Simulator, inputs: RawInputs = {}) {
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    ...inputs
  })
  return { ...settings, requestTimeoutMs: 5_000 }
}

const waiting = (extra: RawInputs = {}): RawInputs => ({
  wait: 'true',
  'api-token': API_TOKEN,
  timeout: '1h',
  'poll-interval': '15s',
  ...extra
})

const cancels = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))

async function follow(gitlab: Simulator, inputs: RawInputs, signal = new AbortController().signal) {
  const clock = simulatorClock(gitlab)
  const { log, of, lines } = recordingLog()
  const created: number[] = []
  const result = await triggerAndFollow(settingsFor(gitlab, inputs), {
    log,
    signal,
    clock,
    hooks: { pipelineCreated: pipeline => void created.push(pipeline.id) }
  })
  return { result, clock, of, lines, created }
}

describe('triggerAndFollow on the simulator clock', () => {
  it('follows a 30-minute pipeline to success, saying it still waits in the quiet minutes', async () => {
    sim = await gitlabWith({ jobs: [job('long', 'test', 30 * MINUTE)] }, { manualClock: true })
    const { result, of, created, clock } = await follow(sim, waiting())
    expect(result.outcome).toBe('accepted')
    expect(result.finalStatus).toBe('success')
    expect(result.jobs.map(j => j.name)).toEqual(['long'])
    expect(created).toEqual([sim.pipelines[0].id])
    // The run took GitLab's 30 minutes on its clock, in pauses no longer than poll-interval.
    expect(result.endedAt - result.startedAt).toBeGreaterThanOrEqual(30 * MINUTE)
    expect(Math.max(...clock.slept)).toBeLessThanOrEqual(15_000)
    expect(
      of('info').filter(line => /^Still waiting for pipeline/.test(line)).length
    ).toBeGreaterThan(3)
  })

  it('times out after the timeout on its clock and cancels the pipeline', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 120 * MINUTE)] }, { manualClock: true })
    const { result, of } = await follow(sim, waiting({ timeout: '30m' }))
    expect(result.outcome).toBe('timeout')
    expect(result.finalStatus).toBe('timeout')
    expect(result.cancel).toMatchObject({ by: 'timeout', succeeded: true })
    expect(cancels(sim)).toHaveLength(1)
    expect(cancels(sim)[0].at - triggerRequests(sim)[0].at).toBeGreaterThanOrEqual(30 * MINUTE)
    expect(of('error').join('\n')).toMatch(/30m/)
  })

  it('leaves the pipeline running at the timeout with cancel-on-timeout false', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 120 * MINUTE)] }, { manualClock: true })
    const { result } = await follow(sim, waiting({ timeout: '10m', 'cancel-on-timeout': 'false' }))
    expect(result.outcome).toBe('timeout')
    expect(result.leftRunning).toBe(true)
    expect(cancels(sim)).toHaveLength(0)
  })

  it('does not accept a failed pipeline, and prints the failed job log as a group', async () => {
    sim = await gitlabWith(
      { jobs: [job('unit', 'test', 5 * MINUTE, { result: 'failed', log: 'FAILED: 3 tests\n' })] },
      { manualClock: true }
    )
    const { result, lines } = await follow(sim, waiting())
    expect(result.outcome).toBe('not-accepted')
    expect(result.finalStatus).toBe('failed')
    expect(
      lines
        .filter(l => l.kind === 'group')
        .map(l => l.text)
        .join('\n')
    ).toContain('FAILED: 3 tests')
  })

  it('waits out a 429 on the trigger for its Retry-After on the clock, and creates one pipeline', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'rate-limit',
      retryAfterSeconds: 90
    })
    const { result, clock } = await follow(sim, {})
    expect(result.outcome).toBe('triggered')
    expect(clock.slept).toContain(90_000)
    const [first, second] = triggerRequests(sim)
    expect(second.at - first.at).toBe(90_000)
    expect(sim.triggerCount()).toBe(1)
  })

  it('keeps following through 5xx answers and resets while it waits', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 10 * MINUTE)] }, { manualClock: true })
    sim.fault({ method: 'GET', path: /\/jobs$/, kind: 'status', status: 502, times: 2 })
    sim.fault({ method: 'GET', path: /\/pipelines\/\d+$/, kind: 'reset', times: 1 })
    const { result, of } = await follow(sim, waiting())
    expect(result.outcome).toBe('accepted')
    expect(of('info').join('\n')).toMatch(/trying again in/)
  })

  it('cancels the pipeline when the run is aborted while waiting', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60 * MINUTE)] }, { manualClock: true })
    const controller = new AbortController()
    const clock = simulatorClock(sim)
    const { log } = recordingLog()
    const result = await triggerAndFollow(settingsFor(sim, waiting()), {
      log,
      signal: controller.signal,
      clock: {
        now: clock.now,
        async sleep(ms, signal) {
          // Ctrl-C five minutes in.
          if (clock.now() - sim!.pipelines[0].createdAt > 5 * MINUTE) controller.abort()
          return clock.sleep(ms, signal)
        }
      }
    })
    expect(result.outcome).toBe('aborted')
    expect(result.cancel).toMatchObject({ by: 'abort' })
    expect(cancels(sim)).toHaveLength(1)
  })

  it('stops before triggering when the API token cannot read the project', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    const { result, of } = await follow(sim, waiting({ 'api-token': 'glpat-unknown0000000000' }))
    expect(result.outcome).toBe('gitlab-error')
    expect(result.error?.status).toBe(401)
    expect(sim.triggerCount()).toBe(0)
    expect(of('error').join('\n')).toMatch(/401/)
  })

  it('warns up front that a read_api token cannot cancel', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', MINUTE)] }, { manualClock: true })
    const { result, of } = await follow(sim, waiting({ 'api-token': READ_API_TOKEN }))
    expect(result.outcome).toBe('accepted')
    expect(of('warning').join('\n')).toMatch(/read_api but not api/)
  })

  it('reports a ref GitLab does not know as a GitLab error with its hint', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    const { result } = await follow(sim, { ref: 'no-such-branch' })
    expect(result.outcome).toBe('gitlab-error')
    expect(result.pipeline).toBeUndefined()
    expect(result.error?.status).toBe(400)
  })

  it('runs on even when a hook fails', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', MINUTE)] }, { manualClock: true })
    const { log } = recordingLog()
    const result = await triggerAndFollow(settingsFor(sim, waiting()), {
      log,
      signal: new AbortController().signal,
      clock: simulatorClock(sim),
      hooks: {
        pipelineCreated: () => {
          throw new Error('GITHUB_OUTPUT is not writable')
        }
      }
    })
    expect(result.outcome).toBe('accepted')
  })
})

describe('what the trigger path loads', () => {
  // Issue 17 point 7: before the trigger request only what triggering needs is loaded. Walks the
  // static (not type-only) imports from trigger-and-follow.ts; the following is imported
  // dynamically once there is a pipeline.
  const staticImports = (file: string): string[] => {
    const text = readFileSync(file, 'utf8')
    const found: string[] = []
    for (const match of text.matchAll(/^(?:import|export)\s+(?!type\b)[^;]*?\bfrom\s+'([^']+)'/gms))
      if (match[1].startsWith('.'))
        found.push(path.resolve(path.dirname(file), match[1].replace(/\.js$/, '.ts')))
    return found
  }
  const reachable = (entry: string): Set<string> => {
    const seen = new Set<string>()
    const visit = (file: string) => {
      if (seen.has(file)) return
      seen.add(file)
      for (const next of staticImports(file)) visit(next)
    }
    visit(entry)
    return seen
  }

  it('reaches none of the following, logs, results or control modules', () => {
    const run = path.resolve('src/run')
    const files = [...reachable(path.join(run, 'trigger-and-follow.ts'))]
    const relative = files.map(file => path.relative(run, file))
    // The walk itself works: the trigger's own modules are found.
    expect(relative).toContain('start/rerun-identity.ts')
    expect(relative).toContain(path.join('..', 'gitlab', 'trigger.ts'))
    expect(relative.filter(file => /^(follow|logs|results|control)\//.test(file))).toEqual([])
  })

  it('the following module reaches them (the walk would see a static import)', () => {
    const files = [...reachable(path.resolve('src/run/follow/follow-run.ts'))]
    expect(files.some(file => file.includes(`${path.sep}logs${path.sep}`))).toBe(true)
  })
})

// Absurd numbers in GitLab's headers and bodies (issue 16, points 1 and 5): never an unexpected
// error, never a neighbour's id.
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
    const { result, clock } = await follow(sim, {})
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
    const { result, of, clock } = await follow(sim, {
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
    const { result, clock } = await follow(sim, {
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
    const { result } = await follow(sim, {})
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
    const { result, of } = await follow(sim, {
      wait: 'true',
      'api-token': API_TOKEN,
      timeout: '1h'
    })
    expect(result.finalStatus).toBe('success')
    expect(result.jobs.map(j => j.name)).toEqual(['a'])
    expect([...of('warning'), ...of('info')].join('\n')).toMatch(/jobs\[\d\]\.id is past 2\^53/)
  })
})
