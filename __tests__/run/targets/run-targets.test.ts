// Several pipelines in one step (src/run/targets/run-targets.ts) on the simulator, each target in
// its own project with its own trigger token, all on one clock tied to the simulator's.
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  startSimulator,
  type JobPlan,
  type Simulator
} from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollowTargets } from '../../../src/run/targets/run-targets.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { targetsResults } from '../../../src/run/targets/targets-results.js'
import type { RunHooks } from '../../../src/run/run-log.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import type { Target } from '../../../src/settings/targets.js'
import { API_TOKEN, job } from '../../support/fixtures.js'
import { recordingLog } from '../../support/run-core.js'
import { concurrentSimulatorClock } from '../../support/concurrent-clock.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const MINUTE = 60_000
const projectId = (index: number) => 101 + index
const projectPath = (index: number) => `acme/svc-${index + 1}`
const tokenOf = (index: number) => `glptt-service${index + 1}token0123456789abcdef`

/** A simulator with one project (and its own trigger token) per plan. */
async function gitlabWithProjects(plans: JobPlan[][], seenProjects?: number[]): Promise<Simulator> {
  const gitlab = await startSimulator({ manualClock: true, traceByteRange: true })
  gitlab.addApiToken({ token: API_TOKEN, scopes: ['api'], projectIds: seenProjects })
  plans.forEach((jobs, index) => {
    gitlab.addProject({ id: projectId(index), path: projectPath(index), refs: ['main'], jobs })
    gitlab.addTriggerToken({ token: tokenOf(index), projectId: projectId(index) })
  })
  return gitlab
}

function target(index: number, extra: Partial<Target> = {}): Target {
  return {
    name: `svc-${index + 1}`,
    project: projectPath(index),
    ref: 'main',
    triggerToken: tokenOf(index),
    variables: {},
    inputs: {},
    after: [],
    ...extra
  }
}

function stepSettings(gitlab: Simulator, inputs: RawInputs = {}) {
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: projectPath(0),
    ref: 'main',
    'trigger-token': tokenOf(0),
    wait: 'true',
    'api-token': API_TOKEN,
    timeout: '1h',
    'poll-interval': '15s',
    ...inputs
  })
  return { ...settings, requestTimeoutMs: 5_000 }
}

interface RunOptions {
  inputs?: RawInputs
  signal?: AbortSignal
  hooksFor?: (target: Target) => RunHooks
  rerun?: { attempt: number; marker: string }
}

async function runAll(gitlab: Simulator, targets: Target[], options: RunOptions = {}) {
  const clock = concurrentSimulatorClock(gitlab)
  const { log, of, lines, live } = recordingLog()
  // When each live line reached the log, on GitLab's clock.
  const shownAt: Array<{ text: string; at: number }> = []
  const recordLive = log.live!.bind(log)
  log.live = shown => {
    for (const line of shown)
      if (line.kind === 'text') shownAt.push({ text: line.text, at: gitlab.now() })
    recordLive(shown)
  }
  const step = { ...stepSettings(gitlab, options.inputs), rerun: options.rerun }
  const result = await triggerAndFollowTargets(step, targets, {
    triggerAndFollow,
    log,
    signal: options.signal ?? new AbortController().signal,
    clock,
    hooksFor: options.hooksFor
  })
  return { result, of, lines, live, shownAt }
}

const triggersOf = (gitlab: Simulator, index: number) =>
  gitlab.requests.filter(
    r =>
      r.method === 'POST' &&
      r.path.endsWith('/trigger/pipeline') &&
      r.path.includes(encodeURIComponent(projectPath(index)))
  )
/** Every request about one project, by its path (the trigger) or its numeric id (the rest). */
const requestsOf = (gitlab: Simulator, index: number) =>
  gitlab.requests.filter(
    r =>
      r.path.includes(`/projects/${projectId(index)}/`) ||
      r.path.endsWith(`/projects/${projectId(index)}`) ||
      r.path.includes(`/projects/${encodeURIComponent(projectPath(index))}`)
  )
const cancelsOf = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))

/** The most requests in any 60 s of GitLab's time. */
function busiestMinute(requests: ReadonlyArray<{ at: number }>): number {
  const times = requests.map(r => r.at).sort((a, b) => a - b)
  let busiest = 0
  for (let i = 0, k = 0; i < times.length; i++) {
    while (times[i] - times[k] >= MINUTE) k++
    busiest = Math.max(busiest, i - k + 1)
  }
  return busiest
}

/** Jobs writing a line every 5 s for `minutes`: `<name> line <n>`. */
function writers(count: number, minutes: number, prefix: string): JobPlan[] {
  const lines = (minutes * MINUTE) / 5_000 - 1
  return Array.from({ length: count }, (_, j) =>
    job(`${prefix}-w${j}`, 'test', minutes * MINUTE, {
      logLines: Array.from({ length: lines }, (_, i) => ({
        atMs: (i + 1) * 5_000,
        text: `${prefix}-w${j} line ${i}`
      }))
    })
  )
}

describe('runTargets on the simulator', () => {
  it('triggers two projects side by side, each with its own token, and follows both to success', async () => {
    sim = await gitlabWithProjects([
      [job('build', 'build', 5 * MINUTE)],
      [job('deploy', 'deploy', 8 * MINUTE)]
    ])
    const { result, lines } = await runAll(sim, [target(0), target(1)])
    expect(result.outcome).toBe('accepted')
    expect(result.finalStatus).toBe('success')
    expect(result.targets.map(one => [one.target.name, one.status])).toEqual([
      ['svc-1', 'success'],
      ['svc-2', 'success']
    ])
    // Side by side: both triggered before either ended, each with its own token.
    const [first, second] = [triggersOf(sim, 0), triggersOf(sim, 1)]
    expect(first).toHaveLength(1)
    expect(second).toHaveLength(1)
    expect(Math.abs(first[0].at - second[0].at)).toBeLessThan(MINUTE)
    expect(first[0].params.token).toBe(tokenOf(0))
    expect(second[0].params.token).toBe(tokenOf(1))
    // The single outputs describe the first target.
    expect(result.pipeline?.project_id).toBe(projectId(0))
    expect(result.jobs.map(one => one.name)).toEqual(['build'])
    // Every line of the one log says which target it belongs to, but the closing list.
    const perTarget = lines.filter(line => !/^svc-\d: /.test(line.text))
    expect(perTarget.length).toBeGreaterThan(6)
    expect(perTarget.every(line => /^\[svc-[12]\] /.test(line.text))).toBe(true)
    expect(lines.some(line => line.text.startsWith('[svc-2] Pipeline #'))).toBe(true)
  })

  it('follows five projects side by side, the cost growing only with the pipelines still running', async () => {
    const minutes = [2, 4, 6, 8, 10]
    sim = await gitlabWithProjects(minutes.map(m => [job('work', 'test', m * MINUTE)]))
    const { result } = await runAll(
      sim,
      minutes.map((_, index) => target(index))
    )
    expect(result.outcome).toBe('accepted')
    expect(result.targets.map(one => one.status)).toEqual(Array(5).fill('success'))
    expect(sim.triggerCount()).toBe(5)
    // A target that ended sends nothing more: the 2-minute one stops reading at its end, long
    // before the 10-minute one does.
    const lastOf = (index: number) => Math.max(...requestsOf(sim!, index).map(r => r.at))
    const start = Math.min(...sim.requests.map(r => r.at))
    expect(lastOf(0) - start).toBeLessThan(4 * MINUTE)
    expect(lastOf(4) - start).toBeGreaterThanOrEqual(10 * MINUTE)
  })

  it('costs requests in proportion to the pipelines running at once, never to the targets waiting', async () => {
    // Requests per minute of GitLab's time from the first trigger to the last request.
    const perMinute = async (count: number, chain: boolean) => {
      sim = await gitlabWithProjects(
        Array.from({ length: count }, () => [
          job('work', 'test', (chain ? 21 / count : 21) * MINUTE)
        ])
      )
      const targets = Array.from({ length: count }, (_, index) =>
        target(index, chain && index > 0 ? { after: [`svc-${index}`] } : {})
      )
      const { result } = await runAll(sim, targets)
      expect(result.outcome).toBe('accepted')
      const start = Math.min(...sim.requests.filter(r => r.method === 'POST').map(r => r.at))
      const during = sim.requests.filter(r => r.at >= start)
      const minutes = (Math.max(...during.map(r => r.at)) - start) / MINUTE
      await sim.close()
      sim = undefined
      return during.length / minutes
    }
    const one = await perMinute(1, false)
    const six = await perMinute(6, false)
    const chainOfThree = await perMinute(3, true)
    expect(six / one).toBeGreaterThan(4.5)
    expect(six / one).toBeLessThan(7.5)
    // One pipeline running at a time: the cost of one (each start pays its trigger and checks).
    expect(chainOfThree / one).toBeLessThan(2)
  })

  it('checks the api-token once for each project, and GitLab and the token once for all, before any trigger', async () => {
    sim = await gitlabWithProjects([0, 1, 2].map(() => [job('work', 'test', MINUTE)]))
    const staged = { inputs: { stage: 'prod' } }
    // Two targets in the first project: one check of it.
    const again = target(0, { ...staged, name: 'svc-1-again' })
    const { result } = await runAll(sim, [
      target(0, staged),
      target(1, staged),
      target(2, staged),
      again
    ])
    expect(result.outcome).toBe('accepted')
    expect(triggersOf(sim, 0)).toHaveLength(2)
    const firstTrigger = Math.min(...triggersOf(sim, 0).map(r => r.at))
    const paths = sim.requests.map(r => r.path)
    for (const index of [0, 1, 2]) {
      const read = `/api/v4/projects/${encodeURIComponent(projectPath(index))}`
      // The project and its pipelines, once each, none again when the target starts.
      expect(paths.filter(path => path === read)).toHaveLength(1)
      expect(paths.filter(path => path === `${read}/pipelines`)).toHaveLength(1)
    }
    expect(paths.filter(path => path.endsWith('/personal_access_tokens/self'))).toHaveLength(1)
    expect(paths.filter(path => path === '/api/v4/version')).toHaveLength(1)
    const checks = sim.requests.filter(r => r.method === 'GET' && r.at <= firstTrigger)
    expect(checks).toHaveLength(3 * 2 + 2)
  })

  it('five targets streaming live logs keep to one budget of 60 requests a minute in all, and lose no line', async () => {
    // svc-5 starts when svc-1 ended, while the other three stream on.
    const minutes = [2, 4, 4, 4, 2]
    sim = await gitlabWithProjects(minutes.map((m, index) => writers(3, m, `t${index}`)))
    const { result, live, shownAt } = await runAll(
      sim,
      [0, 1, 2, 3, 4].map(index => target(index, index === 4 ? { after: ['svc-1'] } : {})),
      { inputs: { 'job-logs': 'live' } }
    )
    expect(result.outcome).toBe('accepted')
    const lines = (index: number) => minutes[index] * 12 - 1
    const lags = [0, 1, 2, 3, 4].map(index => {
      const start = sim!.pipelines.find(p => p.projectId === projectId(index))!.createdAt + 100
      return shownAt
        .flatMap(({ text, at }) => {
          const match = new RegExp(`t${index}-w\\d line (\\d+)$`).exec(text)
          return match ? [at - (start + (Number(match[1]) + 1) * 5_000)] : []
        })
        .sort((a, b) => a - b)
    })
    // The waits take turns: no target's lines lag far behind the others' (the first wait to wake
    // would otherwise take every request). 15 jobs share about 30 reads a minute.
    const p95s = lags.map(lag => lag[Math.floor(lag.length * 0.95)])
    expect(Math.max(...p95s)).toBeLessThan(40_000)
    expect(Math.max(...p95s)).toBeLessThan(1.5 * Math.min(...p95s))
    // Every request from the first trigger on, the chained target's trigger and checks included.
    // Each target alone would spend up to 60: five, up to 300 (issue 20).
    // (The api-token checks before it are not: nothing streams yet.)
    const fromFirstTrigger = sim.requests.slice(sim.requests.findIndex(r => r.method === 'POST'))
    expect(busiestMinute(fromFirstTrigger)).toBeLessThanOrEqual(60)
    // Every line of every job, once.
    const shown = live.filter(line => line.kind === 'text').map(line => line.text)
    for (const index of [0, 1, 2, 3, 4])
      for (const j of [0, 1, 2])
        for (let i = 0; i < lines(index); i++)
          expect(shown.filter(text => text.endsWith(`t${index}-w${j} line ${i}`))).toHaveLength(1)
    // Statuses still come often enough to see each pipeline end within half a minute.
    const lastRequest = Math.max(...sim.requests.map(r => r.at))
    const lastEnd = Math.max(
      ...sim.pipelines.map(p => p.createdAt + minutes[p.projectId - projectId(0)] * MINUTE)
    )
    expect(lastRequest - lastEnd).toBeLessThan(MINUTE / 2)
    expect(
      live.filter(line => line.kind === 'text' && /for all targets together/.test(line.text))
    ).toHaveLength(1)
  })

  it('runs a chain in order and never triggers what comes after a failure in the middle', async () => {
    sim = await gitlabWithProjects([
      [job('build', 'build', 3 * MINUTE)],
      [job('migrate', 'deploy', 2 * MINUTE, { result: 'failed' })],
      [job('deploy', 'deploy', MINUTE)],
      [job('smoke', 'test', MINUTE)]
    ])
    const { result, of } = await runAll(sim, [
      target(0),
      target(1, { after: ['svc-1'] }),
      target(2, { after: ['svc-2'] }),
      target(3, { after: ['svc-1', 'svc-3'] })
    ])
    expect(result.targets.map(one => one.status)).toEqual([
      'success',
      'failed',
      'not-triggered',
      'not-triggered'
    ])
    expect(result.outcome).toBe('not-accepted')
    expect(result.finalStatus).toBe('failed')
    const [built, migrated] = sim.pipelines
    expect(targetsResults(result)).toEqual([
      {
        name: 'svc-1',
        project: 'acme/svc-1',
        ref: 'main',
        'pipeline-id': built.id,
        'web-url': built.webUrl,
        status: 'success'
      },
      {
        name: 'svc-2',
        project: 'acme/svc-2',
        ref: 'main',
        'pipeline-id': migrated.id,
        'web-url': migrated.webUrl,
        status: 'failed'
      },
      {
        name: 'svc-3',
        project: 'acme/svc-3',
        ref: 'main',
        'pipeline-id': null,
        'web-url': null,
        status: 'not-triggered'
      },
      {
        name: 'svc-4',
        project: 'acme/svc-4',
        ref: 'main',
        'pipeline-id': null,
        'web-url': null,
        status: 'not-triggered'
      }
    ])
    expect(triggersOf(sim, 2)).toHaveLength(0)
    expect(triggersOf(sim, 3)).toHaveLength(0)
    // svc-2 started only once svc-1 had ended, and while it waited nothing was asked about it:
    // only the api-token check of every target, before anything was triggered.
    const started = triggersOf(sim, 0)[0].at
    const lastAbout = (index: number) => Math.max(...requestsOf(sim!, index).map(r => r.at))
    const waiting = requestsOf(sim, 1).filter(r => r.at > started && r.at < lastAbout(0))
    expect(waiting).toEqual([])
    expect(
      requestsOf(sim, 1)
        .filter(r => r.at <= started)
        .map(r => r.method)
    ).toEqual(expect.arrayContaining(['GET']))
    expect(triggersOf(sim, 1)[0].at - triggersOf(sim, 0)[0].at).toBeGreaterThanOrEqual(3 * MINUTE)
    expect(of('error')).toEqual(
      expect.arrayContaining([
        '[svc-3] Not triggered: svc-2 ended failed, not in accept-statuses (success)',
        '[svc-4] Not triggered: svc-3 ended not-triggered, not in accept-statuses (success)'
      ])
    )
    expect(result.reason).toMatch(/^svc-2: Pipeline #\d+ ended failed/m)
  })

  it('triggers nothing when the api-token cannot read the project of one target, even the last of a chain', async () => {
    sim = await gitlabWithProjects(
      [
        [job('build', 'build', MINUTE)],
        [job('deploy', 'deploy', MINUTE)],
        [job('smoke', 'test', MINUTE)]
      ],
      [projectId(0), projectId(1)]
    )
    const { result, of } = await runAll(sim, [
      target(0),
      target(1, { after: ['svc-1'] }),
      target(2, { after: ['svc-2'] })
    ])
    expect(sim.triggerCount()).toBe(0)
    expect(result.outcome).toBe('gitlab-error')
    expect(result.targets.map(one => [one.status, one.outcome])).toEqual([
      ['not-triggered', 'not-accepted'],
      ['not-triggered', 'not-accepted'],
      ['not-triggered', 'gitlab-error']
    ])
    expect(result.targets[0].reason).toBe(
      'Not triggered: the check before the trigger failed for svc-3'
    )
    expect(of('error')).toEqual([expect.stringMatching(/^\[svc-3\] .*404/)])
  })

  it('cancels every running pipeline at the one timeout, and never starts the one waiting', async () => {
    sim = await gitlabWithProjects([
      [job('slow', 'test', 120 * MINUTE)],
      [job('slower', 'test', 180 * MINUTE)],
      [job('after', 'test', MINUTE)]
    ])
    const { result } = await runAll(sim, [target(0), target(1), target(2, { after: ['svc-1'] })], {
      inputs: { timeout: '10m' }
    })
    expect(result.outcome).toBe('timeout')
    expect(result.finalStatus).toBe('timeout')
    expect(result.targets.map(one => one.status)).toEqual(['timeout', 'timeout', 'not-triggered'])
    // Each running pipeline was cancelled by its own run.
    expect(result.targets.map(one => one.result?.cancel?.by)).toEqual([
      'timeout',
      'timeout',
      undefined
    ])
    const cancels = cancelsOf(sim)
    expect(cancels).toHaveLength(2)
    const triggered = Math.min(...sim.requests.filter(r => r.method === 'POST').map(r => r.at))
    for (const cancel of cancels) {
      expect(cancel.at - triggered).toBeGreaterThanOrEqual(10 * MINUTE)
      expect(cancel.at - triggered).toBeLessThan(11 * MINUTE)
    }
    expect(triggersOf(sim, 2)).toHaveLength(0)
  })

  it('cancels every running pipeline when the run is cancelled, and starts nothing more', async () => {
    sim = await gitlabWithProjects([
      [job('slow', 'test', 60 * MINUTE)],
      [job('slower', 'test', 60 * MINUTE)],
      [job('after', 'test', MINUTE)]
    ])
    const abort = new AbortController()
    let created = 0
    const hooksFor = (): RunHooks => ({
      watchStarted: () => {
        if (++created === 2) abort.abort(new Error('SIGINT'))
      }
    })
    const { result } = await runAll(sim, [target(0), target(1), target(2, { after: ['svc-2'] })], {
      signal: abort.signal,
      hooksFor
    })
    expect(result.outcome).toBe('aborted')
    expect(result.targets.map(one => one.outcome)).toEqual(['aborted', 'aborted', 'aborted'])
    expect(result.targets[2].status).toBe('not-triggered')
    expect(cancelsOf(sim)).toHaveLength(2)
    expect(sim.triggerCount()).toBe(2)
  })

  it('on a re-run, each target finds its own earlier pipeline, even two of one project and ref', async () => {
    sim = await gitlabWithProjects([[job('deploy', 'deploy', 2 * MINUTE)]])
    const targets = [
      target(0, { name: 'eu', variables: { REGION: 'eu' } }),
      target(0, { name: 'us', variables: { REGION: 'eu' } })
    ]
    const marker = '987654-0123456789abcdef0123456789abcdef'
    const first = await runAll(sim, targets, { rerun: { attempt: 1, marker } })
    const firstIds = first.result.targets.map(one => one.result?.pipeline?.id)
    expect(new Set(firstIds).size).toBe(2)
    const again = await runAll(sim, targets, { rerun: { attempt: 2, marker } })
    expect(sim.triggerCount()).toBe(2)
    expect(again.result.targets.map(one => one.result?.pipeline?.id)).toEqual(firstIds)
    expect(again.result.targets.map(one => one.result?.reused)).toEqual(['followed', 'followed'])
  })
})
