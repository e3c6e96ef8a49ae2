import { describe, expect, it } from '@jest/globals'
import { cliWords } from '../../src/cli/input-flags.js'
import * as parsers from '../../src/settings/input-parsers.js'
import { parseInput as parse } from '../support/parse-input.js'

describe('gitlabUrl', () => {
  it('keeps the origin and a relative root, without the API root users paste', () => {
    expect(parse(parsers.gitlabUrl, ' https://gitlab.example.com/ ')).toEqual({
      value: 'https://gitlab.example.com'
    })
    expect(parse(parsers.gitlabUrl, 'https://example.com/gitlab/api/v4/')).toEqual({
      value: 'https://example.com/gitlab'
    })
    expect(parse(parsers.gitlabUrl, 'http://127.0.0.1:8080')).toEqual({
      value: 'http://127.0.0.1:8080'
    })
  })

  it('refuses what is not the address of a GitLab, with an example', () => {
    expect(parse(parsers.gitlabUrl, 'gitlab.example.com').error).toMatch(
      /^"gitlab.example.com" is not a URL.*e\.g\. https:\/\/gitlab\.example\.com$/
    )
    expect(parse(parsers.gitlabUrl, 'ftp://gitlab.example.com').error).toMatch(
      /must start with https:\/\/ or http:\/\/, got "ftp:"/
    )
    expect(parse(parsers.gitlabUrl, 'https://gitlab.example.com?private_token=x').error).toMatch(
      /query string or fragment/
    )
  })

  it('refuses credentials in the URL without showing them, naming the token inputs of the front end', () => {
    const action = parse(parsers.gitlabUrl, 'https://user:s3cret@gitlab.example.com').error
    expect(action).toContain('pass tokens in trigger-token and api-token instead')
    expect(action).not.toContain('s3cret')
    const cli = parse(parsers.gitlabUrl, 'https://user:s3cret@gitlab.example.com', cliWords()).error
    expect(cli).toContain('pass tokens in GITLAB_TRIGGER_TOKEN and GITLAB_API_TOKEN instead')
  })
})

describe('project', () => {
  it('takes an id, a path, a nested path and an encoded path, trimmed of slashes', () => {
    expect(parse(parsers.project, ' 4242 ')).toEqual({ value: '4242' })
    expect(parse(parsers.project, '/my-group/my-project/')).toEqual({
      value: 'my-group/my-project'
    })
    expect(parse(parsers.project, 'a/b.c/d_e')).toEqual({ value: 'a/b.c/d_e' })
    expect(parse(parsers.project, 'my-group%2Fmy-project')).toEqual({
      value: 'my-group/my-project'
    })
  })

  it('refuses an empty value, a URL, a display name, a lone name and a broken encoding', () => {
    expect(parse(parsers.project, '').error).toMatch(/^is required/)
    expect(parse(parsers.project, 'https://gitlab.com/g/p').error).toMatch(/not a URL/)
    expect(parse(parsers.project, 'My Group/My Project').error).toMatch(/contains spaces/)
    expect(parse(parsers.project, 'my-project').error).toMatch(/is not a project id or full path/)
    expect(parse(parsers.project, 'g%2Fp%zz').error).toMatch(/not a valid URL-encoded path/)
    expect(parse(parsers.project, 'g/-p').error).toMatch(/is not a project id or full path/)
  })
})

describe('ref', () => {
  it('takes a branch or tag, trimmed, and refuses an empty one or one with whitespace', () => {
    expect(parse(parsers.ref, ' v1.2.0 ')).toEqual({ value: 'v1.2.0' })
    expect(parse(parsers.ref, '  ').error).toMatch(/^is required/)
    expect(parse(parsers.ref, 'feature x').error).toMatch(/contains whitespace/)
    expect(parse(parsers.ref, 'a\u0007b').error).toMatch(/contains whitespace/)
  })
})

describe('the tokens', () => {
  const TRIGGER = 'glptt-0123456789abcdef'
  const PAT = 'glpat-abcdef0123456789'

  it('takes a trigger token, and tells an empty one may be a secret a fork does not get', () => {
    expect(parse(parsers.triggerToken, ` ${TRIGGER}\n`)).toEqual({ value: TRIGGER })
    const empty = parse(parsers.triggerToken, '').error
    expect(empty).toMatch(/forks get no secrets/)
    expect(empty).toContain('trigger-token: ${{ secrets.GITLAB_TRIGGER_TOKEN }}')
    expect(parse(parsers.triggerToken, '', cliWords()).error).toContain(
      'export GITLAB_TRIGGER_TOKEN=glptt-…'
    )
  })

  it('refuses an access token as the trigger token and a trigger token as the API token', () => {
    expect(parse(parsers.triggerToken, PAT).error).toMatch(/is a personal access token/)
    expect(parse(parsers.apiToken, TRIGGER).error).toMatch(/is a pipeline trigger token/)
  })

  it('refuses a token with whitespace inside without showing it', () => {
    for (const parser of [parsers.triggerToken, parsers.apiToken]) {
      const error = parse(parser, 'glpat-abc def').error
      expect(error).toMatch(/contains whitespace/)
      expect(error).not.toContain('abc')
    }
  })

  it('leaves the API token out when it is empty', () => {
    expect(parse(parsers.apiToken, ' ')).toEqual({ value: undefined })
    expect(parse(parsers.apiToken, PAT)).toEqual({ value: PAT })
  })
})

describe('booleanInput', () => {
  it('takes the YAML 1.2 core spellings and nothing else', () => {
    for (const text of ['true', 'True', 'TRUE', ' true '])
      expect(parse(parsers.booleanInput, text)).toEqual({ value: true })
    for (const text of ['false', 'False', 'FALSE'])
      expect(parse(parsers.booleanInput, text)).toEqual({ value: false })
    expect(parse(parsers.booleanInput, 'yes').error).toBe('must be true or false, got "yes"')
    expect(parse(parsers.booleanInput, 'tRUE').error).toMatch(/must be true or false/)
  })
})

describe('durationInput', () => {
  const timeout = parsers.durationInput(1000, 3_600_000, '10s, 1m')

  it('takes seconds and units within its bounds, bounds included', () => {
    expect(parse(timeout, '90')).toEqual({ value: 90_000 })
    expect(parse(timeout, '1m30s')).toEqual({ value: 90_000 })
    expect(parse(timeout, '1s')).toEqual({ value: 1000 })
    expect(parse(timeout, '1h')).toEqual({ value: 3_600_000 })
  })

  it('refuses what is no duration, or outside its bounds, with its example', () => {
    expect(parse(timeout, 'soon').error).toBe(
      '"soon" is not a duration. Use seconds (90) or units h, m, s: 10s, 1m'
    )
    expect(parse(timeout, '0').error).toBe('must be at least 1s, got "0". Example: 10s, 1m')
    expect(parse(timeout, '61m').error).toMatch(
      /^must be at most 1h, got "61m"\. Example: 10s, 1m$/
    )
  })
})

describe('acceptStatuses', () => {
  it('takes final statuses in any case, once each, in order', () => {
    expect(parse(parsers.acceptStatuses, 'Success, manual,success')).toEqual({
      value: ['success', 'manual']
    })
  })

  it("refuses an unknown status, with GitLab's spelling of canceled, and an empty list", () => {
    const error = parse(parsers.acceptStatuses, 'success,cancelled').error
    expect(error).toMatch(/^unknown status "cancelled" \(GitLab spells it "canceled"\)/)
    expect(error).toContain('Example: success,manual')
    expect(parse(parsers.acceptStatuses, 'running').error).toMatch(/unknown status "running"/)
    expect(parse(parsers.acceptStatuses, ' , ').error).toMatch(/Known final statuses/)
  })
})

describe('jobLogs', () => {
  it('takes none, failed, all and live in any case, and nothing else', () => {
    for (const text of ['none', 'failed', 'all', 'live'])
      expect(parse(parsers.jobLogs, text)).toEqual({ value: text })
    expect(parse(parsers.jobLogs, ' LIVE ')).toEqual({ value: 'live' })
    expect(parse(parsers.jobLogs, 'some').error).toBe(
      'must be none, failed, all or live, got "some"'
    )
  })
})
