// The shape every input's schema has: a string that a function validates and turns into its
// setting, reporting what is wrong as an issue (shown to the user with the input's name).
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

/** What a parser returns once it reported an issue: the input fails, the value is not used. */
export const NEVER = undefined as never

export const fail = (ctx: Ctx, message: string) => {
  ctx.issues.push({ code: 'custom', message, input: ctx.value })
  return NEVER
}

export const input = <T>(parse: (text: string, ctx: Ctx) => T): InputSchema<T> => ({
  safeParse(text) {
    const ctx: Ctx = { value: text, issues: [] }
    const data = parse(text, ctx)
    return ctx.issues.length > 0
      ? { success: false, error: { issues: ctx.issues } }
      : { success: true, data }
  }
})

/** The setting an input's schema gives. */
export type OutputOf<S> = S extends InputSchema<infer T> ? T : never
