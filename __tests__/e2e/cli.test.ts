/**
 * End-to-end tests of the command line: dist/cli.js run as a child process against the GitLab
 * simulator (test/harness/run-step.js). Jest's global setup rebuilds dist/ first when src/
 * changed since its last build; CLI_ENTRY points the tests at another build of the same entry.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { startCli as startBuiltCli, type ProcessResult } from '../../test/harness/run-step.js'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  READ_API_TOKEN,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  triggerRequests
} from '../support/fixtures.js'
import { CliReporter } from '../../src/cli/reporter.js'
import { VERSION } from '../../src/version.js'

/** An access token of user 2, who does not own TRIGGER_TOKEN (owned by user 1, "root"). */
const OTHER_USER_API_TOKEN = 'glpat-anothermaintainer000000'
/** Given to misspelt flags or left lying among the arguments: never printed either. */
const STRAY_SECRETS = [
  'glpat-straytokenafteraspace000',
  'glpat-straytokenafterequals000',
  'noprefixsecretvalue42',
  'glptt-ffff0000ffff0000ffff0000ffff0000ffff0000',
  'glcbt-64_jobtokenvalue000000000'
]
const GIVEN_SECRETS = [
  TRIGGER_TOKEN,
  API_TOKEN,
  READ_API_TOKEN,
  OTHER_USER_API_TOKEN,
  ...STRAY_SECRETS
]

type CliRun = ProcessResult & { args: string[] }

/** Every run of this file, for the check that no token it was given is ever printed. */
const transcripts: CliRun[] = []
const workDir = mkdtempSync(join(tmpdir(), 'cli-test-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** Starts dist/cli.js with only PATH and HOME from this process's environment, plus `env`. */
function startCli(args: string[], env: Record<string, string> = {}) {
  const running = startBuiltCli(args, { cwd: workDir, env })
  const result = running.result.then(run => {
    const transcript = { args, ...run }
    transcripts.push(transcript)
    return transcript
  })
  return { ...running, result }
}

const runCli = (args: string[], env?: Record<string, string>) => startCli(args, env).result

/** The environment a CI job would export for the fixture project. */
const tokensEnv = (extra: Record<string, string> = {}) => ({
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

const lines = (text: string) => text.split('\n').filter(Boolean)
const cancelRequests = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && /\/pipelines\/\d+\/cancel$/.test(r.path))

/** A port on which nothing listens: bound once by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer()
  await new Promise<void>(done => server.listen(0, '127.0.0.1', done))
  const { port } = server.address() as { port: number }
  await new Promise<void>(done => server.close(() => done()))
  return port
}

describe('triggering a pipeline', () => {
  it('triggers, prints progress on stderr and only the pipeline URL on stdout, and exits 0', async () => {
    sim = await gitlabWith()
    const run = await runCli(triggerArgs(sim), tokensEnv())

    expect(run.exitCode).toBe(0)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(JSON.parse(triggerRequests(sim)[0].body)).toEqual({
      token: TRIGGER_TOKEN,
      ref: 'main',
      // With an api-token, the invocation's own marker (SPEC 6.2).
      variables: { GITLAB_TRIGGER_AND_WAIT_RUN: expect.stringMatching(/^invocation-/) }
    })
    expect(run.stdout).toBe(`${sim.pipelines[0].webUrl}\n`)
    expect(run.stderr).toContain(`Triggering a pipeline in ${PROJECT_PATH} on main`)
    expect(run.stderr).toContain(sim.pipelines[0].webUrl)
    // Plain lines: a shell or Jenkins would print workflow commands verbatim.
    expect(run.stderr).not.toMatch(/^::/m)
  })

  it('prints one JSON object with snake_case outputs, numbers as numbers, with --json', async () => {
    sim = await gitlabWith()
    const run = await runCli(triggerArgs(sim, '--json'), tokensEnv())

    expect(run.exitCode).toBe(0)
    const pipeline = sim.pipelines[0]
    expect(lines(run.stdout)).toHaveLength(1)
    expect(JSON.parse(run.stdout)).toEqual({
      pipeline_id: pipeline.id,
      pipeline_iid: pipeline.iid,
      web_url: pipeline.webUrl,
      project_id: PROJECT_ID,
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      ref: 'main',
      status: 'created'
    })
  })

  it('merges --variables-file with --var and sends --input values with their JSON types', async () => {
    sim = await gitlabWith()
    const file = join(workDir, 'deploy.env')
    writeFileSync(file, '# deployment\nDEPLOY_ENV=staging\n\nURL=https://x.example/?a=b\n')
    const run = await runCli(
      triggerArgs(
        sim,
        '--variables-file',
        file,
        '--var',
        'REGION=eu=west',
        '--input',
        'replicas=3',
        '--input',
        'dry_run=true',
        '--input',
        'regions=["eu","us"]',
        '--input',
        'name=blue green'
      ),
      tokensEnv()
    )

    expect(run.exitCode).toBe(0)
    expect(sim.pipelines[0].variables).toEqual({
      DEPLOY_ENV: 'staging',
      URL: 'https://x.example/?a=b',
      REGION: 'eu=west',
      // With an api-token, the invocation's own marker (SPEC 6.2, a lost answer loses nothing).
      GITLAB_TRIGGER_AND_WAIT_RUN: expect.stringMatching(/^invocation-/)
    })
    expect(sim.pipelines[0].inputs).toEqual({
      replicas: 3,
      dry_run: true,
      regions: ['eu', 'us'],
      name: 'blue green'
    })
  })

  it('takes the instance from GITLAB_URL when --gitlab-url is not given', async () => {
    sim = await gitlabWith()
    const run = await runCli(
      ['--project', PROJECT_PATH, '--ref', 'main'],
      tokensEnv({ GITLAB_URL: sim.url })
    )
    expect(run.exitCode).toBe(0)
    expect(triggerRequests(sim)).toHaveLength(1)
  })

  it('accepts --trigger-token but warns that command lines are visible to other processes', async () => {
    sim = await gitlabWith()
    const run = await runCli([...triggerArgs(sim), '--trigger-token', TRIGGER_TOKEN])

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(triggerRequests(sim)[0].body)).toMatchObject({ token: TRIGGER_TOKEN })
    expect(run.stderr).toMatch(
      /^warning: --trigger-token puts the token on the command line.*set GITLAB_TRIGGER_TOKEN instead$/m
    )
  })
})

describe('waiting for the pipeline', () => {
  it('follows the pipeline to success, prints job changes, and reports duration and jobs in --json (exit 0)', async () => {
    sim = await gitlabWith({ jobs: [job('compile', 'build', 300), job('unit', 'test', 300)] })
    const run = await runCli(waitArgs(sim, '--json'), tokensEnv())

    expect(run.exitCode).toBe(0)
    expect(run.stderr).toMatch(/test › unit: .*success/)
    const outputs = JSON.parse(run.stdout)
    expect(outputs).toMatchObject({
      pipeline_id: sim.pipelines[0].id,
      status: 'success',
      duration: expect.any(Number)
    })
    expect(outputs.jobs).toEqual([
      expect.objectContaining({
        name: 'compile',
        stage: 'build',
        status: 'success',
        allow_failure: false,
        id: expect.any(Number),
        web_url: expect.any(String)
      }),
      expect.objectContaining({ name: 'unit', stage: 'test', status: 'success' })
    ])
  })

  it('exits 1 when the pipeline fails, showing the failed job and its log on stderr', async () => {
    sim = await gitlabWith({
      jobs: [
        job('compile', 'build', 200),
        job('unit', 'test', 200, { result: 'failed', log: 'running tests\nboom: 2 tests failed\n' })
      ]
    })
    const run = await runCli(waitArgs(sim, '--json'), tokensEnv())

    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(
      /^--- Log of test › unit \(failed\)\n {4}running tests\n {4}boom: 2 tests failed$/m
    )
    expect(run.stderr).toMatch(/^error: test › unit failed.*\/-\/jobs\/\d+$/m)
    expect(run.stderr).toMatch(
      /^error: Pipeline #\d+ ended failed, which is not in --accept-statuses/m
    )
    expect(run.stderr).not.toContain('compile (success)')
    expect(JSON.parse(run.stdout)).toMatchObject({
      pipeline_id: sim.pipelines[0].id,
      status: 'failed'
    })
  })

  it('exits 0 for a failed pipeline when --accept-statuses includes failed', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 200, { result: 'failed' })] })
    const run = await runCli(
      waitArgs(sim, '--accept-statuses', 'success,failed', '--job-logs', 'none'),
      tokensEnv()
    )
    expect(run.exitCode).toBe(0)
    expect(run.stderr).not.toContain('--- Log of')
  })

  it('exits 1 when --timeout is reached, and cancels the pipeline', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 60_000)] })
    const run = await runCli(
      triggerArgs(sim, '--wait', '--poll-interval', '1s', '--timeout', '2s', '--json'),
      tokensEnv()
    )

    expect(run.exitCode).toBe(1)
    expect(JSON.parse(run.stdout)).toMatchObject({ status: 'timeout' })
    expect(cancelRequests(sim)).toHaveLength(1)
  })

  it.each(['SIGTERM', 'SIGINT'] as const)(
    'cancels the downstream pipeline on %s while waiting, then exits 1',
    async signal => {
      sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 60_000)] })
      const cli = startCli(waitArgs(sim), tokensEnv())
      await cli.printed(/Waiting up to/)
      cli.child.kill(signal)
      const run = await cli.result

      expect(run.exitCode).toBe(1)
      expect(cancelRequests(sim)).toEqual([
        expect.objectContaining({
          // By the numeric project_id GitLab returned, not the path given.
          path: `/api/v4/projects/${PROJECT_ID}/pipelines/${sim.pipelines[0].id}/cancel`
        })
      ])
      expect(sim.pipelines[0].canceledAt).toBeDefined()
      expect(run.stderr).toMatch(/Cancelling pipeline #\d+ \(this run was cancelled\)/)
    }
  )

  it('leaves the pipeline running on SIGTERM with --no-cancel-on-abort', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 60_000)] })
    const cli = startCli(waitArgs(sim, '--no-cancel-on-abort'), tokensEnv())
    await cli.printed(/Waiting up to/)
    cli.child.kill('SIGTERM')
    const run = await cli.result

    expect(run.exitCode).toBe(1)
    expect(cancelRequests(sim)).toHaveLength(0)
    expect(run.stderr).toContain(sim.pipelines[0].webUrl)
  })

  it('--json after Ctrl-C while waiting says the last status and the jobs seen (issue 16 point 7)', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 60_000)] })
    const cli = startCli(waitArgs(sim, '--no-cancel-on-abort', '--json'), tokensEnv())
    await cli.printed(/deploy › deploy: .*running/)
    cli.child.kill('SIGINT')
    const run = await cli.result

    expect(run.exitCode).toBe(1)
    const json = JSON.parse(run.stdout) as { status: string; jobs: Array<{ name: string }> }
    expect(json.status).toBe('running')
    expect(json.jobs.map(j => j.name)).toEqual(['deploy'])
  })
})

describe('bad usage or input: exit 2, nothing sent', () => {
  it.each<[string, string[], Record<string, string>, RegExp]>([
    [
      'an unknown flag',
      ['--project', PROJECT_PATH, '--ref', 'main', '--colour'],
      tokensEnv(),
      /^error: unknown option --colour$/m
    ],
    [
      'a missing --project',
      ['--ref', 'main'],
      tokensEnv(),
      /^error: --project is required: .*e\.g\. my-group\/my-project/m
    ],
    [
      'a flag without its value',
      ['--project', PROJECT_PATH, '--ref'],
      tokensEnv(),
      /^error: --ref needs a value, e\.g\. --ref main$/m
    ],
    [
      'a bad duration',
      ['--project', PROJECT_PATH, '--ref', 'main', '--timeout', 'soon'],
      tokensEnv(),
      /^error: --timeout "soon" is not a duration.*30m/m
    ],
    [
      'a --var without =',
      ['--project', PROJECT_PATH, '--ref', 'main', '--var', 'DEPLOY_ENV'],
      tokensEnv(),
      /^error: --var "DEPLOY_ENV" is not KEY=VALUE\. Example: --var DEPLOY_ENV=staging$/m
    ],
    [
      'a missing --variables-file',
      ['--project', PROJECT_PATH, '--ref', 'main', '--variables-file', 'nope.env'],
      tokensEnv(),
      /^error: --variables-file cannot read "nope\.env": no such file/m
    ],
    [
      'no GITLAB_TRIGGER_TOKEN',
      ['--project', PROJECT_PATH, '--ref', 'main'],
      {},
      /^error: GITLAB_TRIGGER_TOKEN is not set: .*export GITLAB_TRIGGER_TOKEN=/m
    ],
    [
      '--wait without GITLAB_API_TOKEN',
      ['--project', PROJECT_PATH, '--ref', 'main', '--wait'],
      { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN },
      /^error: GITLAB_API_TOKEN is not set, and --wait needs it/m
    ],
    [
      'an access token as trigger token',
      ['--project', PROJECT_PATH, '--ref', 'main'],
      { GITLAB_TRIGGER_TOKEN: API_TOKEN },
      /^error: GITLAB_TRIGGER_TOKEN is a personal access token \(glpat-…\)/m
    ],
    [
      'a misspelt status',
      ['--project', PROJECT_PATH, '--ref', 'main', '--accept-statuses', 'success,cancelled'],
      tokensEnv(),
      /^error: --accept-statuses .*GitLab spells it "canceled"/m
    ]
  ])('%s', async (_, args, env, message) => {
    sim = await gitlabWith()
    const run = await runCli(['--gitlab-url', sim.url, ...args], env)

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(
      /^usage: gitlab-trigger-and-wait --project my-group\/my-project --ref main/m
    )
    expect(run.stdout).toBe('')
    expect(sim.requests).toHaveLength(0)
  })

  it('reports every problem at once, each naming its flag', async () => {
    sim = await gitlabWith()
    const run = await runCli(
      [
        '--gitlab-url',
        sim.url,
        '--project',
        'my group/app',
        '--timeout',
        'soon',
        '--job-logs',
        'some',
        '--input',
        'x'
      ],
      tokensEnv()
    )

    expect(run.exitCode).toBe(2)
    const errors = lines(run.stderr).filter(line => line.startsWith('error: '))
    expect(errors.map(line => line.split(' ')[1])).toEqual([
      '--input',
      '--project',
      '--ref',
      '--timeout',
      '--job-logs'
    ])
    expect(sim.requests).toHaveLength(0)
  })

  it('prints the usage on stdout with --help and the version with --version (exit 0)', async () => {
    const help = await runCli(['--help'])
    expect(help.exitCode).toBe(0)
    expect(help.stdout).toMatch(
      /^Usage: gitlab-trigger-and-wait --project PROJECT --ref REF \[options\]/
    )
    for (const flag of [
      '--var KEY=VALUE',
      '--variables-file FILE',
      '--input NAME=VALUE',
      '--wait',
      '--no-cancel-on-abort',
      '--json',
      'GITLAB_TRIGGER_TOKEN',
      'Exit codes'
    ]) {
      expect(help.stdout).toContain(flag)
    }
    const version = await runCli(['--version'])
    expect(version.exitCode).toBe(0)
    expect(version.stdout).toBe(`${VERSION}\n`)
  })
})

describe('GitLab refuses or cannot be reached: exit 3', () => {
  it("prints GitLab's answer and the hint for an unknown trigger token", async () => {
    sim = await gitlabWith()
    const run = await runCli(
      triggerArgs(sim, '--json'),
      tokensEnv({ GITLAB_TRIGGER_TOKEN: 'glptt-ffffffffffffffffffffffffffffffffffffffff' })
    )

    expect(run.exitCode).toBe(3)
    expect(run.stderr).toMatch(
      /^error: GitLab answered 404: 404 Not Found\. The trigger token is wrong or revoked/m
    )
    expect(sim.pipelines).toHaveLength(0)
    // Nothing was created, so --json has no outputs to show.
    expect(JSON.parse(run.stdout)).toEqual({})
  })

  it('checks the api token before triggering, so a wrong one leaves no pipeline behind', async () => {
    sim = await gitlabWith()
    const run = await runCli(
      waitArgs(sim),
      tokensEnv({ GITLAB_API_TOKEN: 'glpat-wrongwrongwrongwrong00' })
    )

    expect(run.exitCode).toBe(3)
    expect(run.stderr).toMatch(/^error: GitLab answered 401/m)
    expect(sim.pipelines).toHaveLength(0)
    expect(run.stdout).toBe('')
  })

  it('names the host and port it could not reach', async () => {
    const port = await closedPort()
    // With --wait the token check comes first; it gives up after 3 quick attempts.
    const run = await runCli(
      [
        '--gitlab-url',
        `http://127.0.0.1:${port}`,
        '--project',
        PROJECT_PATH,
        '--ref',
        'main',
        '--wait'
      ],
      tokensEnv()
    )

    expect(run.exitCode).toBe(3)
    expect(run.stderr).toMatch(
      new RegExp(`^error: could not connect to 127\\.0\\.0\\.1:${port} \\(ECONNREFUSED\\)`, 'm')
    )
  })
})

describe('tokens: managing pipeline trigger tokens', () => {
  /** The fixture project, seen by a maintainer (user 2) who does not own TRIGGER_TOKEN. */
  async function gitlabWithTokens(): Promise<Simulator> {
    const gitlab = await gitlabWith()
    gitlab.addApiToken({ token: OTHER_USER_API_TOKEN, scopes: ['api'], userId: 2 })
    gitlab.addTriggerToken({
      token: 'glptt-1111111111111111111111111111111111111111',
      projectId: PROJECT_ID,
      ownerUserId: 2,
      description: 'jenkins'
    })
    return gitlab
  }
  const tokens = (gitlab: Simulator, ...args: string[]) =>
    runCli(['tokens', ...args, '--project', PROJECT_PATH, '--gitlab-url', gitlab.url], {
      GITLAB_API_TOKEN: OTHER_USER_API_TOKEN
    })

  it('lists every token in a table, with tokens of other owners shortened as GitLab gives them', async () => {
    sim = await gitlabWithTokens()
    const run = await tokens(sim, 'list')

    expect(run.exitCode).toBe(0)
    const [header, ...rows] = lines(run.stdout)
    expect(header.split(/\s{2,}/)).toEqual([
      'ID',
      'DESCRIPTION',
      'OWNER',
      'CREATED',
      'LAST USED',
      'EXPIRES',
      'TOKEN'
    ])
    expect(rows).toHaveLength(2)
    expect(rows[0]).toMatch(/^1 +root +\d{4}-\d\d-\d\d \d\d:\d\d UTC +never +never +0123$/)
    expect(rows[1]).toMatch(/^2 +jenkins +user2 .* glptt-1{40}$/)
  })

  it('reads all pages of the list', async () => {
    sim = await gitlabWithTokens()
    for (let i = 0; i < 120; i++)
      sim.addTriggerToken({
        token: `glptt-${String(i).padStart(40, '0')}`,
        projectId: PROJECT_ID,
        ownerUserId: 2
      })
    const run = await tokens(sim, 'list', '--json')

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout)).toHaveLength(122)
    expect(sim.requests.filter(r => r.path.endsWith('/triggers'))).toHaveLength(2)
  })

  it("prints GitLab's JSON with --json", async () => {
    sim = await gitlabWithTokens()
    const list = await tokens(sim, 'list', '--json')
    expect(list.exitCode).toBe(0)
    expect(JSON.parse(list.stdout)).toEqual([
      expect.objectContaining({
        id: 1,
        token: '0123',
        owner: expect.objectContaining({ username: 'root' })
      }),
      expect.objectContaining({
        id: 2,
        token: 'glptt-1111111111111111111111111111111111111111',
        description: 'jenkins'
      })
    ])

    const get = await tokens(sim, 'get', '2', '--json')
    expect(get.exitCode).toBe(0)
    expect(JSON.parse(get.stdout)).toMatchObject({ id: 2, description: 'jenkins', last_used: null })
  })

  it('shows one token with get', async () => {
    sim = await gitlabWithTokens()
    const run = await tokens(sim, 'get', '1')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^ID: +1$/m)
    expect(run.stdout).toMatch(/^Owner: +root$/m)
    expect(run.stdout).toMatch(/^Token: +0123$/m)
  })

  it('prints a created token once, clearly, with a note to store it as a secret', async () => {
    sim = await gitlabWithTokens()
    const run = await tokens(sim, 'create', '--description', 'deploys from CircleCI')

    expect(run.exitCode).toBe(0)
    expect(JSON.parse(sim.requests.at(-1)!.body)).toEqual({ description: 'deploys from CircleCI' })
    const match = /^Created trigger token (\d+): (glptt-[0-9a-f]{40})\n$/.exec(run.stdout)
    expect(match).not.toBeNull()
    const token = match![2]
    expect((run.stdout + run.stderr).split(token)).toHaveLength(2)
    expect(run.stderr).toMatch(/Store it now as a secret/)

    // The token printed is one that triggers pipelines.
    const trigger = await runCli(triggerArgs(sim), { GITLAB_TRIGGER_TOKEN: token })
    expect(trigger.exitCode).toBe(0)
  })

  it('creates with --json, printing the object GitLab returned', async () => {
    sim = await gitlabWithTokens()
    const run = await tokens(sim, 'create', '--description', 'nightly', '--json')
    expect(run.exitCode).toBe(0)
    expect(JSON.parse(run.stdout)).toMatchObject({
      id: 3,
      description: 'nightly',
      token: expect.stringMatching(/^glptt-/)
    })
  })

  it('updates the description of a token', async () => {
    sim = await gitlabWithTokens()
    const run = await tokens(sim, 'update', '2', '--description', 'jenkins (prod)')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe('Updated trigger token 2: "jenkins (prod)"\n')

    const json = await tokens(sim, 'update', '2', '--description', 'jenkins (staging)', '--json')
    expect(JSON.parse(json.stdout)).toMatchObject({ id: 2, description: 'jenkins (staging)' })
  })

  it('deletes a token, which then no longer triggers', async () => {
    sim = await gitlabWithTokens()
    const run = await tokens(sim, 'delete', '1', '--yes')
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe('Deleted trigger token 1\n')
    expect(sim.requests.at(-1)).toMatchObject({ method: 'DELETE', status: 204 })

    const json = await tokens(sim, 'delete', '2', '-y', '--json')
    expect(JSON.parse(json.stdout)).toEqual({ id: 2, deleted: true })

    const trigger = await runCli(triggerArgs(sim), tokensEnv())
    expect(trigger.exitCode).toBe(3)
  })

  it.each<[string, string[], Record<string, string>, RegExp]>([
    [
      'no command',
      [],
      {},
      /^error: tokens needs one of list, get, create, update, delete; got no command$/m
    ],
    ['an unknown command', ['rotate', '1'], {}, /^error: tokens needs one of .*; got "rotate"$/m],
    ['a missing --project', ['list', '--project', ''], {}, /^error: --project is required/m],
    [
      'a missing ID',
      ['get'],
      {},
      /^error: tokens get needs the token's numeric ID, e\.g\. tokens get 12/m
    ],
    [
      'an ID that is not a number',
      ['delete', 'abc'],
      {},
      /^error: tokens delete needs the token's numeric ID, got "abc"/m
    ],
    ['a missing --description', ['create'], {}, /^error: tokens create needs --description TEXT/m],
    [
      'no GITLAB_API_TOKEN',
      ['list'],
      { GITLAB_API_TOKEN: '' },
      /^error: GITLAB_API_TOKEN is not set: managing trigger tokens needs an access token with the api scope/m
    ],
    [
      'a trigger token as GITLAB_API_TOKEN',
      ['list'],
      { GITLAB_API_TOKEN: TRIGGER_TOKEN },
      /^error: GITLAB_API_TOKEN is a pipeline trigger token/m
    ]
  ])('exits 2 without a request for %s', async (_, args, env, message) => {
    sim = await gitlabWithTokens()
    const run = await runCli(
      [
        'tokens',
        ...args,
        ...(args.includes('--project') ? [] : ['--project', PROJECT_PATH]),
        '--gitlab-url',
        sim.url
      ],
      { GITLAB_API_TOKEN: OTHER_USER_API_TOKEN, ...env }
    )

    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(message)
    expect(run.stderr).toMatch(/^usage: gitlab-trigger-and-wait tokens /m)
    expect(run.stdout).toBe('')
    expect(sim.requests).toHaveLength(0)
  })

  it("exits 3 with GitLab's message and the hint when GitLab refuses", async () => {
    sim = await gitlabWithTokens()
    const notFound = await tokens(sim, 'get', '99')
    expect(notFound.exitCode).toBe(3)
    expect(notFound.stderr).toMatch(/^error: GitLab answered 404: 404 Not found/m)

    // Only a token's owner may change it.
    const forbidden = await tokens(sim, 'update', '1', '--description', 'mine now')
    expect(forbidden.exitCode).toBe(3)
    expect(forbidden.stderr).toMatch(
      /^error: GitLab answered 403: 403 Forbidden - The current user is not authorized to update the pipeline trigger token\. Managing trigger tokens needs/m
    )
    expect(forbidden.stdout).toBe('')
  })

  it('exits 3 naming the host and port when GitLab cannot be reached', async () => {
    const port = await closedPort()
    const run = await runCli(
      ['tokens', 'list', '--project', PROJECT_PATH, '--gitlab-url', `http://127.0.0.1:${port}`],
      { GITLAB_API_TOKEN: OTHER_USER_API_TOKEN }
    )
    expect(run.exitCode).toBe(3)
    expect(run.stderr).toContain(`could not connect to 127.0.0.1:${port}`)
  })

  it('prints its usage with tokens --help', async () => {
    const run = await runCli(['tokens', '--help'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toMatch(/^Usage: gitlab-trigger-and-wait tokens COMMAND --project PROJECT/)
    expect(run.stdout).toContain('shortened to 4 characters')
  })
})

describe('at a terminal', () => {
  it('never echoes a token given to a misspelt flag, after = or among the arguments, and suggests the flag', async () => {
    sim = await gitlabWith()
    const [afterSpace, afterEquals, noPrefix, positional, jobToken] = STRAY_SECRETS
    const run = await runCli(
      triggerArgs(
        sim,
        '--api-tokn',
        afterSpace,
        `--trigger-tokn=${afterEquals}`,
        '--secret',
        noPrefix,
        `--wait=${jobToken}`,
        positional
      ),
      tokensEnv()
    )

    expect(run.exitCode).toBe(2)
    expect(sim.requests).toHaveLength(0)
    for (const secret of STRAY_SECRETS) expect(run.stderr + run.stdout).not.toContain(secret)
    expect(run.stderr).toMatch(/^error: unknown option --api-tokn; did you mean --api-token\?$/m)
    expect(run.stderr).toMatch(
      /^error: unknown option --trigger-tokn; did you mean --trigger-token\?$/m
    )
    expect(run.stderr).toMatch(/^error: --wait takes no value; leave out the "=…"$/m)
    expect(run.stderr).toMatch(/^error: unexpected argument "\*\*\*"$/m)
  })

  it('suggests the flag a typo meant: --rfe is --ref, --acept-statuses is --accept-statuses', async () => {
    const run = await runCli(
      ['--project', PROJECT_PATH, '--rfe', 'main', '--acept-statuses', 'success', '--jsn'],
      tokensEnv()
    )
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/^error: unknown option --rfe; did you mean --ref\?$/m)
    expect(run.stderr).toMatch(
      /^error: unknown option --acept-statuses; did you mean --accept-statuses\?$/m
    )
    expect(run.stderr).toMatch(/^error: unknown option --jsn; did you mean --json\?$/m)
  })

  it('prints the version with -V, like --version', async () => {
    const run = await runCli(['-V'])
    expect(run.exitCode).toBe(0)
    expect(run.stdout).toBe(`${VERSION}\n`)
  })

  it('reads a real dotenv file with --variables-file: export, quotes, comments, multi-line values; --var wins', async () => {
    sim = await gitlabWith()
    const file = join(workDir, 'real.env')
    writeFileSync(
      file,
      [
        '# deployment settings',
        'export DEPLOY_ENV=staging',
        'GREETING="hello world" # a trailing comment',
        "SINGLE='kept # not a comment'",
        'CERT="line one',
        'line two"',
        'EMPTY=',
        'REGION=eu',
        ''
      ].join('\n')
    )
    const run = await runCli(
      triggerArgs(sim, '--variables-file', file, '--var', 'REGION=us'),
      tokensEnv()
    )

    expect(run.exitCode).toBe(0)
    expect(sim.pipelines[0].variables).toEqual({
      DEPLOY_ENV: 'staging',
      GREETING: 'hello world',
      SINGLE: 'kept # not a comment',
      CERT: 'line one\nline two',
      EMPTY: '',
      REGION: 'us',
      GITLAB_TRIGGER_AND_WAIT_RUN: expect.stringMatching(/^invocation-/)
    })
  })

  it('refuses a --variables-file with a bad key, naming the flags', async () => {
    sim = await gitlabWith()
    const file = join(workDir, 'bad.env')
    writeFileSync(file, 'DEPLOY.ENV=staging\n')
    const run = await runCli(triggerArgs(sim, '--variables-file', file), tokensEnv())
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /^error: --var\/--variables-file "DEPLOY\.ENV" is not a valid variable key/m
    )
    expect(sim.requests).toHaveLength(0)
  })

  it('words its errors in flag names, not action input names', async () => {
    const run = await runCli(
      [
        '--project',
        PROJECT_PATH,
        '--ref',
        'main',
        '--gitlab-url',
        'https://u:p@gitlab.example.com'
      ],
      tokensEnv()
    )
    expect(run.exitCode).toBe(2)
    // Tokens belong in their variables: the flags are visible to other processes.
    expect(run.stderr).toMatch(/pass tokens in GITLAB_TRIGGER_TOKEN and GITLAB_API_TOKEN instead/)
  })

  it.each<[string, string[], number]>([
    ['a triggered pipeline', [], 0],
    ['a pipeline that fails', ['--wait', '--poll-interval', '1s', '--timeout', '60s'], 1]
  ])(
    'exits with the outcome of %s, without a stack trace, when stdout is closed early',
    async (_, extra, code) => {
      sim = await gitlabWith({
        jobs: [job('unit', 'test', 200, { result: code === 0 ? 'success' : 'failed' })]
      })
      const cli = startCli(triggerArgs(sim, '--json', ...extra), tokensEnv())
      // What `| head -c0` does: the reader is gone before anything is written.
      cli.child.stdout!.destroy()
      const run = await cli.result

      expect(run.exitCode).toBe(code)
      expect(run.signal).toBeNull()
      expect(sim.pipelines).toHaveLength(1)
      expect(run.stderr).not.toMatch(/EPIPE|^\s+at /m)
    }
  )
})

describe('secrets', () => {
  it('hides a masked secret in everything printed, stdout included (second line of defence)', () => {
    const printed: string[] = []
    const reporter = new CliReporter(
      {},
      { stdout: text => printed.push(text), stderr: text => printed.push(text) }
    )
    reporter.mask('s3cret')
    reporter.mask('s3cret-longer')
    reporter.error('GitLab echoed s3cret-longer and s3cret')
    reporter.group('log', 'token=s3cret')
    reporter.result('{"x":"s3cret"}')
    expect(printed.join('')).not.toContain('s3cret')
    expect(printed).toEqual([
      'error: GitLab echoed *** and ***\n',
      '--- log\n    token=***\n',
      '{"x":"***"}\n'
    ])
  })

  it('never prints a token it was given, in any run of this file', () => {
    expect(transcripts.length).toBeGreaterThan(30)
    const leaks = transcripts.flatMap(run =>
      GIVEN_SECRETS.filter(secret => (run.stdout + run.stderr).includes(secret)).map(
        secret => `${run.args.join(' ')} printed ${secret.slice(0, 12)}…`
      )
    )
    expect(leaks).toEqual([])
  })
})
