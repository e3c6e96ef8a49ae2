// @ts-check
/**
 * Request parameters the way Rack/Grape see them (docs/gitlab.md 2.1, where parameters come from):
 * the query string, form bodies (urlencoded and multipart, with Rack's `variables[KEY]=v` bracket keys)
 * and JSON bodies, the latter only with `Content-Type: application/json`. Body values win over query
 * values; route values (`:id`, `:ref`) win over both, which the routes apply themselves.
 */
import { URLSearchParams } from 'node:url'

/** Keys that must never become properties of a parsed object. */
const UNSAFE_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

/**
 * Grape's text when a JSON body does not parse. *(inferred: Grape::Exceptions::InvalidMessageBody)*
 */
const MALFORMED_JSON_ERROR = 'message body does not match declared format'

/**
 * @typedef {object} ParsedParams
 * @property {Record<string, string | string[]>} query the query string, flat (repeated keys -> array)
 * @property {Record<string, unknown>} params query + body, nested
 * @property {string} [bodyError] set when a JSON body does not parse
 */

/**
 * @param {string} rawQuery the part of the URL after '?', or ''
 * @param {string | undefined} contentType
 * @param {string} body
 * @returns {ParsedParams}
 */
export function parseParams(rawQuery, contentType, body) {
  const queryPairs = [...new URLSearchParams(rawQuery)]
  /** @type {Record<string, string | string[]>} */
  const query = {}
  for (const [key, value] of queryPairs) {
    const previous = query[key]
    query[key] =
      previous === undefined ? value : [...(Array.isArray(previous) ? previous : [previous]), value]
  }
  const fromBody = parseBody(contentType ?? '', body)
  const params = { ...nest(queryPairs), ...fromBody.params }
  return fromBody.error === undefined
    ? { query, params }
    : { query, params, bodyError: fromBody.error }
}

/**
 * @param {string} contentType
 * @param {string} body
 * @returns {{ params: Record<string, unknown>, error?: string }}
 */
function parseBody(contentType, body) {
  const mediaType = contentType.split(';')[0].trim().toLowerCase()
  if (body === '') return { params: {} }
  if (mediaType === 'application/json') {
    try {
      const parsed = JSON.parse(body)
      return { params: isPlainObject(parsed) ? parsed : {} }
    } catch {
      return { params: {}, error: MALFORMED_JSON_ERROR }
    }
  }
  if (mediaType === 'application/x-www-form-urlencoded') {
    return { params: nest([...new URLSearchParams(body)]) }
  }
  const boundary = /boundary="?([^";]+)"?/i.exec(contentType)?.[1]
  if (mediaType === 'multipart/form-data' && boundary) {
    return { params: nest(multipartPairs(body, boundary)) }
  }
  return { params: {} }
}

/**
 * The text fields of a multipart/form-data body (what `curl --form k=v` sends, as in GitLab's docs).
 * @param {string} body
 * @param {string} boundary
 * @returns {Array<[string, string]>}
 */
function multipartPairs(body, boundary) {
  /** @type {Array<[string, string]>} */
  const pairs = []
  for (const part of body.split(`--${boundary}`)) {
    const headerEnd = part.indexOf('\r\n\r\n')
    if (headerEnd < 0) continue
    const name = /\bname="([^"]*)"/i.exec(part.slice(0, headerEnd))?.[1]
    if (name === undefined) continue
    pairs.push([name, part.slice(headerEnd + 4).replace(/\r\n$/, '')])
  }
  return pairs
}

/**
 * Rack's nested keys: `a=1`, `a[b]=1` -> {a:{b:'1'}}, `a[]=1&a[]=2` -> {a:['1','2']}. A later value for
 * the same key replaces the earlier one, as in Rack.
 * @param {Array<[string, string]>} pairs
 * @returns {Record<string, unknown>}
 */
function nest(pairs) {
  /** @type {Record<string, unknown>} */
  const result = {}
  for (const [key, value] of pairs) {
    const match = /^([^[\]]+)((?:\[[^[\]]*\])*)$/.exec(key)
    const path = match
      ? [match[1], ...[...match[2].matchAll(/\[([^[\]]*)\]/g)].map(m => m[1])]
      : [key]
    setPath(result, path, value)
  }
  return result
}

/**
 * @param {Record<string, unknown>} target
 * @param {string[]} path
 * @param {string} value
 */
function setPath(target, path, value) {
  if (path.some(key => UNSAFE_KEYS.has(key))) return
  let node = target
  for (let i = 0; i < path.length - 1; i++) {
    const key = path[i]
    if (path[i + 1] === '') {
      // `name[]`: Rack appends to an array. Deeper forms such as `a[][b]` are not needed by any client.
      const list = Array.isArray(node[key]) ? node[key] : (node[key] = [])
      list.push(value)
      return
    }
    const child = node[key]
    node = isPlainObject(child) ? child : (node[key] = {})
  }
  node[path[path.length - 1]] = value
}

/**
 * @param {unknown} value
 * @returns {value is Record<string, unknown>}
 */
export function isPlainObject(value) {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
