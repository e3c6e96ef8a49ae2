// Issue 16 (points 1 and 7) and SPEC 6.4 through dist/, as the runner and a shell run them:
// absurd numbers in GitLab's headers, a gitlab-url with a wrong relative root, and the debug line
// per GitLab request.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runCli, runStep, startStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  job,
  triggerInputs,
  waitInputs
} from '../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const TWENTY_DIGITS = '9'.repeat(20)
const errors = (stdout: string) => workflowCommands(stdout, 'error').map(e => e.message)

describe('absurd numbers in headers (issue 16, point 1)', () => {
  it('a RateLimit-Reset past the largest date: the pipeline is followed and cancelled on timeout as usual', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'build', 600_000)] })
    sim.fault({
      method: 'GET',
      path: /\/pipelines\/\d+$/,
      kind: 'headers',
      times: 1000,
      headers: {
        'RateLimit-Limit': '2000',
        'RateLimit-Remaining': '0',
        'RateLimit-Reset': TWENTY_DIGITS
      }
    })
    const step = await runStep(waitInputs(sim, { timeout: '4s' }))
    expect(step.exitCode).toBe(1)
    expect(step.stdout).not.toMatch(/Unexpected error|Invalid time value/)
    expect(step.outputs.status).toBe('timeout')
    expect(sim.pipelines[0].cancelRequests).toBeGreaterThan(0)
    expect(errors(step.stdout).join('\n')).toMatch(/did not end within the timeout of 4s/)
  })

  it('a Retry-After of twenty digits on the trigger: GitLab’s words and when to run again', async () => {
    sim = await gitlabWith()
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'rate-limit',
      headers: { 'Retry-After': TWENTY_DIGITS }
    })
    const step = await runStep(triggerInputs(sim))
    expect(step.exitCode).toBe(1)
    expect(step.stdout).not.toMatch(/Unexpected error|Invalid time value/)
    expect(errors(step.stdout)[0]).toContain(
      `GitLab answered 429: Retry later. GitLab asks to wait more than a day (Retry-After: ${TWENTY_DIGITS})`
    )
    expect(sim.triggerCount()).toBe(0)
  })
})

describe('a gitlab-url with a wrong relative root (issue 16, point 7)', () => {
  it('the action: a missing /gitlab is said to be the URL, not the token', async () => {
    sim = await startSimulator({ basePath: '/gitlab' })
    sim.addProject({ id: PROJECT_ID, path: PROJECT_PATH })
    sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: PROJECT_ID })
    const root = sim.url.replace(/\/gitlab$/, '')
    const step = await runStep(triggerInputs(sim, { 'gitlab-url': root }))
    expect(step.exitCode).toBe(1)
    const [error] = errors(step.stdout)
    expect(error).toContain(`The GitLab URL may be wrong: ${root}/api/v4/version answered 404`)
    expect(error).toMatch(/needs it in gitlab-url/)
    expect(error).not.toMatch(/trigger token is wrong/)
  })

  it('the CLI: an extra /gitlab in the pre-flight project read, naming --gitlab-url', async () => {
    sim = await gitlabWith()
    const run = await runCli(
      ['--gitlab-url', `${sim.url}/gitlab`, '--project', PROJECT_PATH, '--ref', 'main', '--wait'],
      { env: { GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, GITLAB_API_TOKEN: API_TOKEN } }
    )
    expect(run.exitCode).toBe(3)
    expect(run.stderr).toContain(`${sim.url}/gitlab/api/v4/version answered 404`)
    expect(run.stderr).toMatch(/needs it in --gitlab-url/)
    expect(sim.triggerCount()).toBe(0)
  })
})

describe('one debug line per GitLab request (SPEC 6.4)', () => {
  const debugLines = (text: string) =>
    text.split('\n').filter(line => /GitLab request: /.test(line))

  it('the action with the runner’s debug logging: method, path, status, time and RateLimit-Remaining; no token', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 500)] }, { rateLimit: { limit: 1000 } })
    const step = await runStep(waitInputs(sim), { env: { RUNNER_DEBUG: '1' } })
    expect(step.exitCode).toBe(0)
    // The runner shows the message of each ::debug:: command (with % decoded).
    const lines = debugLines(
      workflowCommands(step.stdout, 'debug')
        .map(command => command.message)
        .join('\n')
    )
    expect(lines).toHaveLength(sim.requests.length)
    for (const line of lines)
      expect(line).toMatch(
        /^GitLab request: (GET|POST) \/\S+ -> \d{3} in \d+ms( \(RateLimit-Remaining: \d+\))?$/
      )
    expect(lines).toContainEqual(
      expect.stringMatching(/POST \/projects\/acme%2Fplatform%2Fapp\/trigger\/pipeline -> 201/)
    )
    expect(lines.join('\n')).toMatch(/RateLimit-Remaining: \d+/)
    // Only ::add-mask:: names a token, as it must.
    const printed = step.stdout.replace(/^::add-mask::.*$/gm, '')
    expect(printed).not.toContain(TRIGGER_TOKEN)
    expect(printed).not.toContain(API_TOKEN)
  })

  it('the post step with it: a line for its read and its cancel', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'test', 60_000)] })
    const main = startStep(waitInputs(sim))
    await main.printed(/Waiting up to/)
    main.child.kill('SIGKILL')
    const killed = await main.result
    sim.requests.length = 0
    const post = await runStep(waitInputs(sim), {
      post: true,
      state: killed.state,
      env: { RUNNER_DEBUG: '1' }
    })
    expect(post.exitCode).toBe(0)
    const lines = debugLines(
      workflowCommands(post.stdout, 'debug')
        .map(command => command.message)
        .join('\n')
    )
    expect(lines).toHaveLength(sim.requests.length)
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^GitLab request: POST \/projects\/\d+\/pipelines\/\d+\/cancel -> 200 in \d+ms$/
      )
    )
  })

  it('the action without it: no such line', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 500)] })
    const step = await runStep(waitInputs(sim))
    expect(step.exitCode).toBe(0)
    expect(debugLines(step.stdout)).toEqual([])
  })

  it('the CLI with GITLAB_TRIGGER_DEBUG=1: a line per request on stderr, no token', async () => {
    sim = await gitlabWith({ jobs: [job('build', 'build', 500)] })
    const run = await runCli(
      [
        '--gitlab-url',
        sim.url,
        '--project',
        PROJECT_PATH,
        '--ref',
        'main',
        '--wait',
        '--poll-interval',
        '1s'
      ],
      {
        env: {
          GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
          GITLAB_API_TOKEN: API_TOKEN,
          GITLAB_TRIGGER_DEBUG: '1'
        }
      }
    )
    expect(run.exitCode).toBe(0)
    const lines = debugLines(run.stderr)
    expect(lines).toHaveLength(sim.requests.length)
    expect(lines[0]).toMatch(/^debug: GitLab request: GET \/\S+ -> 200 in \d+ms$/)
    expect(run.stderr).not.toContain(TRIGGER_TOKEN)
    expect(run.stderr).not.toContain(API_TOKEN)
  })
})
