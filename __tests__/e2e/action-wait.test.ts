import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import {
  cancelLikeRunner,
  runStep,
  startStep,
  workflowCommands
} from '../../test/harness/run-step.js'
import {
  API_TOKEN,
  READ_API_TOKEN,
  gitlabWith,
  job,
  triggerRequests,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator
afterEach(async () => sim?.close())

const cancelRequests = (s: Simulator) =>
  s.requests.filter(r => r.method === 'POST' && r.path.endsWith('/cancel'))
const lines = (stdout: string, pattern: RegExp) =>
  stdout.split('\n').filter(line => pattern.test(line))

const FAILING_PLAN = [
  job('compile', 'build', 300),
  job('unit', 'test', 300),
  job('integration', 'test', 400, {
    result: 'failed',
    log: 'section_start:1:step_script\r\x1b[0KRunning tests\nAssertionError: expected 200, got 500\nsection_end:1:step_script\r\x1b[0K\n'
  }),
  job('flaky', 'test', 200, { result: 'failed', allowFailure: true }),
  job('deploy', 'deploy', 200, { result: 'skipped' })
]

describe('the action waits for the pipeline (dist/index.js)', () => {
  it('follows a pipeline to success: one line per job change, final status, outputs and job summary', async () => {
    sim = await gitlabWith({
      jobs: [job('compile', 'build', 1500), job('unit', 'test', 1500), job('lint', 'test', 1000)]
    })
    const step = await runStep(waitInputs(sim))

    expect(step.exitCode).toBe(0)
    const pipeline = sim.pipelines[0]
    expect(step.outputs.status).toBe('success')
    expect(step.outputs['pipeline-id']).toBe(String(pipeline.id))
    expect(step.outputs.duration).toMatch(/^\d+$/)
    const jobs = JSON.parse(step.outputs.jobs) as Array<Record<string, unknown>>
    expect(jobs.map(j => [j.stage, j.name, j.status])).toEqual([
      ['build', 'compile', 'success'],
      ['test', 'unit', 'success'],
      ['test', 'lint', 'success']
    ])
    expect(Object.keys(jobs[0]).sort()).toEqual([
      'allow_failure',
      'duration',
      'id',
      'name',
      'pipeline_id',
      'stage',
      'status',
      'web_url'
    ])
    // Each transition is printed once, however many polls saw it.
    expect(lines(step.stdout, /^build › compile: .*→ success/)).toHaveLength(1)
    expect(lines(step.stdout, /^test › unit: /).length).toBeLessThanOrEqual(4)
    expect(step.stdout).toMatch(new RegExp(`Pipeline #${pipeline.id} ended success`))
    expect(step.summary).toContain(`[#${pipeline.id}](${pipeline.webUrl})`)
    expect(step.summary).toMatch(/\| build \| compile \| ✅ success \|/)
    expect(workflowCommands(step.stdout, 'error')).toHaveLength(0)
  })

  it('fails on a failed pipeline, prints the failed job log in a group and one ::error per failed job', async () => {
    sim = await gitlabWith({ jobs: FAILING_PLAN })
    const step = await runStep(waitInputs(sim))

    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('failed')
    expect(step.stdout).toMatch(
      /::group::Log of test › integration \(failed\)\n::stop-commands::(\S+)\nRunning tests\nAssertionError: expected 200, got 500\n::\1::\n::endgroup::/
    )
    const errors = workflowCommands(step.stdout, 'error')
    expect(errors.filter(e => e.properties === 'title=GitLab job integration failed')).toHaveLength(
      1
    )
    expect(errors.find(e => e.properties.includes('integration'))!.message).toMatch(
      /test › integration failed.*\/-\/jobs\/\d+/
    )
    expect(workflowCommands(step.stdout, 'warning').map(w => w.properties)).toContain(
      'title=GitLab job flaky failed'
    )
    expect(errors.some(e => /not in accept-statuses \(success\)/.test(e.message))).toBe(true)
    expect(step.summary).toMatch(/⚠️ failed \(allowed\)/)
  })

  it.each([
    ['fails on a pipeline blocked on a manual job by default', 'success', 1],
    ['accepts a manual pipeline when accept-statuses says so', 'success,manual', 0]
  ])('%s, though later stages stay created', async (_name, acceptStatuses, exitCode) => {
    sim = await gitlabWith({
      jobs: [
        job('build', 'build', 300),
        job('approve', 'gate', 0, { result: 'manual' }),
        job('deploy', 'deploy', 300)
      ]
    })
    const step = await runStep(
      waitInputs(sim, { 'accept-statuses': acceptStatuses, timeout: '20s' })
    )
    expect(step.exitCode).toBe(exitCode)
    expect(step.outputs.status).toBe('manual')
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it.each([
    ['a 500', { kind: 'status', status: 500 }, 500],
    ['an HTML 502 page', { kind: 'html', status: 502 }, 502],
    [
      'a 429 with Retry-After and the JSON body',
      { kind: 'rate-limit', retryAfterSeconds: 1, rateLimitBody: 'json' },
      429
    ],
    [
      'a 429 from Rack::Attack',
      { kind: 'rate-limit', retryAfterSeconds: 1, rateLimitBody: 'rack-attack' },
      429
    ],
    ['a connection reset', { kind: 'reset' }, undefined],
    ['a truncated JSON body', { kind: 'truncated' }, 200],
    ['a hung request', { kind: 'hang' }, undefined]
  ] as const)(
    'survives %s while waiting, with exactly one trigger',
    async (_name, fault, status) => {
      sim = await gitlabWith({ jobs: [job('unit', 'test', 1500)] })
      sim.fault({ method: 'GET', path: /\/pipelines\/\d+\/jobs$/, times: 2, ...fault })
      const step = await runStep(waitInputs(sim), { env: { GITLAB_REQUEST_TIMEOUT: '1' } })

      expect(step.exitCode).toBe(0)
      expect(step.outputs.status).toBe('success')
      expect(triggerRequests(sim)).toHaveLength(1)
      const jobReads = sim.requests.filter(r => /\/jobs$/.test(r.path))
      expect(jobReads.slice(0, 2).map(r => r.status)).toEqual([status, status])
      expect(step.stdout).toMatch(/trying again in/)
    }
  )

  it('fails without retrying when the api-token loses access while waiting (401)', async () => {
    sim = await gitlabWith({ jobs: [job('unit', 'test', 3000)] })
    sim.fault({ method: 'GET', path: /\/jobs$/, kind: 'status', status: 401, times: 5 })
    const step = await runStep(waitInputs(sim))
    expect(step.exitCode).toBe(1)
    expect(sim.requests.filter(r => /\/jobs$/.test(r.path))).toHaveLength(1)
    expect(step.outputs['pipeline-id']).toBe(String(sim.pipelines[0].id))
    expect(step.outputs['web-url']).toBe(sim.pipelines[0].webUrl)
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(
      /401.*API token \(api-token\) is invalid/
    )
  })

  it('times out: fails naming the timeout, sets status to timeout and cancels the pipeline', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const step = await runStep(waitInputs(sim, { timeout: '3s' }))
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('timeout')
    expect(
      workflowCommands(step.stdout, 'error')
        .map(e => e.message)
        .join('\n')
    ).toMatch(/did not end within the timeout of 3s/)
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(sim.pipelines[0].canceledAt).toBeDefined()
  })

  it('looks once more at the deadline: a pipeline that ended in the last pause is not a timeout', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 3600)] })
    const step = await runStep(waitInputs(sim, { timeout: '4s', 'poll-interval': '15s' }))
    expect(step.exitCode).toBe(0)
    expect(step.outputs.status).toBe('success')
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it('reports the current status on timeout, and a 429 near the deadline is a timeout, not a failure', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    sim.fault({
      method: 'GET',
      path: /\/jobs$/,
      kind: 'rate-limit',
      retryAfterSeconds: 60,
      times: 1
    })
    const step = await runStep(waitInputs(sim, { timeout: '4s' }))
    // As the simulator saw it: the cancel came at the timeout, not at the first 429.
    expect(cancelRequests(sim)[0].at - triggerRequests(sim)[0].at).toBeGreaterThan(3500)
    expect(step.exitCode).toBe(1)
    expect(step.outputs.status).toBe('timeout')
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(
      workflowCommands(step.stdout, 'error')
        .map(e => e.message)
        .join('\n')
    ).toMatch(/it was running/)
  })

  it('does not cancel on timeout when cancel-on-timeout is false', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const step = await runStep(waitInputs(sim, { timeout: '2s', 'cancel-on-timeout': 'false' }))
    expect(step.exitCode).toBe(1)
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it('with a read_api token: warns up front that it cannot cancel, and the timeout is the only failure', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const step = await runStep(waitInputs(sim, { 'api-token': READ_API_TOKEN, timeout: '2s' }))
    expect(step.exitCode).toBe(1)
    const warnings = workflowCommands(step.stdout, 'warning').map(w => w.message)
    expect(warnings[0]).toMatch(/scopes read_api but not api.*cancelling .* will not be possible/)
    expect(warnings.some(w => /Could not cancel pipeline .*needs the api scope/.test(w))).toBe(true)
    expect(workflowCommands(step.stdout, 'error').map(e => e.properties)).toEqual([
      'title=Timed out'
    ])
  })

  it('fails before triggering when the api-token is wrong, so no pipeline is left unwatched', async () => {
    sim = await gitlabWith()
    const step = await runStep(waitInputs(sim, { 'api-token': 'glpat-wrongwrongwrong' }))
    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(0)
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(
      /401.*API token \(api-token\) is invalid, expired or revoked/
    )
  })

  it('cancels the downstream pipeline on SIGINT and exits well within the 7.5 s before SIGTERM', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const step = startStep(waitInputs(sim))
    await step.printed(/Waiting up to/)
    // Ended on the SIGINT: the runner had no need to send SIGTERM 7.5 s later.
    expect(await cancelLikeRunner(step)).toEqual(['SIGINT'])
    const result = await step.result
    expect(result.exitCode).toBe(1)
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(result.state.finished).toBe('true')
  })

  it('exits in time on SIGINT even when the cancel request hangs, and says to cancel by hand', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    sim.fault({ method: 'POST', path: '/cancel', kind: 'hang', times: 5 })
    const step = startStep(waitInputs(sim))
    await step.printed(/Waiting up to/)
    expect(await cancelLikeRunner(step)).toEqual(['SIGINT'])
    const result = await step.result
    expect(
      workflowCommands(result.stdout, 'warning')
        .map(w => w.message)
        .join('\n')
    ).toMatch(/Could not cancel pipeline .*Cancel it by hand/)
    expect(result.stdout).not.toMatch(/trying again/)
  })

  it('bounds a read that hangs past the deadline, then times out and cancels', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    sim.fault({ method: 'GET', path: /\/jobs$/, kind: 'hang', times: 10 })
    const step = await runStep(waitInputs(sim, { timeout: '3s' }), {
      env: { GITLAB_REQUEST_TIMEOUT: '60' }
    })
    // As the simulator saw it: the cancel came within the timeout and its grace, not after 60 s.
    expect(cancelRequests(sim)[0].at - triggerRequests(sim)[0].at).toBeLessThan(20_000)
    expect(step.outputs.status).toBe('timeout')
    expect(cancelRequests(sim)).toHaveLength(1)
  }, 40_000)

  it('leaves the pipeline running on SIGINT when cancel-on-abort is false', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const step = startStep(waitInputs(sim, { 'cancel-on-abort': 'false' }))
    await step.printed(/Waiting up to/)
    step.child.kill('SIGINT')
    const result = await step.result
    expect(result.exitCode).toBe(1)
    expect(cancelRequests(sim)).toHaveLength(0)
  })

  it('reads every page of jobs: all 130 appear in the output and the summary', async () => {
    const plan = Array.from({ length: 130 }, (_, i) =>
      job(`job-${String(i + 1).padStart(3, '0')}`, 'test', 200)
    )
    sim = await gitlabWith({ jobs: plan })
    const step = await runStep(waitInputs(sim))
    expect(step.exitCode).toBe(0)
    const jobs = JSON.parse(step.outputs.jobs) as Array<{ name: string }>
    expect(jobs).toHaveLength(130)
    expect(new Set(jobs.map(j => j.name)).size).toBe(130)
    expect(step.summary).toContain('| job\\-130 |') // GitLab's text escaped, shown as text
  })

  it('lists bridges with their downstream pipeline link', async () => {
    sim = await gitlabWith({
      jobs: [
        job('unit', 'test', 300),
        job('trigger-docs', 'deploy', 500, { bridge: { downstreamProjectPath: 'acme/docs' } })
      ]
    })
    const step = await runStep(waitInputs(sim))
    expect(step.exitCode).toBe(0)
    expect(step.stdout).toMatch(/deploy › trigger-docs: .*downstream pipeline http/)
    expect(step.summary).toMatch(/trigger\\-docs .*\[downstream\]\(http/)
  })
})

describe('the post step', () => {
  it('never triggers a pipeline, even when the main step was killed before saving any state', async () => {
    sim = await gitlabWith()
    const post = await runStep(waitInputs(sim), { post: true, state: {} })
    expect(post.exitCode).toBe(0)
    expect(sim.requests).toHaveLength(0)
  })

  it('cancels a pipeline the main step was killed while watching', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const main = startStep(waitInputs(sim))
    await main.printed(/Waiting up to/)
    main.child.kill('SIGKILL')
    const killed = await main.result
    expect(killed.state['pipeline-id']).toBe(String(sim.pipelines[0].id))

    const post = await runStep(waitInputs(sim), { post: true, state: killed.state })
    expect(post.exitCode).toBe(0)
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(triggerRequests(sim)).toHaveLength(1)
  })

  it.each([
    ['the main step ended by itself', { finished: 'true' }, {}],
    ['cancel-on-abort is false', {}, { 'cancel-on-abort': 'false' }]
  ])('does nothing when %s', async (_name, state, inputs) => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const main = await runStep(waitInputs(sim, { timeout: '2s', 'cancel-on-timeout': 'false' }))
    sim.requests.length = 0
    const post = await runStep(waitInputs(sim, inputs), {
      post: true,
      state: { ...main.state, finished: '', ...state }
    })
    expect(post.exitCode).toBe(0)
    expect(sim.requests).toHaveLength(0)
  })

  it('honours GITLAB_REQUEST_TIMEOUT too, retrying a hung read and then cancelling', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const main = startStep(waitInputs(sim))
    await main.printed(/Waiting up to/)
    main.child.kill('SIGKILL')
    const killed = await main.result
    const killedAt = sim.now()
    sim.fault({ method: 'GET', path: /\/pipelines\/\d+$/, kind: 'hang' })
    const post = await runStep(waitInputs(sim), {
      post: true,
      state: killed.state,
      env: { GITLAB_REQUEST_TIMEOUT: '1' }
    })
    // As the simulator saw it: the hung read was given up after 1 s, not 30 s, then cancelled.
    const hungRead = sim.requests.find(r => r.at >= killedAt && /\/pipelines\/\d+$/.test(r.path))!
    expect(cancelRequests(sim)[0].at - hungRead.at).toBeLessThan(10_000)
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toMatch(/did not answer within 1s; trying again in/)
    expect(cancelRequests(sim)).toHaveLength(1)
    expect(workflowCommands(post.stdout, 'warning')).toHaveLength(0)
  })

  it('does not cancel a pipeline that already ended', async () => {
    sim = await gitlabWith({ jobs: [job('quick', 'test', 100)] })
    const main = startStep(waitInputs(sim))
    await main.printed(/Waiting up to/)
    main.child.kill('SIGKILL')
    const killed = await main.result
    await new Promise(resolve => setTimeout(resolve, 1000))
    const post = await runStep(waitInputs(sim), { post: true, state: killed.state })
    expect(post.exitCode).toBe(0)
    expect(cancelRequests(sim)).toHaveLength(0)
    expect(post.stdout).toMatch(/already ended \(success\); nothing to cancel/)
  })
})

describe('secrets', () => {
  it('never prints, outputs, summarises or puts in a URL either token', async () => {
    sim = await gitlabWith({ jobs: FAILING_PLAN })
    const step = await runStep(waitInputs(sim, { 'job-logs': 'all' }))
    const printed = step.stdout.split('\n').filter(line => !line.startsWith('::add-mask::'))
    const masks = step.stdout.split('\n').filter(line => line.startsWith('::add-mask::'))
    expect(masks).toEqual([expect.stringContaining('glptt-'), `::add-mask::${API_TOKEN}`])
    expect(step.stdout.indexOf('::add-mask::')).toBe(0)
    for (const token of [
      sim.requests[0] && API_TOKEN,
      'glptt-0123456789abcdef0123456789abcdef01234567'
    ]) {
      expect(printed.join('\n')).not.toContain(token)
      expect(step.stderr).not.toContain(token)
      expect(JSON.stringify(step.outputs)).not.toContain(token)
      expect(step.summary).not.toContain(token)
      for (const request of sim.requests)
        expect(request.path + JSON.stringify(request.query)).not.toContain(token)
    }
  })
})
