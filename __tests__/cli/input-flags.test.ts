import { describe, expect, it } from '@jest/globals'
import { cliInputs, cliWords, usageLine } from '../../src/cli/input-flags.js'

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
})

describe("cliInputs: flags and variables as the action's raw inputs, labelled by where they came from", () => {
  it('reads a token from its variable, and warns when it is given as a flag', () => {
    const fromEnv = cliInputs(['api-token'], {}, { GITLAB_API_TOKEN: 'glpat-x' })
    expect(fromEnv).toMatchObject({
      raw: { 'api-token': 'glpat-x' },
      labels: { 'api-token': 'GITLAB_API_TOKEN' },
      warnings: []
    })
    const fromFlag = cliInputs(['api-token'], { 'api-token': 'glpat-y' }, { GITLAB_API_TOKEN: 'z' })
    expect(fromFlag.raw['api-token']).toBe('glpat-y')
    expect(fromFlag.labels['api-token']).toBe('--api-token')
    expect(fromFlag.warnings).toEqual([expect.stringMatching(/set GITLAB_API_TOKEN instead/)])
  })

  it('takes GITLAB_URL as the default of --gitlab-url, and names whichever was used', () => {
    const env = { GITLAB_URL: 'https://env.example.com' }
    expect(cliInputs(['gitlab-url'], {}, env).labels['gitlab-url']).toBe('GITLAB_URL')
    expect(cliInputs(['gitlab-url'], { 'gitlab-url': 'https://a.example' }, env).raw).toEqual({
      'gitlab-url': 'https://a.example'
    })
    expect(cliInputs(['gitlab-url'], {}, {}).labels['gitlab-url']).toBe('--gitlab-url')
  })

  it('joins repeated values into lines, refusing a KEY=VALUE without = or with a line break', () => {
    const inputs = cliInputs(['variables'], { var: ['A=1', 'B', 'C=x\ny'] }, {})
    expect(inputs.raw.variables).toBe('A=1')
    expect(inputs.problems).toEqual([
      '--var "B" is not KEY=VALUE. Example: --var DEPLOY_ENV=staging',
      '--var C=…: the value contains a line break, which --var cannot carry'
    ])
    const switches = cliInputs(['wait', 'cancel-on-abort'], { 'cancel-on-abort': false }, {})
    expect(switches.raw).toEqual({ wait: '', 'cancel-on-abort': 'false' })
  })
})

describe('usageLine', () => {
  it('wraps the text under itself within 100 columns', () => {
    const line = usageLine('--flag X', 'word '.repeat(40).trim())
    const lines = line.split('\n')
    expect(lines.length).toBeGreaterThan(1)
    for (const each of lines) expect(each.length).toBeLessThanOrEqual(100)
    expect(lines[0].startsWith('  --flag X')).toBe(true)
    expect(lines[0].indexOf('word')).toBe(29)
    expect(lines[1].indexOf('word')).toBe(29)
  })
})
