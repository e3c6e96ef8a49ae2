// The GitLab client in-process against the simulator: how each kind of failure on the wire
// becomes one GitLabError, and which of them a retry policy sends again.
import { createServer } from 'node:net'
import { afterEach, describe, expect, it } from '@jest/globals'
import * as z from 'zod/mini'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { GitLabClient, type RequestInfo } from '../../src/gitlab/client.js'
import { requestLine } from '../../src/gitlab/request-line.js'
import type { GitLabError } from '../../src/gitlab/errors.js'
import {
  getPipeline,
  getProject,
  streamJobTrace,
  triggerPipeline
} from '../../src/gitlab/endpoints.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith
} from '../support/fixtures.js'
import { startSimulator } from '../../test/simulator/gitlab-simulator.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const apiClient = (gitlab: Simulator, requestTimeoutMs = 5_000) =>
  new GitLabClient({ gitlabUrl: gitlab.url, token: API_TOKEN, requestTimeoutMs })

/** The GitLabError a promise rejects with. */
async function failure(promise: Promise<unknown>): Promise<GitLabError> {
  try {
    await promise
  } catch (error) {
    expect((error as Error).name).toBe('GitLabError')
    return error as GitLabError
  }
  throw new Error('expected a GitLabError')
}

const reads = (gitlab: Simulator, suffix: string) =>
  gitlab.requests.filter(r => r.method === 'GET' && r.path.endsWith(suffix))

/** A port with nothing listening: the connection is refused. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as { port: number }
  await new Promise(resolve => server.close(resolve))
  return port
}

const transientRetry = (maxAttempts = 3) => ({
  retryIf: (error: GitLabError) => error.transient,
  maxAttempts
})

describe('GitLabClient', () => {
  it('sends the access token as PRIVATE-TOKEN, never in the URL, and parses the answer', async () => {
    sim = await gitlabWith()
    const project = await getProject(apiClient(sim), PROJECT_PATH)
    expect(project.id).toBe(PROJECT_ID)
    const [request] = sim.requests
    expect(request.path).toBe('/api/v4/projects/acme%2Fplatform%2Fapp')
    expect(request.headers['private-token']).toBe(API_TOKEN)
    expect(JSON.stringify(request.query)).not.toContain(API_TOKEN)
    expect(String(request.headers['user-agent'])).toMatch(/gitlab-trigger-and-wait/i)
  })

  it("turns an error status into an http GitLabError with GitLab's message and a hint", async () => {
    sim = await gitlabWith()
    const error = await failure(getPipeline(apiClient(sim), PROJECT_PATH, 999))
    expect(error.kind).toBe('http')
    expect(error.status).toBe(404)
    expect(error.request).toBe('GET /projects/acme%2Fplatform%2Fapp/pipelines/999')
    expect(error.message).toMatch(/^GitLab answered 404: 404 Not found/)
    expect(error.transient).toBe(false)
  })

  it('sends a read again after a 500 and a 502 HTML page, and returns the answer', async () => {
    sim = await gitlabWith()
    const pipeline = await triggerPipeline(new GitLabClient({ gitlabUrl: sim.url }), PROJECT_PATH, {
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: {}
    })
    sim.fault({ path: `/pipelines/${pipeline.id}`, kind: 'status', status: 500 })
    sim.fault({ path: `/pipelines/${pipeline.id}`, kind: 'rate-limit', retryAfterSeconds: 0 })
    const read = await getPipeline(apiClient(sim), PROJECT_PATH, pipeline.id, transientRetry())
    expect(read.id).toBe(pipeline.id)
    expect(reads(sim, `/pipelines/${pipeline.id}`).map(r => r.status)).toEqual([500, 429, 200])
  })

  it('reads Retry-After of a 429 and waits no longer than it says', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/projects/', kind: 'rate-limit', retryAfterSeconds: 0, times: 2 })
    const delays: number[] = []
    const project = await getProject(apiClient(sim), PROJECT_PATH, {
      ...transientRetry(),
      onRetry: (_error, delayMs) => delays.push(delayMs)
    })
    expect(project.id).toBe(PROJECT_ID)
    expect(delays).toEqual([0, 0])
  })

  it('reports a Retry-After past the deadline at once when told to fail at the deadline', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/trigger/pipeline', kind: 'rate-limit', retryAfterSeconds: 3600 })
    const error = await failure(
      triggerPipeline(
        new GitLabClient({ gitlabUrl: sim.url }),
        PROJECT_PATH,
        { token: TRIGGER_TOKEN, ref: 'main', variables: {} },
        {
          retryIf: e => e.worthResending,
          maxAttempts: 5,
          deadline: Date.now() + 60_000,
          failAtDeadline: true
        }
      )
    )
    expect(error.status).toBe(429)
    expect(error.retryAfterMs).toBe(3_600_000)
    expect(error.neverSent).toBe(true)
    expect(sim.triggerCount()).toBe(0)
  })

  it('never sends the trigger again after a reset: GitLab may have created the pipeline', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/trigger/pipeline', kind: 'reset', afterHandling: true })
    const error = await failure(
      triggerPipeline(
        new GitLabClient({ gitlabUrl: sim.url }),
        PROJECT_PATH,
        { token: TRIGGER_TOKEN, ref: 'main', variables: {} },
        { retryIf: e => e.worthResending, maxAttempts: 5 }
      )
    )
    expect(error.kind).toBe('connection-lost')
    expect(error.code).toBe('ECONNRESET')
    expect(error.worthResending).toBe(false)
    expect(error.message).toMatch(/the connection to 127\.0\.0\.1:\d+ broke \(ECONNRESET\)/)
    expect(sim.triggerCount()).toBe(1)
  })

  it('names a body cut short, and a clean close before any answer', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/projects/', kind: 'truncated' })
    const truncated = await failure(getProject(apiClient(sim), PROJECT_PATH))
    expect(truncated.kind).toBe('unreadable')
    expect(truncated.message).toMatch(/cut short/)
    expect(truncated.transient).toBe(true)

    sim.fault({ path: '/projects/', kind: 'close-before-response' })
    const closed = await failure(getProject(apiClient(sim), PROJECT_PATH))
    expect(closed.kind).toBe('connection-lost')
  })

  it('gives up on a request that hangs after the request timeout', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/projects/', kind: 'hang' })
    const error = await failure(getProject(apiClient(sim, 200), PROJECT_PATH))
    expect(error.kind).toBe('timeout')
    expect(error.message).toMatch(/did not answer within 0\.2s/)
  })

  it('names an answer that is not JSON, and one whose field has the wrong type, without retrying it', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/projects/', kind: 'status', status: 200, body: '<html>portal</html>' })
    const notJson = await failure(getProject(apiClient(sim), PROJECT_PATH))
    expect(notJson.kind).toBe('unreadable')
    expect(notJson.message).toMatch(/the answer is not JSON/)

    sim.fault({
      path: '/projects/',
      kind: 'rewrite',
      afterHandling: true,
      rewrite: project => ({ ...project, id: 'forty-two' })
    })
    const before = sim.requests.length
    const wrong = await failure(getProject(apiClient(sim), PROJECT_PATH, transientRetry()))
    expect(wrong.kind).toBe('unexpected')
    expect(wrong.message).toMatch(/project\.id is a string, not a number/)
    expect(sim.requests.length - before).toBe(1)
  })

  it('says which address could not be reached when the connection is refused', async () => {
    const port = await closedPort()
    const client = new GitLabClient({ gitlabUrl: `http://127.0.0.1:${port}`, token: API_TOKEN })
    const error = await failure(getProject(client, PROJECT_PATH))
    expect(error.kind).toBe('unreachable')
    expect(error.code).toBe('ECONNREFUSED')
    expect(error.worthResending).toBe(true)
    expect(error.message).toContain(`could not connect to 127.0.0.1:${port}`)
    expect(error.message).toMatch(/Check the GitLab URL/)
  })

  it('ends a read at once when the run is cancelled', async () => {
    sim = await gitlabWith()
    sim.fault({ path: '/projects/', kind: 'hang' })
    const controller = new AbortController()
    const pending = failure(
      getProject(apiClient(sim), PROJECT_PATH, { ...transientRetry(), signal: controller.signal })
    )
    await new Promise(resolve => setTimeout(resolve, 50))
    controller.abort()
    const error = await pending
    expect(error.kind).toBe('connection-lost')
    expect(error.message).toMatch(/abandoned/)
  })

  it('streams a job log in chunks, sending again only while nothing was received', async () => {
    sim = await gitlabWith(
      { jobs: [{ name: 'unit', stage: 'test', durationMs: 100, log: 'line 1\nline 2\n' }] },
      { manualClock: true }
    )
    await triggerPipeline(new GitLabClient({ gitlabUrl: sim.url }), PROJECT_PATH, {
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: {}
    })
    sim.advance(10_000)
    const [job] = sim.pipelines[0].jobs
    sim.fault({ path: '/trace', kind: 'status', status: 502 })
    const chunks: Buffer[] = []
    await streamJobTrace(apiClient(sim), PROJECT_PATH, job.id, chunk => chunks.push(chunk), {
      retryIf: e => e.transient,
      maxAttempts: 2
    })
    expect(Buffer.concat(chunks).toString()).toContain('line 2')
    expect(reads(sim, '/trace').map(r => r.status)).toEqual([502, 200])
  })

  it('checks each request against the schema it was given', async () => {
    sim = await gitlabWith()
    const { data, status } = await apiClient(sim).request({
      method: 'GET',
      path: '/version',
      schema: z.object({ version: z.string() }),
      operation: 'check-token'
    })
    expect(status).toBe(200)
    expect(data.version).toMatch(/^\d+\.\d+/)
  })
})

describe('redirects (the artifacts archive only)', () => {
  it('follows at most 3 redirects for a request that asks, keeping the token on the same host', async () => {
    const { createServer: createHttpServer } = await import('node:http')
    const seen: Array<{ port: number; path: string; token: string | undefined }> = []
    let hops = 0
    const server = createHttpServer((req, res) => {
      const port = (req.socket.localPort ?? 0) as number
      seen.push({ port, path: req.url ?? '', token: req.headers['private-token'] as string })
      hops++
      res.writeHead(302, { Location: `/hop/${hops}` }).end()
    })
    await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
    const { port } = server.address() as { port: number }
    try {
      const client = new GitLabClient({ gitlabUrl: `http://127.0.0.1:${port}`, token: API_TOKEN })
      const error = await failure(
        client.stream(
          { method: 'GET', path: '/x', operation: 'read', followRedirects: 3 },
          () => undefined
        )
      )
      expect(error.gitlabMessage).toMatch(/redirected more than 3 times/)
      // The first request and three redirects, all on the same host: the token stays.
      expect(seen.map(s => s.path)).toEqual(['/api/v4/x', '/hop/1', '/hop/2', '/hop/3'])
      expect(seen.every(s => s.token === API_TOKEN)).toBe(true)
      // Without the option a redirect is a moved project, as before.
      const moved = await failure(
        client.stream({ method: 'GET', path: '/y', operation: 'read' }, () => undefined)
      )
      expect(moved.hint).toMatch(/renamed or moved/)
    } finally {
      server.close()
    }
  })
})

describe('a gitlab-url with a wrong relative root (issue 16, point 7)', () => {
  const trigger = (gitlabUrl: string) =>
    triggerPipeline(new GitLabClient({ gitlabUrl }), PROJECT_PATH, {
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: {}
    })

  it('missing: the 404 says the URL may be wrong, naming it, not the trigger token', async () => {
    sim = await startSimulator({ basePath: '/gitlab' })
    sim.addProject({ id: PROJECT_ID, path: PROJECT_PATH })
    sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: PROJECT_ID })
    const root = sim.url.replace(/\/gitlab$/, '')
    const error = await failure(trigger(root))
    expect(error.status).toBe(404)
    expect(error.hint).toContain(`The GitLab URL may be wrong: ${root}/api/v4/version answered 404`)
    expect(error.hint).toMatch(/relative path needs it in gitlab-url/)
    expect(error.hint).not.toMatch(/trigger token is wrong/)
  })

  it('extra: the same, and the project read of the pre-flight check says it too', async () => {
    sim = await gitlabWith()
    const error = await failure(trigger(`${sim.url}/gitlab`))
    expect(error.hint).toContain(`${sim.url}/gitlab/api/v4/version answered 404`)
    const read = await failure(
      getProject(
        new GitLabClient({ gitlabUrl: `${sim.url}/gitlab`, token: API_TOKEN }),
        PROJECT_PATH
      )
    )
    expect(read.hint).toMatch(/The GitLab URL may be wrong/)
  })

  it('right: a wrong trigger token is still blamed on the token, after one look at the root', async () => {
    sim = await gitlabWith()
    const error = await failure(
      triggerPipeline(new GitLabClient({ gitlabUrl: sim.url }), PROJECT_PATH, {
        token: 'glptt-wrong',
        ref: 'main',
        variables: {}
      })
    )
    expect(error.hint).toMatch(/The trigger token is wrong or revoked/)
    expect(sim.requests.filter(r => r.path.endsWith('/version'))).toHaveLength(1)
  })
})

describe('the request observer (debug lines, SPEC 6.4)', () => {
  it('is told method, path, status, time and RateLimit-Remaining of every request, never a token or body', async () => {
    sim = await gitlabWith({}, { rateLimit: { limit: 100 } })
    const seen: RequestInfo[] = []
    const client = new GitLabClient({
      gitlabUrl: sim.url,
      token: API_TOKEN,
      onRequest: info => seen.push(info)
    })
    await getProject(client, PROJECT_PATH)
    await failure(getPipeline(client, PROJECT_PATH, 999))
    sim.fault({ path: '/projects', kind: 'reset' })
    await failure(getProject(client, PROJECT_PATH))
    const path = `/projects/${encodeURIComponent(PROJECT_PATH)}`
    expect(seen).toEqual([
      { method: 'GET', path, outcome: 200, durationMs: expect.any(Number), rateLimitRemaining: 99 },
      {
        method: 'GET',
        path: `${path}/pipelines/999`,
        outcome: 404,
        durationMs: expect.any(Number),
        rateLimitRemaining: 98
      },
      { method: 'GET', path, outcome: 'ECONNRESET', durationMs: expect.any(Number) }
    ])
    const lines = seen.map(requestLine)
    expect(lines[0]).toMatch(
      /^GitLab request: GET \/projects\/acme%2Fplatform%2Fapp -> 200 in \d+ms \(RateLimit-Remaining: 99\)$/
    )
    expect(lines.join('\n')).not.toContain(API_TOKEN)
  })

  it('shows the trigger by its path only: the token in its body never reaches the observer', async () => {
    sim = await gitlabWith()
    const seen: string[] = []
    await triggerPipeline(
      new GitLabClient({ gitlabUrl: sim.url, onRequest: info => seen.push(requestLine(info)) }),
      PROJECT_PATH,
      { token: TRIGGER_TOKEN, ref: 'main', variables: {} }
    )
    expect(seen).toEqual([
      expect.stringMatching(
        /^GitLab request: POST \/projects\/acme%2Fplatform%2Fapp\/trigger\/pipeline -> 201 in \d+ms$/
      )
    ])
    expect(seen.join('')).not.toContain(TRIGGER_TOKEN)
  })
})
