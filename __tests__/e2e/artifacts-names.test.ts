/**
 * `artifacts` for jobs whose names no file system takes as they are (issue 16, point 3): names
 * of up to 255 characters, non-ASCII, or differing only in case, through dist/ against the
 * simulator. The folder rule is docs/contract.md section 3.8: the name's start, whole characters,
 * within 127 UTF-8 bytes, then `-` and 8 hex digits of the SHA-256 of the full name.
 */
import { createHash } from 'node:crypto'
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
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
  const dir = mkdtempSync(join(tmpdir(), 'e2e-names-'))
  dirs.push(dir)
  return dir
}

const hashOf = (name: string) => createHash('sha256').update(name).digest('hex').slice(0, 8)
const bytes = (name: string) => Buffer.byteLength(name)

/** A job that keeps one file, `which.txt`, holding its own name. */
const jobKeeping = (name: string) =>
  job(name, 'build', 300, { artifacts: [{ name: 'which.txt', data: name }] })

// A parallel:matrix job's name as GitLab writes it, 250 characters long.
const MATRIX_NAME =
  `test: [${'linux-x64, node-24, postgres-17, '.repeat(8)}redis-8]`.slice(0, 249) + ']'

describe('artifacts of jobs with long or unusual names (dist/index.js)', () => {
  it('extracts the artifacts of a 250-character job into a shortened, recognisable folder', async () => {
    expect(MATRIX_NAME).toHaveLength(250)
    sim = await gitlabWith({ jobs: [jobKeeping(MATRIX_NAME)] })
    const ws = workspace()
    const step = await runStep(waitInputs(sim, { artifacts: MATRIX_NAME }), {
      env: { GITHUB_WORKSPACE: ws }
    })
    expect(step.stdout).not.toMatch(/ENAMETOOLONG/)
    expect(step.exitCode).toBe(0)
    const folders = readdirSync(join(ws, 'gitlab-artifacts'))
    expect(folders).toEqual([
      `${MATRIX_NAME.replace(':', '_').slice(0, 118)}-${hashOf(MATRIX_NAME)}`
    ])
    expect(bytes(folders[0])).toBeLessThanOrEqual(127)
    expect(readFileSync(join(ws, 'gitlab-artifacts', folders[0], 'which.txt'), 'utf8')).toBe(
      MATRIX_NAME
    )
    expect(step.stdout).toMatch(/Extracted 1 file\(s\)/)
  })

  it('keeps jobs equal up to the cut, and non-ASCII names, in folders of their own', async () => {
    const start = 'deploy-review-environment-'.repeat(9)
    const names = [
      `${start}eu-west-1`.slice(-250),
      `${start}us-east-2`.slice(-250),
      '測試環境'.repeat(62) + '部署',
      `${'🚀 déploiement '.repeat(16)}`.trim()
    ]
    sim = await gitlabWith({ jobs: names.map(jobKeeping) })
    const ws = workspace()
    const step = await runStep(waitInputs(sim, { artifacts: names.join('\n') }), {
      env: { GITHUB_WORKSPACE: ws }
    })
    expect(step.exitCode).toBe(0)
    const folders = readdirSync(join(ws, 'gitlab-artifacts'))
    expect(folders).toHaveLength(4)
    for (const name of names) {
      const folder = folders.find(f => f.endsWith(`-${hashOf(name)}`))
      expect(folder).toBeDefined()
      expect(bytes(folder!)).toBeLessThanOrEqual(127)
      expect(name.startsWith(folder!.slice(0, -9))).toBe(true)
      expect(readFileSync(join(ws, 'gitlab-artifacts', folder!, 'which.txt'), 'utf8')).toBe(name)
    }
  })

  it('moves a Windows device name off the device', async () => {
    sim = await gitlabWith({ jobs: [jobKeeping('nul.txt')] })
    const ws = workspace()
    const step = await runStep(waitInputs(sim, { artifacts: 'nul.txt' }), {
      env: { GITHUB_WORKSPACE: ws }
    })
    expect(step.exitCode).toBe(0)
    expect(readdirSync(join(ws, 'gitlab-artifacts'))).toEqual(['nul_.txt'])
  })
})

describe('artifacts of jobs with long or unusual names (dist/cli.js)', () => {
  it('refuses two jobs whose names differ only in case, which would share a folder on macOS and Windows', async () => {
    sim = await gitlabWith({ jobs: [jobKeeping('Build'), jobKeeping('build')] })
    const cwd = workspace()
    const run = await runCli(
      [
        ...['--gitlab-url', sim.url, '--project', PROJECT_PATH, '--ref', 'main', '--wait'],
        ...['--poll-interval', '1s', '--artifacts', 'Build', '--artifacts', 'build']
      ],
      { cwd, env: { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, GITLAB_API_TOKEN: API_TOKEN } }
    )
    expect(run.exitCode).toBe(1)
    expect(run.stderr).toMatch(/jobs Build and build would both go to build\//)
    expect(readdirSync(join(cwd, 'gitlab-artifacts'))).toEqual(['Build'])
  })
})
