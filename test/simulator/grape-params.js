// @ts-check
/**
 * Grape's coercion of declared parameters (`type: Integer`, `type: String`, `type: Hash`). A value that
 * does not coerce is reported as "<name> is invalid" (docs/gitlab.md 1, the `error` shape).
 */
import { isPlainObject } from './request-params.js'

/**
 * `type: Integer`: digits with an optional sign, from a path, query, form or JSON value.
 * @param {unknown} value
 * @returns {number | undefined} undefined when Grape would answer "<name> is invalid"
 */
export function parseInteger(value) {
  if (typeof value === 'number') return Number.isInteger(value) ? value : undefined
  if (typeof value === 'string' && /^[+-]?\d+$/.test(value.trim())) return Number(value)
  return undefined
}

/** Marks a value that `type: String` cannot take (an object or array). */
export const INVALID = Symbol('invalid')

/**
 * `type: String`: JSON numbers and booleans become strings; null stays null.
 * @param {unknown} value
 * @returns {string | null | typeof INVALID}
 */
export function coerceString(value) {
  if (value === null || value === undefined) return null
  if (typeof value === 'string') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return INVALID
}

/**
 * `type: Hash`, optional: absent or null is fine (it becomes `{}`), anything but an object is not.
 * @param {unknown} value
 */
export function isOptionalHash(value) {
  return value === undefined || value === null || isPlainObject(value)
}
