// The endpoint one-liners in-process against the simulator: every page of a list is read, odd
// items are kept with stand-ins or left out and reported, and the token API's calls.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { JobPlan, Simulator } from '../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../src/gitlab/client.js'
import {
  cancelPipeline,
  createTriggerToken,
  deleteTriggerToken,
  getTokenSelf,
  getTokenSelfWithKind,
  getTriggerToken,
  getVersion,
  listBridges,
  listJobs,
  listTriggerTokens,
  probePipelines,
  triggerPipeline,
  updateTriggerToken
} from '../../src/gitlab/endpoints.js'
import { API_TOKEN, PROJECT_PATH, TRIGGER_TOKEN, gitlabWith } from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const api = (gitlab: Simulator) => new GitLabClient({ gitlabUrl: gitlab.url, token: API_TOKEN })

async function triggered(gitlab: Simulator) {
  return triggerPipeline(new GitLabClient({ gitlabUrl: gitlab.url }), PROJECT_PATH, {
    token: TRIGGER_TOKEN,
    ref: 'main',
    variables: { DEPLOY: 'yes' }
  })
}

const manyJobs = (count: number): JobPlan[] =>
  Array.from({ length: count }, (_, i) => ({ name: `job-${i}`, stage: 'test', durationMs: 100 }))

describe('the endpoints', () => {
  it('sends the trigger token in the JSON body, never in the URL', async () => {
    sim = await gitlabWith()
    const pipeline = await triggered(sim)
    const [request] = sim.requests
    expect(request.path).toBe('/api/v4/projects/acme%2Fplatform%2Fapp/trigger/pipeline')
    expect(request.headers['content-type']).toBe('application/json')
    expect(JSON.parse(request.body)).toMatchObject({ token: TRIGGER_TOKEN, ref: 'main' })
    expect(JSON.stringify(request.query)).not.toContain(TRIGGER_TOKEN)
    expect(sim.pipelines[0].variables).toEqual({ DEPLOY: 'yes' })
    expect(pipeline.status).toBe('created')
  })

  it('reads every page of a list of 250 jobs, 100 at a time', async () => {
    sim = await gitlabWith({ jobs: manyJobs(250) }, { manualClock: true })
    const pipeline = await triggered(sim)
    const jobs = await listJobs(api(sim), PROJECT_PATH, pipeline.id)
    // Newest first, as GitLab lists them.
    expect(jobs.map(job => job.name)).toEqual(
      manyJobs(250)
        .map(job => job.name)
        .reverse()
    )
    const pages = sim.requests.filter(r => r.path.endsWith('/jobs')).map(r => r.query.page)
    expect(pages).toEqual(['1', '2', '3'])
    expect(sim.requests.filter(r => r.path.endsWith('/jobs'))[0].query.per_page).toBe('100')
  })

  it.each([
    ['past any page', '1e30'],
    ['backwards', '1'],
    ['not a number', 'next']
  ])('an X-Next-Page %s is not followed: the next page is this one plus one', async (_n, next) => {
    sim = await gitlabWith({ jobs: manyJobs(150) }, { manualClock: true })
    const pipeline = await triggered(sim)
    sim.fault({ path: /\/jobs$/, kind: 'headers', headers: { 'X-Next-Page': next } })
    const jobs = await listJobs(api(sim), PROJECT_PATH, pipeline.id)
    expect(jobs).toHaveLength(150)
    const pages = sim.requests.filter(r => r.path.endsWith('/jobs')).map(r => r.query.page)
    expect(pages).toEqual(['1', '2'])
  })

  it('keeps a job with an odd stage under a stand-in, and reports it', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          { name: 'build', stage: 'build', durationMs: 100 },
          { name: 'unit', stage: 'test', durationMs: 100 }
        ]
      },
      { manualClock: true }
    )
    const pipeline = await triggered(sim)
    const oddStage = (jobs: Array<Record<string, unknown>>) =>
      jobs.map((job, i) => (i === 1 ? { ...job, stage: null } : job))
    sim.fault({ path: '/jobs', kind: 'rewrite', afterHandling: true, rewrite: oddStage })
    const problems: string[] = []
    const jobs = await listJobs(api(sim), PROJECT_PATH, pipeline.id, undefined, problem =>
      problems.push(problem)
    )
    expect(jobs.map(job => job.name)).toEqual(['unit', 'build'])
    expect(jobs[1].stage).toBe('(no stage)')
    expect(problems).toEqual([expect.stringMatching(/jobs\[1\]\.stage is null/)])
  })

  it('leaves out a job without an id (or fails without a reporter), and fails a page that is not a list', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    const pipeline = await triggered(sim)
    sim.fault({
      path: '/jobs',
      kind: 'rewrite',
      afterHandling: true,
      rewrite: (jobs: Array<Record<string, unknown>>) => jobs.map(job => ({ ...job, id: 'x' }))
    })
    const problems: string[] = []
    const jobs = await listJobs(api(sim), PROJECT_PATH, pipeline.id, undefined, problem =>
      problems.push(problem)
    )
    expect(jobs).toEqual([])
    expect(problems).toEqual([expect.stringMatching(/jobs\[0\]\.id .*left out/)])

    sim.fault({
      path: '/jobs',
      kind: 'rewrite',
      afterHandling: true,
      rewrite: (jobs: Array<Record<string, unknown>>) => jobs.map(job => ({ ...job, id: 'x' }))
    })
    await expect(listJobs(api(sim), PROJECT_PATH, pipeline.id)).rejects.toMatchObject({
      kind: 'unexpected'
    })

    sim.fault({ path: '/jobs', kind: 'rewrite', afterHandling: true, rewrite: () => ({}) })
    await expect(listJobs(api(sim), PROJECT_PATH, pipeline.id)).rejects.toMatchObject({
      kind: 'unexpected'
    })
  })

  it('lists the trigger jobs (bridges) apart from the jobs', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          { name: 'unit', stage: 'test', durationMs: 100 },
          {
            name: 'docs',
            stage: 'deploy',
            durationMs: 100,
            bridge: { downstreamProjectPath: 'acme/docs' }
          }
        ]
      },
      { manualClock: true }
    )
    const pipeline = await triggered(sim)
    const bridges = await listBridges(api(sim), PROJECT_PATH, pipeline.id)
    const jobs = await listJobs(api(sim), PROJECT_PATH, pipeline.id)
    expect(bridges.map(bridge => bridge.name)).toEqual(['docs'])
    expect(jobs.map(job => job.name)).toEqual(['unit'])
  })

  it('cancels a pipeline', async () => {
    sim = await gitlabWith({}, { manualClock: true })
    const pipeline = await triggered(sim)
    sim.advance(300)
    const cancelled = await cancelPipeline(api(sim), PROJECT_PATH, pipeline.id)
    expect(cancelled.id).toBe(pipeline.id)
    expect(sim.pipelines[0].cancelRequests).toBe(1)
  })

  it('reads the version, the token and the newest pipeline for the pre-flight', async () => {
    sim = await gitlabWith()
    expect((await getVersion(api(sim))).version).toMatch(/^18\./)
    const self = await getTokenSelf(api(sim))
    expect(self.scopes).toEqual(['api'])
    expect(await getTokenSelfWithKind(api(sim))).toMatchObject({ scopes: ['api'] })
    await triggered(sim)
    expect(await probePipelines(api(sim), PROJECT_PATH)).toHaveLength(1)
  })

  it('creates, reads, renames, lists and deletes trigger tokens', async () => {
    sim = await gitlabWith()
    const created = await createTriggerToken(api(sim), PROJECT_PATH, 'from CI')
    expect(created.description).toBe('from CI')
    expect((await getTriggerToken(api(sim), PROJECT_PATH, created.id)).id).toBe(created.id)
    const renamed = await updateTriggerToken(api(sim), PROJECT_PATH, created.id, 'renamed')
    expect(renamed.description).toBe('renamed')
    expect((await listTriggerTokens(api(sim), PROJECT_PATH)).map(t => t.id)).toContain(created.id)
    await deleteTriggerToken(api(sim), PROJECT_PATH, created.id)
    expect((await listTriggerTokens(api(sim), PROJECT_PATH)).map(t => t.id)).not.toContain(
      created.id
    )
  })
})
