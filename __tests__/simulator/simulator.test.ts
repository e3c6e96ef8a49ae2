/**
 * Tests of the GitLab simulator itself (test/simulator): it must answer like GitLab does, per
 * docs/gitlab.md, or the product's tests against it prove nothing.
 */
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { request as httpRequest } from 'node:http'
import { fileURLToPath } from 'node:url'
import {
  startSimulator,
  type JobPlan,
  type Simulator,
  type SimulatorOptions
} from '../../test/simulator/gitlab-simulator.js'
import {
  DEMO_API_TOKEN,
  DEMO_PROJECT_ID,
  DEMO_TRIGGER_TOKEN,
  seedScenario
} from '../../test/simulator/scenarios.js'

type Json = Record<string, unknown>

interface Reply<T> {
  status: number
  headers: Headers
  text: string
  json: T
}

const TRIGGER_TOKEN = `glptt-${'a1'.repeat(20)}`
const API_TOKEN = 'glpat-api-scope'
const READ_API_TOKEN = 'glpat-read-api-scope'

/**
 * Timeline of this plan (ms after creation; 100 ms `created`, then 100 ms `pending` per job):
 * compile runs 200-1200; unit 1300-3300, integration 1300-4300 (fails), e2e 1300-2300 (fails, allowed);
 * deploy and the docs bridge are skipped at 4300, when the pipeline fails.
 */
const PLAN: JobPlan[] = [
  { name: 'compile', stage: 'build', durationMs: 1000, log: 'compiled\n' },
  { name: 'unit', stage: 'test', durationMs: 2000, log: 'unit ok\n' },
  {
    name: 'integration',
    stage: 'test',
    durationMs: 3000,
    result: 'failed',
    log: 'starting\nERROR: Job failed: exit code 1\n'
  },
  { name: 'e2e', stage: 'test', durationMs: 1000, result: 'failed', allowFailure: true },
  { name: 'deploy', stage: 'deploy', durationMs: 1000 },
  {
    name: 'docs',
    stage: 'deploy',
    durationMs: 1000,
    bridge: { downstreamProjectPath: 'acme/docs' }
  }
]

let sim: Simulator

async function start(options: SimulatorOptions = {}, jobs: JobPlan[] = PLAN): Promise<Simulator> {
  const simulator = await startSimulator({ manualClock: true, ...options })
  simulator.addProject({ id: 42, path: 'acme/platform/app', refs: ['main', 'feature/x'], jobs })
  simulator.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 42 })
  simulator.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  simulator.addApiToken({ token: READ_API_TOKEN, scopes: ['read_api'] })
  return simulator
}

beforeEach(async () => {
  sim = await start()
})

afterEach(async () => {
  await sim.close()
})

interface CallOptions {
  token?: string
  json?: unknown
  form?: Record<string, string>
  body?: string
  headers?: Record<string, string>
}

/** One request to the API (path relative to /api/v4); the body is read as text and, if it can be, JSON. */
async function call<T = Json>(
  method: string,
  path: string,
  options: CallOptions = {}
): Promise<Reply<T>> {
  const headers: Record<string, string> = { ...options.headers }
  if (options.token) headers['PRIVATE-TOKEN'] = options.token
  let body: string | URLSearchParams | undefined = options.body
  if (options.json !== undefined) {
    headers['Content-Type'] = 'application/json'
    body = JSON.stringify(options.json)
  }
  if (options.form) body = new URLSearchParams(options.form)
  const response = await fetch(`${sim.url}/api/v4${path}`, { method, headers, body })
  const text = await response.text()
  let json: unknown = undefined
  try {
    json = JSON.parse(text)
  } catch {
    // not JSON: tests look at `text`
  }
  return { status: response.status, headers: response.headers, text, json: json as T }
}

const trigger = (params: Json = { token: TRIGGER_TOKEN, ref: 'main' }, project = '42') =>
  call('POST', `/projects/${project}/trigger/pipeline`, { json: params })

/** Advance the manual clock to `ms` after the first pipeline was created. */
function advanceTo(ms: number): void {
  sim.advance(sim.pipelines[0].createdAt + ms - sim.now())
}

const getPipeline = (id = 1000) => call('GET', `/projects/42/pipelines/${id}`, { token: API_TOKEN })
const listJobs = (id = 1000, query = '') =>
  call<Json[]>('GET', `/projects/42/pipelines/${id}/jobs${query}`, { token: API_TOKEN })
const jobStatuses = async () =>
  Object.fromEntries((await listJobs()).json.map(job => [job.name, job.status]))

/** The error that fetch() rejects with, and its low-level cause. */
async function fetchFailure(
  promise: Promise<unknown>
): Promise<{ message: string; code?: string }> {
  const error = (await promise.then(
    () => undefined,
    (e: unknown) => e
  )) as (Error & { cause?: { code?: string } }) | undefined
  if (!error) throw new Error('expected the request to fail')
  return { message: error.message, code: error.cause?.code }
}

describe('POST /projects/:id/trigger/pipeline', () => {
  it('creates a pipeline and answers 201 with the full Pipeline entity', async () => {
    const reply = await trigger({
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: { DEPLOY_ENV: 'staging' },
      inputs: { parallel_jobs: 3, run_e2e: true }
    })

    expect(reply.status).toBe(201)
    expect(reply.headers.get('content-type')).toBe('application/json')
    expect(reply.json).toEqual({
      id: 1000,
      iid: 1,
      project_id: 42,
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      ref: 'main',
      status: 'created',
      source: 'trigger',
      created_at: new Date(sim.now()).toISOString(),
      updated_at: new Date(sim.now()).toISOString(),
      web_url: `${sim.url}/acme/platform/app/-/pipelines/1000`,
      before_sha: '0000000000000000000000000000000000000000',
      tag: false,
      yaml_errors: null,
      user: expect.objectContaining({ id: 1, username: 'root', name: 'Administrator' }),
      started_at: null,
      finished_at: null,
      committed_at: null,
      duration: null,
      queued_duration: null,
      coverage: null,
      detailed_status: expect.objectContaining({ group: 'created', icon: 'status_created' }),
      archived: false
    })
    expect(sim.triggerCount()).toBe(1)
    expect(sim.pipelines[0]).toMatchObject({
      id: 1000,
      iid: 1,
      projectId: 42,
      ref: 'main',
      variables: { DEPLOY_ENV: 'staging' },
      inputs: { parallel_jobs: 3, run_e2e: true }
    })
  })

  it('numbers pipelines globally and iids per project', async () => {
    sim.addProject({ id: 7, path: 'acme/one' })
    sim.addProject({ id: 8, path: 'acme/two' })
    sim.addTriggerToken({ token: 'glptt-one', projectId: 7 })
    sim.addTriggerToken({ token: 'glptt-two', projectId: 8 })

    const first = await trigger({ token: 'glptt-one', ref: 'main' }, '7')
    const second = await trigger({ token: 'glptt-one', ref: 'main' }, '7')
    const other = await trigger({ token: 'glptt-two', ref: 'main' }, '8')

    expect(first.json).toMatchObject({ id: 1000, iid: 1, project_id: 7 })
    expect(second.json).toMatchObject({ id: 1001, iid: 2, project_id: 7 })
    expect(other.json).toMatchObject({ id: 1002, iid: 1, project_id: 8 })
  })

  it('takes form-encoded variables[KEY] and inputs[name], and query-string params', async () => {
    const reply = await call(
      'POST',
      `/projects/acme%2Fplatform%2Fapp/trigger/pipeline?token=${TRIGGER_TOKEN}`,
      {
        form: { ref: 'main', 'variables[A]': '1', 'variables[B]': 'two', 'inputs[env]': 'prod' }
      }
    )

    expect(reply.status).toBe(201)
    expect(sim.pipelines[0]).toMatchObject({
      variables: { A: '1', B: 'two' },
      inputs: { env: 'prod' }
    })
    expect(sim.requests[0].query).toEqual({ token: TRIGGER_TOKEN })
    expect(sim.requests[0].params).toEqual({
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: { A: '1', B: 'two' },
      inputs: { env: 'prod' }
    })
  })

  it('uses the URL-decoded ref of /ref/:ref/ over the one in the body', async () => {
    const reply = await call('POST', '/projects/42/ref/feature%2Fx/trigger/pipeline', {
      json: { token: TRIGGER_TOKEN, ref: 'main' }
    })

    expect(reply.status).toBe(201)
    expect(reply.json).toMatchObject({ ref: 'feature/x' })
  })

  it('does not parse a JSON body sent without Content-Type: application/json', async () => {
    const reply = await call('POST', '/projects/42/trigger/pipeline', {
      body: JSON.stringify({ token: TRIGGER_TOKEN, ref: 'main' }),
      headers: { 'Content-Type': 'text/plain' }
    })

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ error: 'ref is missing, ref is empty, token is missing' })
  })

  it.each([
    [{ ref: 'main' }, 'token is missing'],
    [{ token: TRIGGER_TOKEN }, 'ref is missing, ref is empty'],
    [{ token: TRIGGER_TOKEN, ref: '' }, 'ref is empty'],
    [{ token: TRIGGER_TOKEN, ref: 'main', variables: [] }, 'variables is invalid'],
    [{ token: TRIGGER_TOKEN, ref: 'main', variables: 'A=1' }, 'variables is invalid'],
    [{ token: TRIGGER_TOKEN, ref: 'main', inputs: 'x' }, 'inputs is invalid']
  ])('rejects %j with Grape validation error 400 "%s"', async (params, error) => {
    const reply = await trigger(params)

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ error })
    expect(sim.triggerCount()).toBe(0)
  })

  it('refuses a request from a pipeline webhook with 403, even before looking up the project', async () => {
    const reply = await call('POST', '/projects/999/trigger/pipeline', {
      json: { token: TRIGGER_TOKEN, ref: 'main' },
      headers: { 'X-Gitlab-Event': 'Pipeline Hook' }
    })

    expect(reply.status).toBe(403)
    expect(reply.json).toEqual({ message: '403 Forbidden' })
  })

  it.each([
    ['a JSON number', { json: { token: TRIGGER_TOKEN, ref: 'main', variables: { A: 1 } } }],
    ['a form array', { form: { token: TRIGGER_TOKEN, ref: 'main', 'variables[A][]': 'x' } }]
  ])('refuses a variable value that is %s', async (_kind, options) => {
    const reply = await call('POST', '/projects/42/trigger/pipeline', options)

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ message: 'variables needs to be a map of key-valued strings' })
  })

  it('answers 404 "Not Found" for an unknown project, an unknown token and another project\'s token', async () => {
    sim.addProject({ id: 7, path: 'acme/other' })
    sim.addTriggerToken({ token: 'glptt-other', projectId: 7 })

    const unknownProject = await trigger({ token: TRIGGER_TOKEN, ref: 'main' }, '999')
    const bareName = await trigger({ token: TRIGGER_TOKEN, ref: 'main' }, 'app')
    const unknownToken = await trigger({ token: 'glptt-wrong', ref: 'main' })
    const otherProjectsToken = await trigger({ token: 'glptt-other', ref: 'main' })

    for (const reply of [unknownProject, bareName, unknownToken, otherProjectsToken]) {
      expect(reply.status).toBe(404)
      expect(reply.json).toEqual({ message: '404 Not Found' })
    }
    expect(sim.triggerCount()).toBe(0)
  })

  it('answers the catch-all 404 when the project path is not URL-encoded', async () => {
    const reply = await trigger({ token: TRIGGER_TOKEN, ref: 'main' }, 'acme/platform/app')

    expect(reply.status).toBe(404)
    expect(reply.json).toEqual({ error: '404 Not Found' })
  })

  it.each([
    [{ restrictVariables: true }, 'Insufficient permissions to set pipeline variables'],
    [{ workflowRulesFilter: true }, 'Pipeline filtered out by workflow rules.'],
    [
      { noJobsForTrigger: true },
      'Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.'
    ],
    [
      { pipelineRateLimited: true },
      'Too many pipelines created in the last minute. Try again later.'
    ]
  ])('refuses with 400 {"message":{"base":[...]}} for project %j', async (flags, text) => {
    sim.addProject({ id: 7, path: 'acme/flagged', ...flags })
    sim.addTriggerToken({ token: 'glptt-flagged', projectId: 7 })

    const reply = await trigger({ token: 'glptt-flagged', ref: 'main', variables: { A: 'b' } }, '7')

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ message: { base: [text] } })
    expect(sim.triggerCount()).toBe(0)
  })

  it('accepts a trigger without variables on a project that restricts variables', async () => {
    sim.addProject({ id: 7, path: 'acme/restricted', restrictVariables: true })
    sim.addTriggerToken({ token: 'glptt-restricted', projectId: 7 })

    const reply = await trigger(
      { token: 'glptt-restricted', ref: 'main', inputs: { env: 'x' } },
      '7'
    )

    expect(reply.status).toBe(201)
  })

  it('answers 400 Reference not found for a ref the project does not have', async () => {
    const reply = await trigger({ token: TRIGGER_TOKEN, ref: 'nope' })

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ message: { base: ['Reference not found'] } })
  })

  it('answers 422 for a YAML error and persists a failed pipeline with yaml_errors', async () => {
    sim.addProject({
      id: 7,
      path: 'acme/broken',
      yamlError: 'jobs:unit config contains unknown keys: scriptt'
    })
    sim.addTriggerToken({ token: 'glptt-broken', projectId: 7 })

    const reply = await trigger({ token: 'glptt-broken', ref: 'main' }, '7')
    const persisted = await call('GET', '/projects/7/pipelines/1000', { token: API_TOKEN })

    expect(reply.status).toBe(422)
    expect(reply.json).toEqual({
      message: { base: ['jobs:unit config contains unknown keys: scriptt'] }
    })
    expect(persisted.json).toMatchObject({
      status: 'failed',
      yaml_errors: 'jobs:unit config contains unknown keys: scriptt'
    })
    expect(sim.triggerCount()).toBe(1)
  })

  it('answers 201 with status failed and yaml_errors like old GitLab with legacyYamlError201', async () => {
    sim.addProject({ id: 7, path: 'acme/old', yamlError: 'bad include', legacyYamlError201: true })
    sim.addTriggerToken({ token: 'glptt-old', projectId: 7 })

    const reply = await trigger({ token: 'glptt-old', ref: 'main' }, '7')

    expect(reply.status).toBe(201)
    expect(reply.json).toMatchObject({ status: 'failed', yaml_errors: 'bad include' })
  })

  it('serves the API under a relative root', async () => {
    await sim.close()
    sim = await start({ basePath: '/gitlab/' })

    const reply = await trigger()
    const withoutRoot = await fetch(
      `${sim.url.replace('/gitlab', '')}/api/v4/projects/42/trigger/pipeline`,
      {
        method: 'POST'
      }
    )

    expect(sim.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/gitlab$/)
    expect(reply.json).toMatchObject({ web_url: `${sim.url}/acme/platform/app/-/pipelines/1000` })
    expect(withoutRoot.status).toBe(404)
  })
})

describe('authentication, GET /projects/:id and GET /personal_access_tokens/self', () => {
  it('returns the project to a token via PRIVATE-TOKEN or Authorization: Bearer', async () => {
    const viaHeader = await call('GET', '/projects/acme%2Fplatform%2Fapp', { token: API_TOKEN })
    const viaBearer = await call('GET', '/projects/42', {
      headers: { Authorization: `Bearer ${READ_API_TOKEN}` }
    })

    expect(viaHeader.status).toBe(200)
    expect(viaHeader.json).toMatchObject({
      id: 42,
      name: 'app',
      path: 'app',
      path_with_namespace: 'acme/platform/app',
      web_url: `${sim.url}/acme/platform/app`,
      visibility: 'private'
    })
    expect(viaBearer.status).toBe(200)
  })

  it('hides a private project from anonymous callers and from tokens without access (404 Project Not Found)', async () => {
    sim.addApiToken({ token: 'glpat-elsewhere', scopes: ['api'], projectIds: [7] })

    const anonymous = await call('GET', '/projects/42')
    const noAccess = await call('GET', '/projects/42', { token: 'glpat-elsewhere' })

    for (const reply of [anonymous, noAccess]) {
      expect(reply.status).toBe(404)
      expect(reply.json).toEqual({ message: '404 Project Not Found' })
    }
  })

  it('shows a public project to anonymous callers', async () => {
    sim.addProject({ id: 7, path: 'acme/open', visibility: 'public' })

    const reply = await call('GET', '/projects/7')

    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ visibility: 'public' })
  })

  it('answers 401 "401 Unauthorized" for an unknown token, even on a public project', async () => {
    sim.addProject({ id: 7, path: 'acme/open', visibility: 'public' })

    const reply = await call('GET', '/projects/7', { token: 'glpat-garbage' })

    expect(reply.status).toBe(401)
    expect(reply.json).toEqual({ message: '401 Unauthorized' })
  })

  it.each([
    [{ expired: true }, 'Token is expired. You can either do re-authorization or token refresh.'],
    [{ revoked: true }, 'Token was revoked. You have to re-authorize from the user.']
  ])(
    'answers 401 invalid_token with WWW-Authenticate for a token with %j',
    async (state, description) => {
      sim.addApiToken({ token: 'glpat-dead', scopes: ['api'], ...state })

      const reply = await call('GET', '/projects/42', { token: 'glpat-dead' })

      expect(reply.status).toBe(401)
      expect(reply.json).toEqual({ error: 'invalid_token', error_description: description })
      expect(reply.headers.get('www-authenticate')).toMatch(/^Bearer .*error="invalid_token"/)
    }
  )

  it('describes the calling token', async () => {
    sim.addApiToken({ token: 'glpat-named', scopes: ['read_api'], name: 'ci-waiter', userId: 5 })

    const reply = await call('GET', '/personal_access_tokens/self', { token: 'glpat-named' })

    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({
      id: expect.any(Number),
      name: 'ci-waiter',
      revoked: false,
      created_at: expect.any(String),
      scopes: ['read_api'],
      user_id: 5,
      active: true,
      expires_at: null
    })
  })

  it('answers 401 on /personal_access_tokens/self without a token or with an unknown one', async () => {
    const anonymous = await call('GET', '/personal_access_tokens/self')
    const unknown = await call('GET', '/personal_access_tokens/self', { token: 'glpat-nope' })

    for (const reply of [anonymous, unknown]) {
      expect(reply.status).toBe(401)
      expect(reply.json).toEqual({ message: '401 Unauthorized' })
    }
  })
})

describe('GET /projects/:id/pipelines/:pipeline_id', () => {
  beforeEach(async () => {
    await trigger()
  })

  it('adds `name` to the Pipeline entity', async () => {
    const reply = await getPipeline()

    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ id: 1000, name: null, status: 'created', source: 'trigger' })
  })

  it('moves through created, pending, running and failed as the clock advances', async () => {
    const statusAt = async (ms: number) => {
      advanceTo(ms)
      return (await getPipeline()).json.status
    }

    expect(await statusAt(50)).toBe('created')
    expect(await statusAt(150)).toBe('pending')
    expect(await statusAt(700)).toBe('running')
    expect(await statusAt(4299)).toBe('running')
    expect(await statusAt(4300)).toBe('failed')
    expect(sim.pipelines[0].status).toBe('failed')
  })

  it('sets started_at, finished_at and an integer duration once the pipeline ends', async () => {
    const created = sim.pipelines[0].createdAt
    advanceTo(10_000)

    const reply = await getPipeline()

    expect(reply.json).toMatchObject({
      started_at: new Date(created + 200).toISOString(),
      finished_at: new Date(created + 4300).toISOString(),
      duration: 4,
      queued_duration: 0,
      updated_at: new Date(created + 4300).toISOString()
    })
  })

  it('answers 404 "Not found" for an unknown pipeline and 400 for a non-integer id', async () => {
    const unknown = await getPipeline(999999)
    const invalid = await call('GET', '/projects/42/pipelines/abc', { token: API_TOKEN })

    expect(unknown.status).toBe(404)
    expect(unknown.json).toEqual({ message: '404 Not found' })
    expect(invalid.status).toBe(400)
    expect(invalid.json).toEqual({ error: 'pipeline_id is invalid' })
  })

  it('answers 404 Project Not Found to an anonymous caller of a private project', async () => {
    const reply = await call('GET', '/projects/42/pipelines/1000')

    expect(reply.status).toBe(404)
    expect(reply.json).toEqual({ message: '404 Project Not Found' })
  })
})

describe('pipeline status rules', () => {
  async function runPlan(jobs: JobPlan[]): Promise<string> {
    sim.addProject({ id: 7, path: 'acme/planned', jobs })
    sim.addTriggerToken({ token: 'glptt-planned', projectId: 7 })
    await trigger({ token: 'glptt-planned', ref: 'main' }, '7')
    advanceTo(60_000)
    return (await call<Json>('GET', '/projects/7/pipelines/1000', { token: API_TOKEN })).json
      .status as string
  }

  it('is success when only allow_failure jobs failed', async () => {
    const status = await runPlan([
      { name: 'a', stage: 'test', durationMs: 10 },
      { name: 'b', stage: 'test', durationMs: 10, result: 'failed', allowFailure: true }
    ])

    expect(status).toBe('success')
  })

  it('is skipped when every job is skipped', async () => {
    const status = await runPlan([{ name: 'a', stage: 'test', durationMs: 10, result: 'skipped' }])

    expect(status).toBe('skipped')
  })

  it('is canceled when a job ends canceled', async () => {
    const status = await runPlan([{ name: 'a', stage: 'test', durationMs: 10, result: 'canceled' }])

    expect(status).toBe('canceled')
  })

  it('is manual, and later stages stay created, behind a blocking manual job', async () => {
    const status = await runPlan([
      { name: 'build', stage: 'build', durationMs: 10 },
      { name: 'approve', stage: 'gate', durationMs: 10, result: 'manual' },
      { name: 'deploy', stage: 'deploy', durationMs: 10 }
    ])
    const jobs = await call<Json[]>('GET', '/projects/7/pipelines/1000/jobs', { token: API_TOKEN })

    expect(status).toBe('manual')
    expect(jobs.json.map(job => [job.name, job.status])).toEqual([
      ['deploy', 'created'],
      ['approve', 'manual'],
      ['build', 'success']
    ])
  })

  it('does not wait for a manual job that is allowed to fail', async () => {
    const status = await runPlan([
      { name: 'optional', stage: 'gate', durationMs: 10, result: 'manual', allowFailure: true },
      { name: 'deploy', stage: 'deploy', durationMs: 10 }
    ])

    expect(status).toBe('success')
  })

  it('starts a job with startAtMs at that offset, whatever its stage', async () => {
    sim.addProject({
      id: 7,
      path: 'acme/dag',
      jobs: [
        { name: 'slow', stage: 'build', durationMs: 5000 },
        { name: 'early', stage: 'test', startAtMs: 1000, durationMs: 500 }
      ]
    })
    sim.addTriggerToken({ token: 'glptt-dag', projectId: 7 })
    await trigger({ token: 'glptt-dag', ref: 'main' }, '7')
    advanceTo(1200)

    const jobs = await call<Json[]>('GET', '/projects/7/pipelines/1000/jobs', { token: API_TOKEN })

    expect(jobs.json.map(job => [job.name, job.status])).toEqual([
      ['early', 'running'],
      ['slow', 'running']
    ])
  })
})

describe('GET /projects/:id/pipelines/:pipeline_id/jobs and /bridges', () => {
  beforeEach(async () => {
    await trigger()
  })

  it('lists jobs (not bridges) by id descending with the Job entity', async () => {
    const created = sim.pipelines[0].createdAt
    advanceTo(10_000)

    const reply = await listJobs()

    expect(reply.status).toBe(200)
    expect(reply.json.map(job => job.name)).toEqual([
      'deploy',
      'e2e',
      'integration',
      'unit',
      'compile'
    ])
    expect(reply.json.map(job => job.id)).toEqual([5004, 5003, 5002, 5001, 5000])
    const integration = reply.json[2]
    expect(integration).toMatchObject({
      id: 5002,
      status: 'failed',
      stage: 'test',
      name: 'integration',
      ref: 'main',
      allow_failure: false,
      created_at: new Date(created).toISOString(),
      started_at: new Date(created + 1300).toISOString(),
      finished_at: new Date(created + 4300).toISOString(),
      duration: 3,
      queued_duration: 0.1,
      failure_reason: 'script_failure',
      web_url: `${sim.url}/acme/platform/app/-/jobs/5002`,
      pipeline: expect.objectContaining({ id: 1000, project_id: 42, ref: 'main', status: 'failed' })
    })
    expect(reply.json[3]).not.toHaveProperty('failure_reason')
    expect(reply.json[0]).toMatchObject({ status: 'skipped', duration: null, started_at: null })
  })

  it('reports a running job with its duration so far', async () => {
    advanceTo(2300)

    const unit = (await listJobs()).json.find(job => job.name === 'unit')

    expect(unit).toMatchObject({ status: 'running', duration: 1, finished_at: null })
  })

  it('filters by scope and rejects an unknown scope value', async () => {
    advanceTo(10_000)

    const failed = await listJobs(1000, '?scope[]=failed')
    const invalid = await listJobs(1000, '?scope=bogus')

    expect(failed.json.map(job => job.name)).toEqual(['e2e', 'integration'])
    expect(invalid.status).toBe(400)
    expect(invalid.json).toEqual({ error: 'scope does not have a valid value' })
  })

  it('lists trigger jobs under /bridges with downstream_pipeline once they start', async () => {
    sim.addProject({
      id: 7,
      path: 'acme/parent',
      jobs: [
        { name: 'unit', stage: 'test', durationMs: 100 },
        {
          name: 'child',
          stage: 'deploy',
          durationMs: 1000,
          bridge: { downstreamProjectPath: 'acme/child' }
        }
      ]
    })
    sim.addProject({ id: 8, path: 'acme/child' })
    sim.addTriggerToken({ token: 'glptt-parent', projectId: 7 })
    const parentId = (await trigger({ token: 'glptt-parent', ref: 'main' }, '7')).json.id as number
    const list = (kind: 'bridges' | 'jobs') =>
      call<Json[]>('GET', `/projects/7/pipelines/${parentId}/${kind}`, { token: API_TOKEN })

    const before = await list('bridges')
    sim.advance(500)
    const running = await list('bridges')
    const jobs = await list('jobs')

    expect(before.json).toEqual([
      expect.objectContaining({ name: 'child', status: 'created', downstream_pipeline: null })
    ])
    expect(running.json[0]).toMatchObject({
      status: 'running',
      downstream_pipeline: {
        id: expect.any(Number),
        project_id: 8,
        status: 'running',
        web_url: expect.stringMatching(new RegExp(`^${sim.url}/acme/child/-/pipelines/\\d+$`))
      }
    })
    expect(jobs.json.map(job => job.name)).toEqual(['unit'])
  })

  it('shows skipped bridges with no downstream pipeline', async () => {
    advanceTo(10_000)

    const reply = await call<Json[]>('GET', '/projects/42/pipelines/1000/bridges', {
      token: API_TOKEN
    })

    expect(reply.json).toEqual([
      expect.objectContaining({
        id: 5005,
        name: 'docs',
        status: 'skipped',
        downstream_pipeline: null
      })
    ])
  })
})

describe('offset pagination (docs/gitlab.md 4.3)', () => {
  const manyJobs: JobPlan[] = Array.from({ length: 45 }, (_, i) => ({
    name: `job-${i}`,
    stage: 'test',
    durationMs: 10
  }))

  beforeEach(async () => {
    sim.addProject({ id: 7, path: 'acme/big', jobs: manyJobs })
    sim.addTriggerToken({ token: 'glptt-big', projectId: 7 })
    await trigger({ token: 'glptt-big', ref: 'main' }, '7')
  })

  const page = (query: string) =>
    call<Json[]>('GET', `/projects/7/pipelines/1000/jobs${query}`, { token: API_TOKEN })
  const pageUrl = (query: string) => `${sim.url}/api/v4/projects/7/pipelines/1000/jobs?${query}`

  it('defaults to page 1 of 20 with next, first and last links', async () => {
    const reply = await page('')

    expect(reply.json).toHaveLength(20)
    expect(reply.json[0]).toMatchObject({ name: 'job-44' })
    expect(
      Object.fromEntries(
        ['x-page', 'x-per-page', 'x-next-page', 'x-prev-page', 'x-total', 'x-total-pages'].map(
          name => [name, reply.headers.get(name)]
        )
      )
    ).toEqual({
      'x-page': '1',
      'x-per-page': '20',
      'x-next-page': '2',
      'x-prev-page': '',
      'x-total': '45',
      'x-total-pages': '3'
    })
    expect(reply.headers.get('link')).toBe(
      [
        `<${pageUrl('page=2&per_page=20')}>; rel="next"`,
        `<${pageUrl('page=1&per_page=20')}>; rel="first"`,
        `<${pageUrl('page=3&per_page=20')}>; rel="last"`
      ].join(', ')
    )
  })

  it('has an empty X-Next-Page and a prev link on the last page, keeping other query params', async () => {
    const reply = await page('?page=3&scope[]=created')

    expect(reply.json).toHaveLength(5)
    expect(reply.headers.get('x-next-page')).toBe('')
    expect(reply.headers.get('x-prev-page')).toBe('2')
    expect(reply.headers.get('link')).toContain(
      `<${pageUrl('page=2&scope%5B%5D=created&per_page=20')}>; rel="prev"`
    )
    expect(reply.headers.get('link')).not.toContain('rel="next"')
  })

  it('clamps per_page to 100 and answers [] past the last page', async () => {
    const clamped = await page('?per_page=500')
    const past = await page('?page=9')

    expect(clamped.json).toHaveLength(45)
    expect(clamped.headers.get('x-per-page')).toBe('100')
    expect(past.status).toBe(200)
    expect(past.json).toEqual([])
    expect(past.headers.get('x-prev-page')).toBe('')
  })
})

describe('GET /projects/:id/jobs/:job_id/trace', () => {
  beforeEach(async () => {
    await trigger()
  })

  it('returns the raw log as text/plain once the job has started, empty before', async () => {
    const before = await call('GET', '/projects/42/jobs/5002/trace', { token: API_TOKEN })
    advanceTo(10_000)
    const after = await call('GET', '/projects/42/jobs/5002/trace', { token: READ_API_TOKEN })

    expect(before.status).toBe(200)
    expect(before.text).toBe('')
    expect(after.status).toBe(200)
    expect(after.headers.get('content-type')).toBe('text/plain')
    expect(after.text).toBe('starting\nERROR: Job failed: exit code 1\n')
  })

  it('needs authentication even on a public project', async () => {
    sim.addProject({ id: 7, path: 'acme/open', visibility: 'public' })
    sim.addTriggerToken({ token: 'glptt-open', projectId: 7 })
    await trigger({ token: 'glptt-open', ref: 'main' }, '7')

    const reply = await call('GET', '/projects/7/jobs/5006/trace')

    expect(reply.status).toBe(401)
    expect(reply.json).toEqual({ message: '401 Unauthorized' })
  })

  it('answers 404 "Not found" for an unknown job and for a bridge', async () => {
    const unknown = await call('GET', '/projects/42/jobs/1/trace', { token: API_TOKEN })
    const bridge = await call('GET', '/projects/42/jobs/5005/trace', { token: API_TOKEN })

    for (const reply of [unknown, bridge]) {
      expect(reply.status).toBe(404)
      expect(reply.json).toEqual({ message: '404 Not found' })
    }
  })
})

describe('POST /projects/:id/pipelines/:pipeline_id/cancel', () => {
  beforeEach(async () => {
    await trigger()
  })

  const cancel = (token = API_TOKEN) =>
    call('POST', '/projects/42/pipelines/1000/cancel', { token })

  it('makes a running pipeline canceling at once and canceled 500 ms later, with its unfinished jobs', async () => {
    advanceTo(1500)

    const reply = await cancel()
    const during = await jobStatuses()
    sim.advance(500)
    const after = await getPipeline()

    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ id: 1000, status: 'canceling' })
    expect(reply.json).not.toHaveProperty('name')
    expect(during).toEqual({
      compile: 'success',
      unit: 'canceling',
      integration: 'canceling',
      e2e: 'canceling',
      deploy: 'canceled'
    })
    expect(after.json).toMatchObject({
      status: 'canceled',
      finished_at: new Date(sim.pipelines[0].createdAt + 2000).toISOString()
    })
    expect(await jobStatuses()).toEqual({
      compile: 'success',
      unit: 'canceled',
      integration: 'canceled',
      e2e: 'canceled',
      deploy: 'canceled'
    })
    expect(sim.pipelines[0]).toMatchObject({
      status: 'canceled',
      canceledAt: sim.pipelines[0].createdAt + 1500,
      cancelRequests: 1
    })
    expect(
      sim.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))
    ).toHaveLength(1)
  })

  it('answers 200 with the old status when the pipeline has already finished', async () => {
    advanceTo(10_000)

    const reply = await cancel()

    expect(reply.status).toBe(200)
    expect(reply.json).toMatchObject({ status: 'failed' })
    expect(sim.pipelines[0].canceledAt).toBeUndefined()
    expect(sim.pipelines[0].cancelRequests).toBe(1)
  })

  it('needs a token with the api scope', async () => {
    const anonymous = await call('POST', '/projects/42/pipelines/1000/cancel')
    const readOnly = await cancel(READ_API_TOKEN)

    expect(anonymous.status).toBe(401)
    expect(anonymous.json).toEqual({ message: '401 Unauthorized' })
    expect(readOnly.status).toBe(403)
    expect(readOnly.json).toEqual({
      error: 'insufficient_scope',
      error_description:
        'The request requires higher privileges than provided by the access token.',
      scope: 'api'
    })
    expect(sim.pipelines[0].cancelRequests).toBe(0)
  })

  it('answers 404 "Not found" for an unknown pipeline', async () => {
    const reply = await call('POST', '/projects/42/pipelines/4242/cancel', { token: API_TOKEN })

    expect(reply.status).toBe(404)
    expect(reply.json).toEqual({ message: '404 Not found' })
  })
})

describe('trigger token API /projects/:id/triggers', () => {
  beforeEach(() => {
    sim.addApiToken({ token: 'glpat-colleague', scopes: ['api'], userId: 2 })
  })

  it('lists triggers, paginated, showing the full token only to its owner', async () => {
    const mine = await call<Json[]>('GET', '/projects/42/triggers', { token: API_TOKEN })
    const theirs = await call<Json[]>('GET', '/projects/42/triggers', { token: 'glpat-colleague' })

    expect(mine.status).toBe(200)
    expect(mine.headers.get('x-total')).toBe('1')
    expect(mine.json).toEqual([
      {
        id: 1,
        token: TRIGGER_TOKEN,
        description: '',
        created_at: expect.any(String),
        updated_at: expect.any(String),
        last_used: null,
        expires_at: null,
        owner: expect.objectContaining({ id: 1, username: 'root', state: 'active' })
      }
    ])
    expect(theirs.json[0]).toMatchObject({ token: 'a1a1' })
  })

  it('reports last_used as the created_at of the latest pipeline', async () => {
    await trigger()

    const reply = await call('GET', '/projects/42/triggers/1', { token: API_TOKEN })

    expect(reply.json).toMatchObject({
      last_used: new Date(sim.pipelines[0].createdAt).toISOString()
    })
  })

  it('creates a glptt- token owned by the caller that can trigger pipelines', async () => {
    const created = await call('POST', '/projects/42/triggers', {
      token: 'glpat-colleague',
      json: { description: 'from GitHub' }
    })
    const token = created.json.token as string
    const triggered = await trigger({ token, ref: 'main' })

    expect(created.status).toBe(201)
    expect(created.json).toMatchObject({ id: 2, description: 'from GitHub', owner: { id: 2 } })
    expect(token).toMatch(/^glptt-[0-9a-f]{40}$/)
    expect(triggered.status).toBe(201)
    expect(triggered.json).toMatchObject({ user: { id: 2 } })
  })

  it('needs a description to create a trigger', async () => {
    const reply = await call('POST', '/projects/42/triggers', { token: API_TOKEN, json: {} })

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ error: 'description is missing' })
  })

  it('lets only the owner update the description', async () => {
    const byOwner = await call('PUT', '/projects/42/triggers/1', {
      token: API_TOKEN,
      json: { description: 'renamed' }
    })
    const byColleague = await call('PUT', '/projects/42/triggers/1', {
      token: 'glpat-colleague',
      json: { description: 'hijacked' }
    })

    expect(byOwner.status).toBe(200)
    expect(byOwner.json).toMatchObject({ description: 'renamed' })
    expect(byColleague.status).toBe(403)
    expect(byColleague.json).toEqual({
      message:
        '403 Forbidden - The current user is not authorized to update the pipeline trigger token'
    })
  })

  it('deletes with 204 and an empty body, after which the token no longer triggers', async () => {
    const reply = await call('DELETE', '/projects/42/triggers/1', { token: API_TOKEN })
    const triggered = await trigger()

    expect(reply.status).toBe(204)
    expect(reply.text).toBe('')
    expect(triggered.status).toBe(404)
  })

  it('answers 404 "Not found" for an unknown trigger id and 400 for a non-integer one', async () => {
    const unknown = await call('GET', '/projects/42/triggers/-5', { token: API_TOKEN })
    const invalid = await call('GET', '/projects/42/triggers/abc', { token: API_TOKEN })

    expect(unknown.status).toBe(404)
    expect(unknown.json).toEqual({ message: '404 Not found' })
    expect(invalid.json).toEqual({ error: 'trigger_id is invalid' })
  })

  it('needs authentication, and the api scope for changes', async () => {
    const anonymous = await call('GET', '/projects/42/triggers')
    const readOnly = await call('POST', '/projects/42/triggers', {
      token: READ_API_TOKEN,
      json: { description: 'x' }
    })

    expect(anonymous.status).toBe(401)
    expect(anonymous.json).toEqual({ message: '401 Unauthorized' })
    expect(readOnly.status).toBe(403)
    expect(readOnly.json).toMatchObject({ error: 'insufficient_scope', scope: 'api' })
  })
})

describe('every response', () => {
  it('answers an unknown route, or a known path with another method, with the catch-all 404', async () => {
    const unknown = await call('GET', '/nope', { token: API_TOKEN })
    const wrongMethod = await call('DELETE', '/projects/42', { token: API_TOKEN })

    for (const reply of [unknown, wrongMethod]) {
      expect(reply.status).toBe(404)
      expect(reply.json).toEqual({ error: '404 Not Found' })
    }
  })

  it('carries Content-Type: application/json and the two security headers', async () => {
    const reply = await call('GET', '/projects/42', { token: API_TOKEN })

    expect(reply.headers.get('content-type')).toBe('application/json')
    expect(reply.headers.get('x-frame-options')).toBe('SAMEORIGIN')
    expect(reply.headers.get('x-content-type-options')).toBe('nosniff')
  })

  it('answers 400 to a malformed JSON body', async () => {
    const reply = await call('POST', '/projects/42/trigger/pipeline', {
      body: '{"token":',
      headers: { 'Content-Type': 'application/json' }
    })

    expect(reply.status).toBe(400)
    expect(reply.json).toEqual({ error: 'message body does not match declared format' })
  })

  it('records each request with its raw path, headers, body and status', async () => {
    await trigger()

    expect(sim.requests).toEqual([
      {
        method: 'POST',
        path: '/api/v4/projects/42/trigger/pipeline',
        query: {},
        headers: expect.objectContaining({ 'content-type': 'application/json' }),
        body: JSON.stringify({ token: TRIGGER_TOKEN, ref: 'main' }),
        params: { token: TRIGGER_TOKEN, ref: 'main' },
        at: sim.now(),
        status: 201
      }
    ])
  })
})

describe('faults', () => {
  it('status: answers the status with a GitLab-style message, only `times` times', async () => {
    sim.fault({ path: '/pipelines/', kind: 'status', status: 503, times: 2 })
    await trigger()

    const first = await getPipeline()
    const second = await getPipeline()
    const third = await getPipeline()

    expect([first.status, second.status, third.status]).toEqual([503, 503, 200])
    expect(first.json).toEqual({ message: '503 Service Unavailable' })
    expect(sim.requests.map(r => r.status)).toEqual([201, 503, 503, 200])
  })

  it('status: defaults to 500 Internal Server Error and matches method and RegExp paths', async () => {
    sim.fault({ method: 'post', path: /\/trigger\/pipeline$/, kind: 'status' })

    const read = await call('GET', '/projects/42', { token: API_TOKEN })
    const triggered = await trigger()

    expect(read.status).toBe(200)
    expect(triggered.status).toBe(500)
    expect(triggered.json).toEqual({ message: '500 Internal Server Error' })
    expect(sim.triggerCount()).toBe(0)
  })

  it('rate-limit: answers like Rack::Attack, with Retry-After only when given', async () => {
    sim.fault({ path: '/projects/42', kind: 'rate-limit', retryAfterSeconds: 7 })
    sim.fault({ path: '/projects/42', kind: 'rate-limit' })

    const withRetryAfter = await call('GET', '/projects/42', { token: API_TOKEN })
    const without = await call('GET', '/projects/42', { token: API_TOKEN })

    expect(withRetryAfter.status).toBe(429)
    expect(withRetryAfter.text).toBe('Retry later\n')
    expect(withRetryAfter.headers.get('content-type')).toBe('text/plain')
    expect(withRetryAfter.headers.get('retry-after')).toBe('7')
    expect(withRetryAfter.headers.get('ratelimit-name')).toBe('throttle_authenticated_api')
    expect(withRetryAfter.headers.get('ratelimit-remaining')).toBe('0')
    expect(Number(withRetryAfter.headers.get('ratelimit-reset'))).toBe(
      Math.ceil(sim.now() / 1000) + 7
    )
    expect(withRetryAfter.headers.get('ratelimit-resettime')).toBe(
      new Date((Math.ceil(sim.now() / 1000) + 7) * 1000).toUTCString()
    )
    expect(without.status).toBe(429)
    expect(without.headers.get('retry-after')).toBeNull()
  })

  it('rate-limit: answers the application-level JSON body without RateLimit headers', async () => {
    sim.fault({ path: '/cancel', kind: 'rate-limit', rateLimitBody: 'json', retryAfterSeconds: 2 })
    await trigger()

    const reply = await call('POST', '/projects/42/pipelines/1000/cancel', { token: API_TOKEN })

    expect(reply.status).toBe(429)
    expect(reply.json).toEqual({
      message: { error: 'This endpoint has been requested too many times. Try again later.' }
    })
    expect(reply.headers.get('retry-after')).toBe('2')
    expect(reply.headers.get('ratelimit-limit')).toBeNull()
    expect(sim.pipelines[0].cancelRequests).toBe(0)
  })

  it('html: answers an nginx error page', async () => {
    sim.fault({ path: '/projects/42', kind: 'html' })

    const reply = await call('GET', '/projects/42', { token: API_TOKEN })

    expect(reply.status).toBe(502)
    expect(reply.headers.get('content-type')).toBe('text/html')
    expect(reply.text).toContain('<center><h1>502 Bad Gateway</h1></center>')
  })

  it('reset: drops the connection with ECONNRESET before anything is created', async () => {
    sim.fault({ path: '/trigger/pipeline', kind: 'reset' })

    const failure = await fetchFailure(trigger())

    expect(failure.code).toBe('ECONNRESET')
    expect(sim.triggerCount()).toBe(0)
    expect(sim.requests).toHaveLength(1)
    expect(sim.requests[0].status).toBeUndefined()
  })

  it('reset with afterHandling: the pipeline IS created but the client gets no answer', async () => {
    sim.fault({ path: '/trigger/pipeline', kind: 'reset', afterHandling: true })

    const failure = await fetchFailure(trigger())

    expect(failure.code).toBe('ECONNRESET')
    expect(sim.triggerCount()).toBe(1)
    expect(sim.pipelines).toHaveLength(1)
  })

  it('close-before-response: closes the connection cleanly after reading the request', async () => {
    sim.fault({ path: '/trigger/pipeline', kind: 'close-before-response' })

    const failure = await fetchFailure(trigger())

    expect(failure.message).toBe('fetch failed')
    expect(failure.code).toBe('UND_ERR_SOCKET')
    expect(sim.requests[0].body).toContain(TRIGGER_TOKEN)
    expect(sim.triggerCount()).toBe(0)
  })

  it('truncated: sends 200 and half of the JSON, then drops the connection', async () => {
    sim.fault({ path: '/trigger/pipeline', kind: 'truncated', afterHandling: true })

    const response = await fetch(`${sim.url}/api/v4/projects/42/trigger/pipeline`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ token: TRIGGER_TOKEN, ref: 'main' })
    })
    const bodyFailure = await fetchFailure(response.text())

    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/json')
    expect(bodyFailure.message).toBe('terminated')
    expect(sim.triggerCount()).toBe(1)
    expect(sim.requests[0].status).toBe(200)
  })

  it('hang: never answers, and close() ends the hung requests', async () => {
    sim.fault({ path: '/projects/42', kind: 'hang', times: 2 })

    const timedOut = await fetchFailure(
      fetch(`${sim.url}/api/v4/projects/42`, { signal: AbortSignal.timeout(300) })
    )
    const hung = new Promise<string>(resolve => {
      const req = httpRequest(`${sim.url}/api/v4/projects/42`, res =>
        resolve(`answered ${res.statusCode}`)
      )
      req.on('error', error => resolve(error.message))
      req.end()
    })
    const beforeClose = await Promise.race([
      hung,
      new Promise<string>(resolve => setTimeout(() => resolve('still waiting'), 200))
    ])
    await sim.close()

    expect(timedOut.message).toMatch(/aborted due to timeout/)
    expect(beforeClose).toBe('still waiting')
    expect(await hung).toBe('socket hang up')
    expect(sim.requests.map(r => r.status)).toEqual([undefined, undefined])
  })

  it('clearFaults() removes rules that have hits left', async () => {
    sim.fault({ path: '/projects/42', kind: 'status', times: 5 })
    sim.clearFaults()

    const reply = await call('GET', '/projects/42', { token: API_TOKEN })

    expect(reply.status).toBe(200)
  })

  it('stopListening() refuses connections until startListening() on the same port', async () => {
    const port = sim.port
    await sim.stopListening()

    const refused = await fetchFailure(fetch(`${sim.url}/api/v4/projects/42`))
    await sim.startListening()
    const back = await call('GET', '/projects/42', { token: API_TOKEN })

    expect(refused.code).toBe('ECONNREFUSED')
    expect(sim.port).toBe(port)
    expect(back.status).toBe(200)
  })
})

describe('clock', () => {
  it('follows real time by default, and advance() still moves it forward', async () => {
    const realTime = await startSimulator()
    try {
      expect(Math.abs(realTime.now() - Date.now())).toBeLessThan(50)
      realTime.advance(60_000)
      expect(realTime.now() - Date.now()).toBeGreaterThan(59_900)
    } finally {
      await realTime.close()
    }
  })

  it('only moves with advance() when manual, from clockStart', async () => {
    const manual = await startSimulator({ manualClock: true, clockStart: Date.UTC(2030, 0, 1) })
    try {
      expect(manual.now()).toBe(Date.UTC(2030, 0, 1))
      manual.advance(1500)
      expect(manual.now()).toBe(Date.UTC(2030, 0, 1) + 1500)
      expect(() => manual.advance(-1)).toThrow(RangeError)
    } finally {
      await manual.close()
    }
  })
})

describe('demo scenarios', () => {
  it('demo: fails on integration after ~8 s, skips deploy and keeps a realistic log', async () => {
    const demo = await startSimulator({ manualClock: true })
    try {
      const seeded = seedScenario(demo, 'demo')
      const headers = { 'PRIVATE-TOKEN': seeded.apiToken }
      const created = await fetch(
        `${demo.url}/api/v4/projects/${seeded.projectId}/trigger/pipeline`,
        {
          method: 'POST',
          headers: { 'Content-Type': 'application/json' },
          body: JSON.stringify({ token: seeded.triggerToken, ref: 'develop' })
        }
      )
      demo.advance(7_000)
      const stillRunning = demo.pipelines[0].status
      demo.advance(3_000)
      const jobs = (await (
        await fetch(`${demo.url}/api/v4/projects/42/pipelines/1000/jobs`, { headers })
      ).json()) as Json[]
      const integration = jobs.find(job => job.name === 'integration')
      const log = await (
        await fetch(`${demo.url}/api/v4/projects/42/jobs/${integration?.id}/trace`, { headers })
      ).text()

      expect(created.status).toBe(201)
      expect(stillRunning).toBe('running')
      expect(demo.pipelines[0].status).toBe('failed')
      expect(Object.fromEntries(jobs.map(job => [job.name, job.status]))).toEqual({
        compile: 'success',
        unit: 'success',
        lint: 'success',
        integration: 'failed',
        'flaky-e2e': 'failed',
        'deploy-review': 'skipped'
      })
      expect(log.split('\n').length).toBeGreaterThan(20)
      expect(log.trimEnd()).toMatch(/ERROR: Job failed: exit code 1\S*$/)
    } finally {
      await demo.close()
    }
  })

  it('success: every job passes within ~10 s', async () => {
    const demo = await startSimulator({ manualClock: true })
    try {
      const seeded = seedScenario(demo, 'success')
      await fetch(
        `${demo.url}/api/v4/projects/${seeded.projectId}/trigger/pipeline?token=${seeded.triggerToken}&ref=main`,
        {
          method: 'POST'
        }
      )
      demo.advance(9_000)
      const beforeTen = demo.pipelines[0].status
      demo.advance(1_000)

      expect(beforeTen).toBe('running')
      expect(demo.pipelines[0].status).toBe('success')
      expect(demo.pipelines[0].jobs.every(job => job.status === 'success')).toBe(true)
    } finally {
      await demo.close()
    }
  })

  it('serve.js prints one JSON line, serves the demo project and exits on SIGTERM', async () => {
    const script = fileURLToPath(new URL('../../test/simulator/serve.js', import.meta.url))
    const child = spawn(process.execPath, [script, '--scenario', 'success'], {
      stdio: ['ignore', 'pipe', 'pipe']
    })
    try {
      const [chunk] = (await once(child.stdout, 'data')) as [Buffer]
      const lines = chunk.toString('utf8').split('\n').filter(Boolean)
      const info = JSON.parse(lines[0]) as Record<string, string | number>
      const project = await fetch(`${info.url}/api/v4/projects/${info.projectId}`, {
        headers: { 'PRIVATE-TOKEN': String(info.apiToken) }
      })

      expect(lines).toHaveLength(1)
      expect(info).toEqual({
        url: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+$/),
        project: 'acme/platform/app',
        projectId: DEMO_PROJECT_ID,
        triggerToken: DEMO_TRIGGER_TOKEN,
        apiToken: DEMO_API_TOKEN,
        readApiToken: expect.stringMatching(/^glpat-/)
      })
      expect(DEMO_TRIGGER_TOKEN).toMatch(/^glptt-[0-9a-f]{40}$/)
      expect(project.status).toBe(200)
    } finally {
      child.kill('SIGTERM')
    }
    const [code] = await once(child, 'exit')
    expect(code).toBe(0)
  })
})
