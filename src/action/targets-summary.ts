import type { TargetsResult } from '../run/targets/run-targets.js'
import { targetsResults } from '../run/targets/targets-results.js'
import { markdownLink, markdownText } from '../text/far-side.js'
import { runSummaryMarkdown, statusWithIcon, SUMMARY_BUDGET_BYTES } from './summary.js'

/**
 * The job summary of a step with `targets`: a table of every target, then a section per target
 * (its pipeline and jobs, as for one pipeline). The whole stays under GitHub's 1 MiB: a section
 * that does not fit is replaced by a line linking its pipeline.
 */
export function targetsSummaryMarkdown(result: TargetsResult): string {
  const entries = targetsResults(result)
  const worst = result.finalStatus === undefined ? '' : `: ${statusWithIcon(result.finalStatus)}`
  const lines = [
    `## GitLab pipelines (${entries.length} targets)${worst}`,
    '',
    '| Target | Project | Ref | Pipeline | Status |',
    '| --- | --- | --- | --- | --- |',
    ...entries.map(entry => {
      const pipeline =
        entry['pipeline-id'] === null || entry['web-url'] === null
          ? ''
          : markdownLink(`#${entry['pipeline-id']}`, entry['web-url'])
      return `| ${markdownText(entry.name)} | ${markdownText(entry.project)} | ${markdownText(entry.ref)} | ${pipeline} | ${statusWithIcon(entry.status)} |`
    }),
    ''
  ]
  let bytes = Buffer.byteLength(lines.join('\n'))
  for (const { target, result: run, reason } of result.targets) {
    // Above each pipeline's own `###` heading.
    const heading = `## Target ${markdownText(target.name)}`
    const body = run
      ? (runSummaryMarkdown(run, { project: target.project }) ?? markdownText(run.reason ?? ''))
      : markdownText(reason ?? 'Not triggered')
    const section = `${heading}\n\n${body}\n`
    if (bytes + Buffer.byteLength(section) <= SUMMARY_BUDGET_BYTES) {
      lines.push(section)
      bytes += Buffer.byteLength(section) + 1
      continue
    }
    const pipeline = run?.pipeline
    const where = pipeline
      ? `: see ${markdownLink(`pipeline #${pipeline.id}`, pipeline.web_url)}`
      : ''
    const short = `${heading}\n\n_Not shown, to keep this summary under GitHub's 1 MiB limit${where}._\n`
    lines.push(short)
    bytes += Buffer.byteLength(short) + 1
  }
  return lines.join('\n')
}
