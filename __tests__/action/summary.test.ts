import { describe, expect, it } from '@jest/globals'
import type { Bridge, Job, Pipeline } from '../../src/gitlab/schemas.js'
import { statusWithIcon, summaryMarkdown, type SummaryInput } from '../../src/action/summary.js'
import { renderMarkdown, renderedTableRows, visibleText } from '../support/markdown.js'

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

/** Each row's cells as a reader sees them (rendered as GitHub-flavoured Markdown). */
const tableRows = renderedTableRows
/** The visible text of a line of the summary. */
const shownLine = (markdown: string, index: number) =>
  visibleText(renderMarkdown(markdown.split('\n')[index])).trim()

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
    expect(visibleText(renderMarkdown(statusWithIcon('something_new'))).trim()).toBe(
      '• something_new'
    )
  })
})

describe('summaryMarkdown', () => {
  it('heads the summary with the status and a link to the pipeline, project, ref, short commit and duration', () => {
    const [heading] = summary().split('\n')
    expect(heading).toBe(`### GitLab pipeline [#257](${BASE}/-/pipelines/257): ❌ failed`)
    expect(shownLine(summary(), 2)).toBe('group/app · ref main · commit 91e2711a · 2m5s')
  })

  it('shows a timed-out wait in the heading', () => {
    expect(summary({ status: 'timeout' }).split('\n')[0]).toMatch(/: ⌛ timeout$/)
  })

  it('leaves out the duration when GitLab has none', () => {
    expect(shownLine(summary({ pipeline: { ...pipeline, duration: null } }), 2)).toBe(
      'group/app · ref main · commit 91e2711a'
    )
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
    const rows = tableRows(summary({ jobs }))
    expect(rows.map(row => row[1])).toEqual(['compile', 'image', 'unit', 'lint', 'production'])
    expect(rows.map(row => row[0])).toEqual(['build', '', 'test', '', 'deploy'])
  })

  it('keeps a stage together when a later job of it was created after other stages', () => {
    const jobs = [
      job(1, 'build', 'compile'),
      job(2, 'test', 'unit'),
      job(3, 'build', 'retried-compile')
    ]
    const rows = tableRows(summary({ jobs }))
    expect(rows.map(row => [row[0], row[1]])).toEqual([
      ['build', 'compile'],
      ['', 'retried-compile'],
      ['test', 'unit']
    ])
  })

  it('shows each job with its status icon, duration and a link to its log', () => {
    const rows = tableRows(summary({ jobs: [job(1, 'test', 'unit', 'failed', { duration: 90 })] }))
    expect(rows).toEqual([['test', 'unit', '❌ failed', '1m30s', `[log](${BASE}/-/jobs/1)`]])
  })

  it('leaves the duration empty for a job that did not run', () => {
    const rows = tableRows(
      summary({ jobs: [job(1, 'deploy', 'prod', 'manual', { duration: null })] })
    )
    expect(rows[0][2]).toBe('⏸️ manual')
    expect(rows[0][3]).toBe('')
  })

  it('marks an allowed failure', () => {
    const markdown = summary({
      status: 'success',
      jobs: [job(1, 'test', 'flaky', 'failed', { allow_failure: true })]
    })
    expect(tableRows(markdown)[0][2]).toBe('⚠️ failed (allowed)')
    expect(markdown).not.toContain('❌')
  })

  it('escapes pipes and line breaks in stage and job names so the table keeps its columns', () => {
    const markdown = summary({ jobs: [job(1, 'a|b', 'test: [node | 20]\nextra')] })
    const [row] = tableRows(markdown)
    expect(row.slice(0, 2)).toEqual(['a|b', 'test: [node | 20] extra'])
    expect(row).toHaveLength(5)
  })

  it('links a bridge to its downstream pipeline and sorts it among the jobs', () => {
    const bridge: Bridge = {
      ...job(2, 'deploy', 'trigger-downstream', 'success'),
      downstream_pipeline: { id: 900, web_url: `${BASE}-infra/-/pipelines/900`, status: 'success' }
    }
    const rows = tableRows(
      summary({ jobs: [job(3, 'deploy', 'after'), job(1, 'build', 'compile')], bridges: [bridge] })
    )
    expect(rows.map(row => row[1])).toEqual(['compile', 'trigger-downstream', 'after'])
    expect(rows[1][4]).toBe(`[downstream](${BASE}-infra/-/pipelines/900)`)
  })

  it('links a bridge without a downstream pipeline to its own page', () => {
    const bridge: Bridge = { ...job(2, 'deploy', 'trigger', 'failed'), downstream_pipeline: null }
    const rows = tableRows(summary({ bridges: [bridge] }))
    expect(rows[0][4]).toBe(`[log](${BASE}/-/jobs/2)`)
  })

  it('accounts for every job of a huge pipeline: each is shown or counted as not shown', () => {
    const jobs = Array.from({ length: 2_500 }, (_, i) =>
      job(i + 1, `stage-${Math.floor(i / 100)}`, `job-${i + 1}`)
    )
    const markdown = summary({ jobs })
    const shown = tableRows(markdown).length
    const notShown = Number(/_(\d+) more jobs not shown/.exec(markdown)?.[1] ?? 0)
    expect(shown).toBeGreaterThan(1_000)
    expect(shown + notShown).toBe(2_500)
  })

  it('shows every job of a pipeline of 2000 short-named jobs, the table well under 1 MiB', () => {
    const jobs = Array.from({ length: 2_000 }, (_, i) => job(i + 1, 'test', `job-${i + 1}`))
    const markdown = summary({ jobs })
    expect(tableRows(markdown)).toHaveLength(2_000)
    expect(markdown).not.toContain('not shown')
  })
})

// Text a `.gitlab-ci.yml` author or a proxy controls, built to turn into markup.
const HOSTILE_NAMES = [
  '<img src=x onerror=alert(1)>',
  '<script>alert(1)</script>',
  '<details><summary>open</summary>',
  '[click](https://evil.example)',
  '![pixel](https://evil.example/p.png)',
  '`code` and ``two``',
  '*bold* _it_ **strong** __under__ ~~gone~~',
  'a | b || c',
  '&lt; &amp; &#124; &copy;',
  '$x^2$ and $$y$$',
  '# heading',
  '1. list',
  '- item',
  '> quote',
  '\\ back \\| slash \\',
  'line\nbreak\r\nand\rcr',
  '<!-- comment -->',
  '[ref]: https://evil.example'
]

describe('summaryMarkdown with GitLab text built to be markup', () => {
  it.each(HOSTILE_NAMES)(
    'shows the job and stage name %j as text, in a table of 5 columns',
    name => {
      const markdown = summary({ jobs: [job(1, name, name), job(2, 'after', 'next')] })
      const html = renderMarkdown(markdown)
      const rows = tableRows(markdown)
      expect(rows).toHaveLength(2)
      const flat = name.replace(/[\r\n]+/g, ' ')
      expect(rows[0].slice(0, 2)).toEqual([flat, flat])
      expect(rows.every(row => row.length === 5)).toBe(true)
      expect(rows[1].slice(0, 2)).toEqual(['after', 'next'])
      // Only our own links, and nothing else that is markup.
      expect(html.match(/<a /g)).toHaveLength(3)
      const table = /<tbody>[\s\S]*<\/tbody>/.exec(html)?.[0]
      expect(table).not.toMatch(/<(img|script|details|code|em|strong|del|blockquote|h1|ol|ul|li)\b/)
    }
  )

  it('shows a hostile ref and project path as text in the heading', () => {
    const markdown = summary({
      projectPath: '<b>group</b>/[app](https://evil.example)',
      pipeline: { ...pipeline, ref: '`main` | *x* <img src=y>', sha: '`evil`sha' }
    })
    expect(shownLine(markdown, 2)).toBe(
      '<b>group</b>/[app](https://evil.example) · ref `main` | *x* <img src=y> · commit `evil`sh · 2m5s'
    )
    expect(renderMarkdown(markdown.split('\n')[2])).not.toMatch(/<(a|b|img|code|em)\b/)
  })

  it('links only http(s) URLs, encoded so they cannot end the link or the cell', () => {
    const jobs = [
      job(1, 'test', 'js', 'failed', { web_url: 'javascript:alert(1)' }),
      job(2, 'test', 'data', 'failed', { web_url: 'data:text/html,<script>x</script>' }),
      job(3, 'test', 'parens', 'failed', { web_url: 'https://gitlab.example.com/a)b|c](d<e>`f' }),
      job(4, 'test', 'broken', 'failed', { web_url: 'not a url' })
    ]
    const rows = tableRows(summary({ jobs }))
    expect(rows.map(row => row[4])).toEqual([
      'log',
      'log',
      '[log](https://gitlab.example.com/a%29b%7Cc%5D%28d%3Ce%3E%60f)',
      'log'
    ])
    expect(rows.every(row => row.length === 5)).toBe(true)
  })

  it('stays under 1 MiB for 20,000 jobs with long non-ASCII names, saying how many were left out and linking the pipeline', () => {
    const long = (i: number) => `${'ジョブ名前🚀'.repeat(40)}-${i}`
    const jobs = Array.from({ length: 20_000 }, (_, i) =>
      job(i + 1, `ステージ-${Math.floor(i / 1000)}-${'段'.repeat(200)}`, long(i))
    )
    const markdown = summary({ jobs })
    expect(Buffer.byteLength(markdown)).toBeLessThan(1024 * 1024)
    const shown = tableRows(markdown).length
    const leftOut =
      /_(\d+) more jobs not shown, to keep this summary under GitHub's 1 MiB limit: see \[pipeline #257\]\((.*?)\)\._/.exec(
        markdown
      )
    expect(leftOut?.[2]).toBe(pipeline.web_url)
    expect(shown).toBeGreaterThan(100)
    expect(shown + Number(leftOut?.[1])).toBe(20_000)
  })

  it('cuts a name longer than GitLab allows, keeping whole characters', () => {
    const [row] = tableRows(summary({ jobs: [job(1, 'test', '名'.repeat(1000))] }))
    expect(row[1]).toBe(`${'名'.repeat(254)}…`)
  })
})
