/**
 * What the GitHub runner does with a step's output, to prove GitLab's text runs no command: the
 * rules of actions/runner's OutputManager.cs, ActionCommandManager.cs and ActionCommand.cs
 * (TryParseV2, then the legacy TryParse), applied line by line.
 *
 * - Lines end at `\n`, `\r` or `\r\n` (StreamReader.ReadLine).
 * - `::name props::data` runs when the line, after leading white space, starts with `::`.
 * - `##[name props]data` runs wherever `##[` is in the line.
 * - Names are case-insensitive and must be registered; after `stop-commands` with data TOKEN,
 *   nothing runs until a command named TOKEN (in either form); an empty TOKEN never resumes.
 *
 * The runner finds `::` and `##[` with culture-sensitive .NET string searches, which under ICU skip
 * characters of no collation weight. This model drops every such character before it looks, so
 * it sees at least every command the runner would.
 */

const REGISTERED = [
  'add-mask',
  'debug',
  'notice',
  'warning',
  'error',
  'group',
  'endgroup',
  'echo',
  'add-matcher',
  'remove-matcher',
  'set-output',
  'save-state',
  'set-env',
  'add-path',
  'stop-commands'
]

export interface RunnerCommand {
  name: string
  properties: Record<string, string>
  data: string
  /** The line as printed. */
  line: string
}

export interface RunnerView {
  /** Commands the runner ran, in order, the stop and resume of stop-commands included. */
  commands: RunnerCommand[]
  /** Lines the runner shows as they are (commands excepted). */
  lines: string[]
}

const WEIGHTLESS = /[\p{Cc}\p{Cf}\p{Mn}\p{Me}]/gu

export function runnerView(output: string): RunnerView {
  const registered = new Set(REGISTERED)
  const commands: RunnerCommand[] = []
  const lines: string[] = []
  let stopToken: string | undefined
  for (const line of output.split(/\r\n|\r|\n/)) {
    const seen = line.replace(WEIGHTLESS, '')
    const command = parseV2(seen, registered, line) ?? parseLegacy(seen, registered, line)
    if (!command) {
      lines.push(line)
    } else if (stopToken !== undefined) {
      if (stopToken !== '' && command.name.toLowerCase() === stopToken.toLowerCase()) {
        registered.delete(stopToken.toLowerCase())
        stopToken = undefined
        commands.push(command)
      } else {
        lines.push(line)
      }
    } else {
      if (command.name.toLowerCase() === 'stop-commands') {
        stopToken = command.data
        registered.add(stopToken.toLowerCase())
      }
      commands.push(command)
    }
  }
  return { commands, lines }
}

function parseV2(seen: string, registered: Set<string>, line: string): RunnerCommand | undefined {
  const message = seen.replace(/^\p{White_Space}+/u, '')
  if (!message.startsWith('::')) return undefined
  const end = message.indexOf('::', 2)
  if (end < 0) return undefined
  const info = message.slice(2, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .trim()
      .split(',')
      .filter(Boolean)) {
      const equals = pair.indexOf('=')
      if (equals > 0 && equals < pair.length - 1)
        properties[pair.slice(0, equals)] = unescape(pair.slice(equals + 1), true)
    }
  }
  return { name, properties, data: unescape(message.slice(end + 2), false), line }
}

function parseLegacy(
  seen: string,
  registered: Set<string>,
  line: string
): RunnerCommand | undefined {
  const start = seen.indexOf('##[')
  if (start < 0) return undefined
  const end = seen.indexOf(']', start)
  if (end < 0) return undefined
  const info = seen.slice(start + 3, end)
  const space = info.indexOf(' ')
  const name = space < 0 ? info : info.slice(0, space)
  if (!registered.has(name.toLowerCase())) return undefined
  const properties: Record<string, string> = {}
  if (space > 0) {
    for (const pair of info
      .slice(space + 1)
      .split(';')
      .filter(Boolean)) {
      const equals = pair.indexOf('=')
      if (equals > 0 && equals < pair.length - 1)
        properties[pair.slice(0, equals)] = pair.slice(equals + 1)
    }
  }
  return { name, properties, data: seen.slice(end + 1), line }
}

function unescape(text: string, property: boolean): string {
  let result = text.replace(/%0D/g, '\r').replace(/%0A/g, '\n')
  if (property) result = result.replace(/%3A/g, ':').replace(/%2C/g, ',')
  return result.replace(/%25/g, '%')
}
