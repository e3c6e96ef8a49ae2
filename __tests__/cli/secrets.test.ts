import { describe, expect, it } from '@jest/globals'
import { secretsToMask } from '../../src/cli/secrets.js'

const TRIGGER = 'glptt-0123456789abcdef0123'
const PAT = 'glpat-abcdefghij0123456789'

describe('secretsToMask: what the CLI never prints back', () => {
  it('masks the token variables, as given and trimmed', () => {
    const secrets = secretsToMask([], {
      GITLAB_TRIGGER_TOKEN: ` ${TRIGGER}\n`,
      GITLAB_API_TOKEN: PAT,
      GITLAB_URL: 'https://gitlab.example.com'
    })
    expect(secrets).toEqual(expect.arrayContaining([` ${TRIGGER}\n`, TRIGGER, PAT]))
    expect(secrets).not.toContain('https://gitlab.example.com')
  })

  it('masks anything shaped like a GitLab token wherever it sits in the arguments', () => {
    const secrets = secretsToMask(['--variables', `TOKEN_COPY=${PAT}`, `--ref=${TRIGGER}`], {})
    expect(secrets).toEqual(expect.arrayContaining([PAT, TRIGGER]))
  })

  it('masks the value of a token-like flag, joined or next, but not a short one or another flag', () => {
    expect(secretsToMask(['--api-token', 'sekret-value'], {})).toEqual(['sekret-value'])
    expect(secretsToMask(['--trigger-token=another-one'], {})).toEqual(['another-one'])
    expect(secretsToMask(['--password', 'abc'], {})).toEqual([])
    expect(secretsToMask(['--api-token', '--wait'], {})).toEqual([])
  })

  it('leaves ordinary flags and values alone', () => {
    expect(
      secretsToMask(['--project', 'my-group/my-project', '--ref', 'main', '--timeout', '30m'], {})
    ).toEqual([])
  })
})
