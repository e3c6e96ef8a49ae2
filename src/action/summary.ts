import type { Bridge, Job, Pipeline } from '../gitlab/schemas.js'
import { isFailedStatus, isKnownStatus, isRunningStatus, type Status } from '../gitlab/statuses.js'
import { formatDuration } from '../settings/durations.js'
import { markdownLink, markdownText } from '../text/far-side.js'
import {
  lastKnownJobs,
  lastKnownStatus,
  type RunJob,
  type RunPipeline,
  type RunResult
} from '../run/run-result.js'

// One icon per GitLab status (the compiler checks each has one), and `timeout`.
const ICONS: Record<Status | 'timeout', string> = {
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
  waiting_for_callback: '⏳',
  timeout: '⌛'
}

/** A status with its icon, as Markdown text (GitLab may send a status this tool does not know). */
export function statusWithIcon(status: string, allowFailure = false): string {
  if (isFailedStatus(status) && allowFailure) return '⚠️ failed (allowed)'
  return `${(isKnownStatus(status) || status === 'timeout' ? ICONS[status] : undefined) ?? '•'} ${markdownText(status)}`
}

/**
 * The runner refuses a step summary over 1 MiB (actions/runner FileCommandManager.cs,
 * AttachmentSizeLimit). Rows are added while the whole stays under this many bytes, which leaves
 * room for the closing line and for the runner's own masking.
 */
export const SUMMARY_BUDGET_BYTES = 1000 * 1024

export interface SummaryInput {
  pipeline: Pipeline
  /** The final status, or `timeout`. */
  status: string
  projectPath: string
  jobs: readonly Job[]
  bridges: readonly Bridge[]
  /** The followed pipelines: downstream jobs' rows go under the trigger job that started them. */
  pipelines?: readonly RunPipeline[]
  /** What happened to the pipeline when the run stopped waiting for it, as a sentence. */
  aftermath?: string
  /** Epoch ms the running jobs' elapsed time is counted to; now by default. */
  now?: number
}

/**
 * The job summary: the pipeline, its status, and its jobs grouped by stage. Every text from GitLab
 * is shown as text (text/far-side.ts); past the byte budget the table ends with the number of
 * jobs left out and a link to the pipeline.
 */
export function summaryMarkdown({
  pipeline,
  status,
  projectPath,
  jobs,
  bridges,
  aftermath,
  pipelines = [],
  now = Date.now()
}: SummaryInput): string {
  const duration =
    pipeline.duration === null ? '' : ` · ${formatDuration(pipeline.duration * 1000)}`
  const head = [...heading(pipeline, status, projectPath, duration), '']
  if (aftermath) head.push(aftermath, '')
  const all: RunJob[] = [...jobs, ...bridges].sort((a, b) => a.id - b.id)
  if (all.length === 0) return [...head, '_No jobs._', ''].join('\n')
  head.push('| Stage | Job | Status | Duration | |', '| --- | --- | --- | --- | --- |')

  const lines = [...head]
  let bytes = byteLength(lines)
  const leftOutLine = (count: number) =>
    `_${count} more ${count === 1 ? 'job' : 'jobs'} not shown, to keep this summary under GitHub's 1 MiB limit: see ${markdownLink(`pipeline #${pipeline.id}`, pipeline.web_url)}._`
  // Room for the closing line whatever the count.
  const budget = SUMMARY_BUDGET_BYTES - Buffer.byteLength(leftOutLine(all.length)) - 16
  let shown = 0
  // Rows go in stage order; once one does not fit, the rest are counted, not shown.
  for (const row of nestedRows(all, pipelines, pipeline.id, 0, now)) {
    const rowBytes = Buffer.byteLength(row) + 1
    if (bytes + rowBytes > budget) break
    lines.push(row)
    bytes += rowBytes
    shown++
  }
  if (shown < all.length) lines.push('', leftOutLine(all.length - shown))
  return [...lines, ''].join('\n')
}

/**
 * The rows of one pipeline's jobs in stage order, each trigger job followed by the rows of the
 * pipeline it started (indented with ↳), to any depth; one row per job.
 */
function* nestedRows(
  all: readonly RunJob[],
  pipelines: readonly RunPipeline[],
  pipelineId: number,
  depth: number,
  now: number
): Generator<string> {
  const own = all.filter(job => (job.pipeline_id ?? pipelineId) === pipelineId)
  const indent = depth === 0 ? '' : `${'\u2003'.repeat(depth - 1)}↳ `
  for (const [stage, stageJobs] of groupByStage(own)) {
    for (const [index, job] of stageJobs.entries()) {
      yield jobRow(job, index === 0 ? `${indent}${stage}` : '', now)
      if (pipelines.length === 0) continue
      for (const child of pipelines.filter(
        p => p.trigger_job_id === job.id && p.parent_id === pipelineId
      )) {
        if (child.unreadable) {
          yield `| ${'\u2003'.repeat(depth)}↳ | ${markdownText(`pipeline #${child.id}: not shown, ${child.unreadable}`)} | ${statusWithIcon(child.status)} | | ${markdownLink('downstream', child.web_url)} |`
          continue
        }
        yield* nestedRows(all, pipelines, child.id, depth + 1, now)
      }
    }
  }
}

/** The summary of a pipeline that was triggered and not waited for. */
export function triggeredSummaryMarkdown(pipeline: Pipeline, projectPath: string): string {
  return [
    ...heading(pipeline, pipeline.status, projectPath, ''),
    '',
    'Triggered; this step did not wait for it to end.',
    ''
  ].join('\n')
}

function heading(
  pipeline: Pipeline,
  status: string,
  projectPath: string,
  duration: string
): string[] {
  // A commit id is hex; anything else from GitLab is shown as text, not in a code span.
  const sha = pipeline.sha.slice(0, 8)
  const commit = /^[0-9a-f]+$/i.test(sha) ? `\`${sha}\`` : markdownText(sha)
  return [
    `### GitLab pipeline ${markdownLink(`#${pipeline.id}`, pipeline.web_url)}: ${statusWithIcon(status)}`,
    '',
    `${markdownText(projectPath)} · ref ${markdownText(pipeline.ref)} · commit ${commit}${duration}`
  ]
}

function jobRow(job: Job | Bridge, stage: string, now: number): string {
  const downstream = (job as Bridge).downstream_pipeline
  const link = downstream
    ? markdownLink('downstream', downstream.web_url)
    : markdownLink('log', job.web_url)
  const time = jobTime(job, now)
  return `| ${markdownText(stage)} | ${markdownText(job.name)} | ${statusWithIcon(job.status, job.allow_failure)} | ${time} | ${link} |`
}

/**
 * A running job's `duration` is what GitLab had counted when it answered; the time since it
 * started says how long it has really run.
 */
function jobTime(job: Job, now: number): string {
  const started = job.started_at ? Date.parse(job.started_at) : NaN
  if (isRunningStatus(job.status) && !Number.isNaN(started))
    return `${formatDuration(Math.max(0, now - started))} so far`
  return job.duration === null ? '' : formatDuration(job.duration * 1000)
}

/** Stages in the order their first job was created, which is the pipeline's stage order. */
function groupByStage<T extends Job>(jobs: readonly T[]): Map<string, T[]> {
  const stages = new Map<string, T[]>()
  for (const job of jobs) {
    const stage = stages.get(job.stage)
    if (stage) stage.push(job)
    else stages.set(job.stage, [job])
  }
  return stages
}

function byteLength(lines: readonly string[]): number {
  return lines.reduce((sum, line) => sum + Buffer.byteLength(line) + 1, 0)
}

/**
 * The summary of a run from its result: none when no pipeline was created or the run stopped
 * before it could say how the pipeline went (a GitLab error).
 */
export function runSummaryMarkdown(
  result: RunResult,
  settings: SummarySettings
): string | undefined {
  if (!result.pipeline) return undefined
  if (result.outcome === 'triggered')
    return triggeredSummaryMarkdown(result.pipeline, settings.project)
  const pipeline = result.lastSeen ?? result.pipeline
  const stopped = result.cancel !== undefined || result.leftRunning !== undefined
  if (result.finalStatus === undefined && !stopped) return undefined
  const status = lastKnownStatus(result) ?? pipeline.status
  return summaryMarkdown({
    pipeline,
    status,
    projectPath: settings.project,
    jobs: lastKnownJobs(result),
    bridges: [],
    pipelines: result.pipelines,
    aftermath: stopped ? aftermathOf(result, status) : undefined,
    now: result.endedAt
  })
}

export interface SummarySettings {
  project: string
}

/** What the action did to a pipeline it stopped waiting for. */
function aftermathOf(result: RunResult, status: string): string {
  const pipeline = result.pipeline!
  const timedOut = status === 'timeout' && result.cancel?.by !== 'abort'
  const why = timedOut ? 'The wait timed out' : 'This run was cancelled'
  const link = markdownLink(`pipeline #${pipeline.id}`, pipeline.web_url)
  const { cancel } = result
  if (cancel?.succeeded) {
    const now = cancel.statusAfter ? ` (now ${markdownText(cancel.statusAfter)})` : ''
    return `${why}; this action cancelled the pipeline${now}. Job statuses below are from after the cancel.`
  }
  if (cancel)
    return `${why}; this action could not cancel the pipeline, which may still be running: cancel it by hand at ${link}.`
  const input = timedOut ? 'cancel-on-timeout' : 'cancel-on-abort'
  return `${why}; the pipeline was left running in GitLab (${input} is false): see ${link}.`
}
