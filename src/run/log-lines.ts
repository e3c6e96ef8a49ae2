import { StringDecoder } from 'node:string_decoder'

/**
 * What a job log says, one piece at a time, as the runner's job page shows it: whole lines with
 * progress redraws resolved, GitLab's collapsible sections as start and end marks, colours kept.
 */
export type LogPiece =
  | { kind: 'line'; text: string }
  | { kind: 'section-start'; name: string; header: string; collapsed: boolean }
  | { kind: 'section-end'; name: string }

// section_start:1700000000:step_script[collapsed=true]\r\e[0K and section_end:1700000001:step_script\r\e[0K
// (GitLab's log section markers; the options in brackets are optional).
const SECTION_MARKER =
  // eslint-disable-next-line no-control-regex -- the marker ends with an ANSI escape
  /section_(start|end):\d+:([^\r\n[]*)(\[[^\]\r\n]*\])?\r\x1b\[0K/g
// CSI sequences (ESC [ parameters intermediates final). Colour (SGR, final `m`) is kept; cursor
// moves and erases (`ESC[0K`, `ESC[2K`, `ESC[1A`) mean nothing once a line is a line.
// eslint-disable-next-line no-control-regex -- ANSI escapes
const CSI = /\x1b\[([0-?]*)([ -/]*)([@-~])/g
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
  private partial = ''
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
      this.line(this.partial.slice(start, nl), pieces)
      start = nl + 1
    }
    this.partial = this.partial.slice(start)
    if (this.partial.length > MAX_LINE_CHARS) {
      // A progress bar redrawn without end, or one endless line: keep its last state, and cut it
      // if it is still too long.
      this.partial = lastState(this.partial)
      while (this.partial.length > MAX_LINE_CHARS) {
        this.line(this.partial.slice(0, MAX_LINE_CHARS), pieces)
        this.partial = this.partial.slice(MAX_LINE_CHARS)
      }
    }
    return pieces
  }

  /** The log ended: a last line without its line break is given out too. */
  end(): LogPiece[] {
    this.partial += this.decoder.end()
    const pieces: LogPiece[] = []
    if (this.partial !== '') this.line(this.partial, pieces)
    this.partial = ''
    return pieces
  }

  /** Characters held for a line whose end has not arrived. */
  get heldChars(): number {
    return this.partial.length
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
    const shown = lastState(segment).replace(CSI, (sequence, _params, mid: string, final) =>
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

/** `10%\r50%\r100%` → `100%`: what a terminal shows after the redraws. */
function lastState(text: string): string {
  const cr = text.lastIndexOf('\r')
  if (cr < 0) return text
  const last = text.slice(cr + 1)
  // "text\r" alone (the line's end not yet here, or a CRLF) keeps the text.
  return last === '' ? lastState(text.slice(0, cr)) : last
}
