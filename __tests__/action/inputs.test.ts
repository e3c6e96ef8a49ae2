import { afterEach, describe, expect, it } from '@jest/globals'
import { readSettings } from '../../src/action/inputs.js'
import { ActionLog } from '../../src/action/log.js'
import { EnvironmentError, InputError } from '../../src/settings/settings.js'
import { actionYaml } from '../../test/harness/run-step.js'
import { captured } from '../support/captured.js'

const TRIGGER_TOKEN = 'glptt-0123456789abcdef0123456789abcdef01234567'
const API_TOKEN = 'glpat-apitokenwithapiscope00'

const saved = { ...process.env }
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

/** Sets the inputs as the runner does: INPUT_<NAME>, hyphens kept, action.yml's defaults filled in. */
function runnerInputs(inputs: Record<string, string>, env: Record<string, string> = {}): void {
  for (const name of Object.keys(process.env))
    if (name.startsWith('INPUT_') || name.startsWith('GITLAB_')) delete process.env[name]
  delete process.env.GITHUB_WORKSPACE
  for (const [name, input] of Object.entries(actionYaml.inputs)) {
    const value = inputs[name] ?? input.default
    if (value !== undefined) process.env[`INPUT_${name.toUpperCase()}`] = value
  }
  Object.assign(process.env, env)
}

const read = () => captured(async () => readSettings(new ActionLog()))

const base = {
  'gitlab-url': 'https://gitlab.example.com/gitlab/',
  project: 'acme/platform/app',
  ref: 'main',
  'trigger-token': TRIGGER_TOKEN
}

describe('reading the action inputs', () => {
  it('reads each input from INPUT_<NAME> with its hyphens kept', async () => {
    runnerInputs({ ...base, wait: 'true', 'api-token': API_TOKEN, timeout: '90s' })
    expect(process.env['INPUT_API-TOKEN']).toBe(API_TOKEN)
    const { value: settings } = await read()
    expect(settings.gitlabUrl).toBe('https://gitlab.example.com/gitlab')
    expect(settings.project).toBe('acme/platform/app')
    expect(settings.triggerToken).toBe(TRIGGER_TOKEN)
    expect(settings.apiToken).toBe(API_TOKEN)
    expect(settings.wait).toBe(true)
    expect(settings.timeoutMs).toBe(90_000)
  })

  it('masks both tokens, trimmed, before anything else is printed, even when an input is wrong', async () => {
    runnerInputs({
      ...base,
      'trigger-token': ` ${TRIGGER_TOKEN}\n`,
      'api-token': API_TOKEN,
      timeout: 'soon'
    })
    const { value: error, stdout } = await captured(async () => {
      try {
        readSettings(new ActionLog())
      } catch (thrown) {
        return thrown
      }
    })
    expect(error).toBeInstanceOf(InputError)
    expect(stdout).toBe(`::add-mask::${TRIGGER_TOKEN}\n::add-mask::${API_TOKEN}\n`)
  })

  it('reports a bad input by its name', async () => {
    runnerInputs({ ...base, timeout: 'soon' })
    const error = (await read().catch(e => e)) as InputError
    expect(error).toBeInstanceOf(InputError)
    expect(error.issues.map(issue => issue.input)).toEqual(['timeout'])
  })

  it('puts artifacts-dir under GITHUB_WORKSPACE, or the working directory without it', async () => {
    runnerInputs(base)
    expect((await read()).value.workspace).toBe(process.cwd())
    runnerInputs(base, { GITHUB_WORKSPACE: '/home/runner/work/app/app' })
    expect((await read()).value.workspace).toBe('/home/runner/work/app/app')
  })

  it('takes the request timeout from GITLAB_REQUEST_TIMEOUT, refusing a value that is not seconds', async () => {
    runnerInputs(base)
    expect((await read()).value.requestTimeoutMs).toBeUndefined()
    runnerInputs(base, { GITLAB_REQUEST_TIMEOUT: '60' })
    expect((await read()).value.requestTimeoutMs).toBe(60_000)
    runnerInputs(base, { GITLAB_REQUEST_TIMEOUT: 'a minute' })
    const error = (await read().catch(e => e)) as EnvironmentError
    expect(error).toBeInstanceOf(EnvironmentError)
    expect(error.message).toMatch(/GITLAB_REQUEST_TIMEOUT is "a minute"/)
  })
})
