import { describe, expect, it } from '@jest/globals'
import {
  LINE_BREAK_MARK,
  colourWanted,
  inertJson,
  inertLine,
  inertOneLine,
  inertText,
  markdownLink,
  markdownText,
  terminalLine,
  terminalText,
  withoutTerminalControls
} from '../../src/text/far-side.js'
import { CliReporter } from '../../src/cli/reporter.js'
import { runnerView } from '../../test/harness/runner-log.js'

/** Each runs a command when printed as it is (the first test proves the runner model sees it). */
const ATTACKS = [
  '::add-mask::secret',
  '::set-output name=x::y',
  '::stop-commands::halt',
  '::warning title=t::w',
  '::WARNING::upper case',
  '   ::warning::indented',
  '\t\u00a0\u3000::warning::unicode white space',
  '\u0085::warning::next line',
  '\u200b::warning::zero-width before',
  ':\u200b:warning::zero-width between',
  ':\u00ad\u2060:warning::soft hyphen and word joiner',
  'text ##[warning]legacy',
  'text #\u200b#[warning]legacy with zero-width',
  '##\ufe0f[add-mask]variation selector',
  'text ##[set-output name=a]b',
  'a\r::warning::after CR',
  'a\n::warning::after LF',
  'a\r\n::warning::after CRLF'
]

describe('the runner model (test/harness/runner-log.ts)', () => {
  it.each(ATTACKS)('sees a command in %j as printed', attack => {
    expect(runnerView(attack).commands).not.toEqual([])
  })

  it('silences commands after stop-commands until its token, in either form', () => {
    const view = runnerView(
      '::stop-commands::t1\n::warning::no\n##[error]no\n##[t1]\n::warning::yes'
    )
    expect(view.commands.map(c => c.name)).toEqual(['stop-commands', 't1', 'warning'])
  })
})

describe('inertOneLine', () => {
  it.each(ATTACKS)('leaves no command in %j', attack => {
    expect(runnerView(inertOneLine(attack)).commands).toEqual([])
    expect(runnerView(`prefix ${inertOneLine(attack)}`).commands).toEqual([])
  })

  it('keeps the text readable: one space breaks the command, line breaks show as a mark', () => {
    expect(inertOneLine('::add-mask::x')).toBe(': :add-mask::x')
    expect(inertOneLine('a ##[warning]b')).toBe('a ## [warning]b')
    expect(inertOneLine('one\r\ntwo\rthree\nfour\n')).toBe(
      `one${LINE_BREAK_MARK}two${LINE_BREAK_MARK}three${LINE_BREAK_MARK}four`
    )
    expect(inertOneLine('test › unit: running → failed  https://g.example/-/jobs/1')).toBe(
      'test › unit: running → failed  https://g.example/-/jobs/1'
    )
    expect(inertOneLine('Foo::Bar and C++ ## headings [x]')).toBe(
      'Foo::Bar and C++ ## headings [x]'
    )
  })
})

describe('inertText and inertLine', () => {
  it('makes each line inert and ends lines with \\n only', () => {
    const text = ATTACKS.join('\r\n')
    const inert = inertText(text)
    expect(inert).not.toMatch(/\r/)
    expect(runnerView(inert).commands).toEqual([])
    expect(inert.split('\n').length).toBeGreaterThanOrEqual(ATTACKS.length)
  })

  it('leaves ordinary lines alone', () => {
    expect(inertLine('$ npm test')).toBe('$ npm test')
    expect(inertText('a\n\nb')).toBe('a\n\nb')
  })
})

describe('withoutTerminalControls', () => {
  const hostile =
    '\x1b]0;title\x07\x1b[2J\x1b[H\x1b[1;31mred\x1b[0m \x1b]8;;https://e.example\x1b\\link\x1b]8;;\x1b\\ \x9b2J\x07\x08\x1bc\x1b[?1049h\ttab'

  it('drops escape sequences and replaces other controls, keeping tabs and line feeds', () => {
    expect(withoutTerminalControls(`${hostile}\nnext`)).toBe('red link \uFFFD\uFFFD\ttab\nnext')
  })

  it('keeps SGR colour when asked, and only that', () => {
    expect(withoutTerminalControls(hostile, true)).toBe(
      '\x1b[1;31mred\x1b[0m link \uFFFD\uFFFD\ttab'
    )
    expect(withoutTerminalControls('\x9b32mgreen', true)).toBe('\x1b[32mgreen')
  })

  it('does not let removing one sequence form another', () => {
    expect(withoutTerminalControls('\x1b[\x1b[31m31m')).not.toContain('\x1b')
    expect(withoutTerminalControls('\x1b\x1b[31mx')).toBe('\uFFFDx')
  })

  it('stops an unterminated OSC string at the end of its line', () => {
    expect(withoutTerminalControls('\x1b]0;title\nnext line')).toBe('\nnext line')
  })
})

describe('inertJson', () => {
  it('keeps the parsed value and leaves nothing for the runner or a terminal', () => {
    const value = { description: '##[add-mask]x #\u200b#[warning]y \u009b2J ::warning::z\n' }
    const json = inertJson(JSON.stringify(value))
    expect(JSON.parse(json)).toEqual(value)
    expect(runnerView(json).commands).toEqual([])
    // eslint-disable-next-line no-control-regex -- no control character may remain
    expect(json).not.toMatch(/[\x00-\x1f\x7f-\x9f\u200b]/)
  })
})

describe('colourWanted', () => {
  it.each([
    [{}, true, true],
    [{}, false, false],
    [{ NO_COLOR: '1' }, true, false],
    [{ NO_COLOR: '' }, true, true],
    [{ FORCE_COLOR: '1' }, false, true],
    [{ FORCE_COLOR: 'true' }, false, true],
    [{ FORCE_COLOR: '0' }, true, false],
    [{ FORCE_COLOR: 'false' }, true, false],
    [{ FORCE_COLOR: '1', NO_COLOR: '1' }, false, true],
    [{ TERM: 'dumb' }, true, false]
  ])('%j with a terminal %s: %s', (env, terminal, wanted) => {
    expect(colourWanted(env, terminal)).toBe(wanted)
  })
})

describe('markdownText and markdownLink', () => {
  it('escapes every ASCII punctuation character, so the text is never markup', () => {
    expect(markdownText('a|b `c` <d> & *e* [f](g)')).toBe(
      'a\\|b \\`c\\` &lt;d&gt; &amp; \\*e\\* \\[f\\]\\(g\\)'
    )
  })

  it('links only http and https URLs, encoding what could end the link', () => {
    expect(markdownLink('log', 'javascript:alert(1)')).toBe('log')
    expect(markdownLink('log', 'file:///etc/passwd')).toBe('log')
    expect(markdownLink('log', 'https://g.example/a b)c|d?e=<f>&g')).toBe(
      '[log](https://g.example/a%20b%29c%7Cd?e=%3Cf%3E&amp;g)'
    )
  })
})

describe('CliReporter', () => {
  const capture = (colour: boolean) => {
    const out = { stdout: '', stderr: '' }
    const reporter = new CliReporter(
      { colour },
      { stdout: text => (out.stdout += text), stderr: text => (out.stderr += text) }
    )
    return { reporter, out }
  }

  it('prints info on one line, and indents the later lines of a warning under the first', () => {
    const { reporter, out } = capture(false)
    reporter.info('job\n::add-mask::x')
    reporter.warning('first\n::warning::second')
    expect(out.stderr).toBe(
      `job${LINE_BREAK_MARK}::add-mask::x\nwarning: first\n         : :warning::second\n`
    )
  })

  it('keeps a JSON result exact and a text result inert', () => {
    const { reporter, out } = capture(false)
    const value = { name: '##[add-mask]x\u009b' }
    reporter.result(JSON.stringify(value))
    reporter.result('::warning::token table row \x1b]0;t\x07')
    const [json, text] = out.stdout.split('\n')
    expect(JSON.parse(json)).toEqual(value)
    expect(text).toBe(': :warning::token table row ')
    expect(runnerView(out.stdout).commands).toEqual([])
  })

  it('shows a job log with its colours only when colour is on, resetting them after it', () => {
    const log = '\x1b[31mred\x1b[2K'
    const plain = capture(false)
    plain.reporter.group('Log', log)
    expect(plain.out.stderr).toBe('--- Log\n    red\n')
    const coloured = capture(true)
    coloured.reporter.group('Log', log)
    expect(coloured.out.stderr).toBe('--- Log\n    \x1b[31mred\n\x1b[0m\n')
  })
})

describe('terminalText and terminalLine (the CLI, which may run in a GitHub step)', () => {
  const hidden = [
    '\x1b[31m::add-mask::behind a colour',
    '\x1b]0;title\x07::set-output name=osc::1',
    '\x1b]8;;https://evil.example\x1b\\::warning::behind a link',
    '\x1b[0K\x1b[36;1m::error::behind an erase\x1b[0;m',
    ':\x1b[0m:warning::split by a colour',
    '#\x1b[0m#[warning]legacy split by a colour'
  ]

  it.each(hidden)('leaves no command once escapes are dropped, colour on or off: %j', line => {
    for (const keepColour of [false, true]) {
      expect(runnerView(terminalText(line, keepColour)).commands).toEqual([])
      expect(runnerView(terminalLine(line, keepColour)).commands).toEqual([])
      // What a terminal or a log viewer shows once colours are gone runs nothing either.
      expect(runnerView(withoutTerminalControls(terminalText(line, keepColour))).commands).toEqual(
        []
      )
    }
  })

  it('keeps the colours of a line that holds no command, and splits at carriage returns', () => {
    expect(terminalText('\x1b[31mred\x1b[0m plain', true)).toBe('\x1b[31mred\x1b[0m plain')
    expect(terminalText('\x1b[31mred\x1b[0m plain')).toBe('red plain')
    expect(terminalText('a\r::warning::x')).toBe('a\n: :warning::x')
    expect(terminalLine('a\r::warning::x')).toBe(`a${LINE_BREAK_MARK}::warning::x`)
  })
})
