import { describe, expect, it } from '@jest/globals'
import type { Bridge, Job, Pipeline } from '../src/gitlab/schemas.js'
import { statusWithIcon, summaryMarkdown, type SummaryInput } from '../src/summary.js'

const BASE = 'https://gitlab.example.com/group/app'

const pipeline: Pipeline = {
  id: 257,
  iid: 118,
  project_id: 123,
  sha: '91e2711a93e5d9e8dddfeb6d003b636b25bf6fc9',
  ref: 'main',
  status: 'failed',
  web_url: `${BASE}/-/pipelines/257`,
  duration: 125,
  yaml_errors: null
}

function job(
  id: number,
  stage: string,
  name: string,
  status = 'success',
  extra: Partial<Job> = {}
): Job {
  return {
    id,
    name,
    stage,
    status,
    web_url: `${BASE}/-/jobs/${id}`,
    duration: 42,
    allow_failure: false,
    failure_reason: null,
    ...extra
  }
}

function summary(input: Partial<SummaryInput> = {}): string {
  return summaryMarkdown({
    pipeline,
    status: 'failed',
    projectPath: 'group/app',
    jobs: [],
    bridges: [],
    ...input
  })
}

const tableRows = (markdown: string) =>
  markdown
    .split('\n')
    .filter(
      line => line.startsWith('| ') && !line.startsWith('| Stage') && !line.startsWith('| ---')
    )

const cells = (row: string) =>
  row
    .slice(2, -2)
    .split(/(?<!\\) \| /)
    .map(cell => cell.trim())

describe('statusWithIcon', () => {
  it.each([
    ['success', '✅'],
    ['failed', '❌'],
    ['canceled', '⏹️'],
    ['skipped', '⏭️'],
    ['manual', '⏸️'],
    ['running', '🔄'],
    ['pending', '⏳'],
    ['timeout', '⌛']
  ])('puts an icon before %s', (status, icon) => {
    expect(statusWithIcon(status)).toBe(`${icon} ${status}`)
  })

  it('marks a failure that is allowed differently from a failure', () => {
    expect(statusWithIcon('failed', true)).toBe('⚠️ failed (allowed)')
    expect(statusWithIcon('failed', false)).toBe('❌ failed')
  })

  it('keeps the icon of a success even when failure was allowed', () => {
    expect(statusWithIcon('success', true)).toBe('✅ success')
  })

  it('shows a status it does not know with a neutral mark', () => {
    expect(statusWithIcon('something_new')).toBe('• something_new')
  })
})

describe('summaryMarkdown', () => {
  it('heads the summary with the status and a link to the pipeline, project, ref, short commit and duration', () => {
    const [heading, , details] = summary().split('\n')
    expect(heading).toBe(`### GitLab pipeline [#257](${BASE}/-/pipelines/257): ❌ failed`)
    expect(details).toContain('`group/app`')
    expect(details).toContain('ref `main`')
    expect(details).toContain('commit `91e2711a`')
    expect(details).toContain('2m5s')
  })

  it('shows a timed-out wait in the heading', () => {
    expect(summary({ status: 'timeout' }).split('\n')[0]).toMatch(/: ⌛ timeout$/)
  })

  it('leaves out the duration when GitLab has none', () => {
    const details = summary({ pipeline: { ...pipeline, duration: null } }).split('\n')[2]
    expect(details).toBe('`group/app` · ref `main` · commit `91e2711a`')
  })

  it('says there are no jobs instead of an empty table', () => {
    const markdown = summary()
    expect(markdown).toContain('_No jobs._')
    expect(markdown).not.toContain('| Stage')
  })

  it('groups jobs by stage in pipeline order, naming each stage once, whatever order GitLab lists them in', () => {
    const jobs = [
      job(5, 'deploy', 'production'),
      job(4, 'test', 'lint'),
      job(3, 'test', 'unit', 'failed'),
      job(2, 'build', 'image'),
      job(1, 'build', 'compile')
    ]
    const rows = tableRows(summary({ jobs })).map(cells)
    expect(rows.map(row => row[1])).toEqual(['compile', 'image', 'unit', 'lint', 'production'])
    expect(rows.map(row => row[0])).toEqual(['build', '', 'test', '', 'deploy'])
  })

  it('keeps a stage together when a later job of it was created after other stages', () => {
    const jobs = [
      job(1, 'build', 'compile'),
      job(2, 'test', 'unit'),
      job(3, 'build', 'retried-compile')
    ]
    const rows = tableRows(summary({ jobs })).map(cells)
    expect(rows.map(row => [row[0], row[1]])).toEqual([
      ['build', 'compile'],
      ['', 'retried-compile'],
      ['test', 'unit']
    ])
  })

  it('shows each job with its status icon, duration and a link to its log', () => {
    const rows = tableRows(
      summary({ jobs: [job(1, 'test', 'unit', 'failed', { duration: 90 })] })
    ).map(cells)
    expect(rows).toEqual([['test', 'unit', '❌ failed', '1m30s', `[log](${BASE}/-/jobs/1)`]])
  })

  it('leaves the duration empty for a job that did not run', () => {
    const rows = tableRows(
      summary({ jobs: [job(1, 'deploy', 'prod', 'manual', { duration: null })] })
    ).map(cells)
    expect(rows[0][2]).toBe('⏸️ manual')
    expect(rows[0][3]).toBe('')
  })

  it('marks an allowed failure', () => {
    const markdown = summary({
      status: 'success',
      jobs: [job(1, 'test', 'flaky', 'failed', { allow_failure: true })]
    })
    expect(cells(tableRows(markdown)[0])[2]).toBe('⚠️ failed (allowed)')
    expect(markdown).not.toContain('❌')
  })

  it('escapes pipes and line breaks in stage and job names so the table keeps its columns', () => {
    const markdown = summary({ jobs: [job(1, 'a|b', 'test: [node | 20]\nextra')] })
    const row = tableRows(markdown)[0]
    expect(row).toContain('a\\|b')
    expect(row).toContain('test: [node \\| 20] extra')
    expect(cells(row)).toHaveLength(5)
  })

  it('links a bridge to its downstream pipeline and sorts it among the jobs', () => {
    const bridge: Bridge = {
      ...job(2, 'deploy', 'trigger-downstream', 'success'),
      downstream_pipeline: { id: 900, web_url: `${BASE}-infra/-/pipelines/900`, status: 'success' }
    }
    const rows = tableRows(
      summary({ jobs: [job(3, 'deploy', 'after'), job(1, 'build', 'compile')], bridges: [bridge] })
    ).map(cells)
    expect(rows.map(row => row[1])).toEqual(['compile', 'trigger-downstream', 'after'])
    expect(rows[1][4]).toBe(`[downstream](${BASE}-infra/-/pipelines/900)`)
  })

  it('links a bridge without a downstream pipeline to its own page', () => {
    const bridge: Bridge = { ...job(2, 'deploy', 'trigger', 'failed'), downstream_pipeline: null }
    const rows = tableRows(summary({ bridges: [bridge] })).map(cells)
    expect(rows[0][4]).toBe(`[log](${BASE}/-/jobs/2)`)
  })

  it('accounts for every job of a huge pipeline: each is shown or counted as not shown', () => {
    const jobs = Array.from({ length: 2_500 }, (_, i) =>
      job(i + 1, `stage-${Math.floor(i / 100)}`, `job-${i + 1}`)
    )
    const markdown = summary({ jobs })
    const shown = tableRows(markdown).length
    const notShown = Number(/_(\d+) more jobs not shown\._/.exec(markdown)?.[1] ?? 0)
    expect(shown).toBeGreaterThan(1_000)
    expect(shown + notShown).toBe(2_500)
  })

  it('shows all 2000 jobs of a pipeline at the row limit, or says how many are left out', () => {
    const jobs = Array.from({ length: 2_000 }, (_, i) => job(i + 1, 'test', `job-${i + 1}`))
    const markdown = summary({ jobs })
    const shown = tableRows(markdown).length
    const notShown = Number(/_(\d+) more jobs not shown\._/.exec(markdown)?.[1] ?? 0)
    expect(shown + notShown).toBe(2_000)
  })
})
