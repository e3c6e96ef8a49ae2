import { NEVER, fail, input, type Ctx } from './fields.js'

// The two inputs that carry values into the pipeline: CI/CD `variables` (strings) and pipeline
// `inputs` (spec:inputs, which keep their JSON types).

export type PipelineInputValue = string | number | boolean | unknown[]

const VARIABLE_KEY = /^[A-Za-z0-9_]+$/
const INPUT_NAME = /^[A-Za-z0-9_-]+$/
// GitLab accepts at most 20 inputs per pipeline (doc/ci/inputs).
const MAX_PIPELINE_INPUTS = 20

/** `KEY=VALUE` lines or one JSON object of strings. */
export const variables = input((text, ctx) => {
  const value = text.trim()
  if (value === '') return {}
  const entries =
    value.startsWith('{') || value.startsWith('[')
      ? variablesFromJson(value, ctx)
      : variablesFromLines(value, ctx)
  if (!entries) return NEVER
  const result: Record<string, string> = {}
  for (const [key, val] of entries) {
    if (!VARIABLE_KEY.test(key))
      return fail(
        ctx,
        `"${key}" is not a valid variable key: use letters, digits and _ only. Example: DEPLOY_ENV=staging`
      )
    if (key === 'TRIGGER_PAYLOAD')
      return fail(
        ctx,
        'TRIGGER_PAYLOAD is set by GitLab itself for triggered pipelines; choose another name'
      )
    if (Object.hasOwn(result, key))
      return fail(ctx, `"${key}" is set twice; set each variable once`)
    defineEntry(result, key, val)
  }
  return result
})

function variablesFromJson(text: string, ctx: Ctx): Array<[string, string]> | undefined {
  const parsed = parseJsonObject(text, ctx, '{"DEPLOY_ENV": "staging"}')
  if (!parsed) return undefined
  for (const [key, val] of Object.entries(parsed)) {
    if (typeof val !== 'string') {
      fail(
        ctx,
        `the value of "${key}" is ${describeJsonType(val)}; GitLab CI/CD variables are strings. Quote it: {"${key}": "${String(JSON.stringify(val))}"}`
      )
      return undefined
    }
  }
  return Object.entries(parsed) as Array<[string, string]>
}

function variablesFromLines(text: string, ctx: Ctx): Array<[string, string]> | undefined {
  const entries: Array<[string, string]> = []
  for (const [index, line] of text.split(/\r?\n/).entries()) {
    const trimmed = line.trim()
    if (trimmed === '' || trimmed.startsWith('#')) continue
    const equals = trimmed.indexOf('=')
    if (equals <= 0) {
      fail(
        ctx,
        `line ${index + 1} has no KEY=VALUE: write one variable per line, e.g. DEPLOY_ENV=staging, or give one JSON object`
      )
      return undefined
    }
    entries.push([trimmed.slice(0, equals).trim(), trimmed.slice(equals + 1).trim()])
  }
  return entries
}

/**
 * Pipeline inputs keep JSON types: a JSON object, or `name=value` lines (see `lineValue` for how a
 * line's value is typed). Nothing is ever rounded or turned into null on the way to GitLab.
 */
export const inputs = input((text, ctx) => {
  const value = text.trim()
  if (value === '') return {}
  let entries: Array<[string, unknown]>
  if (value.startsWith('{') || value.startsWith('[')) {
    const parsed = parseJsonObject(value, ctx, '{"environment": "staging", "replicas": 3}')
    if (!parsed) return NEVER
    const inexact = inexactNumberIn(value)
    if (inexact !== undefined) return fail(ctx, inexactMessage(inexact))
    entries = Object.entries(parsed)
  } else {
    entries = []
    for (const [index, line] of value.split(/\r?\n/).entries()) {
      const trimmed = line.trim()
      if (trimmed === '' || trimmed.startsWith('#')) continue
      const equals = trimmed.indexOf('=')
      if (equals <= 0)
        return fail(
          ctx,
          `line ${index + 1} has no name=value: write one input per line, e.g. replicas=3, or give one JSON object`
        )
      const name = trimmed.slice(0, equals).trim()
      const typed = lineValue(trimmed.slice(equals + 1).trim())
      if ('inexact' in typed) return fail(ctx, `${name}: ${inexactMessage(typed.inexact)}`)
      entries.push([name, typed.value])
    }
  }
  const result: Record<string, PipelineInputValue> = {}
  for (const [name, val] of entries) {
    if (!INPUT_NAME.test(name))
      return fail(
        ctx,
        `"${name}" is not a valid input name: use letters, digits, _ and - only. Example: environment=staging`
      )
    if (Object.hasOwn(result, name)) return fail(ctx, `"${name}" is set twice; set each input once`)
    if (!(
      typeof val === 'string' ||
      typeof val === 'number' ||
      typeof val === 'boolean' ||
      Array.isArray(val)
    )) {
      return fail(
        ctx,
        `the value of "${name}" is ${describeJsonType(val)}; pipeline inputs are strings, numbers, booleans or arrays`
      )
    }
    defineEntry(result, name, val)
  }
  if (Object.keys(result).length > MAX_PIPELINE_INPUTS)
    return fail(
      ctx,
      `has ${Object.keys(result).length} inputs; GitLab accepts at most ${MAX_PIPELINE_INPUTS} per pipeline`
    )
  return result
})

/**
 * The value of a `name=value` line, typed only where the text says so exactly:
 * - a number only when the text is that number's own spelling (`3`, `2.5`, `-1`): `007`, `1e3`,
 *   `41e50312` (a short SHA), `2.50` and `12345678901234567890` stay the strings given;
 * - `true` and `false` are booleans;
 * - `[...]`, `{...}`, `"..."` and `null` are read as JSON (numbers in them must be exact, as in
 *   the JSON form); `"3"` is how to pass text that looks like a number; objects and null are then
 *   refused, as in the JSON form;
 * - anything else is the string given.
 */
function lineValue(text: string): { value: unknown } | { inexact: string } {
  if (CANONICAL_NUMBER.test(text) && String(Number(text)) === text) return { value: Number(text) }
  if (text === 'true' || text === 'false') return { value: text === 'true' }
  if (text === 'null' || /^\[[\s\S]*\]$|^\{[\s\S]*\}$|^"[\s\S]*"$/.test(text)) {
    let parsed: unknown
    try {
      parsed = JSON.parse(text)
    } catch {
      return { value: text }
    }
    const inexact = inexactNumberIn(text)
    return inexact === undefined ? { value: parsed } : { inexact }
  }
  return { value: text }
}

const CANONICAL_NUMBER = /^-?(0|[1-9]\d*)(\.\d+)?$/

/**
 * The first number literal in JSON text that a JavaScript number cannot carry exactly: an integer
 * beyond 2^53 (it would be rounded) or a value too large for a double (it would become null).
 */
function inexactNumberIn(json: string): string | undefined {
  for (const [literal] of json.matchAll(/"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?/g)) {
    if (literal.startsWith('"')) continue
    const number = Number(literal)
    if (!Number.isFinite(number)) return literal
    if (/^-?\d+$/.test(literal) && !Number.isSafeInteger(number)) return literal
  }
  return undefined
}

function inexactMessage(literal: string): string {
  const shown = literal.length > 40 ? `${literal.slice(0, 40)}…` : literal
  return `the number ${shown} cannot be sent exactly (integers beyond 2^53 would be rounded, values beyond about 1.8e308 lost); quote it to send it as a string, e.g. "${shown}"`
}

/** Sets an own property, even for names like __proto__ that plain assignment would not. */
function defineEntry<T>(target: Record<string, T>, key: string, value: T): void {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true
  })
}

function parseJsonObject(
  text: string,
  ctx: Ctx,
  example: string
): Record<string, unknown> | undefined {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    fail(ctx, `is not valid JSON (${(error as Error).message}). Example: ${example}`)
    return undefined
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    fail(ctx, `must be a JSON object, got ${describeJsonType(parsed)}. Example: ${example}`)
    return undefined
  }
  return parsed as Record<string, unknown>
}

function describeJsonType(value: unknown): string {
  if (value === null) return 'null'
  if (Array.isArray(value)) return 'an array'
  if (typeof value === 'object') return 'an object'
  return `a ${typeof value}`
}
