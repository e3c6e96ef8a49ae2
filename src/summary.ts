import type { Bridge, Job, Pipeline } from './gitlab/schemas.js'
import { formatDuration } from './durations.js'

const ICONS: Record<string, string> = {
  success: '✅',
  failed: '❌',
  canceled: '⏹️',
  canceling: '⏹️',
  skipped: '⏭️',
  manual: '⏸️',
  scheduled: '🕒',
  running: '🔄',
  pending: '⏳',
  created: '🆕',
  waiting_for_resource: '⏳',
  preparing: '⏳',
  timeout: '⌛'
}

export function statusWithIcon(status: string, allowFailure = false): string {
  if (status === 'failed' && allowFailure) return '⚠️ failed (allowed)'
  return `${ICONS[status] ?? '•'} ${status}`
}

// The runner rejects summaries over 1 MiB; a few thousand rows stay far below it.
const MAX_ROWS = 2000

export interface SummaryInput {
  pipeline: Pipeline
  /** The final status, or `timeout`. */
  status: string
  projectPath: string
  jobs: readonly Job[]
  bridges: readonly Bridge[]
}

/** The job summary: the pipeline, its status, and its jobs grouped by stage. */
export function summaryMarkdown({
  pipeline,
  status,
  projectPath,
  jobs,
  bridges
}: SummaryInput): string {
  const duration =
    pipeline.duration === null ? '' : ` · ${formatDuration(pipeline.duration * 1000)}`
  const lines = [
    `### GitLab pipeline [#${pipeline.id}](${pipeline.web_url}): ${statusWithIcon(status)}`,
    '',
    `\`${escapeCell(projectPath)}\` · ref \`${escapeCell(pipeline.ref)}\` · commit \`${pipeline.sha.slice(0, 8)}\`${duration}`,
    ''
  ]
  const all = [...jobs, ...bridges].sort((a, b) => a.id - b.id)
  if (all.length === 0) return [...lines, '_No jobs._', ''].join('\n')
  lines.push('| Stage | Job | Status | Duration | |', '| --- | --- | --- | --- | --- |')
  let rows = 0
  for (const [stage, stageJobs] of groupByStage(all)) {
    for (const [index, job] of stageJobs.entries()) {
      if (rows++ >= MAX_ROWS) break
      const downstream = (job as Bridge).downstream_pipeline
      const link = downstream ? `[downstream](${downstream.web_url})` : `[log](${job.web_url})`
      const time = job.duration === null ? '' : formatDuration(job.duration * 1000)
      lines.push(
        `| ${index === 0 ? escapeCell(stage) : ''} | ${escapeCell(job.name)} | ${statusWithIcon(job.status, job.allow_failure)} | ${time} | ${link} |`
      )
    }
  }
  if (all.length > MAX_ROWS) lines.push('', `_${all.length - MAX_ROWS} more jobs not shown._`)
  return [...lines, ''].join('\n')
}

/** The summary of a pipeline that was triggered and not waited for. */
export function triggeredSummaryMarkdown(pipeline: Pipeline, projectPath: string): string {
  return [
    `### GitLab pipeline [#${pipeline.id}](${pipeline.web_url}): ${statusWithIcon(pipeline.status)}`,
    '',
    `\`${escapeCell(projectPath)}\` · ref \`${escapeCell(pipeline.ref)}\` · commit \`${pipeline.sha.slice(0, 8)}\``,
    '',
    'Triggered; this step did not wait for it to end.',
    ''
  ].join('\n')
}

/** Stages in the order their first job was created, which is the pipeline's stage order. */
function groupByStage<T extends Job>(jobs: readonly T[]): Map<string, T[]> {
  const stages = new Map<string, T[]>()
  for (const job of jobs) stages.set(job.stage, [...(stages.get(job.stage) ?? []), job])
  return stages
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/[\r\n]+/g, ' ')
}
