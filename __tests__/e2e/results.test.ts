/**
 * outputs-from, artifacts, pipeline-id and play-manual through dist/: the action with the runner's
 * files and the command line with --json, against the simulator on real time.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, describe, expect, it } from '@jest/globals'
import { runCli, runStep } from '../../test/harness/run-step.js'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  triggerInputs,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator | undefined
const dirs: string[] = []
afterEach(async () => {
  await sim?.close()
  sim = undefined
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true })
})

const workspace = () => {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-ws-'))
  dirs.push(dir)
  return dir
}

const SECRET = 'glpat-deploytokenvalue0000001'
const DEPLOY_ENV = `DEPLOY_URL=https://review-7.example.com\nDEPLOY_TOKEN=${SECRET}\n`

describe('the action brings results back (dist/index.js)', () => {
  it('sets one output per key and job-outputs, masking a token before any output is set', async () => {
    sim = await gitlabWith({
      jobs: [
        job('deploy', 'deploy', 300, { artifacts: [{ name: 'deploy.env', data: DEPLOY_ENV }] })
      ]
    })
    const step = await runStep(waitInputs(sim, { 'outputs-from': 'deploy:deploy.env' }))
    expect(step.exitCode).toBe(0)
    expect(step.outputs.DEPLOY_URL).toBe('https://review-7.example.com')
    expect(step.outputs.DEPLOY_TOKEN).toBe(SECRET)
    expect(JSON.parse(step.outputs['job-outputs'])).toEqual({
      DEPLOY_URL: 'https://review-7.example.com',
      DEPLOY_TOKEN: SECRET
    })
    const maskAt = step.stdout.indexOf(`::add-mask::${SECRET}`)
    expect(maskAt).toBeGreaterThanOrEqual(0)
    // The value never reaches the log other than in its mask command.
    expect(step.stdout.split(SECRET)).toHaveLength(2)
  })

  it('fails the step naming the job and path when the file is missing', async () => {
    sim = await gitlabWith({ jobs: [job('deploy', 'deploy', 300)] })
    const step = await runStep(waitInputs(sim, { 'outputs-from': 'deploy:deploy.env' }))
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('success')
    expect(step.stdout).toMatch(
      /::error title=GitLab results not read::outputs-from deploy:deploy\.env: /
    )
  })

  it('extracts artifacts into GITHUB_WORKSPACE/artifacts-dir/JOB and sets artifacts-dir', async () => {
    sim = await gitlabWith({
      jobs: [
        job('build', 'build', 300, {
          artifacts: [
            { name: 'dist/app.js', data: 'ok\n' },
            { name: 'dist/sub/data.json', data: '{}' }
          ]
        })
      ]
    })
    sim.setArtifactsRedirect(true)
    const ws = workspace()
    const step = await runStep(waitInputs(sim, { artifacts: 'build' }), {
      env: { GITHUB_WORKSPACE: ws }
    })
    expect(step.exitCode).toBe(0)
    expect(step.outputs['artifacts-dir']).toBe(join(ws, 'gitlab-artifacts'))
    expect(readFileSync(join(ws, 'gitlab-artifacts/build/dist/app.js'), 'utf8')).toBe('ok\n')
    expect(readFileSync(join(ws, 'gitlab-artifacts/build/dist/sub/data.json'), 'utf8')).toBe('{}')
    expect(step.stdout).toMatch(/Extracted 2 file\(s\)/)
  })

  it('refuses a hostile archive (a link leaving the directory), naming the entry', async () => {
    sim = await gitlabWith({
      jobs: [
        job('build', 'build', 300, {
          artifacts: [
            { name: 'a.txt', data: 'a' },
            { name: 'evil', symlinkTo: '../../../../etc/passwd' }
          ]
        })
      ]
    })
    const ws = workspace()
    const step = await runStep(waitInputs(sim, { artifacts: 'build' }), {
      env: { GITHUB_WORKSPACE: ws }
    })
    expect(step.exitCode).toBe(1)
    expect(step.stdout).toMatch(/::error title=GitLab results not read::artifacts of build: .*evil/)
    expect(existsSync(join(ws, 'gitlab-artifacts/build'))).toBe(false)
  })

  it('attaches to a pipeline an earlier step triggered (no trigger token, no ref)', async () => {
    sim = await gitlabWith({
      jobs: [
        job('deploy', 'deploy', 1500, {
          artifacts: [{ name: 'out.json', data: '{"URL":"https://a.example","N":3}' }]
        })
      ]
    })
    const trigger = await runStep(triggerInputs(sim))
    expect(trigger.exitCode).toBe(0)
    const id = trigger.outputs['pipeline-id']
    const step = await runStep({
      'gitlab-url': sim.url,
      project: PROJECT_PATH,
      'pipeline-id': id,
      'api-token': API_TOKEN,
      'poll-interval': '1s',
      'outputs-from': 'deploy:out.json'
    })
    expect(step.exitCode).toBe(0)
    expect(step.outputs['pipeline-id']).toBe(id)
    expect(step.outputs.status).toBe('success')
    expect(step.outputs.URL).toBe('https://a.example')
    expect(step.outputs.N).toBe('3')
    expect(sim.triggerCount()).toBe(1)
  })

  it('plays a manual gate and waits for the jobs after it', async () => {
    sim = await gitlabWith({
      jobs: [
        job('build', 'build', 300),
        job('deploy-prod', 'deploy', 300, { result: 'manual' }),
        job('smoke', 'verify', 300)
      ]
    })
    const step = await runStep(waitInputs(sim, { 'play-manual': 'deploy-prod' }))
    expect(step.exitCode).toBe(0)
    expect(step.outputs.status).toBe('success')
    expect(step.stdout).toMatch(/::notice title=Played deploy-prod::Played the manual job/)
    expect(sim.requests.filter(r => r.path.endsWith('/play'))).toHaveLength(1)
  })
})

describe('the command line brings results back (dist/cli.js)', () => {
  it('--pipeline-id with --outputs-from and --artifacts: job_outputs and artifacts_dir in --json', async () => {
    sim = await gitlabWith({
      jobs: [
        job('deploy', 'deploy', 800, {
          artifacts: [
            { name: 'deploy.env', data: 'DEPLOY_URL=https://cli.example\n' },
            { name: 'report/index.html', data: '<p>ok</p>' }
          ]
        })
      ]
    })
    const env = { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, GITLAB_API_TOKEN: API_TOKEN }
    const trigger = await runCli(
      ['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--ref', 'main', '--json'],
      { env }
    )
    expect(trigger.exitCode).toBe(0)
    const id = String((JSON.parse(trigger.stdout) as { pipeline_id: number }).pipeline_id)
    const cwd = workspace()
    const run = await runCli(
      [
        '--gitlab-url',
        sim.url,
        '--project',
        PROJECT_PATH,
        '--pipeline-id',
        id,
        '--poll-interval',
        '1s',
        '--outputs-from',
        'deploy:deploy.env',
        '--artifacts',
        'deploy:report/**',
        '--artifacts-dir',
        'arts',
        '--json'
      ],
      { cwd, env: { GITLAB_API_TOKEN: API_TOKEN } }
    )
    expect(run.exitCode).toBe(0)
    const json = JSON.parse(run.stdout) as Record<string, unknown>
    expect(json.pipeline_id).toBe(Number(id))
    expect(json.job_outputs).toEqual({ DEPLOY_URL: 'https://cli.example' })
    expect(json.artifacts_dir).toBe(join(cwd, 'arts'))
    expect(readFileSync(join(cwd, 'arts/deploy/report/index.html'), 'utf8')).toBe('<p>ok</p>')
    expect(sim.triggerCount()).toBe(1)
  })

  it('--outputs-from without --wait or --pipeline-id is bad usage, nothing sent', async () => {
    sim = await gitlabWith()
    const run = await runCli(
      [
        '--gitlab-url',
        sim.url,
        '--project',
        PROJECT_PATH,
        '--ref',
        'main',
        '--outputs-from',
        'deploy:x.env'
      ],
      { env: { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN } }
    )
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(
      /--outputs-from .*needs --wait and GITLAB_API_TOKEN, or --pipeline-id/
    )
    expect(sim.requests).toHaveLength(0)
  })
})

describe('the command line without an access token', () => {
  it('--pipeline-id without GITLAB_API_TOKEN is bad usage naming --pipeline-id, nothing sent', async () => {
    sim = await gitlabWith()
    const run = await runCli([
      '--gitlab-url',
      sim.url,
      '--project',
      PROJECT_PATH,
      '--pipeline-id',
      '7'
    ])
    expect(run.exitCode).toBe(2)
    expect(run.stderr).toMatch(/GITLAB_API_TOKEN is not set, and --pipeline-id needs it/)
    expect(sim.requests).toHaveLength(0)
  })
})
