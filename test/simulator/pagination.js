// @ts-check
/**
 * Offset pagination as GitLab's OffsetPagination + OffsetHeaderBuilder do it (docs/gitlab.md 4.3):
 * page default 1, per_page default 20 and clamped to 100, X-Next-Page/X-Prev-Page empty when there is
 * none, X-Total/X-Total-Pages, and a Link header with prev/next/first/last.
 */
import { URLSearchParams } from 'node:url'
import { parseInteger } from './grape-params.js'

const DEFAULT_PER_PAGE = 20
const MAX_PER_PAGE = 100

/**
 * @template T
 * @param {T[]} items all items, already in response order
 * @param {{ params: Record<string, unknown>, rawQuery: string, pageUrl: string }} request
 *   pageUrl: the absolute URL of this endpoint, without query string
 * @returns {{ items: T[], headers: Record<string, string> } | { error: string }} error: Grape's text
 */
export function paginate(items, { params, rawQuery, pageUrl }) {
  const page = params.page === undefined ? 1 : parseInteger(params.page)
  const requestedPerPage =
    params.per_page === undefined ? DEFAULT_PER_PAGE : parseInteger(params.per_page)
  const errors = [
    ...(page === undefined ? ['page is invalid'] : []),
    ...(requestedPerPage === undefined ? ['per_page is invalid'] : [])
  ]
  if (page === undefined || requestedPerPage === undefined) return { error: errors.join(', ') }

  const perPage = requestedPerPage < 1 ? DEFAULT_PER_PAGE : Math.min(requestedPerPage, MAX_PER_PAGE)
  const current = Math.max(page, 1)
  // Kaminari reports at least one page, and no prev/next page when the page is out of range.
  const totalPages = Math.max(1, Math.ceil(items.length / perPage))
  const outOfRange = current > totalPages
  const next = !outOfRange && current < totalPages ? current + 1 : undefined
  const prev = !outOfRange && current > 1 ? current - 1 : undefined

  /** @param {number} target */
  const link = target => {
    const query = new URLSearchParams(rawQuery)
    query.set('page', String(target))
    query.set('per_page', String(perPage))
    return `<${pageUrl}?${query}>`
  }
  const links = [
    ...(prev === undefined ? [] : [`${link(prev)}; rel="prev"`]),
    ...(next === undefined ? [] : [`${link(next)}; rel="next"`]),
    `${link(1)}; rel="first"`,
    `${link(totalPages)}; rel="last"`
  ]
  return {
    items: items.slice((current - 1) * perPage, current * perPage),
    headers: {
      'X-Page': String(current),
      'X-Per-Page': String(perPage),
      'X-Next-Page': next === undefined ? '' : String(next),
      'X-Prev-Page': prev === undefined ? '' : String(prev),
      'X-Total': String(items.length),
      'X-Total-Pages': String(totalPages),
      Link: links.join(', ')
    }
  }
}
