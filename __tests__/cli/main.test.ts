// The command line in-process (src/cli/main.ts) against the simulator: the core's paths through
// the CLI front end, measured by coverage. The CLI's streams and exit codes as a built program
// stay in __tests__/e2e/cli.test.ts.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { run } from '../../src/cli/main.js'
import { captured } from '../support/captured.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith,
  job
} from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const env = (extra: Record<string, string> = {}) => ({
  GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
  GITLAB_API_TOKEN: API_TOKEN,
  ...extra
})
const triggerArgs = (gitlab: Simulator, ...extra: string[]) => [
  '--gitlab-url',
  gitlab.url,
  '--project',
  PROJECT_PATH,
  '--ref',
  'main',
  ...extra
]
const waitArgs = (gitlab: Simulator, ...extra: string[]) =>
  triggerArgs(gitlab, '--wait', '--poll-interval', '1s', '--timeout', '60s', ...extra)
const cli = (argv: string[], environment: Record<string, string> = env()) =>
  captured(() => run(argv, environment))
const cancelRequests = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))

describe('the command line, in-process', () => {
  it('triggers, prints the web URL on stdout and progress on stderr, and exits 0', async () => {
    sim = await gitlabWith()
    const { value, stdout, stderr } = await cli(triggerArgs(sim, '--var', 'A=1', '--input', 'n=3'))
    expect(value).toBe(0)
    expect(stdout).toBe(`${sim.pipelines[0].webUrl}\n`)
    expect(stderr).toMatch(/Triggering a pipeline/)
    // With an api-token, the invocation's own marker too (SPEC 6.2).
    expect(sim.pipelines[0].variables).toEqual({
      A: '1',
      GITLAB_TRIGGER_AND_WAIT_RUN: expect.stringMatching(/^invocation-/)
    })
    expect(sim.pipelines[0].inputs).toEqual({ n: 3 })
    expect(`${stdout}${stderr}`).not.toContain(TRIGGER_TOKEN)
  })

  it('waits for a passing pipeline and prints the outputs as JSON', async () => {
    sim = await gitlabWith({
      jobs: [job('build', 'build', 100), job('unit', 'test', 100)]
    })
    const { value, stdout, stderr } = await cli(waitArgs(sim, '--json'))
    expect(value).toBe(0)
    const outputs = JSON.parse(stdout)
    expect(outputs).toMatchObject({
      pipeline_id: sim.pipelines[0].id,
      project_id: PROJECT_ID,
      status: 'success'
    })
    expect(outputs.jobs.map((j: { name: string }) => j.name).sort()).toEqual(['build', 'unit'])
    expect(stderr).toMatch(/build › build/)
  })

  it('exits 1 for a failed pipeline and prints the failed job log tail', async () => {
    sim = await gitlabWith({
      jobs: [job('unit', 'test', 100, { result: 'failed', log: 'compiling\nassertion failed\n' })]
    })
    const { value, stderr } = await cli(waitArgs(sim))
    expect(value).toBe(1)
    expect(stderr).toMatch(/assertion failed/)
    expect(stderr).toMatch(/failed/)
  })

  it('accepts the statuses given by --accept-statuses', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 100, { result: 'failed' })] })
    const { value } = await cli(waitArgs(sim, '--accept-statuses', 'success,failed'))
    expect(value).toBe(0)
  })

  it('times out, cancels the pipeline, and exits 1', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const { value, stderr } = await cli(
      triggerArgs(sim, '--wait', '--poll-interval', '1s', '--timeout', '2s')
    )
    expect(value).toBe(1)
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(stderr).toMatch(/time/i)
  })

  it('leaves the pipeline running with --no-cancel-on-timeout', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 600_000)] })
    const { value } = await cli(
      triggerArgs(
        sim,
        '--wait',
        '--poll-interval',
        '1s',
        '--timeout',
        '1s',
        '--no-cancel-on-timeout'
      )
    )
    expect(value).toBe(1)
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it('warns that a read_api token cannot cancel', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 100)] })
    const { value, stderr } = await cli(waitArgs(sim), env({ GITLAB_API_TOKEN: READ_API_TOKEN }))
    expect(value).toBe(0)
    expect(stderr).toMatch(/read_api but not api/)
  })

  it('exits 3 without a pipeline when the API token is refused', async () => {
    sim = await gitlabWith()
    const { value, stderr } = await cli(
      waitArgs(sim),
      env({ GITLAB_API_TOKEN: 'glpat-wrong00000000000' })
    )
    expect(value).toBe(3)
    expect(sim.triggerCount()).toBe(0)
    expect(stderr).toMatch(/401/)
  })

  it('exits 3 when GitLab refuses the trigger token', async () => {
    sim = await gitlabWith()
    const { value, stderr } = await cli(
      triggerArgs(sim),
      env({ GITLAB_TRIGGER_TOKEN: 'glptt-' + 'f'.repeat(40) })
    )
    expect(value).toBe(3)
    expect(stderr).toMatch(/404|trigger token/i)
  })

  it('exits 2 with the flag named, before any request, on bad usage', async () => {
    sim = await gitlabWith()
    const badDuration = await cli(triggerArgs(sim, '--timeout', 'soon'))
    expect(badDuration.value).toBe(2)
    expect(badDuration.stderr).toMatch(/--timeout/)
    const misspelt = await cli(triggerArgs(sim, '--wiat'))
    expect(misspelt.value).toBe(2)
    expect(misspelt.stderr).toMatch(/did you mean --wait/)
    expect(sim.requests).toHaveLength(0)
  })

  it('prints help and version on stdout', async () => {
    const help = await cli(['--help'])
    expect(help.value).toBe(0)
    expect(help.stdout).toMatch(/^Usage: /)
    const version = await cli(['--version'])
    expect(version.value).toBe(0)
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+/)
  })

  it('lists, creates, renames and deletes trigger tokens', async () => {
    sim = await gitlabWith()
    const base = ['--project', PROJECT_PATH, '--gitlab-url', sim.url]
    const created = await cli(['tokens', 'create', '--description', 'from CI', '--json', ...base])
    expect(created.value).toBe(0)
    const token = JSON.parse(created.stdout)
    expect(token.description).toBe('from CI')
    const listed = await cli(['tokens', 'list', ...base])
    expect(listed.value).toBe(0)
    expect(listed.stdout).toContain('from CI')
    const got = await cli(['tokens', 'get', String(token.id), '--json', ...base])
    expect(JSON.parse(got.stdout).id).toBe(token.id)
    const updated = await cli([
      'tokens',
      'update',
      String(token.id),
      '--description',
      'renamed',
      ...base
    ])
    expect(updated.value).toBe(0)
    const deleted = await cli(['tokens', 'delete', String(token.id), '--yes', ...base])
    expect(deleted.value).toBe(0)
    const unknown = await cli(['tokens', 'get', String(token.id), ...base])
    expect(unknown.value).toBe(3)
    const usage = await cli(['tokens', 'frobnicate', ...base])
    expect(usage.value).toBe(2)
  })
})

describe("the CLI's words: every message names what the user typed or can type", () => {
  it('reports a bad --pipeline-id, not the --ref and trigger token it makes unnecessary', async () => {
    sim = await gitlabWith()
    const { value, stderr } = await cli(
      ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--pipeline-id', 'abc'],
      { GITLAB_API_TOKEN: API_TOKEN }
    )
    expect(value).toBe(2)
    const errors = stderr.split('\n').filter(line => line.startsWith('error: '))
    expect(errors).toEqual([
      expect.stringMatching(/^error: --pipeline-id "abc" is not a pipeline id/)
    ])
    expect(sim.requests).toHaveLength(0)
  })

  it('refuses a --pipeline-id past 2^53 before asking GitLab for any pipeline', async () => {
    sim = await gitlabWith()
    const { value, stderr } = await cli(
      ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--pipeline-id', '9007199254740993'],
      { GITLAB_API_TOKEN: API_TOKEN }
    )
    expect(value).toBe(2)
    expect(stderr).toMatch(/^error: --pipeline-id "9007199254740993" is larger than/m)
    expect(sim.requests).toHaveLength(0)
  })

  it('tells a read_api token to turn cancelling off with the flags that exist', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 100)] })
    const { stderr } = await cli(waitArgs(sim), env({ GITLAB_API_TOKEN: READ_API_TOKEN }))
    expect(stderr).toMatch(/GITLAB_API_TOKEN has the scopes read_api but not api/)
    expect(stderr).toMatch(/--no-cancel-on-timeout and --no-cancel-on-abort/)
    expect(stderr).not.toMatch(/--cancel-on-timeout and --cancel-on-abort to false/)
  })

  it.each([
    [
      'from GITLAB_API_TOKEN',
      [],
      { GITLAB_API_TOKEN: 'glpat-wrong00000000000' },
      'GITLAB_API_TOKEN'
    ],
    [
      'from --api-token',
      ['--api-token', 'glpat-wrong00000000000'],
      { GITLAB_API_TOKEN: '' },
      '--api-token'
    ]
  ])('names the refused API token where it came from (%s)', async (_, extra, environment, name) => {
    sim = await gitlabWith()
    const { value, stderr } = await cli(waitArgs(sim, ...extra), env(environment))
    expect(value).toBe(3)
    expect(stderr).toContain(`The API token (${name}) is invalid`)
  })

  it('points an access token given as trigger token to GITLAB_API_TOKEN, not the flag', async () => {
    const { value, stderr } = await cli(
      ['--project', PROJECT_PATH, '--ref', 'main'],
      env({ GITLAB_TRIGGER_TOKEN: API_TOKEN })
    )
    expect(value).toBe(2)
    expect(stderr).toMatch(/^error: GITLAB_TRIGGER_TOKEN is a personal access token/m)
    expect(stderr).toMatch(/Pass access tokens as GITLAB_API_TOKEN$/m)
  })

  it('names --accept-statuses when the pipeline ends in another status', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 100, { result: 'failed' })] })
    const { value, stderr } = await cli(waitArgs(sim))
    expect(value).toBe(1)
    expect(stderr).toMatch(/which is not in --accept-statuses \(success\)/)
  })

  it('prints the help of one tokens command with tokens COMMAND --help', async () => {
    const { value, stdout } = await cli(['tokens', 'create', '--help'])
    expect(value).toBe(0)
    expect(stdout).toMatch(
      /^Usage: gitlab-trigger-and-wait tokens create --description TEXT --project/
    )
    expect(stdout).toContain('--description TEXT')
    expect(stdout).not.toContain('Commands:')
  })

  it('suggests the tokens command a typo meant', async () => {
    const { value, stderr } = await cli(['tokens', 'lst', '--project', PROJECT_PATH])
    expect(value).toBe(2)
    expect(stderr).toMatch(
      /^error: tokens needs one of list, .*; got "lst"; did you mean tokens list\?$/m
    )
  })
})
