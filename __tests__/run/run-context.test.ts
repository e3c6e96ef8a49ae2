import { describe, expect, it } from '@jest/globals'
import { callHook, finish, type Run } from '../../src/run/run-context.js'
import { GitLabError } from '../../src/gitlab/errors.js'
import { recordingLog } from '../support/run-core.js'

function runAt(now: number) {
  const { log, lines } = recordingLog()
  const run = {
    log,
    clock: { now: () => now, sleep: async () => {} },
    result: { outcome: 'triggered', jobs: [], startedAt: 1_000, endedAt: 1_000 }
  } as unknown as Run
  return { run, lines }
}

describe('finish: the end of a run', () => {
  it('sets the outcome and the end time, and the reason and error when given', () => {
    const { run } = runAt(5_000)
    const error = new GitLabError({
      kind: 'timeout',
      request: 'GET /x',
      gitlabMessage: 'no answer'
    })
    const result = finish(run, 'gitlab-error', 'GitLab did not answer', error)
    expect(result).toBe(run.result)
    expect(result).toMatchObject({
      outcome: 'gitlab-error',
      endedAt: 5_000,
      startedAt: 1_000,
      reason: 'GitLab did not answer',
      error
    })
  })

  it('keeps a reason said before when given none', () => {
    const { run } = runAt(2_000)
    run.result.reason = 'said before'
    expect(finish(run, 'timeout').reason).toBe('said before')
    expect(run.result.error).toBeUndefined()
  })
})

describe('callHook: a front end hook', () => {
  it('runs the hook and waits for it', async () => {
    const { run, lines } = runAt(0)
    const called: string[] = []
    await callHook(run, async () => {
      await new Promise(resolve => setTimeout(resolve, 5))
      called.push('done')
    })
    expect(called).toEqual(['done'])
    expect(lines).toEqual([])
  })

  it('turns its failure, thrown or rejected, into a warning and goes on', async () => {
    const { run, lines } = runAt(0)
    await callHook(run, () => {
      throw new Error('cannot write the outputs')
    })
    await callHook(run, () => Promise.reject('no state file'))
    expect(lines).toEqual([
      { kind: 'warning', text: 'cannot write the outputs; the run goes on', title: undefined },
      { kind: 'warning', text: 'no state file; the run goes on', title: undefined }
    ])
  })
})
