/**
 * Text from the far side (GitLab, the proxies in front of it) on its way into the runner's log, a
 * terminal or the job summary. Job and stage names, refs, failure reasons, error bodies and job
 * logs are written by whoever can push a `.gitlab-ci.yml` or run a proxy; here they lose any
 * power to act.
 *
 * The runner (actions/runner, OutputManager.cs and ActionCommand.cs) reads each line of a step's
 * output, split at `\n`, `\r` or `\r\n`, and runs:
 * - `::name props::data` when the line, after leading white space, starts with `::`;
 * - the legacy `##[name props]data` anywhere in the line;
 * - after `::stop-commands::TOKEN`, nothing until `::TOKEN::` (or `##[TOKEN]`).
 * It finds `::` and `##[` with .NET's culture-sensitive `IndexOf`/`StartsWith`, which under ICU
 * skips characters that weigh nothing in collation (zero-width spaces, joiners, soft hyphens,
 * most controls), so `:\u200B:` counts as `::`. The breaks below are therefore a plain space,
 * which always weighs something, and the patterns allow those characters in between.
 */

// Characters ICU collation may ignore: controls, format characters (U+200B, U+2060, U+00AD,
// U+FEFF, bidi marks) and combining marks (U+034F, variation selectors). Over-matching only
// inserts one more space.
const WEIGHTLESS = String.raw`[\p{Cc}\p{Cf}\p{Mn}\p{Me}]`
// What the runner's TrimStart() drops (Unicode White_Space), plus the weightless ones.
const LEADING = String.raw`[\p{White_Space}\p{Cc}\p{Cf}\p{Mn}\p{Me}]*`

const LINE_BREAK = /\r\n|\r|\n/
/** `::` at the start of a line, as the runner finds it. */
const COMMAND_AT_START = new RegExp(String.raw`^(${LEADING}:${WEIGHTLESS}*)(:)`, 'u')
/** `##[` anywhere, as the runner finds it. */
const LEGACY_COMMAND = new RegExp(String.raw`(#${WEIGHTLESS}*#${WEIGHTLESS}*)(\[)`, 'gu')

/** What replaces a line break in text meant to stay on one line. */
export const LINE_BREAK_MARK = ' ⏎ '

/** The lines the runner would see in `text`. */
export function runnerLines(text: string): string[] {
  return text.split(LINE_BREAK)
}

/**
 * One line that runs no workflow command: a space breaks a leading `::` (`: :`) and every `##[`
 * (`## [`). Everything else is kept, so the text still reads as GitLab wrote it.
 */
export function inertLine(line: string): string {
  return line.replace(COMMAND_AT_START, '$1 $2').replace(LEGACY_COMMAND, '$1 $2')
}

/** Text meant to stay on one line: line breaks become a visible mark, then made inert. */
export function inertOneLine(text: string): string {
  return inertLine(text.replace(/(?:\r\n|\r|\n)+$/, '').replace(/\r\n|\r|\n/g, LINE_BREAK_MARK))
}

/** Text of several lines (a job log, a long message): each line made inert, breaks as `\n`. */
export function inertText(text: string): string {
  return runnerLines(text).map(inertLine).join('\n')
}

// One pass over: OSC/DCS/SOS/PM/APC strings (to BEL or ST), CSI sequences (ESC [ or U+009B,
// parameters, intermediates, final byte: SGR colour ends in `m`), other escapes, and lone C0/C1
// controls but tab and line feed. One pass, so removing one sequence cannot form another.
const TERMINAL_CONTROL = new RegExp(
  [
    String.raw`(?:\x1b[\]P^_X]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c\n]*(?:\x07|\x1b\\|\x9c)?`,
    String.raw`(?:\x1b\[|\x9b)([0-?]*)([ -/]*)([@-~])`,
    String.raw`\x1b[ -/]*[0-~]`,
    String.raw`[\x00-\x08\x0b-\x1f\x7f-\x9f]`
  ].join('|'),
  'g'
)

/**
 * Text for a terminal that cannot move the cursor, retitle the window, write hyperlinks or the
 * clipboard, or ring the bell: escape sequences are dropped (SGR colour kept when `keepColour`),
 * other controls become `\uFFFD`. Tabs and line feeds stay; `\r` should already be a line break.
 */
export function withoutTerminalControls(text: string, keepColour = false): string {
  return text.replace(
    TERMINAL_CONTROL,
    (match: string, params?: string, intermediates?: string, final?: string) => {
      if (final !== undefined) {
        const colour = final === 'm' && intermediates === '' && /^[0-9;:]*$/.test(params ?? '')
        return keepColour && colour ? `\x1b[${params}m` : ''
      }
      return match.length === 1 ? '\uFFFD' : ''
    }
  )
}

/**
 * GitLab's text on its way to a terminal or to a CI log that may be a GitHub runner's (the CLI in
 * a `run:` step): per runner line, terminal controls are dropped first and the line made inert
 * after, so that a dropped OSC or colour sequence cannot uncover a `::` at the start of a line.
 * With `keepColour`, a line whose plain text would run a command loses its colours, so no
 * colour sequence can stand in front of a command either.
 */
export function terminalText(text: string, keepColour = false): string {
  return runnerLines(text)
    .map(line => terminalSafe(line, keepColour))
    .join('\n')
}

/** Text meant to stay on one line (see terminalText): line breaks become a visible mark. */
export function terminalLine(text: string, keepColour = false): string {
  return terminalSafe(inertOneLine(text), keepColour)
}

function terminalSafe(line: string, keepColour: boolean): string {
  const plain = withoutTerminalControls(line)
  const inert = inertLine(plain)
  if (!keepColour || inert !== plain) return inert
  return inertLine(withoutTerminalControls(line, true))
}

/**
 * JSON text (already valid) that the runner cannot take for a command and a terminal shows as it
 * is: controls and format characters, which JSON.stringify leaves raw when they are not C0, become
 * `\uXXXX` escapes, and the `[` of any `##[` becomes `\u005b`. Both can only occur inside
 * strings, so the parsed value is unchanged. (A JSON line starts with `{` or `[`, never `::`.)
 */
export function inertJson(json: string): string {
  return json
    .replace(LEGACY_COMMAND, (_match, opening: string) => `${opening}\\u005b`)
    .replace(/[\p{Cc}\p{Cf}\u2028\u2029]/gu, char =>
      /[\t\n\r]/.test(char) ? char : unicodeEscape(char)
    )
}

/** `\uXXXX` for each UTF-16 unit, so characters beyond U+FFFF become their surrogate pair. */
function unicodeEscape(char: string): string {
  return char
    .split('')
    .map(unit => `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`)
    .join('')
}

/** Whether the CLI colours its output: FORCE_COLOR wins, then NO_COLOR, then a terminal on stderr. */
export function colourWanted(env: NodeJS.ProcessEnv, isTerminal: boolean): boolean {
  const force = env.FORCE_COLOR
  if (force !== undefined && force !== '') return force !== '0' && force.toLowerCase() !== 'false'
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false
  if (env.TERM === 'dumb') return false
  return isTerminal
}

// The longest far-side text one summary cell shows: GitLab's own limit for job names is 255.
const MAX_CELL_CHARACTERS = 255

/**
 * GitLab's text as literal text in GitHub-flavoured Markdown, in a table cell or a line: every
 * ASCII punctuation character is backslash-escaped (CommonMark allows it for all of them, and the
 * table parser honours `\|`), `<`, `>` and `&` become entities, so no tag, link, image, emphasis,
 * code span or math starts; line breaks become spaces, and a very long text is cut.
 * Not for code spans: a backslash does not escape there.
 */
export function markdownText(text: string): string {
  const characters = Array.from(text.replace(/[\r\n]+/g, ' '))
  const shown =
    characters.length > MAX_CELL_CHARACTERS
      ? `${characters.slice(0, MAX_CELL_CHARACTERS - 1).join('')}…`
      : characters.join('')
  return shown
    .replace(/[!-/:-@[-`{-~]/g, char =>
      char === '<' ? '&lt;' : char === '>' ? '&gt;' : char === '&' ? '&amp;' : `\\${char}`
    )
    .replace(/[\p{Cc}]/gu, '\uFFFD')
}

// Longer URLs are shown as text: no GitLab page has one, and each costs summary bytes.
const MAX_URL_LENGTH = 2048

/**
 * `[text](url)` for an http(s) URL from GitLab, the URL normalised and percent-encoded where it
 * could end the link or the table cell (`()[]<>|` and the like); just the text for anything else.
 * `text` is ours (not escaped here).
 */
export function markdownLink(text: string, url: string): string {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return text
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return text
  const href = parsed.href
    .replace(/[()[\]<>|`\\"' ]/g, char => `%${char.charCodeAt(0).toString(16).toUpperCase()}`)
    .replace(/&/g, '&amp;')
  return href.length > MAX_URL_LENGTH ? text : `[${text}](${href})`
}
