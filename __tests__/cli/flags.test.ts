import { describe, expect, it } from '@jest/globals'
import { closestFlag, closestName, type FlagSpec } from '../../src/cli/flags.js'
import { cliWords } from '../../src/cli/input-flags.js'
import { ACTION_WORDS } from '../../src/settings/settings.js'
import { secretsToMask } from '../../src/cli/secrets.js'

const FLAGS: Record<string, FlagSpec> = {
  ref: { type: 'string' },
  project: { type: 'string' },
  'api-token': { type: 'string' },
  'trigger-token': { type: 'string' },
  'accept-statuses': { type: 'string' },
  json: { type: 'boolean' },
  wait: { type: 'boolean' }
}

describe('secretsToMask: what the CLI hides before it parses its arguments', () => {
  it('finds both tokens in the environment, trimmed and as given', () => {
    expect(
      secretsToMask([], { GITLAB_TRIGGER_TOKEN: ' glptt-abc123abc123 ', GITLAB_API_TOKEN: 'x1' })
    ).toEqual(expect.arrayContaining([' glptt-abc123abc123 ', 'glptt-abc123abc123', 'x1']))
  })

  it.each([
    'glpat-',
    'glptt-',
    'gloas-',
    'gldt-',
    'glrt-',
    'glrtr-',
    'glcbt-',
    'glft-',
    'glimt-',
    'glagent-',
    'glwt-',
    'glsoat-',
    'glffct-'
  ])('finds a %s token anywhere in an argument, after = included', prefix => {
    const token = `${prefix}Ab3_x.y-z0123456789`
    expect(secretsToMask([`--var=KEY=${token}`], {})).toContain(token)
    expect(secretsToMask([token], {})).toContain(token)
  })

  it('finds the values of token flags and of misspelt ones, with a space or after =', () => {
    const secrets = secretsToMask(
      ['--api-tokn', 'plainsecret1', '--trigger-token=plainsecret2', '--tokn', 'plainsecret3'],
      {}
    )
    expect(secrets).toEqual(
      expect.arrayContaining(['plainsecret1', 'plainsecret2', 'plainsecret3'])
    )
  })

  it('leaves ordinary arguments and short values alone', () => {
    expect(
      secretsToMask(['--ref', 'main', '--project', 'group/app', '--api-token=abc'], {})
    ).toEqual([])
  })
})

describe('closestFlag: did you mean', () => {
  it.each([
    ['rfe', 'ref'],
    ['reff', 'ref'],
    ['api-tokn', 'api-token'],
    ['apitoken', 'api-token'],
    ['acept-statuses', 'accept-statuses'],
    ['jsno', 'json'],
    ['proj', 'project']
  ])('--%s -> --%s', (typed, meant) => {
    expect(closestFlag(typed, FLAGS)).toBe(meant)
  })

  it('suggests nothing for a word far from every flag', () => {
    expect(closestFlag('colour', FLAGS)).toBeUndefined()
    expect(closestFlag('x', FLAGS)).toBeUndefined()
  })
})

describe("cliWords: messages name inputs in the CLI's words", () => {
  it('names a token by where it came from: its variable, or the flag typed', () => {
    expect(cliWords({ 'api-token': 'GITLAB_API_TOKEN' }).name('api-token')).toBe('GITLAB_API_TOKEN')
    expect(cliWords({ 'api-token': '--api-token' }).name('api-token')).toBe('--api-token')
    // Nothing given: what the user can type, the variable (a flag is visible to other processes).
    expect(cliWords().name('trigger-token')).toBe('GITLAB_TRIGGER_TOKEN')
  })

  it('advises the variable for a token even when its flag was typed', () => {
    expect(cliWords({ 'api-token': '--api-token' }).advise('api-token')).toBe('GITLAB_API_TOKEN')
    expect(cliWords().advise('accept-statuses')).toBe('--accept-statuses')
    expect(cliWords().advise('variables')).toBe('--var')
  })

  it('writes values as what to type: switches take no value, false is --no-', () => {
    const words = cliWords()
    expect(words.set('wait', 'true')).toBe('--wait')
    expect(words.set('cancel-on-timeout', 'false')).toBe('--no-cancel-on-timeout')
    expect(words.set('timeout', '30m')).toBe('--timeout 30m')
    expect(words.set('api-token', 'glpat-…')).toBe('export GITLAB_API_TOKEN=glpat-…')
  })

  it('leaves the action its input names and with: lines', () => {
    expect(ACTION_WORDS.name('accept-statuses')).toBe('accept-statuses')
    expect(ACTION_WORDS.set('cancel-on-abort', 'false')).toBe('cancel-on-abort: false')
    expect(ACTION_WORDS.set('api-token', '')).toBe('api-token: ${{ secrets.GITLAB_API_TOKEN }}')
  })
})

describe('closestName: did you mean, for subcommands', () => {
  it('finds list for lst and nothing for a word far from all', () => {
    expect(closestName('lst', ['list', 'get', 'create', 'update', 'delete'])).toBe('list')
    expect(closestName('dlete', ['list', 'get', 'create', 'update', 'delete'])).toBe('delete')
    expect(closestName('frobnicate', ['list', 'get'])).toBeUndefined()
  })
})
