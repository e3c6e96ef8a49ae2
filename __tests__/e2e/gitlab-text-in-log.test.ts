/**
 * GitLab's text never runs a workflow command, end to end: dist/index.js and dist/cli.js against
 * the simulator, with job and stage names, failure reasons, job logs and error bodies built to run
 * `add-mask`, `set-output`, `stop-commands`, `warning` and the legacy `##[` form, split by `\r`,
 * `\n` and `\r\n`. The step's output is read the way the runner reads it (test/harness/runner-log.ts):
 * the commands it runs must be exactly the ones the step meant, and every annotation arrives.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import type { JobPlan, Simulator } from '../../test/simulator/gitlab-simulator.js'
import { inertOneLine, inertText } from '../../src/text/far-side.js'
import { runCli as runBuiltCli, runStep } from '../../test/harness/run-step.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  waitInputs,
  triggerInputs
} from '../support/fixtures.js'
import { runnerView, type RunnerCommand } from '../../test/harness/runner-log.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

/** Built to run a command in each way the runner reads one. */
const ATTACK_LOG = [
  '::add-mask::Pipeline',
  '::set-output name=pwned::from-log',
  '  ::warning title=fake::from an indented log line',
  'progress 10%\r::add-mask::ended\r\n##[set-output name=crlf]1',
  'any text ##[warning]legacy form mid-line',
  '\u200b:\u2060:error::with zero-width characters',
  '::stop-commands::halt',
  '::warning::after a stop-commands of the log',
  '::halt::'
].join('\n')

/** A failing pipeline whose every stage, job name, failure reason and log is an attack. */
const HOSTILE_PLAN: JobPlan[] = [
  job('::warning title=fake::a job name', '::stop-commands::halt', 200),
  job('##[add-mask]ended', ' \u00a0\t::warning::indented stage', 200, {
    result: 'failed',
    allowFailure: true,
    failureReason: 'a\r::add-mask::failed',
    log: ATTACK_LOG
  }),
  job('c\r\n##[error]crlf', '\u200b:\u2060:warning::zero-width stage', 200, {
    result: 'failed',
    allowFailure: true,
    failureReason: '##[set-output name=reason]x'
  }),
  job('b\n::set-output name=lf::1', '::add-mask::Running', 300, {
    result: 'failed',
    failureReason: '::stop-commands::again\n::warning::after stop',
    log: ATTACK_LOG
  })
]
const FAILED_JOBS = HOSTILE_PLAN.filter(plan => plan.result === 'failed')

const names = (commands: RunnerCommand[]) => commands.map(command => command.name)

/** The group, stop-commands, resume, endgroup of one job log. */
const LOG_GROUP = ['group', 'stop-commands', 'resume', 'endgroup']
/** Resume commands are named by their random token; give them one name. */
const named = (commands: RunnerCommand[]) => {
  let stopped = false
  return names(commands).map(name => {
    if (stopped) {
      stopped = false
      return 'resume'
    }
    stopped = name === 'stop-commands'
    return name
  })
}

describe('the action (dist/index.js) reading GitLab text built to run commands', () => {
  it('runs only its own commands, and every annotation of the step arrives', async () => {
    sim = await gitlabWith({ jobs: HOSTILE_PLAN })
    // Retry lines carry GitLab's and proxies' error bodies.
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+\/jobs$/,
      kind: 'status',
      status: 500,
      body: JSON.stringify({
        message: '::stop-commands::x\n::warning::in a 500\r##[add-mask]Pipeline'
      })
    })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+\/jobs$/,
      kind: 'html',
      status: 502,
      body: '<html><head><title>::add-mask::Pipeline\r\n::warning::proxy ##[warning]title</title></head></html>'
    })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+\/jobs$/,
      kind: 'status',
      status: 503,
      contentType: 'text/plain',
      body: '\r::set-output name=plain::1 ##[warning]plain'
    })
    const step = await runStep(waitInputs(sim))
    const { commands, lines } = runnerView(step.stdout)

    expect(step.exitCode).toBe(1)
    expect(named(commands)).toEqual([
      'add-mask',
      'add-mask',
      'notice',
      ...LOG_GROUP,
      ...LOG_GROUP,
      ...LOG_GROUP,
      'warning',
      'warning',
      'error',
      'error'
    ])
    expect(commands.filter(c => c.name === 'add-mask').map(c => c.data)).toEqual([
      TRIGGER_TOKEN,
      API_TOKEN
    ])

    // One annotation per failed job, titled with its name on one line, in GitLab's order.
    const annotations = commands.filter(c => c.name === 'warning' || c.name === 'error')
    expect(annotations.slice(0, 3).map(c => c.properties.title)).toEqual(
      FAILED_JOBS.map(plan => `GitLab job ${inertOneLine(plan.name)} failed`)
    )
    for (const [index, plan] of FAILED_JOBS.entries())
      expect(annotations[index].data).toContain(inertText(plan.name))
    expect(annotations[3].data).toMatch(/ended failed, which is not in accept-statuses/)
    // The retries happened, their lines shown as text.
    expect(lines.filter(line => /trying again in/.test(line))).toHaveLength(3)
    // On one line, its breaks shown, so nothing in it starts a line.
    expect(
      lines.some(line =>
        line.includes('::stop-commands::x ⏎ ::warning::in a 500 ⏎ ## [add-mask]Pipeline')
      )
    ).toBe(true)
    // The job logs are shown, each line of them.
    expect(lines).toContain('any text ## [warning]legacy form mid-line')
    expect(Object.keys(step.outputs).sort()).toEqual(
      [
        'duration',
        'jobs',
        'pipeline-id',
        'pipeline-iid',
        'pipelines',
        'project-id',
        'ref',
        'sha',
        'status',
        'web-url'
      ].sort()
    )
  }, 60_000)

  it('shows a refusal whose message is built to run commands as one ::error, and only that', async () => {
    sim = await gitlabWith()
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'status',
      status: 400,
      body: JSON.stringify({
        message: { base: ['::stop-commands::halt\r\n::warning::no', '##[add-mask]GitLab'] }
      })
    })
    const step = await runStep(triggerInputs(sim))
    const { commands } = runnerView(step.stdout)

    expect(step.exitCode).toBe(1)
    expect(names(commands)).toEqual(['add-mask', 'error'])
    // Each line of the message is inert too, since the runner echoes the annotation in the log.
    expect(commands[1].data).toContain('::stop-commands::halt\n: :warning::no; ## [add-mask]GitLab')
  })

  it('shows a proxy page built to run commands as one ::error, and only that', async () => {
    sim = await gitlabWith()
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'html',
      status: 403,
      body: '<html><head><title>\n::add-mask::GitLab\r##[warning]blocked</title></head></html>'
    })
    const step = await runStep(triggerInputs(sim))
    const { commands } = runnerView(step.stdout)

    expect(names(commands)).toEqual(['add-mask', 'error'])
    expect(commands[1].data).toMatch(/GitLab answered 403: an HTML page/)
  })
})

const workDir = mkdtempSync(join(tmpdir(), 'gitlab-text-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const WAIT_ARGS = ['--ref', 'main', '--wait', '--poll-interval', '1s', '--timeout', '60s']

function runCli(
  gitlab: Simulator,
  env: Record<string, string> = {},
  command: string[] = [...WAIT_ARGS, '--job-logs', 'all']
) {
  return runBuiltCli([...command, '--gitlab-url', gitlab.url, '--project', PROJECT_PATH], {
    cwd: workDir,
    env: { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, GITLAB_API_TOKEN: API_TOKEN, ...env }
  })
}

// A log and names that also try to drive a terminal: retitle it, clear it, move the cursor.
const TERMINAL_LOG = [
  '\x1b]0;pwned title\x07\x1b[2J\x1b[H\x1b[31mred\x1b[0m plain',
  '\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ bell\x07 csi\x9b2J',
  ATTACK_LOG
].join('\n')

describe('the CLI (dist/cli.js) reading GitLab text built to run commands or drive a terminal', () => {
  const plan = [
    ...HOSTILE_PLAN,
    job('\x1b]0;title\x07\x1b[2Jname', '::add-mask::Running', 100, {
      result: 'failed',
      log: TERMINAL_LOG
    })
  ]

  it('prints no command on stderr or stdout, and no escape sequence when stderr is not a terminal', async () => {
    sim = await gitlabWith({ jobs: plan })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+\/jobs$/,
      kind: 'status',
      status: 500,
      body: JSON.stringify({ message: '::warning::in a 500\r##[add-mask]x\x1b]0;t\x07' })
    })
    const run = await runCli(sim)

    expect(run.exitCode).toBe(1)
    expect(runnerView(run.stderr).commands).toEqual([])
    expect(runnerView(run.stdout).commands).toEqual([])
    // eslint-disable-next-line no-control-regex -- no control character but tab and line feed
    expect(run.stderr).not.toMatch(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/)
    expect(run.stderr).toContain('red plain')
    expect(run.stderr).toContain('link bell\uFFFD csi')
    expect(run.stderr).toMatch(/trying again in/)
    // Two failed jobs and the pipeline: three errors, each on a line of its own.
    expect(run.stderr.split('\n').filter(line => line.startsWith('error: '))).toHaveLength(3)
  }, 60_000)

  it.each([
    ['FORCE_COLOR=1', { FORCE_COLOR: '1' }, true],
    ['FORCE_COLOR=1 and NO_COLOR=1 (forced wins)', { FORCE_COLOR: '1', NO_COLOR: '1' }, true],
    ['NO_COLOR=1', { NO_COLOR: '1' }, false],
    ['FORCE_COLOR=0', { FORCE_COLOR: '0' }, false]
  ])(
    'with %s keeps the colours of job logs: %s, and nothing else',
    async (_name, env, colour) => {
      sim = await gitlabWith({
        jobs: [job('paint', 'test', 100, { result: 'failed', log: TERMINAL_LOG })]
      })
      const run = await runCli(sim, env)
      // eslint-disable-next-line no-control-regex -- escape sequences are what is checked
      const escapes = run.stderr.match(/\x1b[^a-zA-Z]*[a-zA-Z]?/g) ?? []
      if (colour) {
        expect(run.stderr).toContain('\x1b[31mred\x1b[0m plain')
        // Only SGR colour, and a reset after the log.
        // eslint-disable-next-line no-control-regex -- escape sequences are what is checked
        expect(escapes.every(sequence => /^\x1b\[[0-9;]*m$/.test(sequence))).toBe(true)
        expect(escapes.at(-1)).toBe('\x1b[0m')
      } else {
        expect(escapes).toEqual([])
      }
      expect(run.stderr).not.toContain('pwned title')
      expect(run.stderr).not.toContain('\x07')
    },
    30_000
  )
})

// Commands hidden behind what a terminal-safe printer drops: colour, OSC titles and links, erases
// and carriage returns at the start of a line (issue 16, point 4).
const HIDDEN_COMMANDS_LOG = [
  '\x1b[31m::add-mask::behind a colour',
  '\x1b]0;title\x07::set-output name=osc::1',
  '\x1b]8;;https://evil.example\x1b\\::warning::behind a link',
  '\x1b[0K\x1b[36;1m::error::behind an erase and a colour\x1b[0;m',
  '\r::warning::after a carriage return',
  'progress\r\x1b[2K::add-mask::a redraw',
  '#\x1b[0m#[warning]legacy split by a colour'
].join('\n')

describe('the CLI (dist/cli.js) inside a GitHub Actions step (GITHUB_ACTIONS=true)', () => {
  it.each([
    ['end-of-run logs, colour on', 'failed', { FORCE_COLOR: '1' }],
    ['end-of-run logs, no colour', 'failed', {}],
    ['live logs, colour on', 'live', { FORCE_COLOR: '1' }],
    ['live logs, no colour', 'live', {}]
  ])(
    'runs no command from GitLab text hidden behind escapes or carriage returns: %s',
    async (_name, jobLogs, env) => {
      sim = await gitlabWith({
        jobs: [
          job('\x1b]0;t\x07::warning::a name', 'test', 3000, {
            result: 'failed',
            logLines: HIDDEN_COMMANDS_LOG.split('\n')
          })
        ]
      })
      const run = await runCli(sim, { GITHUB_ACTIONS: 'true', ...env }, [
        ...WAIT_ARGS,
        '--job-logs',
        jobLogs
      ])

      expect(run.exitCode).toBe(1)
      expect(runnerView(run.stderr).commands).toEqual([])
      expect(runnerView(run.stdout).commands).toEqual([])
      // The lines are still shown, as text.
      expect(run.stderr).toMatch(/: :add-mask::behind a colour/)
      expect(run.stderr).toMatch(/: :warning::after a carriage return/)
    },
    30_000
  )
})

describe('the CLI (dist/cli.js) printing trigger tokens whose description is built to run commands', () => {
  const description =
    '::add-mask::GitLab\n##[warning]row\r::set-output name=x::1 \x1b]0;t\x07\u009b2J'

  it('shows the table with one line per token, inert, and --json with the exact description', async () => {
    sim = await gitlabWith()
    sim.addTriggerToken({
      token: 'glptt-second0000000000000000000000000000000',
      projectId: 42,
      description
    })
    const table = await runCli(sim, {}, ['tokens', 'list'])
    const json = await runCli(sim, {}, ['tokens', 'list', '--json'])

    expect(table.exitCode).toBe(0)
    expect(runnerView(table.stdout).commands).toEqual([])
    // A heading and two tokens: the description did not add rows.
    expect(table.stdout.trimEnd().split('\n')).toHaveLength(3)
    expect(table.stdout).toContain(
      ': :add-mask::GitLab ⏎ ## [warning]row ⏎ ::set-output name=x::1   root'
    )
    // eslint-disable-next-line no-control-regex -- no control character may reach the terminal
    expect(table.stdout).not.toMatch(/[\x00-\x09\x0b-\x1f\x7f-\x9f]/)

    expect(json.exitCode).toBe(0)
    expect(runnerView(json.stdout).commands).toEqual([])
    const tokens = JSON.parse(json.stdout) as Array<{ description: string }>
    expect(tokens.map(token => token.description)).toContain(description)
  }, 30_000)
})
