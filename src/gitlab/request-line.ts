import type { RequestInfo } from './client.js'

// The debug line per GitLab request (SPEC 6.4); loaded by the front ends only when debug lines
// are wanted.

/** `GitLab request: GET /projects/42/pipelines/7 -> 200 in 85ms (RateLimit-Remaining: 1999)` */
export function requestLine(info: RequestInfo): string {
  const remaining =
    info.rateLimitRemaining === undefined
      ? ''
      : ` (RateLimit-Remaining: ${info.rateLimitRemaining})`
  return `GitLab request: ${info.method} ${info.path} -> ${info.outcome} in ${info.durationMs}ms${remaining}`
}
