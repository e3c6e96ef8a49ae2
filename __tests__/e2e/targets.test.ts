/**
 * `targets` (docs/contract.md section 6.1) through dist/: several pipelines in one step, each in
 * its own project with its own trigger token, side by side or in order, as the runner and a shell
 * run the action and the CLI.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import { runCli, runStep, startStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  startSimulator,
  type JobPlan,
  type Simulator
} from '../../test/simulator/gitlab-simulator.js'
import { API_TOKEN, job } from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})
const workDir = mkdtempSync(join(tmpdir(), 'targets-e2e-'))
afterAll(() => rmSync(workDir, { recursive: true, force: true }))

const projectId = (index: number) => 201 + index
const projectPath = (index: number) => `acme/svc-${index + 1}`
const tokenOf = (index: number) => `glptt-e2eservice${index + 1}token0123456789ab`

/** A simulator with one project (and its own trigger token) per plan. */
async function gitlabWithProjects(plans: JobPlan[][]): Promise<Simulator> {
  const gitlab = await startSimulator()
  gitlab.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  plans.forEach((jobs, index) => {
    gitlab.addProject({ id: projectId(index), path: projectPath(index), refs: ['main'], jobs })
    gitlab.addTriggerToken({ token: tokenOf(index), projectId: projectId(index) })
  })
  return gitlab
}

/** The targets YAML: one item per index, `after` by index. */
function targetsYaml(count: number, after: Record<number, number[]> = {}): string {
  return Array.from({ length: count }, (_, index) =>
    [
      `- name: svc-${index + 1}`,
      `  project: ${projectPath(index)}`,
      '  ref: main',
      `  trigger-token: ${tokenOf(index)}`,
      ...(after[index] ? [`  after: [${after[index].map(i => `svc-${i + 1}`).join(', ')}]`] : [])
    ].join('\n')
  ).join('\n')
}

const stepInputs = (gitlab: Simulator, targets: string, extra: Record<string, string> = {}) => ({
  'gitlab-url': gitlab.url,
  targets,
  wait: 'true',
  'api-token': API_TOKEN,
  'poll-interval': '1s',
  timeout: '60s',
  ...extra
})

const triggersIn = (gitlab: Simulator, index: number) =>
  gitlab.requests.filter(
    r =>
      r.method === 'POST' &&
      r.path.endsWith('/trigger/pipeline') &&
      r.path.includes(encodeURIComponent(projectPath(index)))
  )
const cancels = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))

interface ResultEntry {
  name: string
  project: string
  ref: string
  'pipeline-id': number | null
  'web-url': string | null
  status: string
}

describe('targets (dist/index.js)', () => {
  it('follows two projects side by side: one log naming each, a result per target, a summary section each', async () => {
    sim = await gitlabWithProjects([[job('build', 'build', 800)], [job('deploy', 'deploy', 1200)]])
    const step = await runStep(stepInputs(sim, targetsYaml(2)))
    expect(step.exitCode).toBe(0)
    const results = JSON.parse(step.outputs.results) as ResultEntry[]
    expect(results.map(entry => [entry.name, entry.project, entry.status])).toEqual([
      ['svc-1', projectPath(0), 'success'],
      ['svc-2', projectPath(1), 'success']
    ])
    // The single outputs describe the first target.
    expect(step.outputs['pipeline-id']).toBe(String(results[0]['pipeline-id']))
    expect(step.outputs.status).toBe('success')
    expect(triggersIn(sim, 0)[0].params.token).toBe(tokenOf(0))
    expect(triggersIn(sim, 1)[0].params.token).toBe(tokenOf(1))
    expect(step.stdout).toMatch(/^\[svc-2\] Pipeline #\d+/m)
    expect(step.summary).toMatch(/^## GitLab pipelines \(2 targets\)/)
    expect(step.summary).toMatch(/^## Target svc\\-1$/m)
    expect(step.summary).toMatch(/^## Target svc\\-2$/m)
  })

  it('streams the live logs of both targets on one budget, each line naming its target once', async () => {
    // Long enough for the reads the budget paces (about one request a second for both targets).
    const writer = (name: string) =>
      job(name, 'test', 10_000, {
        logLines: [1, 2, 3].map(i => ({ atMs: i * 2_500, text: `${name} line ${i}` }))
      })
    sim = await gitlabWithProjects([[writer('unit')], [writer('e2e')]])
    const step = await runStep(stepInputs(sim, targetsYaml(2), { 'job-logs': 'live' }))
    expect(step.exitCode).toBe(0)
    const lines = step.stdout.split('\n')
    for (const [target, name] of [
      ['svc-1', 'unit'],
      ['svc-2', 'e2e']
    ])
      for (const i of [1, 2, 3]) {
        const shown = lines.filter(line => line.includes(`${name} line ${i}`))
        // Once, and as that target's (`[svc-1] …`, or inside a group whose title names it).
        expect(shown).toHaveLength(1)
        const group = lines
          .slice(0, lines.indexOf(shown[0]))
          .reverse()
          .find(line => line.startsWith('::group::') || line.startsWith('::endgroup::'))
        expect(
          shown[0].startsWith(`[${target}] `) || group?.startsWith(`::group::[${target}] `)
        ).toBe(true)
      }
    // Each log is read while its job runs, not only at the end: a trace read before the job ended.
    for (const index of [0, 1]) {
      const started = Math.min(...triggersIn(sim, index).map(r => r.at))
      const reads = sim.requests.filter(
        r => r.path.endsWith('/trace') && r.path.includes(`/projects/${projectId(index)}/`)
      )
      expect(reads.some(r => r.at < started + 10_000)).toBe(true)
    }
  })

  it('masks every trigger token of targets before anything else is printed', async () => {
    sim = await gitlabWithProjects([[job('build', 'build', 300)], [job('deploy', 'deploy', 300)]])
    const step = await runStep(stepInputs(sim, targetsYaml(2)))
    const lines = step.stdout.split('\n').filter(Boolean)
    const masks = lines.findIndex(line => !line.startsWith('::add-mask::'))
    const masked = lines.slice(0, masks).map(line => line.slice('::add-mask::'.length))
    expect(masked).toEqual(expect.arrayContaining([tokenOf(0), tokenOf(1)]))
    expect(lines.slice(masks).join('\n')).not.toMatch(/e2eservice/)
  })

  it('follows five projects side by side, each triggered once', async () => {
    sim = await gitlabWithProjects(Array.from({ length: 5 }, () => [job('work', 'test', 1000)]))
    const step = await runStep(stepInputs(sim, targetsYaml(5)))
    expect(step.exitCode).toBe(0)
    expect(sim.triggerCount()).toBe(5)
    const results = JSON.parse(step.outputs.results) as ResultEntry[]
    expect(results.map(entry => entry.status)).toEqual(Array(5).fill('success'))
    const triggered = [0, 1, 2, 3, 4].map(index => triggersIn(sim!, index)[0].at)
    // Side by side: all were triggered before the first pipeline could end.
    expect(Math.max(...triggered) - Math.min(...triggered)).toBeLessThan(1000)
  })

  it('in a chain with a failure in the middle, triggers none after it and fails the step', async () => {
    sim = await gitlabWithProjects([
      [job('build', 'build', 300)],
      [job('migrate', 'deploy', 300, { result: 'failed' })],
      [job('deploy', 'deploy', 300)]
    ])
    const step = await runStep(stepInputs(sim, targetsYaml(3, { 1: [0], 2: [1] })))
    expect(step.exitCode).toBe(1)
    const results = JSON.parse(step.outputs.results) as ResultEntry[]
    expect(results.map(entry => entry.status)).toEqual(['success', 'failed', 'not-triggered'])
    expect(results[2]['pipeline-id']).toBeNull()
    expect(step.outputs.status).toBe('failed')
    expect(triggersIn(sim, 2)).toHaveLength(0)
    const errors = workflowCommands(step.stdout, 'error')
    expect(errors.map(error => error.properties)).toEqual(
      expect.arrayContaining([expect.stringMatching(/title=svc-2: /), 'title=svc-3: Not triggered'])
    )
  })

  it('cancels every running pipeline at the timeout', async () => {
    sim = await gitlabWithProjects([[job('slow', 'test', 60_000)], [job('slow', 'test', 60_000)]])
    const step = await runStep(stepInputs(sim, targetsYaml(2), { timeout: '3s' }))
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('timeout')
    expect(cancels(sim)).toHaveLength(2)
    const results = JSON.parse(step.outputs.results) as ResultEntry[]
    expect(results.map(entry => entry.status)).toEqual(['timeout', 'timeout'])
  })

  it('on a re-run, each target follows its own earlier pipeline and nothing is triggered', async () => {
    sim = await gitlabWithProjects([[job('build', 'build', 300)], [job('deploy', 'deploy', 300)]])
    const runner = (attempt: number) => ({
      GITHUB_RUN_ID: '5005',
      GITHUB_RUN_ATTEMPT: String(attempt),
      GITHUB_REPOSITORY: 'acme/web',
      GITHUB_JOB: 'release',
      GITHUB_ACTION: 'gitlab'
    })
    const first = await runStep(stepInputs(sim, targetsYaml(2)), { env: runner(1) })
    expect(first.exitCode).toBe(0)
    const again = await runStep(stepInputs(sim, targetsYaml(2)), { env: runner(2) })
    expect(again.exitCode).toBe(0)
    expect(sim.triggerCount()).toBe(2)
    const ids = (run: { outputs: Record<string, string> }) =>
      (JSON.parse(run.outputs.results) as ResultEntry[]).map(entry => entry['pipeline-id'])
    expect(ids(again)).toEqual(ids(first))
  })

  it('the post step cancels every pipeline the killed main step was watching', async () => {
    sim = await gitlabWithProjects([[job('slow', 'test', 60_000)], [job('slow', 'test', 60_000)]])
    const inputs = stepInputs(sim, targetsYaml(2))
    const main = startStep(inputs)
    await main.printed(
      /\[svc-1\] Waiting up to[\s\S]*\[svc-2\] Waiting up to|\[svc-2\] Waiting up to[\s\S]*\[svc-1\] Waiting up to/
    )
    main.child.kill('SIGKILL')
    const killed = await main.result
    expect(cancels(sim)).toHaveLength(0)
    const post = await runStep(inputs, { post: true, state: killed.state })
    expect(post.exitCode).toBe(0)
    expect(cancels(sim)).toHaveLength(2)
  })

  it('reads outputs-from TARGET/JOB from that target only, and triggers without waiting when asked', async () => {
    const deploy = (url: string) =>
      job('deploy', 'deploy', 300, { artifacts: [{ name: 'deploy.env', data: `URL=${url}\n` }] })
    sim = await gitlabWithProjects([
      [deploy('https://one.example')],
      [deploy('https://two.example')]
    ])
    const step = await runStep(
      stepInputs(sim, targetsYaml(2), { 'outputs-from': 'svc-2/deploy:deploy.env' })
    )
    expect(step.exitCode).toBe(0)
    expect(step.outputs.URL).toBe('https://two.example')
    const fired = await runStep(stepInputs(sim, targetsYaml(2), { wait: 'false' }))
    expect(fired.exitCode).toBe(0)
    const results = JSON.parse(fired.outputs.results) as ResultEntry[]
    expect(results.every(entry => entry['pipeline-id'] !== null)).toBe(true)
    expect(sim.triggerCount()).toBe(4)
  })

  it('refuses a target with a bad field before any request, naming the target and the field', async () => {
    sim = await gitlabWithProjects([[job('build', 'build', 300)]])
    const yaml = `${targetsYaml(1)}\n- name: web\n  project: ${projectPath(1)}\n  trigger-token: ${tokenOf(1)}\n`
    const step = await runStep(stepInputs(sim, yaml))
    expect(step.exitCode).toBe(1)
    expect(sim.requests).toHaveLength(0)
    expect(workflowCommands(step.stdout, 'error').map(error => error.message)).toEqual([
      expect.stringMatching(/targets.*target "web": ref is required/)
    ])
  })
})

describe('--targets-file (dist/cli.js)', () => {
  it('follows every target, prints results in --json, and exits 1 when one failed', async () => {
    sim = await gitlabWithProjects([
      [job('build', 'build', 300)],
      [job('migrate', 'deploy', 300, { result: 'failed' })]
    ])
    const file = join(workDir, 'targets.yml')
    writeFileSync(file, targetsYaml(2))
    const run = await runCli(
      [
        '--gitlab-url',
        sim.url,
        '--targets-file',
        file,
        '--wait',
        '--poll-interval',
        '1s',
        '--json'
      ],
      { cwd: workDir, env: { GITLAB_API_TOKEN: API_TOKEN } }
    )
    expect(run.exitCode).toBe(1)
    const json = JSON.parse(run.stdout) as {
      results: Array<Record<string, unknown>>
      status: string
    }
    expect(json.results.map(entry => [entry.name, entry.status])).toEqual([
      ['svc-1', 'success'],
      ['svc-2', 'failed']
    ])
    expect(Object.keys(json.results[0])).toEqual([
      'name',
      'project',
      'ref',
      'pipeline_id',
      'web_url',
      'status'
    ])
    expect(json.status).toBe('failed')
    expect(run.stderr).toMatch(/^\[svc-2\] /m)
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/e2eservice/)
  })
})
