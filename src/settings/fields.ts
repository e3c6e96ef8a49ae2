import * as z from 'zod/mini'

// The shape every input's schema has: a string that a function validates and turns into its
// setting, reporting what is wrong as an issue (shown to the user with the input's name).

export type Ctx = z.core.ParsePayload<unknown>

export const fail = (ctx: Ctx, message: string) => {
  ctx.issues.push({ code: 'custom', message, input: ctx.value })
  return z.NEVER
}

export const input = <T>(parse: (text: string, ctx: Ctx) => T) =>
  z.pipe(z.string(), z.transform(parse))
