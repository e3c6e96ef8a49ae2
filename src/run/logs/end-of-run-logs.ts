import { setFlagsFromString } from 'node:v8'
import { runInNewContext } from 'node:vm'
import type { GitLabClient } from '../../gitlab/client.js'
import { streamJobTrace } from '../../gitlab/endpoints.js'
import type { Job } from '../../gitlab/schemas.js'
import { isFailedStatus, neverRan } from '../../gitlab/statuses.js'
import type { RunLog } from '../run-log.js'
import type { JobLogs } from '../../settings/settings.js'
import type { RetryOptions } from '../../gitlab/retry.js'

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
 * kept. A log that cannot be read is a warning, not a failure; one cut short shows what was read.
 * Stops at once when `retry.signal` aborts (the run was cancelled or the step's time is up).
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
    let sinceCollect = 0
    try {
      await streamJobTrace(
        client,
        project,
        job.id,
        chunk => {
          tail.push(chunk)
          sinceCollect += chunk.length
          if (sinceCollect >= COLLECT_EVERY_BYTES) {
            sinceCollect = 0
            collectGarbage()
          }
        },
        retry
      )
    } catch (error) {
      const why = (error as Error).message
      if (tail.bytesRead === 0) {
        log.warning(`Could not read the log of job ${job.name}: ${why}`)
        continue
      }
      // GitLab's job log has no HTTP Range: rather than read it all again, show what arrived.
      log.warning(
        `The log of job ${job.name} was cut short after ${formatBytes(tail.bytesRead)} (${why}); showing what was read`
      )
    }
    log.group(`Log of ${job.stage} › ${job.name} (${job.status})`, tail.render(job.web_url))
  }
}

// Each chunk read from the socket is a new buffer outside the JavaScript heap, and V8 collects
// them only once tens of MB have piled up: a long log would then raise the peak memory by that
// much. Collecting every few MB keeps it flat (README, "Memory").
const COLLECT_EVERY_BYTES = 4 * 1024 * 1024
let gc: (() => void) | null | undefined
function collectGarbage(): void {
  if (gc === undefined) {
    try {
      setFlagsFromString('--expose-gc')
      gc = runInNewContext('gc') as () => void
    } catch {
      gc = null
    }
  }
  gc?.()
}

function reasonOf(signal: AbortSignal): string {
  const reason: unknown = signal.reason
  return reason instanceof Error ? reason.message : 'stopped'
}

// section_start:1700000000:step_script\r\e[0K  (GitLab's log section markers)
// eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
const SECTION_MARKER = /section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/g
// The raw bytes kept: four times what is shown, so that trailing blank lines and section markers
// trimmed at the end still leave enough. They live in one buffer allocated once: a 100 MB log
// then makes almost no garbage, which would otherwise grow the process's heap.
const RING_BYTES = 4 * MAX_LOG_BYTES
const CAPACITY = 4 * RING_BYTES
const NEWLINE = 0x0a
const CR = 0x0d
// eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
const MARKER_AT = /^section_(?:start|end):\d+:[^\r\n]*?\r\x1b\[0K/
// The longest section marker looked for (name included).
const MARKER_WINDOW = 512

/**
 * The readable end of a job log, built chunk by chunk: GitLab's collapsible-section markers
 * removed, CRLF made LF, and only the last lines kept, counting what was cut. Memory stays
 * about 1 MiB however long the log. `render` once, at the end.
 */
export class LogTail {
  /** Bytes received, before any cleaning. */
  bytesRead = 0
  private readonly buffer = Buffer.allocUnsafe(CAPACITY)
  private length = 0
  /** Complete lines dropped from the front, and their cleaned bytes (line breaks not counted). */
  private lines = 0
  private bytes = 0

  push(chunk: Buffer | string): void {
    const bytes = typeof chunk === 'string' ? Buffer.from(chunk) : chunk
    this.bytesRead += bytes.length
    for (let at = 0; at < bytes.length; at += CAPACITY / 2) {
      const piece = bytes.subarray(at, at + CAPACITY / 2)
      if (this.length + piece.length > CAPACITY) this.dropFront(piece.length)
      piece.copy(this.buffer, this.length)
      this.length += piece.length
    }
  }

  /** The tail to show, with a note of how much was cut and where the whole log is. */
  render(webUrl: string): string {
    const segments = this.buffer.toString('utf8', 0, this.length).split('\n')
    if (segments.at(-1) === '') segments.pop()
    const all = segments.map(clean)
    let lines = this.lines + all.length
    let bytes = this.bytes
    for (const line of all) bytes += Buffer.byteLength(line)
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

  /**
   * Makes room for `needed` bytes, keeping the last RING_BYTES: whole lines are dropped (and
   * counted), or, inside a line too long to keep, its front.
   */
  private dropFront(needed: number): void {
    const target = this.length - RING_BYTES
    const lastBreak = this.buffer.lastIndexOf(NEWLINE, target - 1)
    let cut = lastBreak + 1
    if (this.length - cut + needed > CAPACITY) cut = target
    this.count(0, cut)
    this.buffer.copyWithin(0, cut, this.length)
    this.length -= cut
  }

  /** Adds the lines (and the front of a line) in buffer[start, end) to what was cut. */
  private count(start: number, end: number): void {
    let lineStart = start
    for (let nl = this.buffer.indexOf(NEWLINE, start); nl >= 0 && nl < end;) {
      const cr = nl > lineStart && this.buffer[nl - 1] === CR ? 1 : 0
      this.bytes += nl - lineStart - cr - this.markerBytes(lineStart, nl)
      this.lines++
      lineStart = nl + 1
      nl = this.buffer.indexOf(NEWLINE, lineStart)
    }
    // The front of a line too long to keep: counted raw, its break comes later.
    this.bytes += end - lineStart
  }

  private markerBytes(start: number, end: number): number {
    let found = 0
    for (let at = this.buffer.indexOf('section_', start); at >= 0 && at < end;) {
      const window = this.buffer.toString('latin1', at, Math.min(end, at + MARKER_WINDOW))
      const length = MARKER_AT.exec(window)?.[0].length ?? 0
      found += length
      at = this.buffer.indexOf('section_', at + Math.max(1, length))
    }
    return found
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
