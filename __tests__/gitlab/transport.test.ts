// One request over Node's own http, against a loopback server (never a mocked client).
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { proxyFor, sendRequest } from '../../src/gitlab/transport.js'

const received: Array<{
  method?: string
  url?: string
  headers: IncomingHttpHeaders
  body: string
}> = []
let server: Server
let base: string

beforeAll(async () => {
  server = createServer((req, res) => {
    let body = ''
    req.on('data', chunk => (body += String(chunk)))
    req.on('end', () => {
      received.push({ method: req.method, url: req.url, headers: req.headers, body })
      // /hang answers nothing: the head never comes.
      if (req.url === '/hang') return
      res.writeHead(201, { 'Content-Type': 'application/json', 'X-Seen': 'yes' })
      res.end('{"id":7}')
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

const request = (path: string, extra: { timeoutMs?: number; signal?: AbortSignal } = {}) =>
  sendRequest({
    method: 'POST',
    url: new URL(`${base}${path}`),
    headers: { 'Content-Type': 'application/json', 'PRIVATE-TOKEN': 'glpat-x' },
    body: '{"ref":"main"}',
    timeoutMs: extra.timeoutMs ?? 5_000,
    signal: extra.signal
  })

describe('sendRequest', () => {
  it("sends the method, path, headers and body, and resolves with the head; the body is the caller's to read", async () => {
    received.length = 0
    const response = await request('/api/v4/projects/42/trigger/pipeline?x=1')
    expect(response.statusCode).toBe(201)
    expect(response.headers['x-seen']).toBe('yes')
    let body = ''
    for await (const chunk of response) body += String(chunk)
    expect(body).toBe('{"id":7}')
    expect(received).toEqual([
      expect.objectContaining({
        method: 'POST',
        url: '/api/v4/projects/42/trigger/pipeline?x=1',
        body: '{"ref":"main"}',
        headers: expect.objectContaining({ 'private-token': 'glpat-x' })
      })
    ])
  })

  it('fails with ETIMEDOUT when the head does not come in time', async () => {
    const started = Date.now()
    await expect(request('/hang', { timeoutMs: 200 })).rejects.toMatchObject({
      message: 'request timed out',
      code: 'ETIMEDOUT'
    })
    expect(Date.now() - started).toBeLessThan(3_000)
  })

  it('fails with ABORT_ERR when abandoned, before or while waiting', async () => {
    const before = new AbortController()
    before.abort()
    await expect(request('/hang', { signal: before.signal })).rejects.toMatchObject({
      code: 'ABORT_ERR'
    })
    const during = new AbortController()
    setTimeout(() => during.abort(), 50)
    await expect(request('/hang', { signal: during.signal })).rejects.toMatchObject({
      message: 'request abandoned',
      code: 'ABORT_ERR'
    })
  })

  it('fails with the system error when nothing listens', async () => {
    const closed = createServer()
    await new Promise<void>(resolve => closed.listen(0, '127.0.0.1', resolve))
    const port = (closed.address() as AddressInfo).port
    await new Promise(resolve => closed.close(resolve))
    await expect(
      sendRequest({
        method: 'GET',
        url: new URL(`http://127.0.0.1:${port}/`),
        headers: {},
        body: null,
        timeoutMs: 5_000
      })
    ).rejects.toMatchObject({ code: 'ECONNREFUSED' })
  })
})

describe('proxyFor', () => {
  const saved = { ...process.env }
  afterAll(() => {
    for (const name of [
      'https_proxy',
      'HTTPS_PROXY',
      'http_proxy',
      'HTTP_PROXY',
      'no_proxy',
      'NO_PROXY'
    ])
      if (saved[name] === undefined) delete process.env[name]
      else process.env[name] = saved[name]
  })

  it('takes https_proxy for an https URL unless no_proxy names its host', () => {
    for (const name of [
      'https_proxy',
      'HTTPS_PROXY',
      'http_proxy',
      'HTTP_PROXY',
      'no_proxy',
      'NO_PROXY'
    ])
      delete process.env[name]
    expect(proxyFor(new URL('https://gitlab.example.com/api/v4'))).toBeUndefined()
    process.env.https_proxy = 'http://proxy.internal:3128'
    expect(proxyFor(new URL('https://gitlab.example.com/api/v4'))?.host).toBe('proxy.internal:3128')
    process.env.no_proxy = 'gitlab.example.com'
    expect(proxyFor(new URL('https://gitlab.example.com/api/v4'))).toBeUndefined()
  })
})
