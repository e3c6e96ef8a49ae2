import { describe, expect, it } from '@jest/globals'
import {
  ACTION_WORDS,
  InputError,
  parseSettings,
  type InputIssue,
  type InputName,
  type InputWords,
  type RawInputs
} from '../../src/settings/settings.js'

const TRIGGER_TOKEN = 'glptt-0123456789abcdefABCD'
const API_TOKEN = 'glpat-zyxwvutsrq9876543210'

const REQUIRED: RawInputs = {
  project: 'my-group/my-app',
  ref: 'main',
  'trigger-token': TRIGGER_TOKEN
}

function parse(extra: RawInputs = {}) {
  return parseSettings({ ...REQUIRED, ...extra })
}

/** The InputError thrown for these inputs (the required ones filled in unless overridden). */
function inputErrorOf(extra: RawInputs): InputError {
  try {
    parse(extra)
  } catch (error) {
    if (error instanceof InputError) return error
    throw error
  }
  throw new Error(`parseSettings accepted ${JSON.stringify(extra)}`)
}

function issuesOf(extra: RawInputs): InputIssue[] {
  return inputErrorOf(extra).issues
}

/** The one message for `input`; fails the test if there is not exactly one issue, for that input. */
function messageFor(input: InputName, value: string, others: RawInputs = {}): string {
  const issues = issuesOf({ ...others, [input]: value })
  expect(issues).toHaveLength(1)
  expect(issues[0].input).toBe(input)
  return issues[0].message
}

describe('parseSettings defaults', () => {
  it('fills every optional input with the default from the contract', () => {
    const settings = parse()
    expect(settings).toEqual({
      gitlabUrl: 'https://gitlab.com',
      project: 'my-group/my-app',
      ref: 'main',
      triggerToken: TRIGGER_TOKEN,
      variables: {},
      inputs: {},
      wait: false,
      apiToken: undefined,
      timeoutMs: 3_600_000,
      pollIntervalMs: 15_000,
      acceptStatuses: ['success'],
      cancelOnTimeout: true,
      cancelOnAbort: true,
      jobLogs: 'failed',
      summary: true,
      outputsFrom: [],
      artifacts: [],
      artifactsDir: 'gitlab-artifacts',
      playManual: [],
      onRerun: 'reuse',
      followDownstream: true,
      // Messages name inputs as action.yml does unless a front end says otherwise.
      words: ACTION_WORDS,
      targets: ''
    })
  })

  it('treats blank optional inputs as their defaults', () => {
    const settings = parse({
      'gitlab-url': '  ',
      timeout: '',
      'poll-interval': ' ',
      'accept-statuses': '',
      'job-logs': '',
      wait: '',
      summary: ''
    })
    expect(settings.gitlabUrl).toBe('https://gitlab.com')
    expect(settings.timeoutMs).toBe(3_600_000)
    expect(settings.pollIntervalMs).toBe(15_000)
    expect(settings.acceptStatuses).toEqual(['success'])
    expect(settings.jobLogs).toBe('failed')
    expect(settings.wait).toBe(false)
    expect(settings.summary).toBe(true)
  })

  it('checks only the inputs it is asked to check', () => {
    const settings = parseSettings(
      { 'gitlab-url': 'https://example.com/gitlab/' },
      { only: ['gitlab-url'] }
    )
    expect(settings.gitlabUrl).toBe('https://example.com/gitlab')
  })
})

describe('required inputs', () => {
  it.each(['project', 'ref', 'trigger-token'] as const)(
    'rejects a missing %s and names the input',
    input => {
      const raw: RawInputs = { ...REQUIRED }
      delete raw[input]
      let thrown: unknown
      try {
        parseSettings(raw)
      } catch (error) {
        thrown = error
      }
      expect(thrown).toBeInstanceOf(InputError)
      const issues = (thrown as InputError).issues
      expect(issues).toHaveLength(1)
      expect(issues[0].input).toBe(input)
    }
  )

  it('rejects a blank project and gives an id and a path as examples', () => {
    const message = messageFor('project', '   ')
    expect(message).toMatch(/required/)
    expect(message).toMatch(/\d+/)
    expect(message).toMatch(/my-group\/my-project/)
  })

  it('rejects a blank ref and gives a branch as example', () => {
    const message = messageFor('ref', ' ')
    expect(message).toMatch(/required/)
    expect(message).toMatch(/main/)
  })

  it('rejects a ref with whitespace in it', () => {
    const message = messageFor('ref', 'feature branch')
    expect(message).toMatch(/whitespace/)
    expect(message).toMatch(/Example: main/)
  })

  it('trims the ref', () => {
    expect(parse({ ref: '  release/v1.2  ' }).ref).toBe('release/v1.2')
  })

  it('explains an empty trigger-token as a secret not available to this run, e.g. from a fork', () => {
    const message = messageFor('trigger-token', '')
    expect(message).toMatch(/empty/)
    expect(message).toMatch(/secret/)
    expect(message).toMatch(/not available/)
    expect(message).toMatch(/fork/)
    expect(message).toMatch(/secrets\.GITLAB_TRIGGER_TOKEN/)
  })
})

describe('gitlab-url', () => {
  it('keeps a plain https URL', () => {
    expect(parse({ 'gitlab-url': 'https://gitlab.example.com' }).gitlabUrl).toBe(
      'https://gitlab.example.com'
    )
  })

  it('accepts http and a port', () => {
    expect(parse({ 'gitlab-url': 'http://localhost:8080' }).gitlabUrl).toBe('http://localhost:8080')
  })

  it('drops a trailing slash', () => {
    expect(parse({ 'gitlab-url': 'https://gitlab.example.com/' }).gitlabUrl).toBe(
      'https://gitlab.example.com'
    )
  })

  it('keeps a relative root and drops its trailing slash', () => {
    expect(parse({ 'gitlab-url': 'https://example.com/gitlab/' }).gitlabUrl).toBe(
      'https://example.com/gitlab'
    )
  })

  it.each([
    ['https://gitlab.example.com/api/v4', 'https://gitlab.example.com'],
    ['https://gitlab.example.com/api/v4/', 'https://gitlab.example.com'],
    ['https://example.com/gitlab/api/v4', 'https://example.com/gitlab']
  ])('strips a pasted API root from %s', (input, expected) => {
    expect(parse({ 'gitlab-url': input }).gitlabUrl).toBe(expected)
  })

  it('rejects a URL that is not http(s) and gives an example', () => {
    const message = messageFor('gitlab-url', 'ftp://gitlab.example.com')
    expect(message).toMatch(/https:\/\//)
    expect(message).toMatch(/ftp/)
    expect(message).toMatch(/Example: https:\/\/gitlab\.example\.com/)
  })

  it('rejects text that is not a URL and gives an example', () => {
    const message = messageFor('gitlab-url', 'gitlab.example.com')
    expect(message).toMatch(/not a URL/)
    expect(message).toMatch(/e\.g\. https:\/\/gitlab\.example\.com/)
  })

  it('rejects credentials in the URL without repeating them', () => {
    const message = messageFor('gitlab-url', `https://oauth2:${API_TOKEN}@gitlab.example.com`)
    expect(message).toMatch(/credentials/)
    expect(message).toMatch(/api-token/)
    expect(message).not.toContain(API_TOKEN)
  })

  it('rejects a query string and gives an example', () => {
    const message = messageFor('gitlab-url', 'https://gitlab.example.com/?private_token=x')
    expect(message).toMatch(/query/)
    expect(message).toMatch(/Example/)
  })
})

describe('project', () => {
  it('accepts a numeric id', () => {
    expect(parse({ project: '4242' }).project).toBe('4242')
  })

  it('accepts a full path with subgroups, dots, dashes and underscores', () => {
    expect(parse({ project: 'my-group/sub.group/my_app-2' }).project).toBe(
      'my-group/sub.group/my_app-2'
    )
  })

  it('trims surrounding whitespace and slashes', () => {
    expect(parse({ project: '  /my-group/my-app/ ' }).project).toBe('my-group/my-app')
  })

  it('decodes an already-encoded path once, so it is not encoded twice', () => {
    expect(parse({ project: 'group%2Fapp' }).project).toBe('group/app')
    expect(parse({ project: 'group%2fsub%2Fapp' }).project).toBe('group/sub/app')
  })

  it('rejects a path with spaces and says to use the path from the URL', () => {
    const message = messageFor('project', 'My Group/My App')
    expect(message).toMatch(/spaces/)
    expect(message).toMatch(/URL/)
    expect(message).toMatch(/my-group\/my-project/)
  })

  it('rejects a URL and says to use the part after the host', () => {
    const message = messageFor('project', 'https://gitlab.com/my-group/my-app')
    expect(message).toMatch(/not a URL/)
    expect(message).toMatch(/after the host/)
    expect(message).toMatch(/my-group\/my-project/)
  })

  it('rejects a bare name without its namespace and gives examples', () => {
    const message = messageFor('project', 'my-app')
    expect(message).toMatch(/full path/)
    expect(message).toMatch(/4242/)
    expect(message).toMatch(/my-group\/my-project/)
  })

  it('rejects a path with characters GitLab paths never have', () => {
    const message = messageFor('project', 'my-group/my-app?x=1')
    expect(message).toMatch(/Examples/)
  })

  it('rejects a broken URL encoding', () => {
    const message = messageFor('project', 'group%2Fapp%ZZ')
    expect(message).toMatch(/URL-encoded/)
    expect(message).toMatch(/Example: my-group\/my-project/)
  })
})

describe('trigger-token and api-token', () => {
  const allMessagesOf = (raw: RawInputs) =>
    [inputErrorOf(raw).message, ...issuesOf(raw).map(issue => issue.message)].join('\n')

  it.each([
    ['a line break', `${TRIGGER_TOKEN}\nsecond-line`],
    ['a space', `Token: ${TRIGGER_TOKEN}`],
    ['a tab', `${TRIGGER_TOKEN}\tx`]
  ])('rejects a trigger-token containing %s without showing its value', (_what, token) => {
    const message = messageFor('trigger-token', token)
    expect(message).toMatch(/whitespace or a line break/)
    expect(message).toMatch(/copy the token again/)
    expect(allMessagesOf({ 'trigger-token': token })).not.toContain(TRIGGER_TOKEN)
    expect(allMessagesOf({ 'trigger-token': token })).not.toContain('second-line')
  })

  it('accepts a trigger-token with a trailing line break, as secrets pasted from a file have', () => {
    expect(parse({ 'trigger-token': `${TRIGGER_TOKEN}\n` }).triggerToken).toBe(TRIGGER_TOKEN)
  })

  it('rejects an api-token containing a line break without showing its value', () => {
    const token = `${API_TOKEN}\nmore`
    const message = messageFor('api-token', token)
    expect(message).toMatch(/line break/)
    expect(allMessagesOf({ 'api-token': token })).not.toContain(API_TOKEN)
  })

  it('rejects a personal access token given as trigger-token without showing it', () => {
    const message = messageFor('trigger-token', API_TOKEN)
    expect(message).toMatch(/personal access token/)
    expect(message).toMatch(/glptt-/)
    expect(message).toMatch(/Pipeline trigger tokens/)
    expect(message).toMatch(/api-token/)
    expect(allMessagesOf({ 'trigger-token': API_TOKEN })).not.toContain(API_TOKEN)
  })

  it('rejects a trigger token given as api-token without showing it', () => {
    const message = messageFor('api-token', TRIGGER_TOKEN)
    expect(message).toMatch(/trigger token/)
    expect(message).toMatch(/cannot read pipelines/)
    expect(message).toMatch(/read_api/)
    expect(allMessagesOf({ 'api-token': TRIGGER_TOKEN })).not.toContain(TRIGGER_TOKEN)
  })

  it('keeps an api-token and leaves it undefined when blank', () => {
    expect(parse({ 'api-token': ` ${API_TOKEN} ` }).apiToken).toBe(API_TOKEN)
    expect(parse({ 'api-token': '  ' }).apiToken).toBeUndefined()
  })

  it('requires an api-token with wait: true and says which scope it needs', () => {
    const message = messageFor('api-token', '', { wait: 'true' })
    expect(message).toMatch(/required with wait/)
    expect(message).toMatch(/read_api/)
    expect(message).toMatch(/secrets\.GITLAB_API_TOKEN/)
  })

  it('accepts wait: true with an api-token', () => {
    const settings = parse({ wait: 'true', 'api-token': API_TOKEN })
    expect(settings.wait).toBe(true)
    expect(settings.apiToken).toBe(API_TOKEN)
  })
})

describe('variables', () => {
  it('reads KEY=VALUE lines, splitting at the first =', () => {
    expect(
      parse({ variables: 'DEPLOY_ENV=staging\nQUERY=a=b&c=d\nEMPTY=\nURL=https://x.test/?q=1' })
        .variables
    ).toEqual({ DEPLOY_ENV: 'staging', QUERY: 'a=b&c=d', EMPTY: '', URL: 'https://x.test/?q=1' })
  })

  it('skips blank lines and # comments, and accepts CRLF line ends', () => {
    expect(
      parse({ variables: '# deploy settings\r\n\r\nA=1\r\n   \r\n  # another\r\nB_2=two\r\n' })
        .variables
    ).toEqual({ A: '1', B_2: 'two' })
  })

  it('keeps a # inside a value', () => {
    expect(parse({ variables: 'COLOR=#ff0000' }).variables).toEqual({ COLOR: '#ff0000' })
  })

  it('reads one JSON object of strings', () => {
    expect(parse({ variables: '{"DEPLOY_ENV": "staging", "X": "a=b"}' }).variables).toEqual({
      DEPLOY_ENV: 'staging',
      X: 'a=b'
    })
  })

  it('rejects a line without = and says how to write one, naming the line', () => {
    const message = messageFor('variables', 'A=1\nDEPLOY_ENV staging')
    expect(message).toMatch(/line 2/)
    expect(message).toMatch(/KEY=VALUE/)
    expect(message).toMatch(/DEPLOY_ENV=staging/)
  })

  it('rejects a line that starts with =', () => {
    expect(messageFor('variables', '=staging')).toMatch(/KEY=VALUE/)
  })

  it.each(['DEPLOY-ENV', 'MY VAR', 'ÄPFEL'])('rejects the key %s and shows a good one', key => {
    const message = messageFor('variables', `${key}=1`)
    expect(message).toMatch(/not a valid variable key/)
    expect(message).toMatch(/letters, digits and _/)
    expect(message).toMatch(/DEPLOY_ENV=staging/)
  })

  it('rejects a bad key in a JSON object too', () => {
    expect(messageFor('variables', '{"DEPLOY-ENV": "staging"}')).toMatch(/not a valid variable key/)
  })

  it('rejects a key set twice', () => {
    const message = messageFor('variables', 'A=1\nB=2\nA=3')
    expect(message).toMatch(/"A"/)
    expect(message).toMatch(/twice/)
  })

  it('rejects TRIGGER_PAYLOAD, which GitLab sets itself', () => {
    const message = messageFor('variables', 'TRIGGER_PAYLOAD={}')
    expect(message).toMatch(/TRIGGER_PAYLOAD/)
    expect(message).toMatch(/set by GitLab/)
    expect(message).toMatch(/another name/)
  })

  it.each([
    ['a number', '{"REPLICAS": 3}', /a number/, /"REPLICAS": "3"/],
    ['a boolean', '{"DEBUG": true}', /a boolean/, /"DEBUG": "true"/],
    ['null', '{"X": null}', /null/, /Quote it/],
    ['an object', '{"X": {"a": "b"}}', /an object/, /Quote it/]
  ])('rejects a JSON value that is %s and shows it quoted', (_what, json, type, quoted) => {
    const message = messageFor('variables', json)
    expect(message).toMatch(type)
    expect(message).toMatch(/strings/)
    expect(message).toMatch(quoted)
  })

  it('rejects broken JSON and gives an example object', () => {
    const message = messageFor('variables', '{"DEPLOY_ENV": "staging",')
    expect(message).toMatch(/not valid JSON/)
    expect(message).toMatch(/\{"DEPLOY_ENV": "staging"\}/)
  })

  it('rejects a JSON array and asks for a JSON object', () => {
    const message = messageFor('variables', '["DEPLOY_ENV=staging"]')
    expect(message).toMatch(/JSON object/)
    expect(message).toMatch(/array/)
  })
})

describe('inputs', () => {
  it('reads a JSON object and keeps the JSON types', () => {
    expect(
      parse({
        inputs:
          '{"environment": "staging", "replicas": 3, "canary": false, "tests": ["unit", "e2e"], "rules": [{"if": "$X"}]}'
      }).inputs
    ).toEqual({
      environment: 'staging',
      replicas: 3,
      canary: false,
      tests: ['unit', 'e2e'],
      rules: [{ if: '$X' }]
    })
  })

  it('reads name=value lines and keeps values that parse as JSON typed', () => {
    expect(
      parse({
        inputs: 'replicas=3\nflag=true\nlist=["a"]\nname=hello\nquoted="3"\nratio=0.5\nurl=a=b'
      }).inputs
    ).toEqual({
      replicas: 3,
      flag: true,
      list: ['a'],
      name: 'hello',
      quoted: '3',
      ratio: 0.5,
      url: 'a=b'
    })
  })

  it('makes a line value a number only when it is exactly that number, never rounded', () => {
    expect(
      parse({
        inputs: [
          'three=3',
          'half=2.5',
          'minus=-1',
          'zero=0',
          'sha=41e50312',
          'huge=1e400',
          'big=12345678901234567890',
          'padded=007',
          'trailing=2.50',
          'plus=+3',
          'exp=1e3',
          'negzero=-0',
          'spaced=3 ',
          'word=True'
        ].join('\n')
      }).inputs
    ).toEqual({
      three: 3,
      half: 2.5,
      minus: -1,
      zero: 0,
      sha: '41e50312',
      huge: '1e400',
      big: '12345678901234567890',
      padded: '007',
      trailing: '2.50',
      plus: '+3',
      exp: '1e3',
      negzero: '-0',
      spaced: 3,
      word: 'True'
    })
  })

  it.each([
    ['a JSON object', '{"build": 12345678901234567890}', '12345678901234567890'],
    ['a JSON object, negative', '{"build": -9007199254740993}', '-9007199254740993'],
    ['a JSON object, inside an array', '{"ids": [1, 9007199254740993]}', '9007199254740993'],
    ['a JSON object, too large for a double', '{"x": 1e400}', '1e400'],
    ['a line array', 'ids=[1, 12345678901234567890]', '12345678901234567890']
  ])(
    'refuses an integer beyond 2^53 in %s, naming the input and how to quote it',
    (_, text, literal) => {
      const message = messageFor('inputs', text)
      expect(message).toContain(`the number ${literal} cannot be sent exactly`)
      expect(message).toContain(`"${literal}"`)
    }
  )

  it('keeps exact JSON numbers, and digits inside JSON strings, as given', () => {
    expect(
      parse({
        inputs: '{"max": 9007199254740991, "sha": "12345678901234567890", "big": 1e20, "f": 0.1}'
      }).inputs
    ).toEqual({ max: 9007199254740991, sha: '12345678901234567890', big: 1e20, f: 0.1 })
    expect(parse({ inputs: 'quoted="12345678901234567890"' }).inputs).toEqual({
      quoted: '12345678901234567890'
    })
  })

  it('skips blank and # lines in name=value form', () => {
    expect(parse({ inputs: '# comment\n\nenvironment=prod\n' }).inputs).toEqual({
      environment: 'prod'
    })
  })

  it('rejects a line without = and gives an example', () => {
    const message = messageFor('inputs', 'replicas 3')
    expect(message).toMatch(/line 1/)
    expect(message).toMatch(/name=value/)
    expect(message).toMatch(/replicas=3/)
  })

  it.each([
    ['an array', '["a", "b"]', /an array/],
    ['broken JSON', '{"replicas": ', /not valid JSON/]
  ])('rejects inputs that are %s and asks for a JSON object', (_what, text, detail) => {
    const message = messageFor('inputs', text)
    expect(message).toMatch(detail)
    expect(message).toMatch(/"environment": "staging"/)
  })

  it.each([
    ['null in JSON', '{"environment": null}', /null/],
    ['an object in JSON', '{"config": {"a": 1}}', /an object/],
    ['null in a line', 'environment=null', /null/],
    ['an object in a line', 'config={"a": 1}', /an object/]
  ])('rejects a value that is %s and lists the allowed types', (_what, text, type) => {
    const message = messageFor('inputs', text)
    expect(message).toMatch(type)
    expect(message).toMatch(/strings, numbers, booleans or arrays/)
  })

  it('rejects a bad input name and shows a good one', () => {
    const message = messageFor('inputs', 'my input=1')
    expect(message).toMatch(/not a valid input name/)
    expect(message).toMatch(/environment=staging/)
  })

  it('rejects an input set twice', () => {
    expect(messageFor('inputs', 'a=1\na=2')).toMatch(/twice/)
  })

  it('accepts 20 inputs and rejects 21, naming the limit', () => {
    const lines = (count: number) =>
      Array.from({ length: count }, (_, i) => `input_${i}=${i}`).join('\n')
    expect(Object.keys(parse({ inputs: lines(20) }).inputs)).toHaveLength(20)
    const message = messageFor('inputs', lines(21))
    expect(message).toMatch(/21/)
    expect(message).toMatch(/at most 20/)
  })
})

describe('booleans', () => {
  it.each([
    ['true', true],
    ['True', true],
    ['TRUE', true],
    ['false', false],
    ['False', false],
    ['FALSE', false],
    [' true ', true]
  ])('reads %j as %s, as the YAML core schema spells it', (text, expected) => {
    const settings = parse({
      'cancel-on-timeout': text,
      'cancel-on-abort': text,
      summary: text
    })
    expect(settings.cancelOnTimeout).toBe(expected)
    expect(settings.cancelOnAbort).toBe(expected)
    expect(settings.summary).toBe(expected)
  })

  it.each(['yes', 'no', '1', 'tRue', 'on'])('rejects %j and says to use true or false', text => {
    const message = messageFor('summary', text)
    expect(message).toMatch(/true or false/)
    expect(message).toContain(`"${text}"`)
  })

  it('names the boolean input that is wrong', () => {
    expect(issuesOf({ 'cancel-on-abort': 'yes' }).map(issue => issue.input)).toEqual([
      'cancel-on-abort'
    ])
    expect(issuesOf({ wait: 'yes' }).map(issue => issue.input)).toEqual(['wait'])
  })
})

describe('durations', () => {
  it.each([
    ['90', 90_000],
    ['45s', 45_000],
    ['30m', 1_800_000],
    ['1h30m', 5_400_000],
    [' 2h ', 7_200_000]
  ])('reads timeout %j as %d ms', (text, ms) => {
    expect(parse({ timeout: text }).timeoutMs).toBe(ms)
  })

  it('reads poll-interval', () => {
    expect(parse({ 'poll-interval': '10s' }).pollIntervalMs).toBe(10_000)
    expect(parse({ 'poll-interval': '1' }).pollIntervalMs).toBe(1_000)
  })

  it.each(['abc', '1.5h', '-5', '10 minutes', '1d'])(
    'rejects the timeout %j and gives examples',
    text => {
      const message = messageFor('timeout', text)
      expect(message).toMatch(/not a duration/)
      expect(message).toMatch(/1h30m/)
    }
  )

  it('rejects a timeout of 0', () => {
    const message = messageFor('timeout', '0')
    expect(message).toMatch(/at least 1s/)
    expect(message).toMatch(/Example/)
  })

  it('rejects a poll-interval below 1 s', () => {
    const message = messageFor('poll-interval', '500ms')
    expect(message).toMatch(/at least 1s/)
    expect(message).toMatch(/10s/)
  })
})

describe('accept-statuses', () => {
  it('reads a comma-separated list', () => {
    expect(parse({ 'accept-statuses': 'success,manual' }).acceptStatuses).toEqual([
      'success',
      'manual'
    ])
  })

  it('ignores case, spaces, empty items and repeats', () => {
    expect(parse({ 'accept-statuses': ' SUCCESS , Manual,,success ' }).acceptStatuses).toEqual([
      'success',
      'manual'
    ])
  })

  it('accepts every known final status', () => {
    expect(
      parse({ 'accept-statuses': 'success,failed,canceled,skipped,manual' }).acceptStatuses
    ).toHaveLength(5)
  })

  it('rejects an unknown status, lists the known ones and gives an example', () => {
    const message = messageFor('accept-statuses', 'success,passed')
    expect(message).toMatch(/"passed"/)
    expect(message).not.toMatch(/"success/)
    expect(message).toMatch(/success, failed, canceled, skipped, manual/)
    expect(message).toMatch(/Example: success,manual/)
  })

  it('rejects "cancelled" and says GitLab spells it "canceled"', () => {
    const message = messageFor('accept-statuses', 'cancelled')
    expect(message).toMatch(/"cancelled"/)
    expect(message).toMatch(/spells it "canceled"/)
  })

  it('rejects a list with no status in it', () => {
    expect(messageFor('accept-statuses', ' , ')).toMatch(/Example: success,manual/)
  })
})

describe('job-logs', () => {
  it.each([
    ['none', 'none'],
    ['failed', 'failed'],
    ['all', 'all'],
    ['ALL', 'all']
  ])('reads %j', (text, expected) => {
    expect(parse({ 'job-logs': text }).jobLogs).toBe(expected)
  })

  it('rejects another value and lists the allowed ones', () => {
    const message = messageFor('job-logs', 'errors')
    expect(message).toMatch(/none, failed, all or live/)
    expect(message).toMatch(/"errors"/)
  })
})

describe('InputError', () => {
  it('is an Error named InputError whose message names each input', () => {
    const error = inputErrorOf({ project: 'app', timeout: 'soon' })
    expect(error).toBeInstanceOf(Error)
    expect(error.name).toBe('InputError')
    expect(error.message).toMatch(/^project: /m)
    expect(error.message).toMatch(/^timeout: /m)
  })

  it('reports several bad inputs at once, one issue per input, each naming its input', () => {
    const issues = issuesOf({
      'gitlab-url': 'ftp://x',
      project: 'app',
      ref: '',
      variables: 'BAD-KEY=1',
      inputs: '[1]',
      wait: 'yes',
      timeout: 'abc',
      'poll-interval': '0',
      'accept-statuses': 'cancelled',
      'job-logs': 'some',
      summary: 'nope'
    })
    expect(issues.map(issue => issue.input).sort()).toEqual(
      [
        'gitlab-url',
        'project',
        'ref',
        'variables',
        'inputs',
        'wait',
        'timeout',
        'poll-interval',
        'accept-statuses',
        'job-logs',
        'summary'
      ].sort()
    )
    for (const issue of issues) expect(issue.message.length).toBeGreaterThan(10)
  })

  it('reports a missing api-token with wait: true alongside other bad inputs', () => {
    const issues = issuesOf({ wait: 'true', project: 'app' })
    expect(issues.map(issue => issue.input).sort()).toEqual(['api-token', 'project'])
  })

  it('gives every message an example or what to do', () => {
    const issues = issuesOf({
      'gitlab-url': 'ftp://x',
      project: 'app',
      ref: '',
      'trigger-token': '',
      variables: 'nothing here',
      inputs: 'x',
      timeout: 'abc',
      'poll-interval': '0',
      'accept-statuses': 'passed',
      'job-logs': 'some',
      summary: 'nope'
    })
    expect(issues).toHaveLength(11)
    for (const issue of issues) {
      expect(issue.message).toMatch(/e\.g\.|Example|must be|use |Use |set it|write /)
    }
  })
})

describe('names that are also object properties', () => {
  it.each(['constructor', 'toString', '__proto__'])(
    'takes %s as an ordinary variable and input name',
    name => {
      const settings = parseSettings({
        project: 'group/app',
        ref: 'main',
        'trigger-token': 'glptt-abc',
        variables: `${name}=1`,
        inputs: `${name}=2`
      })
      expect(Object.keys(settings.variables)).toEqual([name])
      expect(Object.getOwnPropertyDescriptor(settings.variables, name)?.value).toBe('1')
      expect(Object.getOwnPropertyDescriptor(settings.inputs, name)?.value).toBe(2)
    }
  )
})

describe('inputs that bring results back and take control', () => {
  const waiting = { wait: 'true', 'api-token': 'glpat-apitokenwithapiscope00' }

  it('reads outputs-from, artifacts, artifacts-dir and play-manual lines', () => {
    const settings = parse({
      ...waiting,
      'outputs-from': 'deploy:prod:deploy.env\n# comment\nbuild:out.json',
      artifacts: 'build:dist/**\ntest',
      'artifacts-dir': 'out/gl',
      'play-manual': 'deploy-prod, smoke'
    })
    expect(settings.outputsFrom).toEqual([
      { job: 'deploy:prod', path: 'deploy.env' },
      { job: 'build', path: 'out.json' }
    ])
    expect(settings.artifacts.map(a => [a.job, a.glob])).toEqual([
      ['build', 'dist/**'],
      ['test', undefined]
    ])
    expect(settings.artifactsDir).toBe('out/gl')
    expect(settings.playManual).toEqual(['deploy-prod', 'smoke'])
  })

  it('refuses them without a wait, naming each input', () => {
    const issues = inputErrorOf({ 'outputs-from': 'deploy:x.env', 'play-manual': '*' }).issues
    expect(issues.map(i => i.input)).toEqual(['outputs-from', 'play-manual'])
    expect(issues[0].message).toMatch(/needs wait: true/)
  })

  it('names a bad line, an artifacts-dir outside the workspace, a bad id and on-rerun', () => {
    const issues = inputErrorOf({
      ...waiting,
      'outputs-from': 'deploy',
      'artifacts-dir': '../elsewhere',
      'pipeline-id': '12ab',
      'on-rerun': 'always'
    }).issues
    expect(Object.fromEntries(issues.map(i => [i.input, i.message]))).toEqual({
      'outputs-from': expect.stringMatching(/line 1 \("deploy"\) has no ":"/),
      'artifacts-dir': expect.stringMatching(/contains "\.\."/),
      'pipeline-id': expect.stringMatching(/not a pipeline id.*e\.g\. 1234/),
      'on-rerun': expect.stringMatching(/must be reuse or new/)
    })
  })

  it('pipeline-id needs no trigger-token or ref, implies wait and needs an api-token', () => {
    const settings = parse({
      ...waiting,
      wait: '',
      'pipeline-id': '1234',
      ref: '',
      'trigger-token': ''
    })
    expect(settings).toMatchObject({ pipelineId: 1234, wait: true, ref: '', triggerToken: '' })
    const issues = inputErrorOf({ 'pipeline-id': '1234', ref: '', 'trigger-token': '' }).issues
    expect(issues).toEqual([
      { input: 'api-token', message: expect.stringMatching(/required with pipeline-id/) }
    ])
  })

  it('refuses a pipeline-id past 2^53 instead of following its rounded neighbour', () => {
    // 9007199254740993 as a JavaScript number is 9007199254740992: another pipeline.
    const message = messageFor('pipeline-id', '9007199254740993', { 'api-token': API_TOKEN })
    expect(message).toMatch(/"9007199254740993" is larger than .*\(9007199254740991\)/)
    expect(messageFor('pipeline-id', '99999999999999999999', { 'api-token': API_TOKEN })).toMatch(
      /larger than/
    )
    expect(parse({ 'api-token': API_TOKEN, 'pipeline-id': '9007199254740991' }).pipelineId).toBe(
      Number.MAX_SAFE_INTEGER
    )
  })

  it('reports a bad pipeline-id itself, not the ref and trigger-token it makes unnecessary', () => {
    const issues = inputErrorOf({ 'pipeline-id': 'abc', ref: '', 'trigger-token': '' }).issues
    // The id shows the user wants to follow a pipeline, which needs an api-token too.
    expect(issues.map(issue => issue.input)).toEqual(['pipeline-id', 'api-token'])
    expect(issues[0].message).toMatch(/"abc" is not a pipeline id/)
  })
})

describe('messages in the words of the front end', () => {
  const cli: InputWords = {
    name: input => `--${input}`,
    advise: input => (input === 'api-token' ? 'GITLAB_API_TOKEN' : `--${input}`),
    set: (input, value) => (value === 'true' ? `--${input}` : `--${input} ${value}`)
  }
  const issuesIn = (raw: RawInputs, words: InputWords) => {
    try {
      parseSettings({ ...REQUIRED, ...raw }, { words })
    } catch (error) {
      if (error instanceof InputError) return error.issues
      throw error
    }
    throw new Error('accepted')
  }

  it('says what the user of each front end types to need no wait', () => {
    const raw = { 'outputs-from': 'deploy:x.env' }
    expect(issuesIn(raw, ACTION_WORDS)[0].message).toMatch(
      /needs wait: true and api-token, or pipeline-id$/
    )
    expect(issuesIn(raw, cli)[0].message).toMatch(
      /needs --wait and GITLAB_API_TOKEN, or --pipeline-id$/
    )
  })

  it('points an access token given as trigger token to where access tokens go', () => {
    const raw = { 'trigger-token': API_TOKEN }
    expect(issuesIn(raw, ACTION_WORDS)[0].message).toMatch(/Pass access tokens as api-token$/)
    expect(issuesIn(raw, cli)[0].message).toMatch(/Pass access tokens as GITLAB_API_TOKEN$/)
  })

  it('carries the words in Settings for the run core', () => {
    const settings = parseSettings(REQUIRED, { words: cli })
    expect(settings.words.name('accept-statuses')).toBe('--accept-statuses')
    expect(parseSettings(REQUIRED).words.name('accept-statuses')).toBe('accept-statuses')
  })
})
