import { StringDecoder } from 'node:string_decoder'

/**
 * What a job log says, one piece at a time, as the runner's job page shows it: whole lines with
 * progress redraws resolved, GitLab's collapsible sections as start and end marks, colours kept.
 */
export type LogPiece =
  | { kind: 'line'; text: string }
  | { kind: 'section-start'; name: string; header: string; collapsed: boolean }
  | { kind: 'section-end'; name: string }

// section_start:1700000000:step_script[collapsed=true]\r\e[0K and section_end:1700000001:step_script\r\e[0K:
// GitLab's own pattern for its log section markers (Gitlab::Regex.build_trace_section_regex), so
// that text GitLab shows as text is not taken for a marker.
const SECTION_MARKER =
  // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
  /section_(start|end):\d+:([a-zA-Z0-9_.-]+)(\[\w+=\w+(?:, ?\w+=\w+)*\])?\r\x1b\[0K/g
// CSI sequences (ESC [ parameters intermediates final). Colour (SGR, final `m`) is kept; cursor
// moves and erases (`ESC[0K`, `ESC[2K`, `ESC[1A`) mean nothing once a line is a line.
// eslint-disable-next-line no-control-regex -- ANSI escapes
const CSI = /\x1b\[([0-?]*)([ -/]*)([@-~])/g
// 2026-12-02T10:00:00.123456Z 00O+ : a UTC time, the stream (2 hex digits), E(rr) or O(ut), and
// `+` for a line that goes on the one before (GitLab's Gitlab::Ci::Trace::Stream).
const TIMESTAMP_HEADER = /^\d{4}-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d:[0-5]\d\.\d{6}Z [0-9a-f]{2}[EO][+ ]/
const TIMESTAMP_HEADER_LENGTH = 32
// The longest line kept whole; a longer one is cut (memory stays bounded whatever the log).
export const MAX_LINE_CHARS = 64 * 1024

/**
 * Turns the bytes of one job log, in chunks of any size, into LogPieces. A character split across
 * chunks stays whole; a line is given out once its end arrives (or at `end`); `\r` redraws keep
 * the line's last state. A colour left on at the end of a line is closed there and opened again
 * on the next, so each line reads right on its own (the runner's log shows lines one by one).
 */
export class LogLineAssembler {
  private readonly decoder = new StringDecoder('utf8')
  /** The start of a line whose break has not arrived. */
  private partial = ''
  /**
   * In a log with timestamps, the last whole line, held until the next one shows whether it
   * goes on (see `flush`).
   */
  private pending: string | null = null
  /** Whether the log's lines start with a timestamp header; decided by its first line. */
  private timestamped: boolean | undefined
  /** SGR sequences in force since the last reset, carried to the next line. */
  private colour = ''

  push(chunk: Buffer): LogPiece[] {
    // What is held has no line break: look for one only in what is new.
    const held = this.partial.length
    this.partial += this.decoder.write(chunk)
    const pieces: LogPiece[] = []
    let start = 0
    for (
      let nl = this.partial.indexOf('\n', held);
      nl >= 0;
      nl = this.partial.indexOf('\n', start)
    ) {
      this.physical(this.partial.slice(start, nl), pieces)
      start = nl + 1
    }
    this.partial = this.partial.slice(start)
    if (this.partial.length > MAX_LINE_CHARS) {
      // A progress bar redrawn without end, or one endless line: keep its last state, and cut it
      // if it is still too long.
      this.partial = lastState(this.partial)
      while (this.partial.length > MAX_LINE_CHARS) {
        this.physical(this.partial.slice(0, MAX_LINE_CHARS), pieces)
        this.partial = this.partial.slice(MAX_LINE_CHARS)
      }
    }
    return pieces
  }

  /**
   * Gives out a whole line held to see whether the next one continues it (logs with timestamps
   * only): called after each read, so that a line is not held until the job writes another. A
   * continuation that arrives later then starts a line of its own.
   */
  flush(): LogPiece[] {
    const pieces: LogPiece[] = []
    if (this.pending !== null) this.line(this.pending, pieces)
    this.pending = null
    return pieces
  }

  /** The log ended: a last line without its line break is given out too. */
  end(): LogPiece[] {
    this.partial += this.decoder.end()
    const pieces: LogPiece[] = []
    if (this.partial !== '') this.physical(this.partial, pieces)
    this.partial = ''
    return [...pieces, ...this.flush()]
  }

  /** Characters held for lines whose end has not arrived. */
  get heldChars(): number {
    return this.partial.length + (this.pending?.length ?? 0)
  }

  /**
   * One line as stored. Since GitLab Runner 18.7 each starts with a timestamp header, whose last
   * character is `+` when the line goes on the one before (the runner flushed a part of it).
   */
  private physical(raw: string, pieces: LogPiece[]): void {
    this.timestamped ??= TIMESTAMP_HEADER.test(raw)
    if (!this.timestamped) return this.line(raw, pieces)
    const header = hasTimestamp(raw)
    const text = header ? raw.slice(TIMESTAMP_HEADER_LENGTH) : raw
    if (header && raw[TIMESTAMP_HEADER_LENGTH - 1] === '+' && this.pending !== null) {
      this.pending += text
      if (this.pending.length > MAX_LINE_CHARS) pieces.push(...this.flush())
      return
    }
    pieces.push(...this.flush())
    this.pending = text
  }

  private line(raw: string, pieces: LogPiece[]): void {
    const line = raw.endsWith('\r') ? raw.slice(0, -1) : raw
    let at = 0
    let opened: Extract<LogPiece, { kind: 'section-start' }> | null = null
    for (const marker of line.matchAll(SECTION_MARKER)) {
      const before = this.text(line.slice(at, marker.index))
      // The text right after a start marker is the section's header.
      if (opened) opened.header = before
      else if (before !== '') pieces.push({ kind: 'line', text: before })
      opened = null
      at = marker.index + marker[0].length
      const name = marker[2]
      if (marker[1] === 'end') pieces.push({ kind: 'section-end', name })
      else {
        const collapsed = /collapsed=true/.test(marker[3] ?? '')
        opened = { kind: 'section-start', name, header: '', collapsed }
        pieces.push(opened)
      }
    }
    const rest = this.text(line.slice(at))
    if (opened) opened.header = rest
    // A line that held only markers is no line; an empty line of the log is one.
    else if (rest !== '' || at === 0) pieces.push({ kind: 'line', text: rest })
  }

  /** One line's text: its last redraw, erases dropped, colour carried over from the line before. */
  private text(segment: string): string {
    const last = lastState(segment)
    // A redraw may start with a timestamp header of its own.
    const redrawn =
      this.timestamped && hasTimestamp(last) ? last.slice(TIMESTAMP_HEADER_LENGTH) : last
    const shown = redrawn.replace(CSI, (sequence, _params, mid: string, final) =>
      final === 'm' && mid === '' ? sequence : ''
    )
    if (shown === '') return ''
    const carried = this.colour
    for (const match of shown.matchAll(CSI)) {
      const params = match[1]
      if (/^[0;]*$/.test(params)) this.colour = ''
      else if (/^0;/.test(params)) this.colour = match[0]
      else if (this.colour.length < 256) this.colour += match[0]
    }
    return `${carried}${shown}${this.colour ? '\x1b[0m' : ''}`
  }
}

/**
 * What a piece shows as a line of text, the same in live and end-of-run logs: a line its text, a
 * section its header line (as GitLab's job page shows it; none without one), a section's end
 * nothing.
 */
export function pieceText(piece: LogPiece): string | null {
  if (piece.kind === 'line') return piece.text
  if (piece.kind === 'section-start') return piece.header === '' ? null : piece.header
  return null
}

/** `10%\r50%\r100%` → `100%`: what a terminal shows after the redraws. */
function lastState(text: string): string {
  const cr = text.lastIndexOf('\r')
  if (cr < 0) return text
  const last = text.slice(cr + 1)
  // "text\r" alone (the line's end not yet here, or a CRLF) keeps the text.
  return last === '' ? lastState(text.slice(0, cr)) : last
}

/** A timestamp header at the start of `text`, checked by position as GitLab does. */
function hasTimestamp(text: string): boolean {
  return (
    text.length >= TIMESTAMP_HEADER_LENGTH &&
    text[26] === 'Z' &&
    text[4] === '-' &&
    text[7] === '-' &&
    text[10] === 'T' &&
    text[13] === ':' &&
    (text[30] === 'E' || text[30] === 'O')
  )
}
