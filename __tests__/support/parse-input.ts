// One input's parser run as a front end runs it (settings/fields.ts schemaOf), for the tests of
// the parsers: the value, or the messages of the issues reported.
import { schemaOf, type InputParser } from '../../src/settings/fields.js'
import { ACTION_WORDS, type InputWords } from '../../src/settings/input-words.js'

export function parseInput<T>(
  parser: InputParser<T>,
  text: string,
  words: InputWords = ACTION_WORDS
) {
  const result = schemaOf(parser, words).safeParse(text)
  return result.success
    ? { value: result.data }
    : { error: result.error.issues.map(issue => issue.message).join('\n') }
}
