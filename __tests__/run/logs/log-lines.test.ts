import { describe, expect, it } from '@jest/globals'
import {
  LogLineAssembler,
  MAX_LINE_CHARS,
  pieceText,
  type LogPiece
} from '../../../src/run/logs/log-lines.js'
import { LOG_FIXTURES } from './log-fixtures.js'

const ESC = '\x1b'

/** Every piece of `chunks` pushed in turn, then the end. */
function assemble(...chunks: (string | Buffer)[]): LogPiece[] {
  const lines = new LogLineAssembler()
  const pieces = chunks.flatMap(chunk =>
    lines.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk)
  )
  return [...pieces, ...lines.end()]
}

const texts = (pieces: LogPiece[]) =>
  pieces.flatMap(piece => (piece.kind === 'line' ? [piece.text] : []))

describe('LogLineAssembler', () => {
  it('gives out a line only once its end arrives, whatever the chunk boundaries', () => {
    const lines = new LogLineAssembler()
    expect(lines.push(Buffer.from('fir'))).toEqual([])
    expect(lines.push(Buffer.from('st\nsec'))).toEqual([{ kind: 'line', text: 'first' }])
    expect(lines.heldChars).toBe(3)
    expect(lines.push(Buffer.from('ond\n\nthird'))).toEqual([
      { kind: 'line', text: 'second' },
      { kind: 'line', text: '' }
    ])
    expect(lines.end()).toEqual([{ kind: 'line', text: 'third' }])
  })

  it('keeps a character split across chunks whole', () => {
    const euro = Buffer.from('prix: 5 €\n')
    const split = euro.indexOf(0xe2) + 1
    expect(texts(assemble(euro.subarray(0, split), euro.subarray(split)))).toEqual(['prix: 5 €'])
  })

  it('keeps the last state of a line redrawn with \\r, and reads CRLF as a line end', () => {
    expect(texts(assemble('Downloading 10%\rDownloading 50%\rDownloading 100%\n'))).toEqual([
      'Downloading 100%'
    ])
    expect(texts(assemble('one\r\ntwo\r', '\nthree\r\n'))).toEqual(['one', 'two', 'three'])
  })

  it("turns GitLab's section markers into start and end pieces, the header from the start line", () => {
    const log =
      `${ESC}[0Ksection_start:1700000000:prepare_script[collapsed=true]\r${ESC}[0K${ESC}[36;1mPreparing${ESC}[0;m\n` +
      `Running on runner-1\n` +
      `section_end:1700000001:prepare_script\r${ESC}[0Ksection_start:1700000002:step_script\r${ESC}[0KExecuting step_script\n` +
      `$ npm test\n` +
      `section_end:1700000003:step_script\r${ESC}[0K\n`
    expect(assemble(log)).toEqual([
      {
        kind: 'section-start',
        name: 'prepare_script',
        header: `${ESC}[36;1mPreparing${ESC}[0;m`,
        collapsed: true
      },
      { kind: 'line', text: 'Running on runner-1' },
      { kind: 'section-end', name: 'prepare_script' },
      {
        kind: 'section-start',
        name: 'step_script',
        header: 'Executing step_script',
        collapsed: false
      },
      { kind: 'line', text: '$ npm test' },
      { kind: 'section-end', name: 'step_script' }
    ])
  })

  it('takes for a marker only what GitLab does: a name of letters, digits, _ . -', () => {
    expect(assemble(`section_start:1:not a name\r${ESC}[0Kshown as text\n`)).toEqual([
      { kind: 'line', text: 'shown as text' }
    ])
  })

  it('keeps colours, drops erases and cursor moves, and carries a colour left on to the next line', () => {
    const pieces = assemble(
      `${ESC}[32mgreen${ESC}[0K ok${ESC}[0m\n${ESC}[31mred\nstill red\n${ESC}[0mplain${ESC}[1A\n`
    )
    expect(texts(pieces)).toEqual([
      `${ESC}[32mgreen ok${ESC}[0m`,
      `${ESC}[31mred${ESC}[0m`,
      `${ESC}[31mstill red${ESC}[0m`,
      `${ESC}[31m${ESC}[0mplain`
    ])
  })

  it('holds a bounded part of a line that never ends, cutting it', () => {
    const lines = new LogLineAssembler()
    const pieces = lines.push(Buffer.from('x'.repeat(MAX_LINE_CHARS * 2 + 10)))
    expect(texts(pieces)).toEqual(['x'.repeat(MAX_LINE_CHARS), 'x'.repeat(MAX_LINE_CHARS)])
    expect(lines.heldChars).toBe(10)
  })

  it('keeps only the last redraw of a progress bar that never ends its line', () => {
    const lines = new LogLineAssembler()
    for (let i = 0; i < 20_000; i++) lines.push(Buffer.from(`\rprogress ${i}`))
    expect(lines.heldChars).toBeLessThanOrEqual(MAX_LINE_CHARS)
    expect(texts(lines.end())).toEqual(['progress 19999'])
  })

  describe('a log with timestamps (GitLab Runner 18.7 and later)', () => {
    const at = (time: string, more = ' ') => `2026-12-02T10:00:${time}.000000Z 00O${more}`

    it('drops the header of each line, before section markers too, and joins a line that goes on', () => {
      const log =
        `${at('01')}section_start:1764669601:step_script\r${ESC}[0KExecuting step_script\n` +
        `${at('02')}$ make\n` +
        `${at('03')}compiling 10%\n` +
        `${at('04', '+')}\rcompiling 100%, done\n` +
        `${at('05')}section_end:1764669605:step_script\r${ESC}[0K\n`
      expect(assemble(log)).toEqual([
        {
          kind: 'section-start',
          name: 'step_script',
          header: 'Executing step_script',
          collapsed: false
        },
        { kind: 'line', text: '$ make' },
        { kind: 'line', text: 'compiling 100%, done' },
        { kind: 'section-end', name: 'step_script' }
      ])
    })

    it('holds the last line until the next shows whether it goes on, or until flush', () => {
      const lines = new LogLineAssembler()
      expect(lines.push(Buffer.from(`${at('01')}one\n${at('02')}two\n`))).toEqual([
        { kind: 'line', text: 'one' }
      ])
      expect(lines.push(Buffer.from(`${at('03', '+')} and more\n`))).toEqual([])
      expect(lines.flush()).toEqual([{ kind: 'line', text: 'two and more' }])
      expect(lines.push(Buffer.from(`${at('04', '+')} late\n`))).toEqual([])
      expect(lines.end()).toEqual([{ kind: 'line', text: ' late' }])
    })

    it('leaves a log whose first line has no header as it is', () => {
      const text = `plain\n${at('01')}looks like a header\n`
      expect(texts(assemble(text))).toEqual(['plain', `${at('01')}looks like a header`])
    })
  })
})

describe('the shared log fixtures (log-fixtures.ts), read split anywhere', () => {
  it.each(LOG_FIXTURES.map(fixture => [fixture.name, fixture] as const))(
    '%s',
    (_name, { raw, lines }) => {
      const bytes = Buffer.from(raw)
      // Every split point: inside a character, a timestamp header, a marker or an escape.
      for (let split = 0; split <= bytes.length; split++) {
        const shown = assemble(bytes.subarray(0, split), bytes.subarray(split))
          .map(pieceText)
          .filter(text => text !== null)
        expect(shown).toEqual(lines)
      }
      // And one byte at a time.
      const single = Array.from(bytes, byte => Buffer.from([byte]))
      expect(
        assemble(...single)
          .map(pieceText)
          .filter(text => text !== null)
      ).toEqual(lines)
    }
  )
})
