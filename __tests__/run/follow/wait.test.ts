// The whole tree followed in-process (src/run/follow/wait.ts, src/run/trigger-and-follow.ts): child and
// multi-project pipelines, trigger_jobs or bridges, a downstream the token cannot read, the cancel
// of multi-project pipelines, live logs, rate limits and the requests each check costs. The run's
// clock is the simulator's manual clock (see trigger-and-follow.test.ts).
import { afterEach, describe, expect, it } from '@jest/globals'
import {
  startSimulator,
  type Simulator,
  type SimulatorOptions
} from '../../../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../../../test/simulator/scenarios.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import type { DisplayLine } from '../../../src/run/logs/live-display.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith, job } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** The tree scenario: parent (10 jobs) → child (18, depend) → acme/platform/deploy (12, depend). */
async function treeSim(options: SimulatorOptions = {}, token?: { guestIn: number[] }) {
  const gitlab = await startSimulator({ manualClock: true, ...options })
  const seeded = seedScenario(gitlab, 'tree')
  let apiToken = seeded.apiToken
  if (token) {
    apiToken = 'glpat-guest-in-deploy-000000'
    gitlab.addApiToken({ token: apiToken, scopes: ['api'], guestProjectIds: token.guestIn })
  }
  return { gitlab, seeded, apiToken }
}

async function follow(gitlab: Simulator, inputs: RawInputs, signal = new AbortController().signal) {
  const { log, of, lines, live } = recordingLog()
  const settings = {
    ...parseSettings({
      ...INPUT_DEFAULTS,
      'gitlab-url': gitlab.url,
      ref: 'main',
      wait: 'true',
      timeout: '1h',
      ...inputs
    }),
    requestTimeoutMs: 5_000
  }
  const result = await triggerAndFollow(settings, { log, signal, clock: simulatorClock(gitlab) })
  return { result, of, lines, live }
}

const treeInputs = (seeded: { project: string; triggerToken: string }, apiToken: string) => ({
  project: seeded.project,
  'trigger-token': seeded.triggerToken,
  'api-token': apiToken
})

const reads = (gitlab: Simulator, ending: string) =>
  gitlab.requests.filter(r => r.method === 'GET' && r.path.endsWith(ending))

describe('follow-downstream', () => {
  it('follows parent, child and multi-project pipelines: lines with the path, every job and pipeline in the result', async () => {
    const { gitlab, seeded, apiToken } = await treeSim()
    sim = gitlab
    const { result, of } = await follow(gitlab, treeInputs(seeded, apiToken))
    expect(result.outcome).toBe('accepted')
    const [top, child, deploy] = gitlab.pipelines
    expect(result.pipelines?.map(p => [p.id, p.project_id, p.parent_id, p.status])).toEqual([
      [top.id, 42, null, 'success'],
      [child.id, 42, top.id, 'success'],
      [deploy.id, 43, child.id, 'success']
    ])
    expect(result.jobs).toHaveLength(40)
    const byPipeline = (id: number) => result.jobs.filter(j => j.pipeline_id === id).length
    expect([byPipeline(top.id), byPipeline(child.id), byPipeline(deploy.id)]).toEqual([10, 18, 12])
    const info = of('info').join('\n')
    expect(info).toContain(
      `downstream › services ⇒ #${child.id} test › service test 1/12: running → success`
    )
    expect(info).toContain(
      `downstream › services ⇒ #${child.id} ship › to-deploy ⇒ #${deploy.id} deploy › deploy-prod: running → success`
    )
    expect(of('error')).toEqual([])
  })

  it('follows only the top pipeline with follow-downstream false', async () => {
    const { gitlab, seeded, apiToken } = await treeSim()
    sim = gitlab
    const { result } = await follow(gitlab, {
      ...treeInputs(seeded, apiToken),
      'follow-downstream': 'false'
    })
    expect(result.outcome).toBe('accepted')
    expect(result.pipelines).toHaveLength(1)
    expect(result.jobs).toHaveLength(10)
    expect(
      gitlab.requests.some(r => r.path.includes(`/pipelines/${gitlab.pipelines[1].id}/`))
    ).toBe(false)
  })

  it('shows a failed downstream job with its path, its log and an annotation', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('child', 'downstream', 0, {
            bridge: {
              strategy: 'depend',
              jobs: [job('unit', 'test', 2_000, { result: 'failed', log: 'assert 1 == 2\n' })]
            }
          })
        ]
      },
      { manualClock: true }
    )
    const { result, of, lines } = await follow(sim, {
      project: PROJECT_PATH,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN
    })
    const child = sim.pipelines[1]
    expect(result.outcome).toBe('not-accepted')
    expect(of('info').join('\n')).toContain(
      `downstream › child ⇒ #${child.id} test › unit: running → failed`
    )
    const group = lines.find(line => line.kind === 'group')
    expect(group?.title).toBe(`Log of downstream › child ⇒ #${child.id} test › unit (failed)`)
    expect(group?.text).toContain('assert 1 == 2')
    expect(of('error').join('\n')).toContain(`downstream › child ⇒ #${child.id} test › unit failed`)
  })
})

describe('trigger jobs', () => {
  it('reads /trigger_jobs on GitLab 19.2 and never /bridges', async () => {
    const { gitlab, seeded, apiToken } = await treeSim({ gitlabVersion: '19.2.0-ee' })
    sim = gitlab
    const { result } = await follow(gitlab, treeInputs(seeded, apiToken))
    expect(result.outcome).toBe('accepted')
    expect(reads(gitlab, '/trigger_jobs').length).toBeGreaterThan(2)
    expect(reads(gitlab, '/bridges')).toHaveLength(0)
  })

  it('reads /bridges on older GitLab, decided by its version', async () => {
    const { gitlab, seeded, apiToken } = await treeSim({ gitlabVersion: '18.6.2-ee' })
    sim = gitlab
    const { result } = await follow(gitlab, treeInputs(seeded, apiToken))
    expect(result.outcome).toBe('accepted')
    expect(reads(gitlab, '/version')).toHaveLength(1)
    expect(reads(gitlab, '/trigger_jobs')).toHaveLength(0)
    expect(reads(gitlab, '/bridges').length).toBeGreaterThan(2)
    expect(result.pipelines).toHaveLength(3)
  })
})

describe('trigger jobs when the version cannot be read', () => {
  it('tries /trigger_jobs once, then reads /bridges', async () => {
    const { gitlab, seeded, apiToken } = await treeSim({ gitlabVersion: '18.6.2-ee' })
    sim = gitlab
    gitlab.fault({ path: /\/version$/, kind: 'status', status: 403, times: 10 })
    const { result } = await follow(gitlab, treeInputs(seeded, apiToken))
    expect(result.outcome).toBe('accepted')
    expect(reads(gitlab, '/trigger_jobs').map(r => r.status)).toEqual([404])
    expect(reads(gitlab, '/bridges').length).toBeGreaterThan(2)
    expect(result.pipelines).toHaveLength(3)
  })
})

describe('a downstream pipeline the api-token cannot read', () => {
  it('stands for it by its trigger job, with a note, not an error', async () => {
    const { gitlab, seeded, apiToken } = await treeSim({}, { guestIn: [43] })
    sim = gitlab
    const { result, of } = await follow(gitlab, treeInputs(seeded, apiToken))
    const deploy = gitlab.pipelines[2]
    expect(result.outcome).toBe('accepted')
    expect(of('error')).toEqual([])
    expect(of('info').join('\n')).toMatch(
      new RegExp(`cannot follow pipeline #${deploy.id}, the API token cannot read it`)
    )
    const unreadable = result.pipelines?.find(p => p.id === deploy.id)
    expect(unreadable).toMatchObject({ project_id: 43, status: 'success' })
    expect(unreadable?.unreadable).toMatch(/403/)
    expect(result.jobs.filter(j => j.pipeline_id === deploy.id)).toEqual([])
  })
})

describe('cancel on timeout', () => {
  it('cancels the top pipeline and the multi-project one still running, not the child (GitLab does)', async () => {
    const { gitlab, seeded, apiToken } = await treeSim()
    sim = gitlab
    // The multi-project pipeline starts about 8 s in and runs about 6 s.
    const { result } = await follow(gitlab, { ...treeInputs(seeded, apiToken), timeout: '10s' })
    const [top, , deploy] = gitlab.pipelines
    expect(result.outcome).toBe('timeout')
    const cancelled = gitlab.requests
      .filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))
      .map(r => r.path)
    expect(cancelled).toEqual([
      `/api/v4/projects/42/pipelines/${top.id}/cancel`,
      `/api/v4/projects/43/pipelines/${deploy.id}/cancel`
    ])
    gitlab.advance(1_000)
    expect(gitlab.pipelines.map(p => p.status)).toEqual(['canceled', 'canceled', 'canceled'])
  })
})

describe('live logs', () => {
  it('streams a lone job in a group named after it, and several as prefixed lines', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('build', 'build', 3_000, { logLines: ['compiling', 'linking'] }),
          job('unit', 'test', 3_000, { logLines: ['unit ok'] }),
          job('lint', 'test', 3_000, { logLines: ['lint ok'] })
        ]
      },
      { manualClock: true, traceByteRange: true }
    )
    const { result, live, lines } = await follow(sim, {
      project: PROJECT_PATH,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      'job-logs': 'live'
    })
    expect(result.outcome).toBe('accepted')
    expect(live).toContainEqual({ kind: 'open-group', title: 'Log of build › build' })
    expect(live).toContainEqual({ kind: 'text', text: 'compiling' })
    expect(live).toContainEqual({ kind: 'text', text: '[test › unit] unit ok' })
    expect(live).toContainEqual({ kind: 'text', text: '[test › lint] lint ok' })
    // Every group opened is closed, and a job change line never sits inside one.
    let open = false
    for (const line of lines) {
      if (line.kind === 'live') {
        const shown = JSON.parse(line.text) as DisplayLine
        if (shown.kind === 'open-group') open = true
        if (shown.kind === 'close-group') open = false
      } else if (line.kind === 'info' && / › .*: /.test(line.text)) expect(open).toBe(false)
    }
    expect(open).toBe(false)
    // Logs shown live are not printed again at the end.
    expect(lines.filter(line => line.kind === 'group')).toEqual([])
  })
})

describe('rate limits and request economy', () => {
  it('stretches the pauses when the budget runs low, says so once, and never causes a 429', async () => {
    sim = await gitlabWith(
      { jobs: [job('long', 'test', 30 * 60_000)] },
      { manualClock: true, rateLimit: { limit: 40, windowMs: 60_000 } }
    )
    const { result, of } = await follow(sim, {
      project: PROJECT_PATH,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      'poll-interval': '1s'
    })
    expect(result.outcome).toBe('accepted')
    expect(sim.requests.filter(r => r.status === 429)).toEqual([])
    expect(of('info').filter(line => /request budget is low/.test(line))).toHaveLength(1)
  })

  it('does not read a pipeline again once it ended', async () => {
    const { gitlab, seeded, apiToken } = await treeSim()
    sim = gitlab
    await follow(gitlab, treeInputs(seeded, apiToken))
    const [top, child, deploy] = gitlab.pipelines
    for (const pipeline of [child, deploy]) {
      const project = pipeline === deploy ? 43 : 42
      const readOfIt = gitlab.requests.filter(r =>
        r.path.startsWith(`/api/v4/projects/${project}/pipelines/${pipeline.id}`)
      )
      const ended = gitlab.requests.find(
        r => r.path === `/api/v4/projects/${project}/pipelines/${pipeline.id}` && r.status === 200
      )
      expect(ended).toBeDefined()
      // The last read of it is the one that saw it ended.
      const lastEndedRead = gitlab.requests.filter(
        r => r.path === `/api/v4/projects/${project}/pipelines/${pipeline.id}`
      )
      expect(readOfIt.at(-1)?.at).toBeLessThanOrEqual(lastEndedRead.at(-1)?.at ?? 0)
    }
    expect(top.status).toBe('success')
  })

  it('reads one page of active jobs per check in a 250-job pipeline, plus the jobs that changed', async () => {
    const jobs = Array.from({ length: 250 }, (_, i) =>
      job(`shard ${i + 1}`, `stage ${Math.floor(i / 25)}`, 2_000 + (i % 5) * 500)
    )
    sim = await gitlabWith({ jobs }, { manualClock: true })
    const { result } = await follow(sim, {
      project: PROJECT_PATH,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN
    })
    expect(result.outcome).toBe('accepted')
    expect(result.jobs.filter(j => j.status === 'success')).toHaveLength(250)
    // Requests by check (each check happens at one moment of the manual clock).
    const byCheck = new Map<number, string[]>()
    for (const r of sim.requests.filter(r => r.method === 'GET' && /\/jobs/.test(r.path)))
      byCheck.set(r.at, [...(byCheck.get(r.at) ?? []), `${r.path}?${JSON.stringify(r.query)}`])
    const checks = [...byCheck.values()]
    const lists = (reads: string[]) => reads.filter(read => /\/pipelines\/\d+\/jobs\?/.test(read))
    // The first and the last check read the whole list (3 pages); the others one page of
    // active jobs each, plus one read per job that ended since.
    expect(lists(checks[0])).toHaveLength(3)
    for (const reads of checks.slice(1, -1)) expect(lists(reads).length).toBeLessThanOrEqual(1)
    expect(checks.slice(1, -1).some(reads => reads.some(read => read.includes('scope')))).toBe(true)
    const singles = checks.flat().filter(read => /\/projects\/\d+\/jobs\/\d+\?/.test(read))
    expect(singles.length).toBeGreaterThan(0)
    expect(singles.length).toBeLessThanOrEqual(250)
  })

  it('an older GitLab that refuses waiting_for_callback in scope[] is asked without it, once refused', async () => {
    const jobs = Array.from({ length: 150 }, (_, i) =>
      job(`shard ${i + 1}`, `stage ${Math.floor(i / 25)}`, 2_000 + (i % 5) * 500)
    )
    // GitLab before waiting_for_callback: Grape's `values:` check answers 400 (docs/gitlab.md 4.1).
    sim = await gitlabWith(
      { jobs },
      { manualClock: true, unknownStatuses: ['waiting_for_callback'] }
    )
    const { result } = await follow(sim, {
      project: PROJECT_PATH,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN
    })
    expect(result.outcome).toBe('accepted')
    const query = (r: { query: unknown }) => JSON.stringify(r.query)
    const scoped = sim.requests.filter(r => r.method === 'GET' && query(r).includes('scope'))
    const withNewest = scoped.filter(r => query(r).includes('waiting_for_callback'))
    // Refused once, then the filter without it at each check.
    expect(withNewest.map(r => r.status)).toEqual([400])
    expect(scoped.length - withNewest.length).toBeGreaterThan(1)
    expect(query(scoped[scoped.length - 1])).toContain('running')
  })
})

describe('results and manual gates in downstream pipelines', () => {
  it('reads outputs-from from a job of the multi-project downstream pipeline, in its own project', async () => {
    const { gitlab, seeded, apiToken } = await treeSim()
    sim = gitlab
    const { result } = await follow(gitlab, {
      ...treeInputs(seeded, apiToken),
      'outputs-from': 'deploy-prod:deploy.env'
    })
    expect(result.outcome).toBe('accepted')
    expect(result.jobOutputs).toEqual({ URL: 'https://app.acme.example', VERSION: '2.3.0' })
    const deploy = gitlab.pipelines.find(pipeline => pipeline.source === 'pipeline')!
    const fileReads = gitlab.requests.filter(r => r.path.includes('/artifacts/deploy.env'))
    expect(fileReads.map(r => r.path)).toEqual([
      expect.stringMatching(
        new RegExp(`^/api/v4/projects/${deploy.projectId}/jobs/\\d+/artifacts/deploy\\.env$`)
      )
    ])
  })

  it('plays a manual gate in a child pipeline, in the child pipeline', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('build', 'build', 60_000),
          {
            name: 'child',
            stage: 'deploy',
            durationMs: 0,
            bridge: {
              strategy: 'depend',
              jobs: [
                job('deploy-prod', 'deploy', 60_000, { result: 'manual' }),
                job('smoke', 'verify', 60_000)
              ]
            }
          }
        ]
      },
      { manualClock: true }
    )
    const { result } = await follow(sim, {
      project: PROJECT_PATH,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      'play-manual': 'deploy-prod'
    })
    expect(result.outcome).toBe('accepted')
    const plays = sim.requests.filter(r => r.method === 'POST' && r.path.endsWith('/play'))
    expect(plays).toHaveLength(1)
    const played = result.jobs.find(j => j.name === 'deploy-prod')!
    const child = result.pipelines!.find(p => p.parent_id !== null)!
    expect(played.pipeline_id).toBe(child.id)
    expect(played.status).toBe('success')
  })
})
