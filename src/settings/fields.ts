import type { InputWords } from './input-words.js'

// The shape every input's parser has: a string that a function validates and turns into its
// setting, reporting what is wrong as an issue (shown to the user with the input's name). The
// words name other inputs in the front end's language (`api-token` or GITLAB_API_TOKEN).
// Plain functions rather than zod: the inputs are validated before the trigger request, and zod
// (the largest package in the bundle) is loaded only after it, to read GitLab's answers
// (README, "Start-up time").

export interface InputIssueFound {
  code: 'custom'
  message: string
  input: unknown
}

export interface Ctx {
  value: unknown
  issues: InputIssueFound[]
}

export type ParseResult<T> =
  { success: true; data: T } | { success: false; error: { issues: InputIssueFound[] } }

export interface InputSchema<T> {
  safeParse(text: string): ParseResult<T>
}

export type InputParser<T> = (text: string, ctx: Ctx, words: InputWords) => T

/** What a parser returns once it reported an issue: the input fails, the value is not used. */
export const NEVER = undefined as never

export const fail = (ctx: Ctx, message: string) => {
  ctx.issues.push({ code: 'custom', message, input: ctx.value })
  return NEVER
}

/** Declares an input's parser (settings/inputs-table.ts lists them); `schemaOf` makes it a schema. */
export const input = <T>(parse: InputParser<T>) => parse

/** The schema of a parser, for one front end's words. */
export const schemaOf = <T>(parse: InputParser<T>, words: InputWords): InputSchema<T> => ({
  safeParse(text) {
    const ctx: Ctx = { value: text, issues: [] }
    const data = parse(text, ctx, words)
    return ctx.issues.length > 0
      ? { success: false, error: { issues: ctx.issues } }
      : { success: true, data }
  }
})
