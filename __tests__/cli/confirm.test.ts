// The prompt on streams that stand in for a terminal (e2e/tokens-delete.test.ts types into the
// real one through dist/).
import { describe, expect, it } from '@jest/globals'
import { PassThrough } from 'node:stream'
import { terminalConfirmer } from '../../src/cli/confirm.js'

function terminal(isTTY = true) {
  const input = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.ReadStream
  const written: string[] = []
  const output = Object.assign(new PassThrough(), { isTTY }) as unknown as NodeJS.WriteStream
  output.on('data', chunk => written.push(String(chunk)))
  return { input, output, shown: () => written.join('') }
}

async function answer(typed: string) {
  const { input, output, shown } = terminal()
  const asked = terminalConfirmer(input, output).confirm('Delete trigger token 12? [y/N] ')
  ;(input as unknown as PassThrough).write(typed)
  return { yes: await asked, shown: shown() }
}

describe('terminalConfirmer', () => {
  it('is interactive only on a terminal', () => {
    expect(terminalConfirmer(terminal(true).input, terminal().output).interactive).toBe(true)
    expect(terminalConfirmer(terminal(false).input, terminal().output).interactive).toBe(false)
  })

  it('asks the question and takes y or yes, in any case, as yes', async () => {
    const first = await answer('y\r')
    expect(first.yes).toBe(true)
    expect(first.shown).toContain('Delete trigger token 12? [y/N] ')
    expect((await answer(' YES \r')).yes).toBe(true)
  })

  it('takes anything else, or nothing, as no', async () => {
    for (const typed of ['n\r', '\r', 'yep\r', 'sure\r'])
      expect((await answer(typed)).yes).toBe(false)
  })

  it('takes Ctrl-C and Ctrl-D as no, ending the line', async () => {
    const interrupted = await answer('\x03')
    expect(interrupted.yes).toBe(false)
    expect(interrupted.shown.endsWith('\n')).toBe(true)
    const ended = await answer('\x04')
    expect(ended.yes).toBe(false)
  })
})
