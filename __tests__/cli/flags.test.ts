import { describe, expect, it } from '@jest/globals'
import { closestFlag, closestName, type FlagSpec } from '../../src/cli/flags.js'
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

describe('closestName: did you mean, for subcommands', () => {
  it('finds list for lst and nothing for a word far from all', () => {
    expect(closestName('lst', ['list', 'get', 'create', 'update', 'delete'])).toBe('list')
    expect(closestName('dlete', ['list', 'get', 'create', 'update', 'delete'])).toBe('delete')
    expect(closestName('frobnicate', ['list', 'get'])).toBeUndefined()
  })
})
