import * as http from 'node:http'
import * as https from 'node:https'
import { getProxyUrl } from '@actions/http-client/lib/proxy'
import { USER_AGENT } from '../version.js'

export interface HttpRequest {
  method: string
  url: URL
  headers: Record<string, string>
  body: string | null
  /** Idle time after which the request is abandoned. */
  timeoutMs: number
}

/**
 * Sends one request with Node's own http/https and resolves with the response head; the body is
 * read by the caller. Behind a proxy (https_proxy, no_proxy) it uses @actions/http-client's
 * tunnelling agent. That module is loaded only then: it loads undici, which costs more start-up
 * time than the whole trigger request otherwise takes (README, "Start-up time").
 */
export async function sendRequest(request: HttpRequest): Promise<http.IncomingMessage> {
  const agent = await proxyAgentFor(request.url)
  const module = request.url.protocol === 'https:' ? https : http
  return new Promise((resolve, reject) => {
    const req = module.request(
      request.url,
      { method: request.method, headers: request.headers, agent },
      resolve
    )
    req.setTimeout(request.timeoutMs, () =>
      req.destroy(Object.assign(new Error('request timed out'), { code: 'ETIMEDOUT' }))
    )
    req.on('error', reject)
    req.end(request.body ?? undefined)
  })
}

async function proxyAgentFor(url: URL): Promise<http.Agent | undefined> {
  if (!getProxyUrl(url)) return undefined
  const { HttpClient } = await import('@actions/http-client')
  return new HttpClient(USER_AGENT).getAgent(url.href)
}
