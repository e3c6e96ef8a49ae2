import { describe, expect, it } from '@jest/globals'
import type { Job } from '../../../src/gitlab/schemas.js'
import { LogTail, jobsWithLogsToShow, tailOfLog } from '../../../src/run/logs/end-of-run-logs.js'
import { LOG_FIXTURES } from './log-fixtures.js'

const URL = 'https://gitlab.example.com/group/app/-/jobs/77'
const ESC = '\x1b'

function job(id: number, status: string, name = `job-${id}`): Job {
  return {
    id,
    name,
    stage: 'test',
    status,
    web_url: `https://gitlab.example.com/group/app/-/jobs/${id}`,
    duration: 1,
    allow_failure: false,
    failure_reason: null
  }
}

const numbered = (count: number, width = 0) =>
  Array.from({ length: count }, (_, i) => `line ${i}`.padEnd(width, '.')).join('\n') + '\n'

describe('tailOfLog', () => {
  it('returns a short log as it is, without a note', () => {
    expect(tailOfLog('first\nsecond\n', URL)).toBe('first\nsecond')
  })

  it("strips GitLab's collapsible-section markers and keeps the text after them", () => {
    const trace =
      `section_start:1700000000:prepare_script\r${ESC}[0KPreparing environment\n` +
      `Running on runner-1\n` +
      `section_end:1700000001:prepare_script\r${ESC}[0K` +
      `section_start:1700000002:step_script[collapsed=true]\r${ESC}[0K$ npm test\n` +
      `ok\n` +
      `section_end:1700000003:step_script\r${ESC}[0K\n`
    const log = tailOfLog(trace, URL)
    expect(log).not.toMatch(/section_(start|end)/)
    expect(log).not.toContain('\r')
    expect(log).toContain('Preparing environment\nRunning on runner-1\n$ npm test\nok')
  })

  it('turns CRLF line ends into LF', () => {
    expect(tailOfLog('a\r\nb\r\n', URL)).toBe('a\nb')
  })

  it('says an empty log is empty and links the job', () => {
    expect(tailOfLog('', URL)).toBe(`(the log is empty) ${URL}`)
  })

  it('says a log of only section markers is empty', () => {
    expect(tailOfLog(`section_start:1:x\r${ESC}[0Ksection_end:2:x\r${ESC}[0K`, URL)).toMatch(
      /the log is empty/
    )
  })

  it('cuts a long log to its last lines, saying how many lines were cut and linking the whole log', () => {
    const log = tailOfLog(numbered(1_000), URL)
    const lines = log.split('\n')
    expect(lines[0]).toMatch(/700 earlier lines/)
    expect(lines[0]).toMatch(/\d+(\.\d)? (B|KiB)/)
    expect(lines[0]).toContain(URL)
    expect(lines[1]).toBe('line 700')
    expect(lines.at(-1)).toBe('line 999')
    expect(lines).toHaveLength(301)
  })

  it('keeps a log of exactly 300 lines whole', () => {
    const log = tailOfLog(numbered(300), URL)
    expect(log.split('\n')).toHaveLength(300)
    expect(log).not.toContain(URL)
  })

  it('cuts a log of long lines to about 64 KiB, keeping the end', () => {
    const trace = numbered(300, 1_000)
    const log = tailOfLog(trace, URL)
    const [note, ...kept] = log.split('\n')
    expect(Buffer.byteLength(kept.join('\n'))).toBeLessThanOrEqual(64 * 1024)
    expect(kept.length).toBeGreaterThan(0)
    expect(kept.at(-1)).toMatch(/^line 299\./)
    expect(note).toMatch(new RegExp(`${300 - kept.length} earlier lines`))
    expect(note).toMatch(/KiB/)
    expect(note).toContain(URL)
  })

  it('cuts a single enormous line (e.g. progress output without line breaks) to its tail', () => {
    const trace = 'progress '.repeat(120_000) + 'DONE'
    const log = tailOfLog(trace, URL)
    expect(Buffer.byteLength(log)).toBeLessThanOrEqual(70 * 1024)
    expect(log.endsWith('DONE')).toBe(true)
    expect(log).toContain(URL)
  })
})

describe('LogTail (a log read as a stream)', () => {
  const inChunks = (trace: string, size: number) => {
    const tail = new LogTail()
    const bytes = Buffer.from(trace)
    for (let at = 0; at < bytes.length; at += size) tail.push(bytes.subarray(at, at + size))
    return tail.render(URL)
  }

  it.each([
    ['many short lines', numbered(1_000)],
    ['long lines', numbered(300, 1_000)],
    ['one enormous line', 'progress '.repeat(120_000) + 'DONE'],
    ['CRLF, markers and trailing blank lines', `a\r\nsection_start:1:x\r${ESC}[0Kb\r\n\n\n  \n`],
    ['multi-byte characters split across chunks', 'é€😀\n'.repeat(2_000)]
  ])('gives the same tail chunk by chunk as from the whole text: %s', (_name, trace) => {
    for (const size of [997, 4096]) expect(inChunks(trace, size)).toBe(tailOfLog(trace, URL))
  })

  it('decodes characters split across single-byte chunks', () => {
    const trace = 'é€😀\n'.repeat(50)
    expect(inChunks(trace, 1)).toBe(tailOfLog(trace, URL))
  })

  it('keeps only a bounded tail however long the log, counting what was cut', () => {
    const tail = new LogTail()
    const block = numbered(10_000, 80)
    for (let i = 0; i < 20; i++) tail.push(block)
    const internal = tail as unknown as { kept: string[]; keptBytes: number }
    expect(internal.kept.length).toBeLessThanOrEqual(300)
    expect(internal.keptBytes).toBeLessThanOrEqual(64 * 1024 + 100)
    const shown = tail.render(URL)
    expect(shown.split('\n')[0]).toMatch(/^… 199700 earlier lines/)
    expect(shown.endsWith('line 9999'.padEnd(80, '.'))).toBe(true)
  })
})

describe('jobsWithLogsToShow', () => {
  const jobs = [
    job(9, 'failed'),
    job(3, 'success'),
    job(7, 'canceled'),
    job(5, 'failed'),
    job(4, 'skipped'),
    job(6, 'manual'),
    job(8, 'created')
  ]

  it('shows nothing with none', () => {
    expect(jobsWithLogsToShow(jobs, 'none')).toEqual([])
  })

  it('shows only failed jobs with failed, in creation order', () => {
    expect(jobsWithLogsToShow(jobs, 'failed').map(j => j.id)).toEqual([5, 9])
  })

  it('shows jobs that ran with all, skipping those that never started, in creation order', () => {
    expect(jobsWithLogsToShow(jobs, 'all').map(j => j.id)).toEqual([3, 5, 7, 9])
  })

  it('does not reorder the list it was given', () => {
    const given = [job(2, 'failed'), job(1, 'failed')]
    jobsWithLogsToShow(given, 'failed')
    expect(given.map(j => j.id)).toEqual([2, 1])
  })

  it('shows nothing when no job failed', () => {
    expect(jobsWithLogsToShow([job(1, 'success')], 'failed')).toEqual([])
  })
})

describe('the end-of-run tail of the shared log fixtures (log-fixtures.ts)', () => {
  it.each(LOG_FIXTURES.map(fixture => [fixture.name, fixture] as const))(
    '%s',
    (_name, { raw, lines }) => {
      expect(tailOfLog(raw, URL)).toBe(lines.join('\n'))
      const tail = new LogTail()
      for (const byte of Buffer.from(raw)) tail.push(Buffer.from([byte]))
      expect(tail.render(URL)).toBe(lines.join('\n'))
      // No Runner 18.7 timestamp header or stream marker is left.
      expect(tail.render(URL)).not.toMatch(/\d{6}Z [0-9a-f]{2}[EO]/)
    }
  )
})
