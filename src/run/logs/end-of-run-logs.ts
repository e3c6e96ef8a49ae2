import type { GitLabClient } from '../../gitlab/client.js'
import { streamJobTrace } from '../../gitlab/endpoints.js'
import type { Job } from '../../gitlab/schemas.js'
import { isFailedStatus, neverRan } from '../../gitlab/statuses.js'
import type { RunLog } from '../run-log.js'
import type { JobLogs } from '../../settings/settings.js'
import type { RetryOptions } from '../../gitlab/retry.js'
import { formatBytes } from '../../runtime/bytes.js'
import { LogLineAssembler, pieceText, type LogPiece } from './log-lines.js'

const MAX_LOG_LINES = 300
const MAX_LOG_BYTES = 64 * 1024

export function jobsWithLogsToShow(jobs: readonly Job[], which: JobLogs): Job[] {
  if (which === 'none') return []
  const shown =
    which === 'all'
      ? jobs.filter(job => !neverRan(job.status))
      : jobs.filter(job => isFailedStatus(job.status))
  return [...shown].sort((a, b) => a.id - b.id)
}

/**
 * Prints each job's log in a collapsed group, read as a stream of which only the shown tail is
 * kept (LogTail), so memory stays flat however long the log. A log that cannot be read is a
 * warning, not a failure; one cut short shows what was read. Stops at once when `retry.signal`
 * aborts (the run was cancelled or the step's time is up).
 */
export async function printJobLogs(
  client: GitLabClient,
  project: string,
  jobs: readonly Job[],
  log: RunLog,
  retry: RetryOptions
): Promise<void> {
  for (const job of jobs) {
    if (retry.signal?.aborted) {
      log.warning(
        `Stopped reading job logs before ${job.name}: ${reasonOf(retry.signal)}; see the jobs in GitLab`
      )
      return
    }
    const tail = new LogTail()
    try {
      await streamJobTrace(client, project, job.id, chunk => tail.push(chunk), retry)
    } catch (error) {
      const why = (error as Error).message
      if (tail.bytesRead === 0) {
        log.warning(`Could not read the log of job ${job.name}: ${why}`)
        continue
      }
      // Rather than read it all again, show what arrived.
      log.warning(
        `The log of job ${job.name} was cut short after ${formatBytes(tail.bytesRead)} (${why}); showing what was read`
      )
    }
    log.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tail.render(job.web_url))
  }
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason.message : 'stopped'
}

/**
 * The readable end of a job log, built chunk by chunk with the one log reader of the project
 * (log-lines.ts: Runner 18.7 timestamps, section markers, `\r` redraws, colours, reads split
 * anywhere), of which only the last lines are kept, counting what was cut. Blank lines at the
 * end are not shown. Memory: at most MAX_LOG_LINES lines and about MAX_LOG_BYTES (plus one line
 * the reader holds, log-lines.ts MAX_LINE_CHARS), however long the log. `render` once, at the end.
 */
export class LogTail {
  /** Bytes received, before any cleaning. */
  bytesRead = 0
  private readonly reader = new LogLineAssembler()
  /** The last lines shown, and their bytes. */
  private readonly kept: string[] = []
  private keptBytes = 0
  /** Blank lines after the last kept one: shown only when a line with text follows them. */
  private blanks: string[] = []
  /** Lines dropped from the front, and their bytes (each with its line break). */
  private readonly dropped = { lines: 0, bytes: 0 }

  push(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    this.bytesRead += bytes.length
    this.take(this.reader.push(bytes))
  }

  /** The tail to show, with a note of how much was cut and where the whole log is. */
  render(webUrl: string): string {
    this.take(this.reader.end())
    this.blanks = []
    if (this.kept.length === 0) return `(the log is empty) ${webUrl}`
    let shown = this.kept.join('\n').trimEnd()
    let cutBytes = this.dropped.bytes
    // The oldest line kept may be longer than what is shown (one long line): keep its end.
    const over = Buffer.byteLength(shown) - MAX_LOG_BYTES
    if (over > 0) {
      const cut = Buffer.from(shown)
        .subarray(over)
        .toString('utf8')
        .replace(/^\uFFFD+/, '')
      cutBytes += Buffer.byteLength(shown) - Buffer.byteLength(cut)
      shown = cut
    }
    const { lines } = this.dropped
    if (lines === 0 && cutBytes === 0) return shown
    const what =
      lines > 0
        ? `${lines} earlier lines (${formatBytes(cutBytes)})`
        : `the first ${formatBytes(cutBytes)}`
    return [`… ${what} not shown; full log: ${webUrl}`, shown].join('\n')
  }

  private take(pieces: readonly LogPiece[]): void {
    for (const piece of pieces) {
      const text = pieceText(piece)
      if (text === null) continue
      if (text.trim() === '' && this.blanks.length < MAX_LOG_LINES) {
        this.blanks.push(text)
        continue
      }
      for (const line of [...this.blanks.splice(0), text]) this.keep(line)
    }
  }

  private keep(line: string): void {
    this.kept.push(line)
    this.keptBytes += Buffer.byteLength(line) + 1
    // Drop from the front while what is left still fills the lines and bytes shown.
    while (
      this.kept.length > MAX_LOG_LINES ||
      (this.kept.length > 1 &&
        this.keptBytes - Buffer.byteLength(this.kept[0]) - 1 >= MAX_LOG_BYTES)
    ) {
      const gone = this.kept.shift() ?? ''
      const bytes = Buffer.byteLength(gone) + 1
      this.keptBytes -= bytes
      this.dropped.lines++
      this.dropped.bytes += bytes
    }
  }
}

/**
 * The readable end of a whole job log (see LogTail): the last lines, with a note of how much was
 * cut and where the whole log is.
 */
export function tailOfLog(trace: string, webUrl: string): string {
  const tail = new LogTail()
  tail.push(trace)
  return tail.render(webUrl)
}
