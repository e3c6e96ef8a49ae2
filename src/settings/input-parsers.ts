import { formatDuration, parseDuration } from './durations.js'
import { FINAL_STATUSES, type FinalStatus } from '../gitlab/statuses.js'
import { fail, input } from './fields.js'

// The parsers of the connection and waiting inputs (settings/inputs-table.ts lists every input).
// Each gets its input's text, the default already filled in for an empty one.

export type JobLogs = 'none' | 'failed' | 'all' | 'live'

const PATH_SEGMENT = /^[A-Za-z0-9_.][A-Za-z0-9_.-]*$/
// Never shows the value: it is a secret.
const TOKEN_WITH_WHITESPACE =
  'contains whitespace or a line break; copy the token again without surrounding text (its value is not shown)'

export const gitlabUrl = input((value, ctx, words) => {
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return fail(
      ctx,
      `"${value.trim()}" is not a URL. Use the address of the GitLab instance, e.g. https://gitlab.example.com`
    )
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    return fail(
      ctx,
      `must start with https:// or http://, got "${url.protocol}". Example: https://gitlab.example.com`
    )
  }
  if (url.username || url.password) {
    return fail(
      ctx,
      `must not contain credentials; pass tokens in ${words.advise('trigger-token')} and ${words.advise('api-token')} instead. Example: https://gitlab.example.com`
    )
  }
  if (url.search || url.hash) {
    return fail(
      ctx,
      'must not contain a query string or fragment. Example: https://example.com/gitlab'
    )
  }
  // Users often paste the API root; the API is always <gitlab-url>/api/v4.
  const path = url.pathname.replace(/\/+$/, '').replace(/\/api\/v4$/, '')
  return `${url.origin}${path}`
})

export const project = input((text, ctx) => {
  let value = text.trim()
  if (value === '')
    return fail(
      ctx,
      'is required: the numeric project id (e.g. 4242) or its full path (e.g. my-group/my-project)'
    )
  if (/^\d+$/.test(value)) return value
  if (/^https?:\/\//i.test(value)) {
    return fail(
      ctx,
      `must be the project id or path, not a URL: for "${value}" use the part after the host, e.g. my-group/my-project`
    )
  }
  // Accept a path that is already URL-encoded (group%2Fproject) so it is not encoded twice.
  if (/%2f/i.test(value)) {
    try {
      value = decodeURIComponent(value)
    } catch {
      return fail(ctx, `"${value}" is not a valid URL-encoded path. Example: my-group/my-project`)
    }
  }
  value = value.replace(/^\/+|\/+$/g, '')
  const segments = value.split('/')
  if (/\s/.test(value)) {
    return fail(
      ctx,
      `"${value}" contains spaces; GitLab paths never do. Use the path from the project's URL (e.g. my-group/my-project), not its display name`
    )
  }
  if (segments.length < 2 || !segments.every(segment => PATH_SEGMENT.test(segment))) {
    return fail(
      ctx,
      `"${value}" is not a project id or full path. Examples: 4242, my-group/my-project, my-group/sub-group/my-project`
    )
  }
  return value
})

export const ref = input((text, ctx) => {
  const value = text.trim()
  if (value === '')
    return fail(ctx, 'is required: the branch or tag to run the pipeline on, e.g. main or v1.2.0')
  // eslint-disable-next-line no-control-regex -- control characters are what is rejected
  if (/[\s\x00-\x1f\x7f]/.test(value))
    return fail(
      ctx,
      `"${value}" contains whitespace; a branch or tag name never does. Example: main`
    )
  return value
})

export const triggerToken = input((text, ctx, words) => {
  const value = text.trim()
  if (value === '') {
    return fail(
      ctx,
      `is empty. If it comes from a secret, the secret is not available to this run: workflows started by pull requests from forks get no secrets. Otherwise set it, e.g. ${words.set('trigger-token', 'glptt-…')}`
    )
  }
  if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE)
  if (value.startsWith('glpat-')) {
    return fail(
      ctx,
      `is a personal access token (glpat-…), but the trigger API needs a pipeline trigger token (glptt-…) from Settings > CI/CD > Pipeline trigger tokens. Pass access tokens as ${words.advise('api-token')}`
    )
  }
  return value
})

export const apiToken = input((text, ctx) => {
  const value = text.trim()
  if (value === '') return undefined
  if (/\s/.test(value)) return fail(ctx, TOKEN_WITH_WHITESPACE)
  if (value.startsWith('glptt-')) {
    return fail(
      ctx,
      'is a pipeline trigger token (glptt-…), which cannot read pipelines. Use a personal, project or group access token with the read_api scope (api to cancel)'
    )
  }
  return value
})

export const booleanInput = input((text, ctx) => {
  const value = text.trim()
  // The YAML 1.2 core schema, as @actions/core getBooleanInput accepts.
  if (['true', 'True', 'TRUE'].includes(value)) return true
  if (['false', 'False', 'FALSE'].includes(value)) return false
  return fail(ctx, `must be true or false, got "${value}"`)
})

export function durationInput(minimumMs: number, maximumMs: number, example: string) {
  return input((text, ctx) => {
    const value = text.trim()
    const ms = parseDuration(value)
    if (ms === undefined)
      return fail(
        ctx,
        `"${value}" is not a duration. Use seconds (90) or units h, m, s: ${example}`
      )
    if (ms < minimumMs)
      return fail(ctx, `must be at least ${minimumMs / 1000}s, got "${value}". Example: ${example}`)
    if (ms > maximumMs)
      return fail(
        ctx,
        `must be at most ${formatDuration(maximumMs)}, got "${value}". Example: ${example}`
      )
    return ms
  })
}

export const acceptStatuses = input((text, ctx) => {
  const names = text
    .split(',')
    .map(name => name.trim().toLowerCase())
    .filter(Boolean)
  const unknown = names.filter(name => !(FINAL_STATUSES as readonly string[]).includes(name))
  if (unknown.length > 0 || names.length === 0) {
    const hint = unknown.includes('cancelled') ? ' (GitLab spells it "canceled")' : ''
    return fail(
      ctx,
      `unknown status "${unknown.join(', ')}"${hint}. Known final statuses: ${FINAL_STATUSES.join(', ')}. Example: success,manual`
    )
  }
  return [...new Set(names)] as FinalStatus[]
})

export const jobLogs = input((text, ctx) => {
  const value = text.trim().toLowerCase()
  if (value === 'none' || value === 'failed' || value === 'all' || value === 'live')
    return value as JobLogs
  return fail(ctx, `must be none, failed, all or live, got "${value}"`)
})
