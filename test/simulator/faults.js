// @ts-check
/**
 * Injected failures, to test how a client copes with a flaky GitLab or the proxies in front of it.
 * Rules are checked in the order they were added; a matching rule with hits left is used once.
 */
import { STATUS_CODES } from 'node:http'
import { Buffer } from 'node:buffer'
import { json } from './responses.js'

/** @typedef {import('./gitlab-simulator.js').FaultRule} FaultRule */
/** @typedef {import('./gitlab-simulator.js').FaultKind} FaultKind */
/** @typedef {import('./responses.js').SimResponse} SimResponse */

/** @type {ReadonlySet<FaultKind>} */
const KINDS = new Set([
  'status',
  'rate-limit',
  'reset',
  'html',
  'truncated',
  'hang',
  'close-before-response',
  'rewrite',
  'headers'
])

export class FaultList {
  constructor() {
    /** @type {Array<{ rule: FaultRule, remaining: number }>} */
    this.entries = []
  }

  /** @param {FaultRule} rule */
  add(rule) {
    if (!KINDS.has(rule.kind)) throw new Error(`unknown fault kind '${rule.kind}'`)
    this.entries.push({ rule, remaining: rule.times ?? 1 })
  }

  clear() {
    this.entries = []
  }

  /**
   * The rule that applies to this request, counting the hit.
   * @param {string} method
   * @param {string} rawPath
   * @returns {FaultRule | undefined}
   */
  take(method, rawPath) {
    const entry = this.entries.find(
      ({ rule, remaining }) =>
        remaining > 0 &&
        (rule.method === undefined || rule.method.toUpperCase() === method) &&
        (typeof rule.path === 'string' ? rawPath.includes(rule.path) : rule.path.test(rawPath))
    )
    if (!entry) return undefined
    entry.remaining--
    return entry.rule
  }
}

/**
 * Answer (or fail to answer) a request as the rule says.
 * @param {FaultRule} rule
 * @param {import('node:http').ServerResponse} res
 * @param {{ now: number, authenticated: boolean, handled?: SimResponse }} context
 *   handled: the real handler's answer when the rule has afterHandling
 * @returns {SimResponse | undefined} what to send normally, or undefined when the fault took the socket
 */
export function faultResponse(rule, res, context) {
  const response = brokenResponse(rule, res, context)
  // Headers a proxy (or a GitLab in a bad mood) adds or replaces, on any answer the rule sends.
  return response && rule.headers
    ? { ...response, headers: { ...response.headers, ...rule.headers } }
    : response
}

/**
 * @param {FaultRule} rule
 * @param {import('node:http').ServerResponse} res
 * @param {{ now: number, authenticated: boolean, handled?: SimResponse }} context
 * @returns {SimResponse | undefined}
 */
function brokenResponse(rule, res, context) {
  switch (rule.kind) {
    case 'headers': {
      // The real answer, with only rule.headers changed.
      if (!context.handled) throw new Error("a 'headers' fault needs the real answer")
      return context.handled
    }
    case 'status': {
      const status = rule.status ?? 500
      if (rule.body !== undefined) return customBody(status, rule, 'application/json')
      // Same shape as GitLab's unhandled-exception answer `{"message":"500 Internal Server Error"}`.
      return json(status, { message: `${status} ${STATUS_CODES[status] ?? 'Error'}`.trim() })
    }
    case 'html':
      return rule.body !== undefined
        ? customBody(rule.status ?? 502, rule, 'text/html')
        : nginxErrorPage(rule.status ?? 502)
    case 'rate-limit':
      return rule.rateLimitBody === 'json'
        ? applicationRateLimit(rule.retryAfterSeconds)
        : rackAttackThrottle(rule.retryAfterSeconds, context.now, context.authenticated)
    case 'reset':
      // TCP RST: the client sees ECONNRESET.
      res.socket?.resetAndDestroy()
      return undefined
    case 'close-before-response':
      // A clean close (FIN) after the whole request was read: "socket hang up" / "other side closed".
      res.socket?.destroy()
      return undefined
    case 'truncated':
      writeTruncated(res, context.handled)
      return undefined
    case 'hang':
      // Never answer; close() and stopListening() destroy the socket.
      return undefined
    case 'rewrite': {
      // An answer GitLab (or something in front of it) shaped differently from what clients expect.
      const handled = context.handled
      if (!handled || !rule.rewrite)
        throw new Error("a 'rewrite' fault needs afterHandling and rewrite")
      return { ...handled, body: JSON.stringify(rule.rewrite(JSON.parse(String(handled.body)))) }
    }
  }
}

/**
 * The test's own body, as GitLab (or a proxy in front of it) might send it.
 * @param {number} status
 * @param {FaultRule} rule
 * @param {string} defaultType
 * @returns {SimResponse}
 */
function customBody(status, rule, defaultType) {
  return {
    status,
    headers: { 'Content-Type': rule.contentType ?? defaultType },
    body: rule.body ?? ''
  }
}

/**
 * 200 with the Content-Length of the full JSON but only its first half, then the connection drops.
 * @param {import('node:http').ServerResponse} res
 * @param {SimResponse} [handled]
 */
function writeTruncated(res, handled) {
  const body = Buffer.from(
    handled?.body ??
      JSON.stringify({
        id: 0,
        status: 'running',
        note: 'this body is cut short by a simulated fault'
      })
  )
  res.writeHead(200, {
    ...(handled?.headers ?? {}),
    'Content-Type': 'application/json',
    'Content-Length': String(body.length)
  })
  res.write(body.subarray(0, Math.floor(body.length / 2)), () => res.socket?.destroy())
}

/**
 * Rack::Attack throttle answer (docs/gitlab.md 8): text/plain "Retry later\n" with RateLimit-* headers;
 * RateLimit-Reset is an epoch time, not a delay. Limits are GitLab.com's per-minute values.
 * @param {number | undefined} retryAfterSeconds
 * @param {number} now
 * @param {boolean} authenticated
 * @returns {SimResponse}
 */
function rackAttackThrottle(retryAfterSeconds, now, authenticated) {
  const limit = authenticated ? 2000 : 500
  const resetAt = new Date(Math.ceil((now + (retryAfterSeconds ?? 60) * 1000) / 1000) * 1000)
  return {
    status: 429,
    headers: {
      'Content-Type': 'text/plain',
      'RateLimit-Name': authenticated
        ? 'throttle_authenticated_api'
        : 'throttle_unauthenticated_api',
      'RateLimit-Limit': String(limit),
      'RateLimit-Observed': String(limit + 1),
      'RateLimit-Remaining': '0',
      'RateLimit-Reset': String(resetAt.getTime() / 1000),
      'RateLimit-ResetTime': resetAt.toUTCString(),
      ...retryAfter(retryAfterSeconds)
    },
    body: 'Retry later\n'
  }
}

/**
 * check_rate_limit! answer (docs/gitlab.md 8): JSON, no RateLimit-* headers.
 * @param {number | undefined} retryAfterSeconds
 */
function applicationRateLimit(retryAfterSeconds) {
  return json(
    429,
    { message: { error: 'This endpoint has been requested too many times. Try again later.' } },
    retryAfter(retryAfterSeconds)
  )
}

/** @param {number | undefined} seconds @returns {Record<string, string>} */
const retryAfter = seconds => (seconds === undefined ? {} : { 'Retry-After': String(seconds) })

/**
 * What nginx in front of GitLab sends when Puma is down or slow.
 * @param {number} status
 * @returns {SimResponse}
 */
function nginxErrorPage(status) {
  const title = `${status} ${STATUS_CODES[status] ?? 'Error'}`
  return {
    status,
    headers: { 'Content-Type': 'text/html', Server: 'nginx' },
    body: `<html>\r\n<head><title>${title}</title></head>\r\n<body>\r\n<center><h1>${title}</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n`
  }
}
