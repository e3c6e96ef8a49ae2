/**
 * Tests of the simulator's newer GitLab behaviour: downstream pipelines (child and multi-project, any
 * depth), trigger_jobs, logs that grow with the clock and byte ranges, rate-limit headers, jobs list
 * scopes, artifacts (and the zip writer tests use to build them), play, retry, pipeline filters and
 * variables. Each follows docs/gitlab.md.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { Buffer } from 'node:buffer'
import {
  buildZip,
  generatedByte,
  readZip,
  startSimulator,
  type JobPlan,
  type Simulator,
  type SimulatorOptions
} from '../../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../../test/simulator/scenarios.js'

type Json = Record<string, unknown>

const TRIGGER_TOKEN = `glptt-${'b2'.repeat(20)}`
const API_TOKEN = 'glpat-api-scope'
const READ_API_TOKEN = 'glpat-read-api-scope'
const APP_ONLY_TOKEN = 'glpat-sees-app-only'
const GUEST_IN_INFRA_TOKEN = 'glpat-guest-in-infra'

let sim: Simulator

afterEach(async () => {
  await sim.close()
})

/**
 * Project 42 acme/app runs `jobs`; project 43 acme/infra is a multi-project target. Tokens: api,
 * read_api, one that sees only 42, one that is a Guest in 43.
 */
async function start(jobs: JobPlan[], options: SimulatorOptions = {}): Promise<void> {
  sim = await startSimulator({ manualClock: true, ...options })
  sim.addProject({ id: 42, path: 'acme/app', jobs })
  sim.addProject({ id: 43, path: 'acme/infra' })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 42 })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  sim.addApiToken({ token: READ_API_TOKEN, scopes: ['read_api'] })
  sim.addApiToken({ token: APP_ONLY_TOKEN, scopes: ['api'], projectIds: [42] })
  sim.addApiToken({ token: GUEST_IN_INFRA_TOKEN, scopes: ['api'], guestProjectIds: [43] })
}

interface Reply<T> {
  status: number
  headers: Headers
  text: string
  bytes: Buffer
  json: T
}

async function call<T = Json>(
  method: string,
  path: string,
  { token = API_TOKEN, json }: { token?: string | null; json?: unknown } = {}
): Promise<Reply<T>> {
  const headers: Record<string, string> = {}
  if (token) headers['PRIVATE-TOKEN'] = token
  if (json !== undefined) headers['Content-Type'] = 'application/json'
  const response = await fetch(`${sim.url}/api/v4${path}`, {
    method,
    headers,
    body: json === undefined ? undefined : JSON.stringify(json)
  })
  const bytes = Buffer.from(await response.arrayBuffer())
  const text = bytes.toString('utf8')
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    parsed = undefined
  }
  return { status: response.status, headers: response.headers, text, bytes, json: parsed as T }
}

async function trigger(variables: Record<string, string> = {}, ref = 'main'): Promise<number> {
  const reply = await call('POST', '/projects/42/trigger/pipeline', {
    token: null,
    json: { token: TRIGGER_TOKEN, ref, variables }
  })
  expect(reply.status).toBe(201)
  return reply.json.id as number
}

/** Move the manual clock to `ms` after the first pipeline was created. */
function at(ms: number): void {
  sim.advance(sim.pipelines[0].createdAt + ms - sim.now())
}

const jobs = (pipeline: number, project = 42, query = '') =>
  call<Json[]>('GET', `/projects/${project}/pipelines/${pipeline}/jobs${query}`)
const bridges = (pipeline: number, project = 42) =>
  call<Json[]>('GET', `/projects/${project}/pipelines/${pipeline}/bridges`)
const pipelineStatus = async (pipeline: number, project = 42) =>
  (await call('GET', `/projects/${project}/pipelines/${pipeline}`)).json.status
const jobByName = async (pipeline: number, name: string, project = 42) =>
  (await jobs(pipeline, project)).json.find(job => job.name === name) as Json

/**
 * Timeline (ms after the top pipeline is created): compile 200-1200; the `child` trigger job is
 * pending at 1200 and creates the child at 1300; in it `unit` runs 1500-2500, then its own trigger job
 * creates a multi-project grandchild in acme/infra at 2600, whose `deploy` runs 2800-3800 and fails.
 */
const TREE: JobPlan[] = [
  { name: 'compile', stage: 'build', durationMs: 1000 },
  {
    name: 'child',
    stage: 'downstream',
    durationMs: 0,
    bridge: {
      strategy: 'depend',
      jobs: [
        { name: 'unit', stage: 'test', durationMs: 1000 },
        {
          name: 'to-infra',
          stage: 'ship',
          durationMs: 0,
          bridge: {
            downstreamProjectPath: 'acme/infra',
            strategy: 'depend',
            jobs: [{ name: 'deploy', stage: 'deploy', durationMs: 1000, result: 'failed' }]
          }
        }
      ]
    }
  }
]

describe('downstream pipelines', () => {
  it('creates a child and a multi-project grandchild with their own timelines; depend carries the failure up', async () => {
    await start(TREE)
    const top = await trigger()

    at(1250)
    const [pending] = (await bridges(top)).json
    expect(pending).toMatchObject({ name: 'child', status: 'pending', downstream_pipeline: null })

    at(1300)
    const [created] = (await bridges(top)).json
    const child = created.downstream_pipeline as Json
    expect(child).toMatchObject({ project_id: 42, source: 'parent_pipeline', status: 'created' })
    expect(created.status).toBe('running')
    expect(await pipelineStatus(child.id as number)).toBe('created')

    at(2000)
    expect(await jobByName(child.id as number, 'unit')).toMatchObject({ status: 'running' })
    expect((await bridges(child.id as number)).json[0].downstream_pipeline).toBeNull()

    at(2600)
    const grandchild = (await bridges(child.id as number)).json[0].downstream_pipeline as Json
    expect(grandchild).toMatchObject({ project_id: 43, source: 'pipeline', ref: 'main' })
    expect(grandchild.web_url).toContain('/acme/infra/-/pipelines/')

    at(3000)
    expect(await jobByName(grandchild.id as number, 'deploy', 43)).toMatchObject({
      status: 'running'
    })
    expect(await pipelineStatus(top)).toBe('running')

    at(3800)
    expect(await pipelineStatus(grandchild.id as number, 43)).toBe('failed')
    expect((await bridges(child.id as number)).json[0].status).toBe('failed')
    expect(await pipelineStatus(child.id as number)).toBe('failed')
    expect((await bridges(top)).json[0].status).toBe('failed')
    expect(await pipelineStatus(top)).toBe('failed')
    expect(sim.pipelines.map(p => [p.source, p.upstreamId ?? null])).toEqual([
      ['trigger', null],
      ['parent_pipeline', top],
      ['pipeline', child.id]
    ])
    expect(sim.triggerCount()).toBe(1)
  })

  it('without depend the trigger job succeeds once the downstream exists, which runs on alone', async () => {
    await start([
      {
        name: 'fire',
        stage: 'deploy',
        durationMs: 0,
        bridge: {
          downstreamProjectPath: 'acme/infra',
          jobs: [{ name: 'slow', stage: 'deploy', durationMs: 5000 }]
        }
      }
    ])
    const top = await trigger()
    // The trigger job creates the downstream at 200; its job runs 400-5400.
    at(500)
    const [bridge] = (await bridges(top)).json
    expect(bridge.status).toBe('success')
    expect(await pipelineStatus(top)).toBe('success')
    const downstream = (bridge.downstream_pipeline as Json).id as number
    expect(await pipelineStatus(downstream, 43)).toBe('running')
  })

  it('cancelling the parent cancels its child pipelines but not a multi-project downstream', async () => {
    await start([
      {
        name: 'child',
        stage: 'a',
        durationMs: 0,
        bridge: { strategy: 'depend', jobs: [{ name: 'c', stage: 'c', durationMs: 9000 }] }
      },
      {
        name: 'multi',
        stage: 'a',
        durationMs: 0,
        bridge: {
          downstreamProjectPath: 'acme/infra',
          strategy: 'depend',
          jobs: [{ name: 'm', stage: 'm', durationMs: 9000 }]
        }
      }
    ])
    const top = await trigger()
    at(1000)
    const [child, multi] = sim.pipelines.slice(1)
    expect([child.status, multi.status]).toEqual(['running', 'running'])

    expect((await call('POST', `/projects/42/pipelines/${top}/cancel`)).status).toBe(200)
    at(2000)
    const byId = new Map(sim.pipelines.map(p => [p.id, p]))
    expect(byId.get(top)?.status).toBe('canceled')
    expect(byId.get(child.id)?.status).toBe('canceled')
    expect(byId.get(child.id)?.cancelRequests).toBe(0)
    expect(byId.get(multi.id)?.status).toBe('running')
  })

  it('a downstream project the token cannot read answers 404 or 403 as GitLab does', async () => {
    await start(TREE.slice(1, 2).map(job => ({ ...job, bridge: TREE[1].bridge })))
    await trigger()
    at(3000)
    const grandchild = sim.pipelines.find(p => p.projectId === 43)
    expect(grandchild).toBeDefined()
    const path = `/projects/43/pipelines/${grandchild?.id}`

    const invisible = await call('GET', path, { token: APP_ONLY_TOKEN })
    expect(invisible.status).toBe(404)
    expect(invisible.json).toEqual({ message: '404 Project Not Found' })

    const guest = await call('GET', `${path}/jobs`, { token: GUEST_IN_INFRA_TOKEN })
    expect(guest.status).toBe(403)
    expect(guest.json).toEqual({ message: '403 Forbidden' })
    expect((await call('GET', path, { token: GUEST_IN_INFRA_TOKEN })).status).toBe(403)
    // The same token reads its own project's pipelines.
    expect(
      (await call('GET', '/projects/42/pipelines', { token: GUEST_IN_INFRA_TOKEN })).status
    ).toBe(200)
  })
})

describe('GET /pipelines/:id/trigger_jobs', () => {
  it('is absent before 19.2 (the catch-all 404) and lists the same entities as /bridges from 19.2', async () => {
    await start(TREE)
    const top = await trigger()
    at(1400)
    const before = await call('GET', `/projects/42/pipelines/${top}/trigger_jobs`)
    expect(before.status).toBe(404)
    expect(before.json).toEqual({ error: '404 Not Found' })

    sim.setVersion('19.2.0-ee')
    const after = await call<Json[]>('GET', `/projects/42/pipelines/${top}/trigger_jobs`)
    expect(after.status).toBe(200)
    expect(after.json).toEqual((await bridges(top)).json)
    expect(after.headers.get('x-total')).toBe('1')
  })
})

describe('job logs', () => {
  const trace = (job: number, query = '') => call('GET', `/projects/42/jobs/${job}/trace${query}`)

  it('grow with the clock: timed lines appear once their time has come', async () => {
    await start([
      {
        name: 'build',
        stage: 'build',
        durationMs: 3000,
        logLines: [{ atMs: 0, text: 'first' }, { atMs: 1000, text: 'second' }, 'third at 2000']
      }
    ])
    await trigger()
    const id = sim.pipelines[0].jobs[0].id
    // The job runs 200-3200.
    at(150)
    expect((await trace(id)).text).toBe('')
    at(700)
    expect((await trace(id)).text).toBe('first\n')
    at(1200)
    expect((await trace(id)).text).toBe('first\nsecond\n')
    at(3200)
    expect((await trace(id)).text).toBe('first\nsecond\nthird at 2000\n')
  })

  it('a runner-shaped log has ANSI colours, section markers and the failure line at the end', async () => {
    await start([
      {
        name: 'lint',
        stage: 'test',
        durationMs: 1000,
        result: 'failed',
        runnerLog: { scriptLines: 3 }
      }
    ])
    await trigger()
    const id = sim.pipelines[0].jobs[0].id
    at(400)
    const running = (await trace(id)).text
    const ESC = '\u001b'
    expect(running).toMatch(
      new RegExp(`^section_start:\\d+:prepare_script\\[collapsed=true\\]\r${ESC}\\[0K`, 'm')
    )
    expect(running).toContain('\u001b[32;1m$ ./run lint\u001b[0;m\n')
    expect(running).not.toContain('Job failed')
    at(1200)
    const done = (await trace(id)).text
    expect(done).toMatch(new RegExp(`^section_end:\\d+:step_script\r${ESC}\\[0K$`, 'm'))
    expect(done).toContain('lint output 3\n')
    expect(done.endsWith('\u001b[31;1mERROR: Job failed: exit code 1\u001b[0;m\n')).toBe(true)
  })

  it('byte_offset/byte_limit are ignored when switched off and select bytes when on', async () => {
    await start([{ name: 'build', stage: 'build', durationMs: 10, log: 'héllo world\n' }])
    await trigger()
    const id = sim.pipelines[0].jobs[0].id
    at(1000)
    expect((await trace(id, '?byte_offset=7&byte_limit=3')).text).toBe('héllo world\n')

    sim.setTraceByteRange(true)
    const range = await trace(id, '?byte_offset=7&byte_limit=3')
    expect(range.status).toBe(200)
    expect(range.headers.get('content-type')).toBe('text/plain')
    expect(range.text).toBe('wor')
    expect((await trace(id, '?byte_offset=7')).text).toBe('world\n')
    expect((await trace(id, '?byte_offset=99')).text).toBe('')
    const bad = await trace(id, '?byte_offset=-1&byte_limit=abc')
    expect(bad.status).toBe(400)
    expect(bad.json).toEqual({
      error: 'byte_offset does not have a valid value, byte_limit is invalid'
    })
  })

  it('a generated logBytes trace honours the byte range without building what it skips', async () => {
    await start([{ name: 'big', stage: 'build', durationMs: 10, logBytes: 10_000_000 }], {
      traceByteRange: true
    })
    await trigger()
    const id = sim.pipelines[0].jobs[0].id
    at(1000)
    const tail = await trace(id, '?byte_offset=9999900&byte_limit=200')
    expect(tail.text).toBe(`${'line 99999 '.padEnd(99, '.')}\n`)
  })
})

describe('rate-limit headers', () => {
  it('sends RateLimit-* on every answer, counts requests per window and answers 429 like Rack::Attack', async () => {
    await start(TREE, { rateLimit: { limit: 3, windowMs: 60_000 }, clockStart: 1_800_000_010_000 })
    const first = await call('GET', '/projects/42')
    expect(first.status).toBe(200)
    expect(
      Object.fromEntries([...first.headers].filter(([name]) => name.startsWith('ratelimit')))
    ).toEqual({
      'ratelimit-name': 'throttle_authenticated_api',
      'ratelimit-limit': '3',
      'ratelimit-observed': '1',
      'ratelimit-remaining': '2',
      'ratelimit-reset': '1800000060'
    })
    await call('GET', '/projects/42')
    expect((await call('GET', '/projects/42')).headers.get('ratelimit-remaining')).toBe('0')
    const throttled = await call('GET', '/projects/42')
    expect(throttled.status).toBe(429)
    expect(throttled.text).toBe('Retry later\n')
    expect(throttled.headers.get('retry-after')).toBe('50')
    expect(throttled.headers.get('ratelimit-resettime')).toBe('Fri, 15 Jan 2027 08:01:00 GMT')

    sim.advance(50_000)
    const fresh = await call('GET', '/projects/42')
    expect(fresh.status).toBe(200)
    expect(fresh.headers.get('ratelimit-remaining')).toBe('2')
    sim.setRateLimit(undefined)
    expect((await call('GET', '/projects/42')).headers.get('ratelimit-limit')).toBeNull()
  })
})

describe('jobs list scope[]', () => {
  it('filters by several statuses and rejects an unknown one with Grape 400', async () => {
    await start([
      { name: 'fast', stage: 'test', durationMs: 100 },
      { name: 'slow', stage: 'test', durationMs: 5000 },
      { name: 'queued', stage: 'test', durationMs: 100, queuedMs: 2000 }
    ])
    const top = await trigger()
    at(1000)
    const active = await jobs(top, 42, '?scope[]=running&scope[]=pending')
    expect(active.json.map(job => job.name).sort()).toEqual(['queued', 'slow'])
    const bad = await jobs(top, 42, '?scope[]=running&scope[]=bogus')
    expect(bad.status).toBe(400)
    expect(bad.json).toEqual({ error: 'scope does not have a valid value' })
  })
})

describe('artifacts', () => {
  const hostile = [
    { name: 'deploy.env', data: 'URL=https://app.example\n' },
    { name: 'dist/', data: '' },
    { name: 'dist/app.js', data: 'console.log(1)\n'.repeat(100) },
    { name: '../escape.txt', data: 'out' },
    { name: '/etc/passwd', data: 'root' },
    { name: 'link', symlinkTo: '/etc/shadow' },
    { name: 'bomb.bin', data: Buffer.alloc(1_000_000), declaredSize: 10 },
    { name: 'big.bin', size: 3_000_000 }
  ]

  it('builds zips with hostile entries that read back as written', () => {
    const entries = readZip(buildZip(hostile))
    expect(entries.map(entry => entry.name)).toEqual(hostile.map(entry => entry.name))
    expect(entries.find(entry => entry.name === 'link')?.isSymlink).toBe(true)
    expect(
      entries
        .find(entry => entry.name === 'link')
        ?.data()
        .toString()
    ).toBe('/etc/shadow')
    expect(entries.find(entry => entry.name === 'bomb.bin')?.data().length).toBe(1_000_000)
    const big = entries.find(entry => entry.name === 'big.bin')?.data() ?? Buffer.alloc(0)
    expect(big.length).toBe(3_000_000)
    expect(big[2_999_999]).toBe(generatedByte(2_999_999))
    // The lying size is in the headers: local (offset 22) and central directory.
    const zip = buildZip([hostile[6]])
    expect(zip.readUInt32LE(22)).toBe(10)
  })

  it('serves the archive once the job finished, one file from it, and GitLab 404s otherwise', async () => {
    await start([
      { name: 'build', stage: 'build', durationMs: 1000, artifacts: hostile },
      { name: 'bare', stage: 'build', durationMs: 1000 }
    ])
    const top = await trigger()
    const [build, bare] = sim.pipelines[0].jobs
    at(500)
    const early = await call('GET', `/projects/42/jobs/${build.id}/artifacts`)
    expect(early.status).toBe(404)
    expect(early.json).toEqual({ message: '404 Not Found' })

    at(1300)
    const archive = await call('GET', `/projects/42/jobs/${build.id}/artifacts`)
    expect(archive.status).toBe(200)
    expect(archive.headers.get('content-type')).toBe('application/octet-stream')
    expect(archive.headers.get('content-disposition')).toContain('filename="artifacts.zip"')
    expect(archive.bytes.equals(buildZip(hostile))).toBe(true)
    expect(sim.artifactsOf(build.id)?.equals(archive.bytes)).toBe(true)
    const listed = (await jobs(top)).json
    expect(listed.find(job => job.name === 'build')).toMatchObject({
      artifacts_file: { filename: 'artifacts.zip', size: archive.bytes.length },
      artifacts: [
        {
          file_type: 'archive',
          size: archive.bytes.length,
          filename: 'artifacts.zip',
          file_format: 'zip'
        }
      ]
    })
    expect(listed.find(job => job.name === 'bare')).not.toHaveProperty('artifacts_file')

    const file = await call('GET', `/projects/42/jobs/${build.id}/artifacts/deploy.env`)
    expect(file.status).toBe(200)
    expect(file.text).toBe('URL=https://app.example\n')
    const nested = await call('GET', `/projects/42/jobs/${build.id}/artifacts/dist/app.js`)
    expect(nested.text).toBe('console.log(1)\n'.repeat(100))

    const missing = await call('GET', `/projects/42/jobs/${build.id}/artifacts/nope.env`)
    expect(missing.status).toBe(404)
    expect(missing.text).toBe('Not Found\n')
    const none = await call('GET', `/projects/42/jobs/${bare.id}/artifacts/deploy.env`)
    expect(none.json).toEqual({ message: '404 Not Found' })
    const unknown = await call('GET', '/projects/42/jobs/999999/artifacts')
    expect(unknown.json).toEqual({ message: '404 Not found' })
    expect(top).toBe(sim.pipelines[0].id)
  })

  it('takes the archive as bytes too', async () => {
    const zip = buildZip([{ name: 'out.json', data: '{"a":1}' }])
    await start([{ name: 'build', stage: 'build', durationMs: 10, artifacts: zip }])
    await trigger()
    at(500)
    const id = sim.pipelines[0].jobs[0].id
    expect((await call('GET', `/projects/42/jobs/${id}/artifacts`)).bytes.equals(zip)).toBe(true)
    const file = await call('GET', `/projects/42/jobs/${id}/artifacts/out.json`)
    expect(file.json).toEqual({ a: 1 })
    expect(file.headers.get('content-type')).toBe('application/json')
  })
})

describe('POST /jobs/:id/play', () => {
  const GATED: JobPlan[] = [
    { name: 'build', stage: 'build', durationMs: 1000 },
    { name: 'approve', stage: 'gate', durationMs: 500, result: 'manual' },
    { name: 'prod', stage: 'deploy', durationMs: 1000 }
  ]

  it('starts a manual job; the stages it held run after it', async () => {
    await start(GATED)
    const top = await trigger()
    const [build, approve] = sim.pipelines[0].jobs
    at(2000)
    expect(await pipelineStatus(top)).toBe('manual')

    const readOnly = await call('POST', `/projects/42/jobs/${approve.id}/play`, {
      token: READ_API_TOKEN
    })
    expect(readOnly.status).toBe(403)
    expect(readOnly.json).toMatchObject({ error: 'insufficient_scope' })
    const notManual = await call('POST', `/projects/42/jobs/${build.id}/play`)
    expect(notManual.status).toBe(400)
    expect(notManual.json).toEqual({ message: '400 Bad request - Unplayable Job' })

    const played = await call('POST', `/projects/42/jobs/${approve.id}/play`)
    expect(played.status).toBe(200)
    expect(played.json).toMatchObject({ id: approve.id, name: 'approve', status: 'pending' })
    at(2100)
    expect(await jobByName(top, 'approve')).toMatchObject({ status: 'running' })
    expect(await jobByName(top, 'prod')).toMatchObject({ status: 'created' })
    // approve runs 2100-2600; prod pending 2600, runs 2700-3700.
    at(3000)
    expect(await jobByName(top, 'prod')).toMatchObject({ status: 'running' })
    at(3700)
    expect(await pipelineStatus(top)).toBe('success')
  })

  it('answers 403 when the user may not play the job', async () => {
    await start([{ ...GATED[1], playForbidden: true }])
    await trigger()
    at(1000)
    const reply = await call('POST', `/projects/42/jobs/${sim.pipelines[0].jobs[0].id}/play`)
    expect(reply.status).toBe(403)
    expect(reply.json).toEqual({ message: '403 Forbidden' })
  })
})

describe('POST /pipelines/:id/retry', () => {
  it('re-runs failed jobs with new ids, hides the old ones unless include_retried, then runs skipped stages', async () => {
    await start([
      { name: 'unit', stage: 'test', durationMs: 1000, result: 'failed' },
      { name: 'lint', stage: 'test', durationMs: 500 },
      { name: 'deploy', stage: 'deploy', durationMs: 1000 }
    ])
    const top = await trigger()
    at(2000)
    expect(await pipelineStatus(top)).toBe('failed')
    const oldUnit = (await jobByName(top, 'unit')).id as number

    const reply = await call('POST', `/projects/42/pipelines/${top}/retry`)
    expect(reply.status).toBe(201)
    expect(reply.json).toMatchObject({ id: top, status: 'running' })
    const listed = (await jobs(top)).json
    expect(listed.map(job => job.name).sort()).toEqual(['deploy', 'lint', 'unit'])
    const newUnit = listed.find(job => job.name === 'unit') as Json
    expect(newUnit.id).not.toBe(oldUnit)
    expect(newUnit.status).toBe('pending')
    const all = (await jobs(top, 42, '?include_retried=true')).json
    expect(all.filter(job => job.name === 'unit').map(job => job.status)).toEqual([
      'pending',
      'failed'
    ])

    // unit runs again 2100-3100, deploy 3200-4200.
    at(4200)
    expect(await pipelineStatus(top)).toBe('success')
    expect((await call('POST', `/projects/42/pipelines/${top}/retry`)).status).toBe(201)
    expect((await jobs(top, 42, '?include_retried=true')).json).toHaveLength(4)
  })

  it('re-runs a canceled pipeline; retryResult makes the second attempt fail again', async () => {
    await start([{ name: 'flaky', stage: 'test', durationMs: 1000, retryResult: 'failed' }])
    const top = await trigger()
    at(500)
    await call('POST', `/projects/42/pipelines/${top}/cancel`)
    at(1500)
    expect(await pipelineStatus(top)).toBe('canceled')
    await call('POST', `/projects/42/pipelines/${top}/retry`)
    expect(await pipelineStatus(top)).toBe('pending')
    at(3000)
    expect(await pipelineStatus(top)).toBe('failed')
  })
})

describe('GET /projects/:id/pipelines filters and GET /pipelines/:id/variables', () => {
  it('finds an earlier pipeline by ref, source and updated_after, then by its variables', async () => {
    await start([{ name: 'unit', stage: 'test', durationMs: 1000 }], {
      clockStart: Date.parse('2026-12-01T10:00:00Z')
    })
    sim.addProject({ id: 44, path: 'acme/other', refs: ['main', 'dev'] })
    const first = await trigger({ RUN_KEY: 'run-1' })
    sim.advance(60_000)
    const second = await trigger({ RUN_KEY: 'run-2' })
    const list = (query: string) => call<Json[]>('GET', `/projects/42/pipelines${query}`)

    expect((await list('?ref=main&source=trigger&per_page=5')).json.map(p => p.id)).toEqual([
      second,
      first
    ])
    expect((await list('?ref=dev')).json).toEqual([])
    expect((await list('?source=push')).json).toEqual([])
    expect((await list('?updated_after=2026-12-01T10:00:30Z')).json.map(p => p.id)).toEqual([
      second
    ])
    const bad = await list('?updated_after=yesterday&source=nope')
    expect(bad.status).toBe(400)
    expect(bad.json).toEqual({
      error: 'updated_after is invalid, source does not have a valid value'
    })

    const variables = await call<Json[]>('GET', `/projects/42/pipelines/${first}/variables`)
    expect(variables.status).toBe(200)
    expect(variables.json).toEqual([
      { variable_type: 'env_var', key: 'RUN_KEY', value: 'run-1', raw: false }
    ])
  })
})

describe('acting on a downstream pipeline moves its depend trigger job', () => {
  const CHILD_WITH_GATE: JobPlan[] = [
    {
      name: 'child',
      stage: 'deploy',
      durationMs: 0,
      bridge: {
        strategy: 'depend',
        jobs: [
          { name: 'approve', stage: 'gate', durationMs: 500, result: 'manual' },
          { name: 'ship', stage: 'ship', durationMs: 1000, result: 'failed' }
        ]
      }
    },
    { name: 'after', stage: 'after', durationMs: 100 }
  ]

  it('playing the gate in the child lets the parent go on; retrying the parent re-creates the failed child', async () => {
    await start(CHILD_WITH_GATE)
    const top = await trigger()
    at(1000)
    const child = sim.pipelines[1]
    expect(child.status).toBe('manual')
    // The depend trigger job shows its blocked child's `manual`, but is not playable itself.
    const bridge = (await bridges(top)).json[0]
    expect(bridge.status).toBe('manual')
    expect((await call('POST', `/projects/42/jobs/${bridge.id}/play`)).status).toBe(400)

    const approve = child.jobs.find(job => job.name === 'approve')
    expect((await call('POST', `/projects/42/jobs/${approve?.id}/play`)).status).toBe(200)
    // approve runs 1100-1600, ship 1700-2700 and fails: the bridge fails, `after` is skipped.
    at(2700)
    expect(await pipelineStatus(child.id)).toBe('failed')
    expect((await bridges(top)).json[0].status).toBe('failed')
    expect(await jobByName(top, 'after')).toMatchObject({ status: 'skipped' })
    expect(await pipelineStatus(top)).toBe('failed')

    expect((await call('POST', `/projects/42/pipelines/${top}/retry`)).status).toBe(201)
    at(2900)
    const [retriedBridge] = (await bridges(top)).json
    const second = retriedBridge.downstream_pipeline as Json
    expect(second.id).not.toBe(child.id)
    expect(second.status).toBe('manual') // the new child blocks on its own gate again
    expect(sim.pipelines.filter(p => p.source === 'parent_pipeline')).toHaveLength(2)
  })

  it('cancelling only the child cancels the depend trigger job, and the parent ends canceled', async () => {
    await start([
      {
        name: 'child',
        stage: 'deploy',
        durationMs: 0,
        bridge: { strategy: 'depend', jobs: [{ name: 'long', stage: 'x', durationMs: 9000 }] }
      },
      { name: 'after', stage: 'after', durationMs: 100 }
    ])
    const top = await trigger()
    at(1000)
    const child = sim.pipelines[1]
    await call('POST', `/projects/42/pipelines/${child.id}/cancel`)
    at(2000)
    expect(await pipelineStatus(child.id)).toBe('canceled')
    expect((await bridges(top)).json[0].status).toBe('canceled')
    expect(await jobByName(top, 'after')).toMatchObject({ status: 'skipped' })
    expect(await pipelineStatus(top)).toBe('canceled')
  })
})

describe('tree scenario', () => {
  it('runs parent, child and multi-project pipelines (40 jobs) to success and leaves deploy.env', async () => {
    sim = await startSimulator({ manualClock: true })
    const seeded = seedScenario(sim, 'tree')
    const reply = await call('POST', `/projects/${seeded.projectId}/trigger/pipeline`, {
      token: null,
      json: { token: seeded.triggerToken, ref: 'main' }
    })
    expect(reply.status).toBe(201)
    sim.advance(8_000)
    expect(sim.pipelines.map(p => p.status)).toEqual(['running', 'running'])
    sim.advance(12_000)
    const pipelines = sim.pipelines
    expect(pipelines.map(p => [p.source, p.status])).toEqual([
      ['trigger', 'success'],
      ['parent_pipeline', 'success'],
      ['pipeline', 'success']
    ])
    expect(pipelines.reduce((count, p) => count + p.jobs.length, 0)).toBe(40)
    const deployProd = pipelines[2].jobs.find(job => job.name === 'deploy-prod')
    const file = await call('GET', `/projects/43/jobs/${deployProd?.id}/artifacts/deploy.env`, {
      token: seeded.apiToken
    })
    expect(file.text).toBe('URL=https://app.acme.example\nVERSION=2.3.0\n')
  })
})

describe('a manual trigger job', () => {
  it('creates its downstream pipeline when played, and follows it with depend', async () => {
    await start([
      {
        name: 'deploy-infra',
        stage: 'deploy',
        durationMs: 0,
        result: 'manual',
        bridge: {
          downstreamProjectPath: 'acme/infra',
          strategy: 'depend',
          variables: { TARGET: 'prod' },
          jobs: [{ name: 'apply', stage: 'apply', durationMs: 1000 }]
        }
      }
    ])
    const top = await trigger()
    at(500)
    const [waiting] = (await bridges(top)).json
    expect(waiting).toMatchObject({ status: 'manual', downstream_pipeline: null })
    expect(await pipelineStatus(top)).toBe('manual')

    expect((await call('POST', `/projects/42/jobs/${waiting.id}/play`)).status).toBe(200)
    // Pending 500-600, creates the downstream at 600; apply runs 800-1800.
    at(1000)
    const [running] = (await bridges(top)).json
    const downstream = running.downstream_pipeline as Json
    expect(running.status).toBe('running')
    expect(downstream).toMatchObject({ project_id: 43, source: 'pipeline' })
    const variables = await call<Json[]>('GET', `/projects/43/pipelines/${downstream.id}/variables`)
    expect(variables.json).toEqual([
      { variable_type: 'env_var', key: 'TARGET', value: 'prod', raw: false }
    ])
    at(1800)
    expect(await pipelineStatus(top)).toBe('success')
  })
})
