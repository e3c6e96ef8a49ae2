import { describe, expect, it } from '@jest/globals'
import type { Job, Pipeline } from '../../src/gitlab/schemas.js'
import { targetsSummaryMarkdown } from '../../src/action/targets-summary.js'
import { SUMMARY_BUDGET_BYTES } from '../../src/action/summary.js'
import type { TargetOutcome, TargetsResult } from '../../src/run/targets/run-targets.js'
import type { RunResult } from '../../src/run/run-result.js'
import type { Target } from '../../src/settings/targets.js'
import { renderMarkdown, renderedTableRows, visibleText } from '../support/markdown.js'

const BASE = 'https://gitlab.example.com'

const target = (name: string, extra: Partial<Target> = {}): Target => ({
  name,
  project: `group/${name}`,
  ref: 'main',
  triggerToken: 'glptt-x',
  variables: {},
  inputs: {},
  after: [],
  ...extra
})

function pipeline(id: number, status: string): Pipeline {
  return {
    id,
    iid: id,
    project_id: id,
    sha: '91e2711a93e5d9e8dddfeb6d003b636b25bf6fc9',
    ref: 'main',
    status,
    web_url: `${BASE}/group/p/-/pipelines/${id}`,
    duration: 60,
    yaml_errors: null
  }
}

function jobs(count: number, nameLength = 10): Job[] {
  return Array.from({ length: count }, (_, index) => ({
    id: index + 1,
    name: `job-${index}-`.padEnd(nameLength, 'x'),
    stage: 'test',
    status: 'success',
    web_url: `${BASE}/group/p/-/jobs/${index + 1}`,
    duration: 5,
    allow_failure: false,
    failure_reason: null
  }))
}

function ran(one: Target, id: number, status: string, jobList: Job[] = jobs(2)): TargetOutcome {
  const result: RunResult = {
    outcome: status === 'success' ? 'accepted' : 'not-accepted',
    pipeline: pipeline(id, 'created'),
    lastSeen: pipeline(id, status),
    finalStatus: status,
    jobs: jobList,
    startedAt: 0,
    endedAt: 1
  }
  return { target: one, result, status, outcome: result.outcome }
}

function summaryOf(outcomes: TargetOutcome[]): string {
  const result: TargetsResult = {
    outcome: 'not-accepted',
    finalStatus: 'failed',
    jobs: [],
    startedAt: 0,
    endedAt: 1,
    targets: outcomes
  }
  return targetsSummaryMarkdown(result)
}

describe('targetsSummaryMarkdown', () => {
  it('lists every target in a table, then a section per target with its jobs', () => {
    const markdown = summaryOf([
      ran(target('api'), 11, 'success'),
      ran(target('web'), 12, 'failed'),
      {
        target: target('docs', { after: ['web'] }),
        status: 'not-triggered',
        outcome: 'not-accepted',
        reason: 'Not triggered: web ended failed, not in accept-statuses (success)'
      }
    ])
    expect(markdown.split('\n')[0]).toBe('## GitLab pipelines (3 targets): ❌ failed')
    expect(renderedTableRows(markdown)).toEqual([
      ['api', 'group/api', 'main', `[#11](${BASE}/group/p/-/pipelines/11)`, '✅ success'],
      ['web', 'group/web', 'main', `[#12](${BASE}/group/p/-/pipelines/12)`, '❌ failed'],
      ['docs', 'group/docs', 'main', '', '• not-triggered']
    ])
    const sections = markdown.split(/^## Target /m).slice(1)
    expect(sections.map(section => section.split('\n')[0])).toEqual(['api', 'web', 'docs'])
    expect(sections[1]).toMatch(/### GitLab pipeline \[#12\]\(.*\): ❌ failed/)
    expect(sections[1]).toContain('job\\-1\\-xxxx')
    expect(visibleText(renderMarkdown(sections[2]))).toContain(
      'Not triggered: web ended failed, not in accept-statuses (success)'
    )
  })

  it('shows a target name from the YAML as text, never as markup', () => {
    const markdown = summaryOf([ran(target('<img src=x>|*a*'), 11, 'success')])
    expect(markdown).not.toContain('<img')
    expect(renderedTableRows(markdown)[0][0]).toBe('<img src=x>|*a*')
  })

  it("stays under GitHub's 1 MiB when the targets' jobs together would not", () => {
    // Each target's own table nearly fills the budget alone.
    const big = jobs(3000, 200)
    const markdown = summaryOf([
      ran(target('api'), 11, 'success', big),
      ran(target('web'), 12, 'success', big),
      ran(target('docs'), 13, 'success', big)
    ])
    expect(Buffer.byteLength(markdown)).toBeLessThanOrEqual(SUMMARY_BUDGET_BYTES + 1024)
    const sections = markdown.split(/^## Target /m).slice(1)
    expect(sections).toHaveLength(3)
    expect(sections[2]).toMatch(
      /Not shown, to keep this summary under GitHub's 1 MiB limit: see \[pipeline #13\]/
    )
  })
})
