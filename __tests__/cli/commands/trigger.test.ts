// The CLI's default command in-process: its flags, --variables-file, the exit codes and --json,
// and a run against the simulator printed through a captured reporter.
import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import {
  exitCodeOf,
  parseTriggerArgs,
  resultJson,
  runTrigger
} from '../../../src/cli/commands/trigger.js'
import { CliReporter } from '../../../src/cli/reporter.js'
import type { Pipeline } from '../../../src/gitlab/schemas.js'
import type { RunResult } from '../../../src/run/run-result.js'
import { PROJECT_PATH, TRIGGER_TOKEN, gitlabWith } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const BASE = ['--project', 'g/app', '--ref', 'main']

describe('parseTriggerArgs', () => {
  it('tells help and version from a trigger, and never asks for a job summary', () => {
    expect(parseTriggerArgs(['--help'], {})).toEqual({ kind: 'help' })
    expect(parseTriggerArgs(['--version'], {})).toEqual({ kind: 'version' })
    const command = parseTriggerArgs([...BASE, '--json'], {})
    expect(command.kind === 'trigger' && command.json).toBe(true)
    expect(command.kind === 'trigger' && command.inputs.raw.summary).toBe('false')
  })

  it('merges --variables-file with --var, a --var winning for its key', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'vars-')), 'deploy.env')
    writeFileSync(file, '# settings\nexport DEPLOY_ENV="staging"\nREGION=eu\n')
    const command = parseTriggerArgs([...BASE, '--variables-file', file, '--var', 'REGION=us'], {})
    if (command.kind !== 'trigger') throw new Error('not a trigger')
    expect(JSON.parse(command.inputs.raw.variables ?? '')).toEqual({
      DEPLOY_ENV: 'staging',
      REGION: 'us'
    })
    expect(command.inputs.labels.variables).toBe('--var/--variables-file')
    expect(command.inputs.problems).toEqual([])
  })

  it('says what is wrong with a variables file, naming the flag and an example', () => {
    const dir = mkdtempSync(join(tmpdir(), 'vars-'))
    const problemsOf = (argv: string[]) => {
      const command = parseTriggerArgs([...BASE, ...argv], {})
      return command.kind === 'trigger' ? command.inputs.problems : []
    }
    expect(problemsOf(['--variables-file', join(dir, 'missing.env')])).toEqual([
      expect.stringMatching(
        /^--variables-file cannot read ".*missing\.env": no such file\. Example: --variables-file deploy\.env/
      )
    ])
    expect(problemsOf(['--variables-file', dir])).toEqual([
      expect.stringMatching(/it is a directory/)
    ])
    const junk = join(dir, 'junk.env')
    writeFileSync(junk, 'just words\n')
    expect(problemsOf(['--variables-file', junk])).toEqual([
      expect.stringMatching(/has no KEY=VALUE line/)
    ])
    const file = join(dir, 'ok.env')
    writeFileSync(file, 'A=1\n')
    expect(problemsOf(['--variables-file', file, '--var', 'B=1', '--var', 'B=2'])).toEqual([
      '--var B is set twice; set each variable once'
    ])
  })
})

const PIPELINE: Pipeline = {
  id: 7,
  iid: 1,
  project_id: 42,
  sha: 'a'.repeat(40),
  ref: 'main',
  status: 'running',
  web_url: 'https://gitlab.example.com/g/app/-/pipelines/7',
  duration: null
}
const result = (parts: Partial<RunResult>): RunResult => ({
  outcome: 'triggered',
  jobs: [],
  startedAt: 0,
  endedAt: 0,
  ...parts
})

describe('exitCodeOf and resultJson', () => {
  it('exits 0 when accepted or only triggered, 3 when GitLab refused, 1 otherwise', () => {
    expect(exitCodeOf(result({ outcome: 'accepted' }))).toBe(0)
    expect(exitCodeOf(result({ outcome: 'triggered' }))).toBe(0)
    expect(exitCodeOf(result({ outcome: 'gitlab-error' }))).toBe(3)
    for (const outcome of ['not-accepted', 'timeout', 'aborted', 'results-failed'] as const)
      expect(exitCodeOf(result({ outcome }))).toBe(1)
  })

  it('is {} before a pipeline exists, the creation outputs once one does, the jobs once seen', () => {
    expect(resultJson(result({}))).toEqual({})
    expect(resultJson(result({ pipeline: PIPELINE }))).toEqual({
      pipeline_id: 7,
      pipeline_iid: 1,
      web_url: PIPELINE.web_url,
      project_id: 42,
      sha: PIPELINE.sha,
      ref: 'main',
      status: 'running'
    })
    const waited = resultJson(
      result({
        pipeline: PIPELINE,
        finalStatus: 'success',
        duration: 12,
        jobOutputs: { A: '1' },
        artifactsDir: '/w/a'
      })
    )
    expect(waited).toMatchObject({
      status: 'success',
      duration: 12,
      jobs: [],
      pipelines: [],
      job_outputs: { A: '1' },
      artifacts_dir: '/w/a'
    })
  })
})

describe('runTrigger', () => {
  function captured(showDebug = false) {
    const out: string[] = []
    const err: string[] = []
    const reporter = new CliReporter(
      { colour: false, showDebug },
      { stdout: text => out.push(text), stderr: text => err.push(text) }
    )
    return { reporter, stdout: () => out.join(''), stderr: () => err.join('') }
  }

  it('triggers, prints the pipeline address on stdout and exits 0, never showing the token', async () => {
    sim = await gitlabWith()
    const { reporter, stdout, stderr } = captured()
    const code = await runTrigger(
      ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--ref', 'main'],
      { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN },
      reporter
    )
    expect(code).toBe(0)
    expect(stdout()).toBe(`${sim.url}/${PROJECT_PATH}/-/pipelines/${sim.pipelines[0].id}\n`)
    expect(stderr()).not.toContain(TRIGGER_TOKEN)
  })

  it('prints one JSON object with --json, and a debug line per request when asked', async () => {
    sim = await gitlabWith()
    const { reporter, stdout, stderr } = captured(true)
    const code = await runTrigger(
      ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--ref', 'main', '--json'],
      { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, GITLAB_TRIGGER_DEBUG: '1' },
      reporter
    )
    expect(code).toBe(0)
    expect(JSON.parse(stdout())).toMatchObject({ pipeline_id: sim.pipelines[0].id, ref: 'main' })
    expect(stderr()).toMatch(
      /^debug: GitLab request: POST \/projects\/.*\/trigger\/pipeline -> 201 in \d+ms/m
    )
  })

  it('exits 3 when GitLab refuses the trigger, printing nothing on stdout', async () => {
    sim = await gitlabWith()
    const { reporter, stdout, stderr } = captured()
    const code = await runTrigger(
      ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--ref', 'no-such-ref'],
      { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN },
      reporter
    )
    expect(code).toBe(3)
    expect(stdout()).toBe('')
    expect(stderr()).toMatch(/^error: .*"no-such-ref" does not exist/m)
  })
})
