import * as http from 'node:http'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { USER_AGENT } from '../version.js'

export interface HttpRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body: string | null
  /** Time allowed until the answer's head arrives, connecting (and any proxy) included. */
  timeoutMs: number
  /** Abandons the request. */
  signal?: AbortSignal
}

/**
 * Sends one request with Node's own http/https and resolves with the response head; the body is
 * read by the caller. Behind a proxy (https_proxy, no_proxy) it uses @actions/http-client's
 * tunnelling agent. That module is loaded only then: it loads undici, which costs more start-up
 * time than the whole trigger request otherwise takes (README, "Start-up time").
 */
export async function sendRequest(request: HttpRequest): Promise<http.IncomingMessage> {
  const agent = await proxyAgentFor(request.url)
  // node:https brings TLS and node:crypto: loaded only for an https URL (README, "Start-up time").
  const module = request.url.protocol === 'https:' ? await import('node:https') : http
  return new Promise((resolve, reject) => {
    const req = module.request(request.url, {
      method: request.method,
      headers: request.headers,
      agent
    })
    let settled = false
    const settle = (outcome: () => void) => {
      if (settled) return
      settled = true
      clearTimeout(timer)
      request.signal?.removeEventListener('abort', onAbort)
      outcome()
    }
    // Fail at once, not on the 'error' event: a request still waiting for a socket (a proxy that
    // never answers CONNECT) emits none when destroyed. A timer of our own for the same reason:
    // req.setTimeout starts only once there is a socket.
    const fail = (error: Error) =>
      settle(() => {
        req.destroy(error)
        reject(error)
      })
    const timer = setTimeout(
      () => fail(errorWithCode('request timed out', 'ETIMEDOUT')),
      request.timeoutMs
    )
    const onAbort = () => fail(errorWithCode('request abandoned', 'ABORT_ERR'))
    request.signal?.addEventListener('abort', onAbort, { once: true })
    req.on('response', response => settle(() => resolve(response)))
    req.on('error', error => settle(() => reject(error)))
    if (request.signal?.aborted) onAbort()
    req.end(request.body ?? undefined)
  })
}

/** The proxy that applies to a URL (https_proxy, http_proxy, no_proxy), if any. */
export function proxyFor(url: URL): URL | undefined {
  return getProxyUrl(url)
}

async function proxyAgentFor(url: URL): Promise<http.Agent | undefined> {
  if (!proxyFor(url)) return undefined
  const { HttpClient } = await import('@actions/http-client')
  return new HttpClient(USER_AGENT).getAgent(url.href)
}

function errorWithCode(message: string, code: string): Error {
  return Object.assign(new Error(message), { code })
}
