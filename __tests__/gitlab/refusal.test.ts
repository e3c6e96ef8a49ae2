// Refusals read from real answers of a loopback server (never a mocked client): the status, the
// headers and GitLab's words decide the error and its hint. retryAfterOf's own cases are in
// header-numbers.test.ts, beside the other numbers GitLab's headers carry.
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import {
  createServer,
  type IncomingMessage,
  type OutgoingHttpHeaders,
  type Server
} from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Operation } from '../../src/gitlab/errors.js'
import { MAX_RETRY_AFTER_MS, apiRootNotFound, refusalOf } from '../../src/gitlab/refusal.js'
import { sendRequest } from '../../src/gitlab/transport.js'

interface Answer {
  status: number
  headers?: OutgoingHttpHeaders
  body?: string
}
// What the server answers at each path.
const answers = new Map<string, Answer>()
const seen: Array<{ path: string; authorization?: string }> = []
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    seen.push({ path: req.url ?? '', authorization: req.headers.authorization })
    const answer = answers.get(req.url ?? '') ?? { status: 500, body: 'no answer set' }
    res.writeHead(answer.status, answer.headers)
    res.end(answer.body ?? '')
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

/** The answer at `path`, as refusalOf gets it: the head and the body read. */
async function answerAt(path: string, answer: Answer) {
  answers.set(path, answer)
  const url = new URL(`${base}${path}`)
  const message: IncomingMessage = await sendRequest({
    method: 'GET',
    url,
    headers: {},
    body: null,
    timeoutMs: 5_000
  })
  let body = ''
  for await (const chunk of message) body += String(chunk)
  return { message, url, body }
}

const JSON_TYPE = { 'Content-Type': 'application/json' }

async function refused(
  answer: Answer,
  options: { operation?: Operation; followRedirects?: number; rootNotFound?: boolean } = {}
) {
  const got = await answerAt('/api/v4/projects/42/trigger/pipeline', answer)
  let rootChecked = 0
  const error = await refusalOf({
    ...got,
    label: 'POST /projects/42/trigger/pipeline',
    operation: options.operation ?? 'trigger',
    ref: 'main',
    followRedirects: options.followRedirects,
    now: Date.parse('2026-12-07T12:00:00Z'),
    apiUrl: `${base}/api/v4`,
    gitlabUrl: base,
    apiRootNotFound: async () => {
      rootChecked++
      return options.rootNotFound ?? false
    }
  })
  return { error, rootChecked }
}

describe('refusalOf', () => {
  it("keeps GitLab's words and its status, with the hint for the operation", async () => {
    const { error } = await refused(
      { status: 403, headers: JSON_TYPE, body: '{"message":"403 Forbidden"}' },
      { operation: 'read' }
    )
    expect(error.kind).toBe('http')
    expect(error.status).toBe(403)
    expect(error.request).toBe('POST /projects/42/trigger/pipeline')
    expect(error.gitlabMessage).toBe('403 Forbidden')
    expect(error.hint).toMatch(/^The API token \(api-token\) lacks permission/)
    expect(error.retryAfterMs).toBeUndefined()
  })

  it('blames a wrong gitlab-url, not the token, when the API root answers 404 too', async () => {
    const { error, rootChecked } = await refused(
      { status: 404, headers: JSON_TYPE, body: '{"message":"404 Not Found"}' },
      { rootNotFound: true }
    )
    expect(rootChecked).toBe(1)
    expect(error.hint).toMatch(/^The GitLab URL may be wrong: .*\/api\/v4\/version answered 404/)
    expect(error.hint).toContain('needs it in gitlab-url')
  })

  it('blames the token when the API root is GitLab, and checks the root only for 404s', async () => {
    const notFound = await refused({
      status: 404,
      headers: JSON_TYPE,
      body: '{"message":"404 Not Found"}'
    })
    expect(notFound.rootChecked).toBe(1)
    expect(notFound.error.hint).not.toMatch(/GitLab URL may be wrong/)
    const read = await refused({ status: 404, body: '' }, { operation: 'read', rootNotFound: true })
    expect(read.rootChecked).toBe(0)
    expect(read.error.hint).toMatch(/cannot see this project or pipeline/)
    const unauthorized = await refused({ status: 401, body: '' }, { rootNotFound: true })
    expect(unauthorized.rootChecked).toBe(0)
  })

  it('reads Retry-After on a 429, clamped to a day with its words kept', async () => {
    const soon = await refused({
      status: 429,
      headers: { 'Retry-After': '30' },
      body: 'Retry later'
    })
    expect(soon.error.retryAfterMs).toBe(30_000)
    expect(soon.error.retryAfterClamped).toBeUndefined()
    expect(soon.error.gitlabMessage).toBe('Retry later')
    const far = await refused({ status: 429, headers: { 'Retry-After': '9'.repeat(20) }, body: '' })
    expect(far.error.retryAfterMs).toBe(MAX_RETRY_AFTER_MS)
    expect(far.error.retryAfterClamped).toBe('9'.repeat(20))
    // Only a 429 is asked to wait.
    const busy = await refused({ status: 503, headers: { 'Retry-After': '30' }, body: '' })
    expect(busy.error.retryAfterMs).toBeUndefined()
  })

  it('says where a redirect not followed leads, as a project moved', async () => {
    const { error } = await refused({
      status: 301,
      headers: { Location: 'https://gitlab.example.com/api/v4/projects/new%2Fpath' }
    })
    expect(error.status).toBe(301)
    expect(error.gitlabMessage).toBe(
      'moved to https://gitlab.example.com/api/v4/projects/new%2Fpath'
    )
    expect(error.hint).toMatch(/renamed or moved/)
  })

  it('names only the host of the last redirect when too many were followed', async () => {
    const { error } = await refused(
      { status: 302, headers: { Location: '//elsewhere.example.com/login?token=x' } },
      { followRedirects: 3 }
    )
    expect(error.gitlabMessage).toBe('redirected more than 3 times (last to elsewhere.example.com)')
    expect(error.message).not.toContain('token=x')
  })
})

describe('apiRootNotFound: GET /version without a token', () => {
  it('is true for a 404 and false for the 401 any GitLab answers, telling the outcome', async () => {
    answers.set('/nowhere/api/v4/version', { status: 404, body: 'Not Found' })
    answers.set('/api/v4/version', {
      status: 401,
      headers: JSON_TYPE,
      body: '{"message":"401 Unauthorized"}'
    })
    const statuses: number[] = []
    const observed = (status: number, started: number) => {
      expect(started).toBeLessThanOrEqual(performance.now())
      statuses.push(status)
    }
    seen.length = 0
    expect(await apiRootNotFound(`${base}/nowhere/api/v4`, 5_000, observed)).toBe(true)
    expect(await apiRootNotFound(`${base}/api/v4`, 5_000, observed)).toBe(false)
    expect(statuses).toEqual([404, 401])
    // Never with a token.
    expect(seen.map(request => request.authorization)).toEqual([undefined, undefined])
  })

  it('is false when the check itself fails: the token is blamed as before', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    const statuses: number[] = []
    expect(
      await apiRootNotFound(`http://127.0.0.1:${port}/api/v4`, 5_000, status =>
        statuses.push(status)
      )
    ).toBe(false)
    expect(statuses).toEqual([])
  })
})
