import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { runStep, startStep } from '../../test/harness/run-step.js'
import { gitlabWith, job, waitInputs } from '../support/fixtures.js'
import { renderedTableRows, renderMarkdown, visibleText } from '../support/markdown.js'

let sim: Simulator
afterEach(async () => sim?.close())

const shown = (markdown: string) => visibleText(renderMarkdown(markdown))
/** The summary's table as { job name: [status, duration] }. */
const jobCells = (markdown: string) =>
  Object.fromEntries(
    renderedTableRows(markdown).map(([, name, status, time]) => [name, [status, time]])
  )

// One job that runs far past the timeout, one that ends early: after the cancel, the first is
// canceling (GitLab lets a running job wind down) or canceled, and the second keeps its success.
const plan = () => [job('quick', 'build', 300), job('slow', 'test', 60_000)]

describe('the job summary after a timeout or a cancellation (dist/index.js)', () => {
  it('after a timeout: says the action cancelled the pipeline and shows the jobs as the cancel left them', async () => {
    sim = await gitlabWith({ jobs: plan() })
    const step = await runStep(waitInputs(sim, { timeout: '3s' }))
    expect(step.exitCode).toBe(1)
    expect(shown(step.summary)).toMatch(/⌛ timeout/)
    expect(shown(step.summary)).toMatch(
      /The wait timed out; this action cancelled the pipeline \(now cancel(?:ing|ed)\)\. Job statuses below are from after the cancel\./
    )
    const cells = jobCells(step.summary)
    expect(cells.slow[0]).toMatch(/^⏹️ cancel(ing|ed)$/)
    expect(cells.quick[0]).toBe('✅ success')
    // The outputs keep what the wait saw when it ended: the slow job was running then.
    const jobs = JSON.parse(step.outputs.jobs) as Array<{ name: string; status: string }>
    expect(jobs.find(j => j.name === 'slow')?.status).toBe('running')
  })

  it("after a timeout with cancel-on-timeout false: says the pipeline was left running, with the running job's elapsed time", async () => {
    sim = await gitlabWith({ jobs: plan() })
    const step = await runStep(waitInputs(sim, { timeout: '3s', 'cancel-on-timeout': 'false' }))
    expect(step.exitCode).toBe(1)
    expect(shown(step.summary)).toMatch(
      /The wait timed out; the pipeline was left running in GitLab \(cancel-on-timeout is false\): see pipeline #\d+\./
    )
    const [status, time] = jobCells(step.summary).slow
    expect(status).toBe('🔄 running')
    // Time since the job started, not GitLab's partial duration.
    expect(time).toMatch(/^\d+m?s so far$/)
  })

  it('after SIGINT: says the action cancelled the pipeline and shows the jobs after the cancel', async () => {
    sim = await gitlabWith({ jobs: plan() })
    const step = startStep(waitInputs(sim))
    await step.printed(/slow.*running/)
    step.child.kill('SIGINT')
    const result = await step.result
    expect(result.exitCode).toBe(1)
    expect(shown(result.summary)).toMatch(
      /This run was cancelled; this action cancelled the pipeline \(now cancel(?:ing|ed)\)\./
    )
    expect(jobCells(result.summary).slow[0]).toMatch(/^⏹️ cancel(ing|ed)$/)
  })

  it('after SIGINT with cancel-on-abort false: says the pipeline was left running', async () => {
    sim = await gitlabWith({ jobs: plan() })
    const step = startStep(waitInputs(sim, { 'cancel-on-abort': 'false' }))
    await step.printed(/slow.*running/)
    step.child.kill('SIGINT')
    const result = await step.result
    expect(result.exitCode).toBe(1)
    expect(shown(result.summary)).toMatch(
      /This run was cancelled; the pipeline was left running in GitLab \(cancel-on-abort is false\)/
    )
    const [status, time] = jobCells(result.summary).slow
    expect(status).toBe('🔄 running')
    expect(time).toMatch(/^\d+m?s so far$/)
  })
})
