// How live log events are shown (src/run/logs/live-display.ts): one running job's lines in a
// group named after it, several jobs' lines each prefixed with the job.
import { describe, expect, it } from '@jest/globals'
import { closeLiveGroup, presentLiveEvents } from '../../../src/run/logs/live-display.js'
import type { LiveEvent } from '../../../src/run/logs/live-logs.js'

describe('presentLiveEvents', () => {
  const ref = (id: number) => ({ id, name: `job-${id}`, label: `test › job-${id}` })
  const line = (id: number, text: string): LiveEvent => ({ job: ref(id), kind: 'line', text })

  it("puts one running job's lines in a group named after it, sections as their header line (none without one)", () => {
    const { lines, state } = presentLiveEvents(
      [
        line(1, 'a'),
        { job: ref(1), kind: 'section-start', name: 'step_script', header: '', collapsed: false },
        line(1, 'b')
      ],
      { oneJob: true }
    )
    expect(lines).toEqual([
      { kind: 'open-group', title: 'Log of test › job-1' },
      { kind: 'text', text: 'a' },
      { kind: 'text', text: 'b' }
    ])
    const next = presentLiveEvents(
      [line(1, 'c'), { job: ref(1), kind: 'finished', status: 'success', bytes: 6 }],
      { oneJob: true },
      state
    )
    expect(next.lines).toEqual([{ kind: 'text', text: 'c' }, { kind: 'close-group' }])
    expect(next.state.openJob).toBeUndefined()
  })

  it('closes the open group for the front end to print something else, and only then', () => {
    const opened = presentLiveEvents([line(1, 'a')], { oneJob: true }).state
    expect(closeLiveGroup(opened)).toEqual({ lines: [{ kind: 'close-group' }], state: {} })
    expect(closeLiveGroup({})).toEqual({ lines: [], state: {} })
  })

  it('prefixes each line with its job when several run, closing a group left open', () => {
    const opened = presentLiveEvents([line(1, 'a')], { oneJob: true }).state
    const { lines } = presentLiveEvents([line(1, 'b'), line(2, 'c')], { oneJob: false }, opened)
    expect(lines).toEqual([
      { kind: 'close-group' },
      { kind: 'text', text: '[test › job-1] b' },
      { kind: 'text', text: '[test › job-2] c' }
    ])
  })
})

describe('presentLiveEvents, the budget note', () => {
  it('shows it once as a line of its own, closing the group left open', () => {
    const ref = { id: 1, name: 'a', label: 'test › a' }
    const opened = presentLiveEvents([{ job: ref, kind: 'line', text: 'x' }], { oneJob: true })
    const { lines } = presentLiveEvents(
      [{ job: ref, kind: 'budget', perMinute: 60, ceilingMs: 8_000, shared: false }],
      { oneJob: true },
      opened.state
    )
    expect(lines).toEqual([
      { kind: 'close-group' },
      {
        kind: 'text',
        text: expect.stringMatching(/^Live logs: at most 60 GitLab requests a minute, status/)
      }
    ])
  })

  it('says that a shared budget is for all targets together', () => {
    const ref = { id: 1, name: 'a', label: 'a' }
    const budget = { kind: 'budget', perMinute: 60, ceilingMs: 8_000, shared: true } as const
    const { lines } = presentLiveEvents([{ job: ref, ...budget }], { oneJob: false })
    expect(lines).toEqual([
      {
        kind: 'text',
        text: expect.stringMatching(
          /^Live logs: at most 60 GitLab requests a minute for all targets together, status checks included/
        )
      }
    ])
  })
})

describe('presentLiveEvents, several jobs and what is said about a log', () => {
  const ref = (id: number) => ({
    id,
    name: `job-${id}`,
    label: `test › job-${id}`,
    web_url: `https://gitlab.example.com/g/app/-/jobs/${id}`
  })

  it('prefixes each line with its job when several run, closing a group left open', () => {
    const opened = presentLiveEvents([{ job: ref(1), kind: 'line', text: 'a' }], { oneJob: true })
    const { lines, state } = presentLiveEvents(
      [
        { job: ref(1), kind: 'line', text: 'b' },
        { job: ref(2), kind: 'line', text: 'c' }
      ],
      { oneJob: false },
      opened.state
    )
    expect(lines).toEqual([
      { kind: 'close-group' },
      { kind: 'text', text: '[test › job-1] b' },
      { kind: 'text', text: '[test › job-2] c' }
    ])
    expect(state.openJob).toBeUndefined()
  })

  it('opens a new group when another job is the one running', () => {
    const first = presentLiveEvents([{ job: ref(1), kind: 'line', text: 'a' }], { oneJob: true })
    const { lines } = presentLiveEvents(
      [{ job: ref(2), kind: 'line', text: 'b' }],
      { oneJob: true },
      first.state
    )
    expect(lines).toEqual([
      { kind: 'close-group' },
      { kind: 'open-group', title: 'Log of test › job-2' },
      { kind: 'text', text: 'b' }
    ])
  })

  it('says what was skipped, paused or unreadable, with sizes and the full log', () => {
    const events: LiveEvent[] = [
      { job: ref(3), kind: 'skipped', lines: 1200, bytes: 3 * 1024 * 1024 },
      { job: ref(3), kind: 'paused', bytes: 2048 },
      { job: ref(3), kind: 'unreadable', message: 'GitLab answered 403', final: false },
      { job: ref(3), kind: 'unreadable', message: 'GitLab answered 404', final: true }
    ]
    const texts = presentLiveEvents(events, { oneJob: false }).lines.map(line =>
      line.kind === 'text' ? line.text : line.kind
    )
    expect(texts).toEqual([
      '[test › job-3] … 1200 lines (3 MiB) not shown; full log: https://gitlab.example.com/g/app/-/jobs/3',
      '[test › job-3] (the log passed 2 KiB: its last lines are shown when the job ends)',
      '[test › job-3] (could not read the log, trying again: GitLab answered 403)',
      '[test › job-3] (could not read the log: GitLab answered 404)'
    ])
  })

  it('shows nothing for a job that finished when its group is not the open one', () => {
    const opened = presentLiveEvents([{ job: ref(1), kind: 'line', text: 'a' }], { oneJob: true })
    const { lines, state } = presentLiveEvents(
      [{ job: ref(2), kind: 'finished', status: 'success', bytes: 1 }],
      { oneJob: true },
      opened.state
    )
    expect(lines).toEqual([])
    expect(state).toEqual(opened.state)
  })
})
