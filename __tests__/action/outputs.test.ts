import { describe, expect, it } from '@jest/globals'
import { creationOutputs, finalOutputs, keyOutputs } from '../../src/action/outputs.js'
import { pipelineSchema } from '../../src/gitlab/schemas.js'
import type { RunJob, RunResult } from '../../src/run/run-result.js'
import { actionYaml } from '../../test/harness/run-step.js'

const pipeline = pipelineSchema.parse({
  id: 1001,
  iid: 7,
  project_id: 42,
  sha: 'a1b2c3',
  ref: 'main',
  status: 'created',
  web_url: 'https://gitlab.example/acme/app/-/pipelines/1001',
  duration: null,
  extra_field_gitlab_added: true
})

const build: RunJob = {
  id: 5,
  name: 'build',
  stage: 'build',
  status: 'success',
  web_url: 'https://gitlab.example/acme/app/-/jobs/5',
  duration: 12.5,
  allow_failure: false,
  failure_reason: null,
  started_at: null
}

const ended = (extra: Partial<RunResult> = {}): RunResult => ({
  outcome: 'accepted',
  pipeline,
  finalStatus: 'success',
  jobs: [build],
  pipelines: [
    {
      id: 1001,
      project_id: 42,
      web_url: pipeline.web_url,
      status: 'success',
      parent_id: null,
      path: ''
    }
  ],
  duration: 61,
  startedAt: 0,
  endedAt: 61_000,
  ...extra
})

const declared = Object.keys(actionYaml.outputs as Record<string, unknown>)

describe('the step outputs', () => {
  it('sets the creation outputs from the trigger answer, each one declared in action.yml', () => {
    const outputs = creationOutputs(pipeline)
    expect(outputs).toEqual({
      'pipeline-id': 1001,
      'pipeline-iid': 7,
      'web-url': 'https://gitlab.example/acme/app/-/pipelines/1001',
      'project-id': 42,
      sha: 'a1b2c3',
      ref: 'main',
      status: 'created'
    })
    for (const name of Object.keys(outputs)) expect(declared).toContain(name)
  })

  it('sets no final output when the wait did not reach its end', () => {
    expect(finalOutputs({ ...ended(), outcome: 'triggered', finalStatus: undefined })).toEqual({})
    expect(finalOutputs({ ...ended(), outcome: 'aborted', finalStatus: undefined })).toEqual({})
  })

  it('sets status, duration, jobs and pipelines once the wait ended, each declared in action.yml', () => {
    const outputs = finalOutputs(ended())
    expect(outputs.status).toBe('success')
    expect(outputs.duration).toBe(61)
    expect(JSON.parse(String(outputs.jobs))).toEqual([
      {
        id: 5,
        name: 'build',
        stage: 'build',
        status: 'success',
        web_url: build.web_url,
        duration: 12.5,
        allow_failure: false,
        pipeline_id: null
      }
    ])
    expect(JSON.parse(String(outputs.pipelines))).toEqual([
      { id: 1001, project_id: 42, web_url: pipeline.web_url, status: 'success', parent_id: null }
    ])
    expect(outputs).not.toHaveProperty('job-outputs')
    expect(outputs).not.toHaveProperty('artifacts-dir')
    for (const name of Object.keys(outputs)) expect(declared).toContain(name)
  })

  it('gives an empty duration when GitLab gave none, and `timeout` as the status of a wait that ran out', () => {
    const outputs = finalOutputs(
      ended({ outcome: 'timeout', finalStatus: 'timeout', duration: null })
    )
    expect(outputs.status).toBe('timeout')
    expect(outputs.duration).toBe('')
  })

  it('adds job-outputs and artifacts-dir when results were read', () => {
    const outputs = finalOutputs(
      ended({ jobOutputs: { URL: 'https://a.example' }, artifactsDir: '/ws/gitlab-artifacts' })
    )
    expect(JSON.parse(String(outputs['job-outputs']))).toEqual({ URL: 'https://a.example' })
    expect(outputs['artifacts-dir']).toBe('/ws/gitlab-artifacts')
  })
})

describe('keyOutputs (outputs-from)', () => {
  it('sets one output per key read', () => {
    expect(keyOutputs(ended({ jobOutputs: { URL: 'u', N: '3' } }))).toEqual({ URL: 'u', N: '3' })
    expect(keyOutputs(ended())).toEqual({})
  })

  it("leaves out keys that clash with the action's own outputs, whatever their case", () => {
    const outputs = keyOutputs(
      ended({ jobOutputs: { STATUS: 'x', URL: 'u' }, outputClashes: ['status'] })
    )
    expect(outputs).toEqual({ URL: 'u' })
  })

  it('keeps a key named __proto__ as an output, not as the prototype', () => {
    const jobOutputs = JSON.parse('{"__proto__":"p","A":"a"}') as Record<string, string>
    const outputs = keyOutputs(ended({ jobOutputs }))
    expect(Object.keys(outputs)).toEqual(['__proto__', 'A'])
    expect(Object.getPrototypeOf(outputs)).toBe(Object.prototype)
  })
})
