import type { GitLabClient } from './gitlab/client.js'
import { StringDecoder } from 'node:string_decoder'
import { streamJobTrace } from './gitlab/endpoints.js'
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

/**
 * Prints each job's log in a collapsed group, read as a stream of which only the shown tail is
 * kept. A log that cannot be read is a warning, not a failure; one cut short shows what was read.
 * Stops at once when `retry.signal` aborts (the run was cancelled or the step's time is up).
 */
export async function printJobLogs(
  client: GitLabClient,
  project: string,
  jobs: readonly Job[],
  reporter: Reporter,
  retry: RetryOptions
): Promise<void> {
  for (const job of jobs) {
    if (retry.signal?.aborted) {
      reporter.warning(
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
        reporter.warning(`Could not read the log of job ${job.name}: ${why}`)
        continue
      }
      // GitLab's job log has no HTTP Range: rather than read it all again, show what arrived.
      reporter.warning(
        `The log of job ${job.name} was cut short after ${formatBytes(tail.bytesRead)} (${why}); showing what was read`
      )
    }
    reporter.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tail.render(job.web_url))
  }
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason.message : 'stopped'
}

// section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
// eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
const SECTION_MARKER = /section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g
// The ring keeps twice what is shown, so trailing blank lines trimmed at the end leave enough.
const RING_LINES = 2 * MAX_LOG_LINES
const RING_BYTES = 2 * MAX_LOG_BYTES
// A line without a break (progress bars redrawn with \r) is cut from the front past this length.
const LONGEST_PENDING = 4 * MAX_LOG_BYTES

/**
 * The readable end of a job log, built chunk by chunk: GitLab's collapsible-section markers
 * removed, CRLF made LF, and only the last lines kept in a bounded ring, counting what was cut.
 * Memory stays a few hundred KiB however long the log.
 */
export class LogTail {
  /** Bytes received, before any cleaning. */
  bytesRead = 0
  private readonly decoder = new StringDecoder('utf8')
  private pendingParts: string[] = []
  private pendingLength = 0
  /** Bytes already dropped from the front of `pending`. */
  private pendingDropped = 0
  private readonly ring: string[] = []
  private ringBytes = 0
  /** Complete lines seen and their cleaned bytes (line breaks not counted). */
  private lines = 0
  private bytes = 0

  push(chunk: Buffer | string): void {
    this.bytesRead += typeof chunk === 'string' ? Buffer.byteLength(chunk) : chunk.length
    const decoded = typeof chunk === 'string' ? chunk : this.decoder.write(chunk)
    // Text without a line break is only queued: joining it on every chunk would copy a long
    // line over and over.
    if (!decoded.includes('\n')) {
      this.pendingParts.push(decoded)
      this.pendingLength += decoded.length
      if (this.pendingLength > LONGEST_PENDING) this.cutPending()
      return
    }
    const text = this.takePending() + decoded
    let start = 0
    for (let end = text.indexOf('\n'); end >= 0; end = text.indexOf('\n', start)) {
      this.addLine(text.slice(start, end))
      start = end + 1
    }
    this.pendingParts.push(text.slice(start))
    this.pendingLength = text.length - start
    if (this.pendingLength > LONGEST_PENDING) this.cutPending()
  }

  private takePending(): string {
    const text = this.pendingParts.join('')
    this.pendingParts = []
    this.pendingLength = 0
    return text
  }

  /** Drops the front of a line too long to show whole, counting its bytes. */
  private cutPending(): void {
    const text = this.takePending()
    let cut = text.length - LONGEST_PENDING / 2
    // Do not split a surrogate pair.
    if (/[\uDC00-\uDFFF]/.test(text[cut] ?? '')) cut++
    this.pendingDropped += Buffer.byteLength(text.slice(0, cut))
    this.pendingParts = [text.slice(cut)]
    this.pendingLength = text.length - cut
  }

  /** The tail to show, with a note of how much was cut and where the whole log is. */
  render(webUrl: string): string {
    const last = this.takePending() + this.decoder.end()
    const all = [...this.ring]
    let lines = this.lines
    let bytes = this.bytes
    if (last !== '' || this.pendingDropped > 0) {
      const cleaned = clean(last)
      all.push(cleaned)
      lines++
      bytes += this.pendingDropped + Buffer.byteLength(cleaned)
    }
    const joined = all.join('\n')
    const cleaned = joined.trimEnd()
    const trimmed = joined.slice(cleaned.length)
    // The whole cleaned log: its lines and the breaks between them, less the trimmed end.
    const total = bytes + Math.max(0, lines - 1) - Buffer.byteLength(trimmed)
    lines -= trimmed.split('\n').length - 1
    if (cleaned === '') return `(the log is empty) ${webUrl}`
    let kept = cleaned.split('\n').slice(-MAX_LOG_LINES).join('\n')
    // A single huge line is cut by bytes too; drop a split character.
    if (Buffer.byteLength(kept) > MAX_LOG_BYTES)
      kept = Buffer.from(kept)
        .subarray(-MAX_LOG_BYTES)
        .toString('utf8')
        .replace(/^\uFFFD+/, '')
    const keptBytes = Buffer.byteLength(kept)
    if (keptBytes >= total) return kept
    const cutLines = lines - kept.split('\n').length
    const cutBytes = total - keptBytes
    const what =
      cutLines > 0
        ? `${cutLines} earlier lines (${formatBytes(cutBytes)})`
        : `the first ${formatBytes(cutBytes)}`
    return [`… ${what} not shown; full log: ${webUrl}`, kept].join('\n')
  }

  private addLine(raw: string): void {
    const line = clean(raw)
    const lineBytes = Buffer.byteLength(line)
    this.lines++
    this.bytes += this.pendingDropped + lineBytes
    this.pendingDropped = 0
    this.ring.push(line)
    this.ringBytes += lineBytes + 1
    while (this.ring.length > RING_LINES || (this.ringBytes > RING_BYTES && this.ring.length > 1))
      this.ringBytes -= Buffer.byteLength(this.ring.shift()!) + 1
  }
}

function clean(line: string): string {
  const text = line.replace(SECTION_MARKER, '')
  return text.endsWith('\r') ? text.slice(0, -1) : text
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

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`
}
