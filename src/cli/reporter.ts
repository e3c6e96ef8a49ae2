import { colourWanted, inertJson, terminalLine, terminalText } from '../text/far-side.js'
import type { RunLog } from '../run/run-log.js'
import type { DisplayLine } from '../run/logs/live-display.js'
import type { RequestInfo } from '../gitlab/client.js'

export interface CliStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
  /** Whether stderr is a terminal (colour is then on by default). */
  stderrIsTerminal?: boolean
}

const processStreams: CliStreams = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text),
  stderrIsTerminal: process.stderr.isTTY === true
}

/**
 * Plain lines on stderr for people and CI logs (no `::` workflow commands: Jenkins or a shell
 * would print them verbatim). stdout is kept for results, so `$(…)` and `| jq` get only those.
 *
 * Everything printed passes through text/far-side.ts (terminalText, terminalLine): the CLI may itself run in a GitHub Actions
 * step, where the runner reads its stderr and stdout for workflow commands, and on a terminal
 * GitLab's text must not move the cursor or retitle the window. Job logs keep their colour only
 * when colour is on (a terminal, or FORCE_COLOR; never with NO_COLOR unless forced).
 */
export class CliReporter implements RunLog {
  private secrets: string[] = []
  private readonly colour: boolean

  constructor(
    private readonly options: { showDebug?: boolean; colour?: boolean } = {},
    private readonly streams: CliStreams = processStreams
  ) {
    this.colour = options.colour ?? colourWanted(process.env, streams.stderrIsTerminal === true)
  }

  /** Hides a secret in everything printed afterwards. */
  mask(secret: string): void {
    if (!secret || this.secrets.includes(secret)) return
    // Longest first, so a secret that contains another is hidden whole.
    this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length)
  }

  // One line each, as in the action: a job name with a line break in it cannot forge a line.
  info(line: string): void {
    this.streams.stderr(`${this.oneLine(line)}\n`)
  }

  debug(line: string): void {
    if (this.options.showDebug) this.message('debug: ', line)
  }

  /**
   * With debug lines on (GITLAB_TRIGGER_DEBUG=1, SPEC 6.4), what prints a line for each GitLab
   * request, for every command; undefined otherwise. The line's format
   * (src/gitlab/request-line.ts) is loaded only then.
   */
  async requestLines(): Promise<((info: RequestInfo) => void) | undefined> {
    if (!this.options.showDebug) return undefined
    const { requestLine } = await import('../gitlab/request-line.js')
    return info => this.debug(requestLine(info))
  }

  // Titles are annotation headings in the action; on a terminal the message says it all.
  notice(message: string): void {
    this.streams.stderr(`${this.oneLine(message)}\n`)
  }

  warning(message: string): void {
    this.message('warning: ', message)
  }

  error(message: string): void {
    this.message('error: ', message)
  }

  /** Live log lines as plain lines: a job's group as a header line and its lines indented. */
  live(lines: readonly DisplayLine[]): void {
    const out: string[] = []
    for (const line of lines) {
      if (line.kind === 'open-group') out.push(this.oneLine(`--- ${line.title}`))
      else if (line.kind === 'text')
        out.push(`    ${terminalLine(this.redact(line.text), this.colour)}`)
    }
    // A line that changed colour must not colour what follows.
    if (this.colour && out.some(line => line.includes('\x1b['))) out.push('\x1b[0m')
    if (out.length > 0) this.streams.stderr(`${out.join('\n')}\n`)
  }

  /** A header line, then the text indented, so a job log stands apart from our own lines. */
  group(title: string, text: string): void {
    const body = terminalText(this.redact(text), this.colour)
      .split('\n')
      .map(line => (line ? `    ${line}` : ''))
    // A log that changed colour and never reset it must not colour what follows.
    const reset = this.colour && body.some(line => line.includes('\x1b[')) ? ['\x1b[0m'] : []
    this.streams.stderr(`${[this.oneLine(`--- ${title}`), ...body, ...reset].join('\n')}\n`)
  }

  /**
   * The command's result on stdout: JSON kept exact for `| jq` (only escapes added, see
   * inertJson), other text made inert and free of terminal controls like stderr.
   */
  result(text: string): void {
    const redacted = this.redact(text)
    const shown = isJson(redacted) ? inertJson(redacted) : terminalText(redacted)
    this.streams.stdout(`${shown}\n`)
  }

  /** A message that may span lines: each made inert, the later ones indented under the first. */
  private message(prefix: string, text: string): void {
    const lines = terminalText(this.redact(text)).split('\n')
    const indent = ' '.repeat(prefix.length)
    this.streams.stderr(`${prefix}${lines.join(`\n${indent}`)}\n`)
  }

  private oneLine(text: string): string {
    return terminalLine(this.redact(text))
  }

  // A second line of defence: the core never prints a token, but a GitLab message might echo one.
  private redact(text: string): string {
    return this.secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)
  }
}

function isJson(text: string): boolean {
  if (!/^[[{]/.test(text)) return false
  try {
    JSON.parse(text)
    return true
  } catch {
    return false
  }
}
