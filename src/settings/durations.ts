const UNIT_MS: Record<string, number> = { h: 3_600_000, m: 60_000, s: 1_000, ms: 1 }
const DURATION = /^(?:(\d+)h)?(?:(\d+)m(?!s))?(?:(\d+)s)?(?:(\d+)ms)?$/

/**
 * Parses `90` (seconds), `45s`, `30m`, `1h30m`, `500ms` into milliseconds.
 * Returns undefined for anything else, so callers can word their own error.
 */
export function parseDuration(text: string): number | undefined {
  const value = text.trim()
  if (/^\d+$/.test(value)) return Number(value) * UNIT_MS.s
  const match = DURATION.exec(value)
  if (!match || value === '') return undefined
  const [, h, m, s, ms] = match
  return (
    Number(h ?? 0) * UNIT_MS.h +
    Number(m ?? 0) * UNIT_MS.m +
    Number(s ?? 0) * UNIT_MS.s +
    Number(ms ?? 0) * UNIT_MS.ms
  )
}

/** `3725000` -> `1h2m5s`: how durations are shown back to users. */
export function formatDuration(ms: number): string {
  let seconds = Math.round(ms / 1000)
  if (seconds === 0) return ms >= 1 ? `${Math.round(ms)}ms` : '0s'
  const h = Math.floor(seconds / 3600)
  seconds -= h * 3600
  const m = Math.floor(seconds / 60)
  seconds -= m * 60
  return `${h ? `${h}h` : ''}${m ? `${m}m` : ''}${seconds ? `${seconds}s` : ''}`
}
