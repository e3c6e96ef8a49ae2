import { describe, expect, it } from '@jest/globals'
import { hintFor } from '../../src/gitlab/hints.js'
import { gitlabMessageOf } from '../../src/gitlab/messages.js'

const JSON_TYPE = 'application/json'

describe('gitlabMessageOf: GitLab JSON error bodies', () => {
  it.each([
    ['{"error":"token is missing"}', 'token is missing'],
    ['{"error":"ref is missing, ref is empty"}', 'ref is missing, ref is empty'],
    ['{"error":"variables is invalid"}', 'variables is invalid'],
    ['{"error":"404 Not Found"}', '404 Not Found']
  ])('reads a Grape validation or unknown-route body %s', (body, text) => {
    expect(gitlabMessageOf(body, JSON_TYPE)).toBe(text)
  })

  it.each([
    ['{"message":"404 Not Found"}', '404 Not Found'],
    ['{"message":"404 Not found"}', '404 Not found'],
    ['{"message":"403 Forbidden"}', '403 Forbidden'],
    ['{"message":"401 Unauthorized"}', '401 Unauthorized'],
    ['{"message":"400 Bad request - reason"}', '400 Bad request - reason'],
    [
      '{"message":"variables needs to be a map of key-valued strings"}',
      'variables needs to be a map of key-valued strings'
    ]
  ])('reads a helper error body %s', (body, text) => {
    expect(gitlabMessageOf(body, JSON_TYPE)).toBe(text)
  })

  it('reads a pipeline-creation error with a base list', () => {
    expect(gitlabMessageOf('{"message":{"base":["Reference not found"]}}', JSON_TYPE)).toBe(
      'Reference not found'
    )
  })

  it('joins several base messages', () => {
    const message = gitlabMessageOf(
      '{"message":{"base":["jobs:test config contains unknown keys: scriptt","Included file missing"]}}',
      JSON_TYPE
    )
    expect(message).toContain('jobs:test config contains unknown keys: scriptt')
    expect(message).toContain('Included file missing')
  })

  it('names the field of a validation error that is not base', () => {
    expect(gitlabMessageOf('{"message":{"description":["is too long"]}}', JSON_TYPE)).toBe(
      'description: is too long'
    )
  })

  it('reads a rate-limit body with an error under message', () => {
    expect(
      gitlabMessageOf(
        '{"message":{"error":"This endpoint has been requested too many times. Try again later."}}',
        JSON_TYPE
      )
    ).toBe('This endpoint has been requested too many times. Try again later.')
  })

  it('prefers the OAuth error_description to the error code', () => {
    expect(
      gitlabMessageOf(
        '{"error":"invalid_token","error_description":"Token is expired. You can either do re-authorization or token refresh."}',
        JSON_TYPE
      )
    ).toBe('Token is expired. You can either do re-authorization or token refresh.')
    expect(
      gitlabMessageOf(
        '{"error":"insufficient_scope","error_description":"The request requires higher privileges than provided by the access token.","scope":"api"}',
        JSON_TYPE
      )
    ).toContain('requires higher privileges')
  })

  it('reads JSON without a JSON content type', () => {
    expect(gitlabMessageOf('{"message":"404 Not Found"}', undefined)).toBe('404 Not Found')
    expect(gitlabMessageOf('{"message":"404 Not Found"}', 'text/plain')).toBe('404 Not Found')
  })

  it('reads a JSON string body', () => {
    expect(gitlabMessageOf('"something broke"', JSON_TYPE)).toBe('something broke')
  })

  it('shows JSON of another shape as it came', () => {
    expect(gitlabMessageOf('{"status":"bad"}', JSON_TYPE)).toBe('{"status":"bad"}')
  })
})

describe('gitlabMessageOf: bodies that are not GitLab JSON', () => {
  it('names an HTML page by its title', () => {
    const page =
      '<!DOCTYPE html>\n<html><head><title>502 Bad Gateway</title></head><body><h1>502</h1></body></html>'
    expect(gitlabMessageOf(page, 'text/html; charset=utf-8')).toBe('an HTML page "502 Bad Gateway"')
  })

  it('recognises an HTML page without a content type and trims its title', () => {
    const page = '<html><head><TITLE>\n  Sign in · GitLab\n</TITLE></head></html>'
    expect(gitlabMessageOf(page, undefined)).toBe('an HTML page "Sign in · GitLab"')
  })

  it('says an HTML page has no title rather than dumping its markup', () => {
    const message = gitlabMessageOf('<html><body><p>error</p></body></html>', 'text/html')
    expect(message).toBe('an HTML page')
  })

  it('shows the first line of plain text', () => {
    expect(gitlabMessageOf('upstream connect error\nreset reason: overflow', 'text/plain')).toBe(
      'upstream connect error'
    )
  })

  it('cuts a very long line of text', () => {
    const message = gitlabMessageOf('x'.repeat(5_000), 'text/plain')
    expect(message.length).toBeLessThanOrEqual(201)
    expect(message.endsWith('…')).toBe(true)
  })

  it('returns an empty text for an empty or blank body', () => {
    expect(gitlabMessageOf('', JSON_TYPE)).toBe('')
    expect(gitlabMessageOf('  \n ', undefined)).toBe('')
  })
})

describe('hintFor: trigger errors (docs/contract.md section 3.7)', () => {
  it('explains a 404 on trigger: wrong or revoked token, missing project, or a personal access token', () => {
    const hint = hintFor({ operation: 'trigger', status: 404, message: '404 Not Found' })
    expect(hint).toMatch(/trigger token is wrong or revoked/)
    expect(hint).toMatch(/project does not exist/)
    expect(hint).toMatch(/personal access token/)
    expect(hint).toMatch(/Pipeline trigger tokens/)
  })

  it('says a ref that was not found does not exist in the project, naming it', () => {
    const hint = hintFor({
      operation: 'trigger',
      status: 400,
      message: 'Reference not found',
      ref: 'feature/x'
    })
    expect(hint).toMatch(/"feature\/x"/)
    expect(hint).toMatch(/does not exist/)
  })

  it.each([
    'Pipeline filtered out by workflow rules.',
    'Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.'
  ])('explains %j by rules excluding the trigger source', message => {
    const hint = hintFor({ operation: 'trigger', status: 400, message })
    expect(hint).toMatch(/workflow:rules/)
    expect(hint).toMatch(/CI_PIPELINE_SOURCE/)
    expect(hint).toMatch(/trigger/)
  })

  it('explains restricted pipeline variables: pass inputs or change the minimum role setting', () => {
    const hint = hintFor({
      operation: 'trigger',
      status: 400,
      message: 'Insufficient permissions to set pipeline variables'
    })
    expect(hint).toMatch(/Minimum role to use pipeline variables/i)
    expect(hint).toMatch(/inputs/)
    expect(hint).toMatch(/change that setting/)
  })

  it('explains the pipeline creation rate limit and that it is a 400', () => {
    const hint = hintFor({
      operation: 'trigger',
      status: 400,
      message: 'Too many pipelines created in the last minute. Try again later.'
    })
    expect(hint).toMatch(/limit/)
    expect(hint).toMatch(/not a 429/)
    expect(hint).toMatch(/wait/)
  })

  it('explains a 422 as the configuration or a limit, without claiming it is always YAML', () => {
    const hint = hintFor({
      operation: 'trigger',
      status: 422,
      message: 'jobs:build config contains unknown keys: scriptt'
    })
    expect(hint).toMatch(/CI\/CD configuration/)
    expect(hint).toMatch(/inputs/)
    expect(hint).toMatch(/limit/)
    expect(hint).not.toMatch(/YAML|\.gitlab-ci\.yml/)
  })

  it('explains a 401 on trigger by a CI/CD job token that cannot be used', () => {
    expect(hintFor({ operation: 'trigger', status: 401, message: 'Job is not running' })).toMatch(
      /job token/
    )
  })

  it('explains a 403 on trigger by the pipeline webhook guard', () => {
    expect(hintFor({ operation: 'trigger', status: 403, message: '403 Forbidden' })).toMatch(
      /webhook/
    )
  })

  it('points at the ref, variables and inputs for another 400', () => {
    expect(hintFor({ operation: 'trigger', status: 400, message: 'variables is invalid' })).toMatch(
      /variables/
    )
  })
})

describe('hintFor: errors while reading, checking the token and cancelling', () => {
  it.each(['read', 'check-token'] as const)(
    'says a 401 during %s means the api-token is invalid and needs read_api',
    operation => {
      const hint = hintFor({ operation, status: 401, message: '401 Unauthorized' })
      expect(hint).toMatch(/API token \(api-token\) is invalid/)
      expect(hint).toMatch(/read_api/)
    }
  )

  it('says a 403 while reading means the api-token lacks read_api', () => {
    const hint = hintFor({ operation: 'read', status: 403, message: '403 Forbidden' })
    expect(hint).toMatch(/api-token/)
    expect(hint).toMatch(/read_api/)
  })

  it('says a 403 while cancelling means the api-token lacks the api scope', () => {
    const hint = hintFor({ operation: 'cancel', status: 403, message: '403 Forbidden' })
    expect(hint).toMatch(/api-token/)
    expect(hint).toMatch(/\bapi scope/)
  })

  it('says a 404 while reading usually means the token cannot see the project', () => {
    const hint = hintFor({ operation: 'read', status: 404, message: '404 Project Not Found' })
    expect(hint).toMatch(/cannot see this project/)
  })

  it('says a 403 while managing trigger tokens needs the api scope and Maintainer', () => {
    const hint = hintFor({ operation: 'tokens', status: 403, message: '403 Forbidden' })
    expect(hint).toMatch(/api scope/)
    expect(hint).toMatch(/Maintainer/)
  })

  it('says to try later on 429 and 5xx', () => {
    expect(hintFor({ operation: 'read', status: 429, message: '' })).toMatch(/try again later/)
    expect(hintFor({ operation: 'read', status: 502, message: '' })).toMatch(/try again later/)
  })

  it('gives no hint for a status it has nothing to say about', () => {
    expect(hintFor({ operation: 'read', status: 409, message: '409 Conflict' })).toBe('')
  })
})

describe('hintFor: names the tokens as the front end does', () => {
  const cli = {
    apiToken: 'GITLAB_API_TOKEN',
    triggerToken: 'GITLAB_TRIGGER_TOKEN',
    gitlabUrl: '--gitlab-url'
  }

  it.each([
    ['read', 401],
    ['read', 403],
    ['read', 404],
    ['cancel', 403],
    ['play', 403],
    ['tokens', 401]
  ] as const)('%s %i: the API token by the name the user gave it', (operation, status) => {
    expect(hintFor({ operation, status, message: '' })).toMatch(/^The API token \(api-token\)/)
    const hint = hintFor({ operation, status, message: '', inputNames: cli })
    expect(hint).toMatch(/^The API token \(GITLAB_API_TOKEN\)/)
    expect(hint).not.toMatch(/api-token/)
  })

  it('a refused trigger: the trigger token by the name the user gave it', () => {
    const hint = hintFor({ operation: 'trigger', status: 404, message: '', inputNames: cli })
    expect(hint).toMatch(/cannot be used as GITLAB_TRIGGER_TOKEN/)
    expect(hintFor({ operation: 'trigger', status: 404, message: '' })).toMatch(
      /cannot be used as trigger-token/
    )
  })
})
