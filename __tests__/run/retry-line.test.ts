import { describe, expect, it } from '@jest/globals'
import { GitLabError } from '../../src/gitlab/errors.js'
import { retryLine } from '../../src/run/retry-line.js'

describe('retryLine: the line before a request is sent again', () => {
  it("names the request, GitLab's words and the pause", () => {
    const error = new GitLabError({
      kind: 'http',
      request: 'GET /projects/42/pipelines/7',
      gitlabMessage: '502 Bad Gateway',
      status: 502
    })
    expect(retryLine(error, 90_000)).toBe(
      'GET /projects/42/pipelines/7: 502 Bad Gateway; trying again in 1m30s'
    )
  })

  it('falls back to the whole message when GitLab said nothing', () => {
    const error = new GitLabError({
      kind: 'http',
      request: 'POST /projects/42/trigger/pipeline',
      gitlabMessage: '',
      status: 429
    })
    expect(retryLine(error, 5_000)).toBe(
      'POST /projects/42/trigger/pipeline: GitLab answered 429; trying again in 5s'
    )
  })
})
