// outputs-from, artifacts, pipeline-id and play-manual wired into the run core, in-process against
// the simulator on its manual clock (see trigger-and-follow.test.ts for the clock).
import { mkdtempSync, readFileSync, existsSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import { INPUT_DEFAULTS, parseSettings, type RawInputs } from '../../../src/settings/settings.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith,
  job
} from '../../support/fixtures.js'

let sim: Simulator | undefined
const dirs: string[] = []
afterEach(async () => {
  await sim?.close()
  sim = undefined
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const MINUTE = 60_000

async function run(gitlab: Simulator, inputs: RawInputs) {
  const workspace = mkdtempSync(join(tmpdir(), 'results-ws-'))
  dirs.push(workspace)
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': gitlab.url,
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    wait: 'true',
    'api-token': API_TOKEN,
    ...inputs
  })
  const { log, of } = recordingLog()
  const result = await triggerAndFollow(
    { ...settings, requestTimeoutMs: 5_000, workspace },
    { log, signal: new AbortController().signal, clock: simulatorClock(gitlab), tempDir: workspace }
  )
  return { result, of, workspace }
}

const DEPLOY_ENV =
  'DEPLOY_URL=https://review-42.example.com\nAPI_TOKEN=glpat-abcdefghijklmnop1234\nSTATUS=up\n'

describe('outputs-from', () => {
  it('reads the newest job of that name once the pipeline ended, masking token values', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('deploy', 'deploy', MINUTE, { artifacts: [{ name: 'deploy.env', data: DEPLOY_ENV }] })
        ]
      },
      { manualClock: true }
    )
    const { result, of } = await run(sim, { 'outputs-from': 'deploy:deploy.env' })
    expect(result.outcome).toBe('accepted')
    expect(result.jobOutputs).toEqual({
      DEPLOY_URL: 'https://review-42.example.com',
      API_TOKEN: 'glpat-abcdefghijklmnop1234',
      STATUS: 'up'
    })
    expect(result.maskedOutputValues).toContain('glpat-abcdefghijklmnop1234')
    expect(result.outputClashes).toEqual(['STATUS'])
    expect(of('warning').join('\n')).toMatch(/STATUS would stand for the action's own output/)
    // Read after the end, by the job's id.
    const read = sim.requests.filter(r => r.path.endsWith('/artifacts/deploy.env'))
    expect(read).toHaveLength(1)
  })

  it('fails an accepted run naming the job and path when the file is missing', async () => {
    sim = await gitlabWith(
      {
        jobs: [job('deploy', 'deploy', MINUTE, { artifacts: [{ name: 'other.txt', data: 'x' }] })]
      },
      { manualClock: true }
    )
    const { result, of } = await run(sim, { 'outputs-from': 'deploy:deploy.env' })
    expect(result.outcome).toBe('results-failed')
    expect(result.finalStatus).toBe('success')
    expect(of('error').join('\n')).toMatch(/outputs-from deploy:deploy\.env: .*404/)
  })

  it('names a job that did not succeed, and leaves a failed pipeline failed', async () => {
    sim = await gitlabWith(
      { jobs: [job('deploy', 'deploy', MINUTE, { result: 'failed' })] },
      { manualClock: true }
    )
    const { result, of } = await run(sim, { 'outputs-from': 'deploy:deploy.env' })
    expect(result.outcome).toBe('not-accepted')
    expect(of('error').join('\n')).toMatch(/outputs-from deploy:deploy\.env: job \d+ ended failed/)
  })
})

describe('artifacts', () => {
  it('follows the redirect to object storage without the token and extracts into artifacts-dir/JOB', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('build', 'build', MINUTE, {
            artifacts: [
              { name: 'dist/app.js', data: 'console.log(1)\n' },
              { name: 'dist/readme.md', data: '# app\n' },
              { name: 'coverage/lcov.info', data: 'TN:\n' }
            ]
          })
        ]
      },
      { manualClock: true, artifactsRedirect: true }
    )
    const { result, workspace } = await run(sim, {
      artifacts: 'build:dist/**',
      'artifacts-dir': 'out'
    })
    expect(result.outcome).toBe('accepted')
    expect(result.artifactsDir).toBe(join(workspace, 'out'))
    expect(readFileSync(join(workspace, 'out/build/dist/app.js'), 'utf8')).toBe('console.log(1)\n')
    expect(existsSync(join(workspace, 'out/build/coverage'))).toBe(false)
    const storage = sim.requests.filter(r => r.path.startsWith('/bucket/artifacts/'))
    expect(storage).toHaveLength(1)
    expect(storage[0].headers['private-token']).toBeUndefined()
    const api = sim.requests.find(r => /\/jobs\/\d+\/artifacts$/.test(r.path))
    expect(api?.headers['private-token']).toBe(API_TOKEN)
  })

  it('refuses a hostile archive, naming the entry, and writes nothing outside the directory', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('build', 'build', MINUTE, {
            artifacts: [
              { name: 'ok.txt', data: 'fine' },
              { name: '../escape.txt', data: 'pwned' }
            ]
          })
        ]
      },
      { manualClock: true }
    )
    const { result, of, workspace } = await run(sim, { artifacts: 'build' })
    expect(result.outcome).toBe('results-failed')
    expect(of('error').join('\n')).toMatch(/artifacts of build: .*\.\.\/escape\.txt/)
    expect(existsSync(join(workspace, 'gitlab-artifacts/escape.txt'))).toBe(false)
    expect(existsSync(join(workspace, 'escape.txt'))).toBe(false)
    expect(existsSync(join(workspace, 'gitlab-artifacts/build'))).toBe(false)
  })
})

describe('pipeline-id', () => {
  it('follows an existing pipeline without triggering, and reads its outputs', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('deploy', 'deploy', 5 * MINUTE, {
            artifacts: [{ name: 'deploy.env', data: 'DEPLOY_URL=https://x.example\n' }]
          })
        ]
      },
      { manualClock: true }
    )
    const first = await run(sim, { wait: 'false' })
    expect(first.result.outcome).toBe('triggered')
    const id = first.result.pipeline!.id
    const { result } = await run(sim, {
      'pipeline-id': String(id),
      ref: '',
      'trigger-token': '',
      wait: 'false',
      'outputs-from': 'deploy:deploy.env'
    })
    expect(result.outcome).toBe('accepted')
    expect(result.pipeline?.id).toBe(id)
    expect(result.jobs.map(j => j.name)).toEqual(['deploy'])
    expect(result.jobOutputs).toEqual({ DEPLOY_URL: 'https://x.example' })
    expect(sim.triggerCount()).toBe(1)
  })

  it('reports a pipeline that had already ended, with its jobs', async () => {
    sim = await gitlabWith(
      { jobs: [job('unit', 'test', MINUTE, { result: 'failed' })] },
      { manualClock: true }
    )
    const first = await run(sim, { wait: 'false' })
    sim.advance(10 * MINUTE)
    const { result } = await run(sim, { 'pipeline-id': String(first.result.pipeline!.id) })
    expect(result.outcome).toBe('not-accepted')
    expect(result.finalStatus).toBe('failed')
    expect(result.jobs.map(j => [j.name, j.status])).toEqual([['unit', 'failed']])
  })
})

describe('play-manual', () => {
  const gated = () => [
    job('build', 'build', MINUTE),
    job('deploy-prod', 'deploy', MINUTE, { result: 'manual' }),
    job('smoke', 'verify', MINUTE)
  ]

  it('plays the named manual job when the pipeline blocks on it, then waits to the end', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    const { result, of } = await run(sim, { 'play-manual': 'deploy-prod' })
    expect(result.outcome).toBe('accepted')
    expect(result.finalStatus).toBe('success')
    expect(sim.requests.filter(r => r.path.endsWith('/play'))).toHaveLength(1)
    expect(of('notice').join('\n')).toMatch(/Played the manual job deploy › deploy-prod/)
  })

  it('without play-manual the pipeline ends manual, as before', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    const { result } = await run(sim, { 'accept-statuses': 'manual' })
    expect(result.finalStatus).toBe('manual')
    expect(sim.requests.filter(r => r.path.endsWith('/play'))).toHaveLength(0)
  })

  it('refuses a token without the api scope before anything is triggered', async () => {
    sim = await gitlabWith({ jobs: gated() }, { manualClock: true })
    const { result, of } = await run(sim, { 'play-manual': '*', 'api-token': READ_API_TOKEN })
    expect(result.outcome).toBe('gitlab-error')
    expect(of('error').join('\n')).toMatch(/not api, which playing a manual job needs/)
    expect(sim.triggerCount()).toBe(0)
  })
})
