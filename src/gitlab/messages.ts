/**
 * GitLab writes errors in three JSON shapes (docs/gitlab.md section 1):
 * `{"error": "..."}` (parameter validation, OAuth, unknown routes), `{"message": "..."}` (helpers)
 * and `{"message": {"base": ["..."], "field": ["..."]}}` (pipeline creation, validation).
 * This returns the text as GitLab wrote it, for any of them, or a short description of a non-JSON body.
 */
export function gitlabMessageOf(body: string, contentType: string | undefined): string {
  const text = body.trim()
  if (text === '') return ''
  if (contentType?.includes('html') || /^<(!doctype|html)/i.test(text)) {
    const title = /<title>([^<]*)<\/title>/i.exec(text)?.[1]?.trim()
    return title ? `an HTML page "${title}"` : 'an HTML page'
  }
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return firstLine(text)
  }
  return messageOfJson(parsed) ?? firstLine(text)
}

function messageOfJson(value: unknown): string | undefined {
  if (typeof value === 'string') return value
  if (!value || typeof value !== 'object' || Array.isArray(value)) return undefined
  const record = value as Record<string, unknown>
  if ('message' in record) return flattenMessage(record.message)
  if (typeof record.error === 'string') {
    return typeof record.error_description === 'string' ? record.error_description : record.error
  }
  return undefined
}

function flattenMessage(message: unknown): string | undefined {
  if (typeof message === 'string') return message
  if (Array.isArray(message)) return message.map(String).join('; ')
  if (message && typeof message === 'object') {
    return Object.entries(message as Record<string, unknown>)
      .map(([key, value]) => {
        const texts = Array.isArray(value) ? value.map(String).join('; ') : String(value)
        return key === 'base' || key === 'error' ? texts : `${key}: ${texts}`
      })
      .join('; ')
  }
  return undefined
}

function firstLine(text: string): string {
  const line = text.split('\n')[0].trim()
  return line.length > 200 ? `${line.slice(0, 200)}…` : line
}
