import { afterEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { generatedLogLine, type Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runStep, startStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  PROJECT_ID,
  gitlabWith,
  job,
  triggerInputs,
  triggerRequests,
  waitInputs
} from '../support/fixtures.js'

// Issue 8 points 5, 7, 8 and 9 (first part): what GitLab, proxies and the runner do cannot make
// the action lose a pipeline, overrun its time or memory, or retry what cannot change.

let sim: Simulator
afterEach(async () => sim?.close())

const requestsTo = (s: Simulator, method: string, path: RegExp) =>
  s.requests.filter(r => r.method === method && path.test(r.path))
const warnings = (stdout: string) => workflowCommands(stdout, 'warning')
const errors = (stdout: string) => workflowCommands(stdout, 'error')

describe('a created pipeline is never lost', () => {
  it('prints the id and link first, warns once per runner file it cannot write, and still succeeds', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 300)] })
    const dir = mkdtempSync(join(tmpdir(), 'unwritable-'))
    const step = await runStep(waitInputs(sim), {
      env: {
        GITHUB_OUTPUT: dir, // a directory where the file should be
        GITHUB_STATE: join(dir, 'missing', 'state'),
        GITHUB_STEP_SUMMARY: '/dev/full' // every write fails with ENOSPC
      }
    })

    expect(step.exitCode).toBe(0)
    const pipeline = sim.pipelines[0]
    expect(pipeline.status).toBe('success')
    const titles = warnings(step.stdout).map(w => w.properties)
    expect(titles.sort()).toEqual([
      'title=GITHUB_OUTPUT not written',
      'title=GITHUB_STATE not written',
      'title=GITHUB_STEP_SUMMARY not written'
    ])
    const notice = step.stdout.indexOf(
      `::notice title=GitLab pipeline triggered::Pipeline #${pipeline.id}`
    )
    expect(notice).toBeGreaterThanOrEqual(0)
    expect(step.stdout.slice(notice)).toContain(pipeline.webUrl)
    expect(notice).toBeLessThan(step.stdout.indexOf('::warning'))
    expect(step.stdout).toMatch(new RegExp(`Pipeline #${pipeline.id} ended success`))
  })

  it('follows and cancels by the numeric project id, so a project renamed mid-wait changes nothing', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 1500), job('unit', 'test', 60_000)] })
    const step = startStep(waitInputs(sim, { timeout: '4s' }))
    await step.printed(/Waiting up to/)
    sim.renameProject(PROJECT_ID, 'acme/platform/renamed')
    const result = await step.result

    expect(result.outputs.status).toBe('timeout')
    expect(result.stdout).toMatch(/build › build: .*→ success/)
    const afterTrigger = sim.requests.filter(r => !r.path.endsWith('/trigger/pipeline'))
    const reads = afterTrigger.filter(r => r.path.includes('/pipelines/'))
    expect(reads.length).toBeGreaterThan(2)
    for (const request of reads) expect(request.path).toMatch(`/projects/${PROJECT_ID}/`)
    expect(reads.every(r => r.status === 200)).toBe(true)
    expect(requestsTo(sim, 'POST', /\/cancel$/)).toHaveLength(1)
    expect(sim.pipelines[0].canceledAt).toBeDefined()
    expect(result.state['project-id']).toBe(String(PROJECT_ID))
  }, 30_000)
})

describe('the post step', () => {
  it('retries a 502 on the cancel, then cancels', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const main = startStep(waitInputs(sim))
    await main.printed(/Waiting up to/)
    main.child.kill('SIGKILL')
    const killed = await main.result
    sim.renameProject(PROJECT_ID, 'acme/platform/renamed')
    sim.fault({ method: 'POST', path: '/cancel', kind: 'html', status: 502 })

    const post = await runStep(waitInputs(sim), { post: true, state: killed.state })
    expect(post.exitCode).toBe(0)
    const cancels = requestsTo(sim, 'POST', /\/cancel$/)
    expect(cancels.map(r => r.status)).toEqual([502, 200])
    expect(cancels[1].path).toMatch(`/projects/${PROJECT_ID}/`)
    expect(post.stdout).toMatch(/502.*trying again in/)
    expect(warnings(post.stdout)).toHaveLength(0)
    expect(sim.pipelines[0].canceledAt).toBeDefined()
  })
})

describe('every phase ends in time', () => {
  it.each([
    ['while waiting, past the timeout', waitInputs, '600', 'timeout', /1m/],
    [
      'fire-and-forget, past the 5 min cap on trigger retries',
      triggerInputs,
      '3600',
      'timeout',
      /5m/
    ]
  ])(
    'reports a trigger 429 whose Retry-After is too long at once (%s), saying when to retry',
    async (_name, inputs, retryAfter) => {
      sim = await gitlabWith()
      sim.fault({
        method: 'POST',
        path: '/trigger/pipeline',
        kind: 'rate-limit',
        retryAfterSeconds: Number(retryAfter)
      })
      const step = await runStep(inputs(sim, { timeout: '1m' }))

      expect(step.exitCode).toBe(1)
      expect(triggerRequests(sim)).toHaveLength(1)
      expect(sim.triggerCount()).toBe(0)
      expect(step.stdout).not.toMatch(/trying again/)
      const [error] = errors(step.stdout)
      expect(error.message).toMatch(
        /GitLab answered 429.*asks to wait .*longer than the .* allowed for trigger retries: no pipeline was created; run this again after \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ/
      )
    }
  )

  it('ends a log read that hangs at the step limit (timeout plus grace), with a warning', async () => {
    sim = await gitlabWith({
      jobs: [job('unit', 'test', 200, { result: 'failed', log: 'boom\n' })]
    })
    sim.fault({ method: 'GET', path: /\/trace$/, kind: 'hang', times: 5 })
    const step = await runStep(waitInputs(sim, { timeout: '1s' }), {
      env: { GITLAB_REQUEST_TIMEOUT: '120' }
    })

    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('failed')
    // Only the step's own limit could end this read: the request timeout is far longer.
    expect(warnings(step.stdout).map(w => w.message)).toEqual([
      expect.stringMatching(/Could not read the log of job unit: .*abandoned/)
    ])
    expect(requestsTo(sim, 'GET', /\/trace$/)).toHaveLength(1)
    expect(errors(step.stdout).some(e => /test › unit failed/.test(e.message))).toBe(true)
  }, 60_000)

  it('bounds a cancel that hangs after a timeout and says to cancel by hand', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    sim.fault({ method: 'POST', path: '/cancel', kind: 'hang', times: 10 })
    const step = await runStep(waitInputs(sim, { timeout: '2s' }), {
      env: { GITLAB_REQUEST_TIMEOUT: '120' }
    })
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('timeout')
    expect(requestsTo(sim, 'POST', /\/cancel$/).length).toBeGreaterThanOrEqual(1)
    expect(
      warnings(step.stdout)
        .map(w => w.message)
        .join('\n')
    ).toMatch(/Could not cancel pipeline .*Cancel it by hand/)
    expect(errors(step.stdout).map(e => e.properties)).toContain('title=Timed out')
  }, 30_000)

  it('cancels the pipeline on SIGTERM during a log read', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000, { log: 'working\n' })] })
    sim.fault({ method: 'GET', path: /\/trace$/, kind: 'hang', times: 5 })
    const step = startStep(
      waitInputs(sim, { timeout: '2s', 'cancel-on-timeout': 'false', 'job-logs': 'all' }),
      { env: { GITLAB_REQUEST_TIMEOUT: '120' } }
    )
    await step.printed(/did not end within the timeout of 2s; it was running/)
    step.child.kill('SIGTERM')
    const result = await step.result

    expect(result.exitCode).toBe(1)
    expect(requestsTo(sim, 'GET', /\/trace$/)).toHaveLength(1)
    expect(requestsTo(sim, 'POST', /\/cancel$/)).toHaveLength(1)
    expect(sim.pipelines[0].canceledAt).toBeDefined()
    expect(errors(result.stdout).map(e => e.message)).toContainEqual(
      expect.stringMatching(/cancelled while reporting on pipeline/)
    )
    expect(result.state.finished).toBe('true')
  }, 30_000)
})

describe('memory does not grow with logs', () => {
  it('prints the right tail of a 100 MiB log streamed by GitLab', async () => {
    const bytes = 100 * 1024 * 1024
    const lines = bytes / 100
    sim = await gitlabWith({
      jobs: [job('huge', 'test', 200, { result: 'failed', logBytes: bytes })]
    })
    const step = await runStep(waitInputs(sim))

    expect(step.exitCode).toBe(1)
    const group =
      /::group::Log of test › huge \(failed\)\n::stop-commands::(\S+)\n([^]*?)\n::\1::/.exec(
        step.stdout
      )
    expect(group).not.toBeNull()
    const shown = group![2].split('\n')
    expect(shown[0]).toMatch(
      new RegExp(`^… ${lines - 300} earlier lines \\(100\\.0 MiB\\) not shown`)
    )
    expect(shown.slice(1)).toEqual(
      Array.from({ length: 300 }, (_, i) => generatedLogLine(lines - 300 + i))
    )
  }, 60_000)

  it('shows what was read of a log cut short, without downloading it again', async () => {
    const log = Array.from({ length: 2000 }, (_, i) => `line ${i}`).join('\n') + '\n'
    sim = await gitlabWith({ jobs: [job('unit', 'test', 200, { result: 'failed', log })] })
    sim.fault({ method: 'GET', path: /\/trace$/, kind: 'truncated', afterHandling: true })
    const step = await runStep(waitInputs(sim))

    expect(step.exitCode).toBe(1)
    expect(requestsTo(sim, 'GET', /\/trace$/)).toHaveLength(1)
    expect(warnings(step.stdout).map(w => w.message)).toContainEqual(
      expect.stringMatching(
        /The log of job unit was cut short after \d+(\.\d)? KiB \(the answer was cut short\); showing what was read/
      )
    )
    expect(step.stdout).toMatch(
      /::group::Log of test › unit \(failed\)\n::stop-commands::\S+\n… \d+ earlier lines/
    )
    expect(step.stdout).toMatch(/\nline 9\d\d/)
  })
})

describe("GitLab's answers that do not match", () => {
  it('keeps following when one job has a null stage, shows it and warns once', async () => {
    sim = await gitlabWith({ jobs: [job('compile', 'build', 300), job('unit', 'test', 300)] })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+\/jobs$/,
      kind: 'rewrite',
      afterHandling: true,
      times: 1000,
      rewrite: (jobs: Array<Record<string, unknown>>) =>
        jobs.map(j => (j.name === 'unit' ? { ...j, stage: null, name: null } : j))
    })
    const step = await runStep(waitInputs(sim))

    expect(step.exitCode).toBe(0)
    const odd = warnings(step.stdout)
    expect(odd).toHaveLength(1)
    expect(odd[0].properties).toBe('title=Unexpected job in GitLab answer')
    expect(odd[0].message).toMatch(
      /jobs\[0\]\.name is null, not a string; shown with what could be read/
    )
    const jobs = JSON.parse(step.outputs.jobs) as Array<{
      name: string
      stage: string
      status: string
    }>
    expect(jobs.map(j => [j.stage, j.name, j.status])).toEqual([
      ['build', 'compile', 'success'],
      ['(no stage)', '(no name)', 'success']
    ])
  })

  it('does not retry a pipeline answer of the wrong shape, and names the field', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 300)] })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+$/,
      kind: 'rewrite',
      afterHandling: true,
      times: 1000,
      rewrite: (pipeline: Record<string, unknown>) => ({ ...pipeline, status: 42 })
    })
    const step = await runStep(waitInputs(sim))

    expect(step.exitCode).toBe(1)
    expect(requestsTo(sim, 'GET', /\/pipelines\/\d+$/)).toHaveLength(1)
    expect(step.stdout).not.toMatch(/trying again/)
    expect(errors(step.stdout).map(e => e.message)).toContainEqual(
      expect.stringMatching(/pipeline\.status is a number, not a string.*not retried/)
    )
  })
})
