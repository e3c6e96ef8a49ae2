import type { OutputName, Reporter } from '../reporter.js'

export interface CliStreams {
  stdout: (text: string) => void
  stderr: (text: string) => void
}

const processStreams: CliStreams = {
  stdout: text => process.stdout.write(text),
  stderr: text => process.stderr.write(text)
}

/** Outputs that are numbers in GitLab's answer stay numbers in --json. */
const NUMERIC_OUTPUTS: ReadonlySet<OutputName> = new Set([
  'pipeline-id',
  'pipeline-iid',
  'project-id',
  'duration'
])

/**
 * Plain lines on stderr for people and CI logs (no `::` workflow commands: Jenkins or a shell
 * would print them verbatim). stdout is kept for results, so `$(…)` and `| jq` get only those.
 */
export class CliReporter implements Reporter {
  private secrets: string[] = []
  private readonly outputs = new Map<OutputName, string | number>()

  constructor(
    private readonly options: { showDebug?: boolean } = {},
    private readonly streams: CliStreams = processStreams
  ) {}

  mask(secret: string): void {
    if (!secret || this.secrets.includes(secret)) return
    // Longest first, so a secret that contains another is hidden whole.
    this.secrets = [...this.secrets, secret].sort((a, b) => b.length - a.length)
  }

  info(line: string): void {
    this.line(line)
  }

  debug(line: string): void {
    if (this.options.showDebug) this.line(`debug: ${line}`)
  }

  // Titles are annotation headings in the action; on a terminal the message says it all.
  notice(message: string): void {
    this.line(message)
  }

  warning(message: string): void {
    this.line(`warning: ${message}`)
  }

  error(message: string): void {
    this.line(`error: ${message}`)
  }

  /** A header line, then the text indented, so a job log stands apart from our own lines. */
  group(title: string, text: string): void {
    this.line(
      [`--- ${title}`, ...text.split('\n').map(line => (line ? `    ${line}` : ''))].join('\n')
    )
  }

  setOutput(name: OutputName, value: string | number): void {
    this.outputs.set(name, value)
  }

  async summary(): Promise<void> {}

  // The post step that uses this state exists only in the action; the CLI cancels before it exits.
  saveState(): void {}

  /** One line of the command's result on stdout. */
  result(text: string): void {
    this.streams.stdout(`${this.redact(text)}\n`)
  }

  /** The outputs set so far with --json's snake_case keys; `jobs` parsed, empty duration as null. */
  outputsAsJson(): Record<string, unknown> {
    const json: Record<string, unknown> = {}
    for (const [name, value] of this.outputs) {
      const key = name.replace(/-/g, '_')
      if (name === 'jobs') json[key] = JSON.parse(String(value))
      else if (NUMERIC_OUTPUTS.has(name)) json[key] = value === '' ? null : Number(value)
      else json[key] = value
    }
    return json
  }

  output(name: OutputName): string | number | undefined {
    return this.outputs.get(name)
  }

  private line(text: string): void {
    this.streams.stderr(`${this.redact(text)}\n`)
  }

  // A second line of defence: the core never prints a token, but a GitLab message might echo one.
  private redact(text: string): string {
    return this.secrets.reduce((masked, secret) => masked.split(secret).join('***'), text)
  }
}
