import { describe, expect, it } from '@jest/globals'
import { ACTION_INPUT_NAMES, hintFor, type InputNames } from '../../src/gitlab/hints.js'

const CLI_NAMES: InputNames = {
  apiToken: 'GITLAB_API_TOKEN',
  triggerToken: 'GITLAB_TRIGGER_TOKEN',
  gitlabUrl: '--gitlab-url'
}

describe('hintFor: what to do about a refusal', () => {
  it('names the action inputs unless told the front end names them otherwise', () => {
    expect(ACTION_INPUT_NAMES).toEqual({
      apiToken: 'api-token',
      triggerToken: 'trigger-token',
      gitlabUrl: 'gitlab-url'
    })
    expect(hintFor({ operation: 'read', status: 401, message: '' })).toMatch(
      /^The API token \(api-token\) is invalid, expired or revoked/
    )
    expect(hintFor({ operation: 'read', status: 401, message: '', inputNames: CLI_NAMES })).toMatch(
      /^The API token \(GITLAB_API_TOKEN\) is invalid/
    )
    expect(
      hintFor({ operation: 'trigger', status: 404, message: '', inputNames: CLI_NAMES })
    ).toContain('cannot be used as GITLAB_TRIGGER_TOKEN')
  })

  it('asks for the scope and role each operation needs', () => {
    expect(hintFor({ operation: 'cancel', status: 403, message: '' })).toMatch(
      /cannot cancel pipelines: it needs the api scope/
    )
    expect(hintFor({ operation: 'play', status: 403, message: '' })).toMatch(
      /cannot play manual jobs/
    )
    expect(hintFor({ operation: 'retry', status: 403, message: '' })).toMatch(
      /cannot retry pipelines/
    )
    expect(hintFor({ operation: 'tokens', status: 403, message: '' })).toMatch(/Maintainer role/)
    expect(hintFor({ operation: 'tokens', status: 401, message: '' })).toMatch(
      /needs an access token with the api scope/
    )
    expect(hintFor({ operation: 'read', status: 403, message: '' })).toMatch(
      /read_api scope and at least the Reporter role/
    )
    expect(hintFor({ operation: 'tokens', status: 404, message: '' })).toMatch(
      /check the project and the token id/
    )
    expect(hintFor({ operation: 'read', status: 404, message: '' })).toMatch(
      /cannot see this project or pipeline/
    )
  })

  it("reads GitLab's words to explain a refused trigger", () => {
    const trigger = (status: number, message: string) =>
      hintFor({ operation: 'trigger', status, message, ref: 'feature/x' })
    expect(trigger(400, '{"base":["Reference not found"]}')).toBe(
      'The ref "feature/x" does not exist in the project: push it or pick an existing branch or tag'
    )
    expect(
      trigger(
        400,
        'Pipeline will not run for the selected trigger. The rules configuration prevented any jobs from being added to the pipeline.'
      )
    ).toMatch(/CI_PIPELINE_SOURCE == "trigger"/)
    expect(trigger(400, 'Insufficient permissions to set pipeline variables')).toMatch(
      /Minimum role to use pipeline variables/
    )
    expect(trigger(400, 'Too many pipelines created in the last minute')).toMatch(
      /a 400, not a 429/
    )
    expect(trigger(400, 'something else')).toBe('Check the ref, variables and inputs')
    expect(trigger(422, 'jobs config should contain at least one visible job')).toMatch(
      /created the pipeline as failed/
    )
    expect(trigger(502, '')).toMatch(/may have been created anyway/)
    expect(trigger(429, '')).toMatch(/rate limiting requests from this address/)
  })

  it('says nothing when it has nothing to add', () => {
    expect(hintFor({ operation: 'read', status: 409, message: 'conflict' })).toBe('')
    expect(hintFor({ operation: 'trigger', status: 409, message: 'conflict' })).toBe('')
  })
})
