import { describe, expect, it } from '@jest/globals'
import { fail, input, schemaOf } from '../../src/settings/fields.js'
import { ACTION_WORDS, type InputWords } from '../../src/settings/input-words.js'

// A parser of whole numbers that names another input through the front end's words.
const count = input((text, ctx, words) => {
  if (!/^\d+$/.test(text)) return fail(ctx, `must be a whole number, unlike ${words.name('ref')}`)
  return Number(text)
})

describe('schemaOf: a parser as a schema for one front end', () => {
  it('gives the parsed value when no issue was reported', () => {
    expect(schemaOf(count, ACTION_WORDS).safeParse('42')).toEqual({ success: true, data: 42 })
  })

  it('gives every issue reported, with the text given, and no value', () => {
    expect(schemaOf(count, ACTION_WORDS).safeParse('4x')).toEqual({
      success: false,
      error: {
        issues: [{ code: 'custom', message: 'must be a whole number, unlike ref', input: '4x' }]
      }
    })
  })

  it("words messages in the front end's words", () => {
    const flags: InputWords = { ...ACTION_WORDS, name: input => `--${input}` }
    const result = schemaOf(count, flags).safeParse('x')
    expect(result.success).toBe(false)
    expect(!result.success && result.error.issues[0].message).toBe(
      'must be a whole number, unlike --ref'
    )
  })

  it('fails an input on a reported issue even when the parser returns a value', () => {
    const lenient = input((text, ctx) => {
      fail(ctx, 'is doubtful')
      return text
    })
    expect(schemaOf(lenient, ACTION_WORDS).safeParse('a').success).toBe(false)
  })
})
