import { describe, expect, it } from '@jest/globals'
import { GitLabError } from '../../../src/gitlab/errors.js'
import type { Run } from '../../../src/run/run-context.js'
import { retryLater, warnMarkerRefused } from '../../../src/run/start/trigger-refused.js'
import { RERUN_MARKER } from '../../../src/run/start/rerun-identity.js'
import type { Clock } from '../../../src/runtime/clock.js'
import { recordingLog } from '../../support/run-core.js'

const NOW = Date.parse('2026-12-07T12:00:00.250Z')
const clock: Clock = { now: () => NOW, sleep: async () => {} }

const rateLimited = (extra: { retryAfterMs?: number; retryAfterClamped?: string }) =>
  new GitLabError({
    kind: 'http',
    request: 'POST /projects/42/trigger/pipeline',
    gitlabMessage: 'Retry later',
    hint: 'GitLab is rate limiting these requests; try again later',
    status: 429,
    ...extra
  })

describe('retryLater: a 429 asking for longer than the trigger retries may wait', () => {
  it('says how long GitLab asks, the time allowed, and when to run again, in whole seconds', () => {
    const error = retryLater(rateLimited({ retryAfterMs: 3_600_000 }), 120_000, clock)
    expect(error.hint).toBe(
      'GitLab asks to wait 1h, longer than the 2m allowed for trigger retries: no pipeline was created; run this again after 2026-12-07T13:00:00Z'
    )
    // The refusal itself is kept.
    expect(error.status).toBe(429)
    expect(error.request).toBe('POST /projects/42/trigger/pipeline')
    expect(error.message).toContain('GitLab answered 429: Retry later')
  })

  it('shows a Retry-After past a day in its own words and names no time', () => {
    const error = retryLater(
      rateLimited({ retryAfterMs: 86_400_000, retryAfterClamped: '99999999999' }),
      120_000,
      clock
    )
    expect(error.hint).toMatch(
      /^GitLab asks to wait more than a day \(Retry-After: 99999999999\), longer than the 2m allowed/
    )
    expect(error.hint).toMatch(/run this again later$/)
    expect(error.hint).not.toMatch(/after \d{4}-/)
  })
})

describe('warnMarkerRefused: the trigger goes on without the marker variable', () => {
  const runWith = (settings: Partial<Run['settings']>) => {
    const { log, lines } = recordingLog()
    warnMarkerRefused({ settings, log } as unknown as Run)
    return lines
  }

  it('says a re-run cannot find the pipeline when re-runs reuse it', () => {
    const lines = runWith({ rerun: { attempt: 2, marker: 'm' }, onRerun: 'reuse' })
    expect(lines).toHaveLength(1)
    expect(lines[0].kind).toBe('warning')
    expect(lines[0].title).toBe('Re-runs cannot find this pipeline')
    expect(lines[0].text).toContain(`without the ${RERUN_MARKER} variable`)
    expect(lines[0].text).toContain('set on-rerun: new to skip the marker')
    expect(lines[0].text).toMatch(/an answer lost on the way back cannot be matched to it$/)
  })

  it('says only what is lost for lost answers outside a re-run, or when re-runs trigger anew', () => {
    for (const settings of [
      { onRerun: 'reuse' as const },
      { rerun: { attempt: 2, marker: 'm' }, onRerun: 'new' as const }
    ]) {
      const [line] = runWith(settings)
      expect(line.title).toBe('Lost answers cannot be reconciled')
      expect(line.text).not.toContain('on-rerun')
      expect(line.text).toContain(RERUN_MARKER)
    }
  })
})
