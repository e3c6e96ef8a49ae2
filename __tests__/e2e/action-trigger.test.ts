import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runStep, startStep, workflowCommands } from '../../test/harness/run-step.js'
import {
  PROJECT_ID,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  triggerInputs,
  triggerRequests
} from '../support/fixtures.js'
import { startSimulator } from '../../test/simulator/gitlab-simulator.js'
import { VERSION } from '../../src/version.js'

let sim: Simulator
afterEach(async () => sim?.close())

describe('the action triggers a pipeline (dist/index.js run as the runner runs it)', () => {
  it('sends the token in a JSON body, sets every creation output and prints a notice with the link', async () => {
    sim = await gitlabWith()
    const step = await runStep(triggerInputs(sim))

    expect(step.exitCode).toBe(0)
    const [request] = triggerRequests(sim)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(request.path).toBe(
      `/api/v4/projects/${encodeURIComponent(PROJECT_PATH)}/trigger/pipeline`
    )
    expect(request.headers['content-type']).toContain('application/json')
    expect(request.headers['user-agent']).toBe(`gitlab-trigger-and-wait/${VERSION}`)
    expect(JSON.parse(request.body)).toEqual({ token: TRIGGER_TOKEN, ref: 'main', variables: {} })
    expect(Object.keys(request.query)).toHaveLength(0)

    const pipeline = sim.pipelines[0]
    expect(step.outputs).toEqual({
      'pipeline-id': String(pipeline.id),
      'pipeline-iid': String(pipeline.iid),
      'web-url': pipeline.webUrl,
      'project-id': String(PROJECT_ID),
      sha: expect.stringMatching(/^[0-9a-f]{40}$/),
      ref: 'main',
      status: 'created'
    })
    expect(workflowCommands(step.stdout, 'notice').map(c => c.message)).toEqual([
      expect.stringContaining(pipeline.webUrl)
    ])
  })

  it('passes variables as strings and inputs with their JSON types', async () => {
    sim = await gitlabWith()
    const step = await runStep(
      triggerInputs(sim, {
        variables: '# deployment\nDEPLOY_ENV=staging\n\nURL=https://x.example/?a=b',
        inputs: 'replicas=3\ndry_run=true\nregions=["eu","us"]\nname=blue green'
      })
    )
    expect(step.exitCode).toBe(0)
    expect(sim.pipelines[0].variables).toEqual({
      DEPLOY_ENV: 'staging',
      URL: 'https://x.example/?a=b'
    })
    expect(sim.pipelines[0].inputs).toEqual({
      replicas: 3,
      dry_run: true,
      regions: ['eu', 'us'],
      name: 'blue green'
    })
  })

  it('works with a relative root and a trailing slash in gitlab-url, and a numeric project id', async () => {
    sim = await startSimulator({ basePath: '/gitlab' })
    sim.addProject({ id: PROJECT_ID, path: PROJECT_PATH })
    sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: PROJECT_ID })
    const step = await runStep({
      'gitlab-url': `${sim.url}/`,
      project: String(PROJECT_ID),
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN
    })
    expect(step.exitCode).toBe(0)
    expect(triggerRequests(sim)[0].path).toBe(
      `/gitlab/api/v4/projects/${PROJECT_ID}/trigger/pipeline`
    )
  })

  it('reports every bad input as one ::error:: naming it, and sends nothing', async () => {
    sim = await gitlabWith()
    const step = await runStep({
      'gitlab-url': 'ftp://gitlab.example.com',
      project: 'my group/app',
      ref: '',
      'trigger-token': '',
      variables: 'NOEQUALS',
      wait: 'yes',
      timeout: 'soon'
    })
    expect(step.exitCode).toBe(1)
    expect(sim.requests).toHaveLength(0)
    const errors = workflowCommands(step.stdout, 'error').map(c => c.message)
    for (const input of [
      'gitlab-url',
      'project',
      'ref',
      'trigger-token',
      'variables',
      'wait',
      'timeout'
    ]) {
      expect(errors.filter(message => message.startsWith(`Input "${input}"`))).toHaveLength(1)
    }
    expect(errors.join('\n')).toMatch(/forks get no secrets/)
    expect(step.stdout + step.stderr).not.toMatch(/\n\s+at |\[object Object\]/)
  })

  it.each([
    [
      'an unknown trigger token',
      {},
      { 'trigger-token': 'glptt-ffffffffffffffffffffffffffffffffffffffff' },
      /404: 404 Not Found\. The trigger token is wrong or revoked/
    ],
    [
      'a ref that does not exist',
      {},
      { ref: 'nope' },
      /400: Reference not found\. The ref "nope" does not exist/
    ],
    [
      'workflow rules',
      { workflowRulesFilter: true },
      {},
      /Pipeline filtered out by workflow rules\..*CI_PIPELINE_SOURCE is "trigger"/
    ],
    [
      'job rules',
      { noJobsForTrigger: true },
      {},
      /prevented any jobs from being added.*CI_PIPELINE_SOURCE/
    ],
    [
      'restricted variables',
      { restrictVariables: true },
      { variables: 'A=1' },
      /Insufficient permissions to set pipeline variables\..*pass inputs instead/
    ],
    [
      'the pipeline creation limit',
      { pipelineRateLimited: true },
      {},
      /Too many pipelines created in the last minute.*a 400, not a 429/
    ],
    [
      'an invalid configuration (422)',
      { yamlError: 'jobs:unit config contains unknown keys: scirpt' },
      {},
      /422: jobs:unit config contains unknown keys: scirpt\. GitLab created the pipeline as failed; its text says why: an error in the CI\/CD configuration/
    ]
  ])('explains GitLab refusing the trigger: %s', async (_name, project, inputs, message) => {
    sim = await gitlabWith(project)
    const step = await runStep(triggerInputs(sim, inputs))
    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(
      workflowCommands(step.stdout, 'error')
        .map(c => c.message)
        .join('\n')
    ).toMatch(message)
  })

  it('treats an old GitLab answering 201 with a failed pipeline and yaml_errors as an invalid configuration, keeping the outputs', async () => {
    sim = await gitlabWith({
      yamlError: 'Included file `x.yml` is empty',
      legacyYamlError201: true
    })
    const step = await runStep(triggerInputs(sim))
    expect(step.exitCode).toBe(1)
    expect(step.outputs['pipeline-id']).toBe(String(sim.pipelines[0].id))
    expect(step.outputs.status).toBe('failed')
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(
      /Included file `x.yml` is empty\. The pipeline configuration is invalid/
    )
  })

  it('retries a 429 after Retry-After and creates exactly one pipeline', async () => {
    sim = await gitlabWith()
    sim.fault({
      method: 'POST',
      path: '/trigger/pipeline',
      kind: 'rate-limit',
      retryAfterSeconds: 1,
      times: 2
    })
    const step = await runStep(triggerInputs(sim))
    expect(step.exitCode).toBe(0)
    expect(triggerRequests(sim).map(r => r.status)).toEqual([429, 429, 201])
    expect(sim.triggerCount()).toBe(1)
    const [first, , third] = triggerRequests(sim)
    expect(third.at - first.at).toBeGreaterThanOrEqual(1900)
  })

  it('retries a connection refused before the request was sent, with backoff', async () => {
    sim = await gitlabWith()
    await sim.stopListening()
    const step = startStep(triggerInputs(sim))
    await step.printed(/could not connect to 127\.0\.0\.1:\d+ \(ECONNREFUSED\).*; trying again/)
    await sim.startListening()
    const result = await step.result
    expect(result.exitCode).toBe(0)
    expect(sim.triggerCount()).toBe(1)
  })

  it.each([
    ['a connection reset after GitLab created the pipeline', 'reset'],
    ['a body cut short after GitLab created the pipeline', 'truncated']
  ] as const)('never retries the trigger after %s', async (_name, kind) => {
    sim = await gitlabWith()
    sim.fault({ method: 'POST', path: '/trigger/pipeline', kind, afterHandling: true })
    const step = await runStep(triggerInputs(sim))
    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(sim.triggerCount()).toBe(1)
  })

  it('does not retry a 5xx on the trigger, since GitLab may have created the pipeline', async () => {
    sim = await gitlabWith()
    sim.fault({ method: 'POST', path: '/trigger/pipeline', kind: 'status', status: 502 })
    const step = await runStep(triggerInputs(sim))
    expect(step.exitCode).toBe(1)
    expect(triggerRequests(sim)).toHaveLength(1)
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(/GitLab answered 502/)
  })

  it('names the port of a URL that leaves it out, and does not retry an unknown host', async () => {
    sim = await gitlabWith()
    const step = await runStep(triggerInputs(sim, { 'gitlab-url': 'https://gitlab.invalid' }))
    expect(step.exitCode).toBe(1)
    expect(step.stdout).not.toMatch(/trying again/)
    expect(workflowCommands(step.stdout, 'error')[0].message).toContain(
      'could not connect to gitlab.invalid:443 (ENOTFOUND)'
    )
  })

  it('says GitLab may have created the pipeline when the answer to the trigger is lost', async () => {
    sim = await gitlabWith()
    sim.fault({ method: 'POST', path: '/trigger/pipeline', kind: 'reset', afterHandling: true })
    const step = await runStep(triggerInputs(sim))
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(
      /may have created the pipeline anyway.*\/acme\/platform\/app\/-\/pipelines/
    )
  })

  it('on SIGINT during a trigger request that GitLab acted on, says the pipeline may exist', async () => {
    sim = await gitlabWith()
    sim.fault({ method: 'POST', path: '/trigger/pipeline', kind: 'hang', afterHandling: true })
    const step = startStep(triggerInputs(sim), { env: { GITLAB_REQUEST_TIMEOUT: '2' } })
    await step.printed(/Triggering a pipeline/)
    step.child.kill('SIGINT')
    const result = await step.result
    expect(result.exitCode).toBe(1)
    expect(sim.triggerCount()).toBe(1)
    const errors = workflowCommands(result.stdout, 'error').map(e => e.message)
    expect(errors.join('\n')).toMatch(/may have created the pipeline anyway/)
    expect(errors.join('\n')).not.toMatch(/before a pipeline was created/)
  })

  it('says a 5xx on the trigger may still have created the pipeline', async () => {
    sim = await gitlabWith()
    sim.fault({ method: 'POST', path: '/trigger/pipeline', kind: 'html', status: 504 })
    const step = await runStep(triggerInputs(sim))
    expect(workflowCommands(step.stdout, 'error')[0].message).toMatch(
      /504.*failed after the request arrived: GitLab may have created the pipeline anyway.*an api-token would let the step find the pipeline itself.*\/-\/pipelines\?ref=main/
    )
  })

  it('writes a short job summary when it does not wait', async () => {
    sim = await gitlabWith()
    const step = await runStep(triggerInputs(sim))
    expect(step.summary).toContain(`[#${sim.pipelines[0].id}](${sim.pipelines[0].webUrl})`)
    expect(step.summary).toMatch(/did not wait/)
  })

  it('names the host and port it could not reach', async () => {
    sim = await gitlabWith()
    const url = sim.url
    await sim.close()
    const step = await runStep(triggerInputs(sim, { 'gitlab-url': url }))
    expect(step.exitCode).toBe(1)
    expect(workflowCommands(step.stdout, 'error')[0].message).toContain(
      `could not connect to ${new URL(url).host}`
    )
  }, 60_000)
})
