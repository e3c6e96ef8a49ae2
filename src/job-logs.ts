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
  const shown =
    which === 'all'
      ? jobs.filter(
          job => job.status !== 'created' && job.status !== 'skipped' && job.status !== 'manual'
        )
      : jobs.filter(job => job.status === 'failed')
  return [...shown].sort((a, b) => a.id - b.id)
}

/** Prints each job's log in a collapsed group; a log that cannot be read is a warning, not a failure. */
export async function printJobLogs(
  client: GitLabClient,
  project: string,
  jobs: readonly Job[],
  reporter: Reporter,
  retry: RetryOptions
): Promise<void> {
  for (const job of jobs) {
    try {
      const trace = await getJobTrace(client, project, job.id, retry)
      reporter.group(
        `Log of ${job.stage} › ${job.name} (${job.status})`,
        tailOfLog(trace, job.web_url)
      )
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
  const cleaned = trace
    // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
    .replace(/section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g, '')
    .replace(/\r\n/g, '\n')
    .trimEnd()
  if (cleaned === '') return `(the log is empty) ${webUrl}`
  const lines = cleaned.split('\n')
  let kept = lines.slice(-MAX_LOG_LINES).join('\n')
  // A single huge line (progress bars redrawn with \r) is cut by bytes too; drop a split character.
  if (Buffer.byteLength(kept) > MAX_LOG_BYTES)
    kept = Buffer.from(kept)
      .subarray(-MAX_LOG_BYTES)
      .toString('utf8')
      .replace(/^\uFFFD+/, '')
  if (kept.length === cleaned.length) return kept
  const cutLines = lines.length - kept.split('\n').length
  const cutBytes = Buffer.byteLength(cleaned) - Buffer.byteLength(kept)
  const what =
    cutLines > 0
      ? `${cutLines} earlier lines (${formatBytes(cutBytes)})`
      : `the first ${formatBytes(cutBytes)}`
  return [`… ${what} not shown; full log: ${webUrl}`, kept].join('\n')
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
