import type { GitLabClient } from './gitlab/client.js'
import { getJobTrace } from './gitlab/endpoints.js'
import type { Job } from './gitlab/schemas.js'
import type { Reporter } from './reporter.js'
import type { JobLogs } from './settings.js'
import type { RetryOptions } from './retry.js'

const MAX_LOG_LINES = 300
const MAX_LOG_BYTES = 64 * 1024

export function jobsWithLogsToShow(jobs: readonly Job[], which: JobLogs): Job[] {
  if (which === 'none') return []
  const shown = which === 'all' ? jobs.filter(job => job.status !== 'created' && job.status !== 'skipped' && job.status !== 'manual') : jobs.filter(job => job.status === 'failed')
  return [...shown].sort((a, b) => a.id - b.id)
}

/** Prints each job's log in a collapsed group; a log that cannot be read is a warning, not a failure. */
export async function printJobLogs(client: GitLabClient, project: string, jobs: readonly Job[], reporter: Reporter, retry: RetryOptions): Promise<void> {
  for (const job of jobs) {
    try {
      const trace = await getJobTrace(client, project, job.id, retry)
      reporter.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tailOfLog(trace, job.web_url))
    } catch (error) {
      reporter.warning(`Could not read the log of job ${job.name}: ${(error as Error).message}`)
    }
  }
}

/**
 * The readable end of a job log: GitLab's collapsible-section markers removed, and only the
 * last lines kept, with a note of how much was cut and where the whole log is.
 */
export function tailOfLog(trace: string, webUrl: string): string {
  // section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
  const cleaned = trace.replace(/section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g, '').replace(/\r\n/g, '\n')
  const lines = cleaned.split('\n')
  if (lines.at(-1) === '') lines.pop()
  let kept = lines.slice(-MAX_LOG_LINES)
  while (kept.length > 1 && Buffer.byteLength(kept.join('\n')) > MAX_LOG_BYTES) kept = kept.slice(Math.ceil(kept.length / 10))
  if (lines.length === 0) return `(the log is empty) ${webUrl}`
  if (kept.length === lines.length) return kept.join('\n')
  const cutLines = lines.length - kept.length
  const cutBytes = Buffer.byteLength(cleaned) - Buffer.byteLength(kept.join('\n'))
  return [`… ${cutLines} earlier lines (${formatBytes(cutBytes)}) not shown; full log: ${webUrl}`, ...kept].join('\n')
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
