import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { GitLabClient } from '../../../src/gitlab/client.js'
import { MAX_TRACE_RANGE_BYTES } from '../../../src/gitlab/endpoints.js'
import {
  LiveLogs,
  traceRangeSupport,
  type CheckStats,
  type LiveEvent,
  type LiveJob,
  type LiveLogOptions
} from '../../../src/run/logs/live-logs.js'
import { pieceText } from '../../../src/run/logs/log-lines.js'
import { LOG_FIXTURES } from './log-fixtures.js'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../../../src/run/trigger-and-follow.js'
import { INPUT_DEFAULTS, parseSettings } from '../../../src/settings/settings.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import {
  API_TOKEN,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  job as simJob
} from '../../support/fixtures.js'

// A loopback GitLab that serves growing job logs, honouring byte_offset/byte_limit as the newest
// GitLab does (offset clamped to the size, limit 1..500 KiB) or ignoring them as older ones do.
const logs = new Map<number, Buffer>()
const requests: { job: number; query: URLSearchParams; bytes: number }[] = []
let ranged = true
let stallJob: number | null = null
let server: Server
let gitlabUrl: string

beforeAll(async () => {
  server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://localhost')
    const match = /^\/api\/v4\/projects\/[^/]+\/jobs\/(\d+)\/trace$/.exec(url.pathname)
    const log = match && logs.get(Number(match[1]))
    if (!match || !log) {
      res.writeHead(404, { 'Content-Type': 'application/json' })
      return res.end('{"message":"404 Not found"}')
    }
    const job = Number(match[1])
    let body = log
    if (ranged && (url.searchParams.has('byte_offset') || url.searchParams.has('byte_limit'))) {
      const offset = Number(url.searchParams.get('byte_offset') ?? 0)
      const limit = Number(url.searchParams.get('byte_limit') ?? MAX_TRACE_RANGE_BYTES)
      if (!(limit >= 1 && limit <= MAX_TRACE_RANGE_BYTES)) {
        res.writeHead(400, { 'Content-Type': 'application/json' })
        return res.end('{"error":"byte_limit does not have a valid value"}')
      }
      const from = Math.min(offset, log.length)
      body = log.subarray(from, from + limit)
    }
    requests.push({ job, query: url.searchParams, bytes: body.length })
    res.writeHead(200, { 'Content-Type': 'text/plain' })
    if (job === stallJob) return res.write(body.subarray(0, 1))
    // In pieces, as a proxy would pass them on.
    for (let at = 0; at < body.length; at += 16 * 1024) res.write(body.subarray(at, at + 16 * 1024))
    res.end()
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  gitlabUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  server.closeAllConnections()
  await new Promise(resolve => server.close(resolve))
})

beforeEach(() => {
  logs.clear()
  requests.length = 0
  ranged = true
  stallJob = null
})

const append = (job: number, text: string | Buffer) =>
  logs.set(job, Buffer.concat([logs.get(job) ?? Buffer.alloc(0), Buffer.from(text)]))

const job = (id: number, status = 'running', extra: Partial<LiveJob> = {}): LiveJob => ({
  id,
  name: `job-${id}`,
  status,
  web_url: `https://gitlab.example.com/g/app/-/jobs/${id}`,
  ...extra
})

/** A LiveLogs on a fresh client (so range support is found anew), and a way to run checks. */
function follow(options: Partial<LiveLogOptions> = {}, requestTimeoutMs = 5_000) {
  const client = new GitLabClient({ gitlabUrl, token: 'glpat-test', requestTimeoutMs })
  const live = new LiveLogs(client, { project: 'g/app', ...options })
  const events: LiveEvent[] = []
  const check = async (jobs: LiveJob[], final = false, signal?: AbortSignal) => {
    const before = requests.length
    const stats: CheckStats = await live.check(jobs, {
      final,
      signal,
      emit: batch => events.push(...batch)
    })
    return { ...stats, served: requests.slice(before) }
  }
  return { client, live, events, check }
}

const lineTexts = (events: LiveEvent[], id?: number) =>
  events.flatMap(e => (e.kind === 'line' && (id === undefined || e.job.id === id) ? [e.text] : []))

const numbered = (from: number, to: number, width = 0) =>
  Array.from({ length: to - from }, (_, i) => `line ${from + i}`.padEnd(width, '.') + '\n').join('')

describe.each([
  ['honours byte_offset', true],
  ['ignores byte_offset', false]
])('LiveLogs against a GitLab that %s', (_title, honours) => {
  beforeEach(() => {
    ranged = honours
  })

  it('prints each line once, reads only new bytes where it can, and finds out which GitLab it is', async () => {
    const { client, events, check } = follow()
    const sizes: number[] = []
    const costs: { requests: number; bytes: number }[] = []
    for (let round = 0; round < 6; round++) {
      append(7, numbered(round * 100, round * 100 + 100, 40))
      sizes.push(logs.get(7)!.length)
      const { requests: count, bytes } = await check([job(7)])
      costs.push({ requests: count, bytes })
    }
    expect(lineTexts(events)).toEqual(numbered(0, 600, 40).trimEnd().split('\n'))
    expect(traceRangeSupport(client)).toBe(honours)
    const growth = sizes[1] - sizes[0]
    if (honours) {
      // The first check reads from 0; the second asks for fewer bytes than known (the probe),
      // then the rest; after that one request of exactly the new bytes.
      expect(costs[0]).toEqual({ requests: 1, bytes: sizes[0] })
      expect(costs[1]).toEqual({ requests: 2, bytes: growth })
      for (const cost of costs.slice(2)) expect(cost).toEqual({ requests: 1, bytes: growth })
      expect(requests.at(-1)!.query.get('byte_offset')).toBe(String(sizes[4]))
    } else {
      // The whole log every check (it is under the re-read limit).
      costs.forEach((cost, round) => expect(cost).toEqual({ requests: 1, bytes: sizes[round] }))
      expect(requests.at(-1)!.query.has('byte_offset')).toBe(false)
    }
  })

  it('prints the whole log of a job that finished between two checks, its last line without a break too', async () => {
    const { events, check } = follow()
    append(3, 'first\nsecond')
    await check([job(3)])
    expect(lineTexts(events)).toEqual(['first'])
    append(3, ' half\nthird\nlast line without a break')
    await check([job(3, 'failed')])
    expect(lineTexts(events)).toEqual([
      'first',
      'second half',
      'third',
      'last line without a break'
    ])
    expect(events.at(-1)).toMatchObject({ kind: 'finished', status: 'failed' })
    // Finished: not read again.
    const { served } = await check([job(3, 'failed')])
    expect(served).toEqual([])
  })

  it('reads a job that started and ended between two checks, and skips one that never ran', async () => {
    const { events, check } = follow()
    append(4, 'quick job\n')
    const { served } = await check([
      job(4, 'success', { duration: 1.2 }),
      job(5, 'canceled', { duration: null })
    ])
    expect(served.map(r => r.job)).toEqual([4])
    expect(lineTexts(events)).toEqual(['quick job'])
  })

  it('keeps a character split across two reads whole', async () => {
    const { events, check } = follow()
    const text = Buffer.from('ok\nprix: 5 € et 3 ¥\n')
    const euro = text.indexOf(0xe2) + 1
    const yen = text.indexOf(0xc2) + 1
    append(8, text.subarray(0, euro))
    await check([job(8)])
    append(8, text.subarray(euro, yen))
    await check([job(8)])
    append(8, text.subarray(yen))
    await check([job(8, 'success')])
    expect(lineTexts(events)).toEqual(['ok', 'prix: 5 € et 3 ¥'])
  })

  it('keeps each check within its byte budget, however much two jobs write, and loses nothing', async () => {
    const budget = 256 * 1024
    const { events, check } = follow({ checkBudgetBytes: budget, rereadLimitBytes: budget })
    append(1, numbered(0, 4_000, 99))
    append(2, numbered(0, 4_000, 99))
    const first = await check([job(1), job(2)])
    expect(first.behind).toBe(true)
    // One 16 KiB piece at most beyond the budget: a read is ended after the piece that passes it.
    // Without byte_offset the first job in turn may still re-read its log (up to the re-read
    // limit, here the budget) and take 64 KiB more, so that every check moves on.
    const bound = (honours ? budget : budget + 64 * 1024) + 16 * 1024
    expect(first.bytes).toBeLessThanOrEqual(bound)
    let checks = 1
    for (let behind = true; behind; checks++) {
      const stats = await check([job(1, 'success'), job(2, 'success')], false)
      expect(stats.bytes).toBeLessThanOrEqual(bound)
      behind = stats.behind
      if (!honours && checks > 3) break // re-reads now cost more than the budget: left to the end
    }
    await check([job(1, 'success'), job(2, 'success')], true)
    const all = numbered(0, 4_000, 99).trimEnd().split('\n')
    if (honours) {
      expect(lineTexts(events, 1)).toEqual(all)
      expect(lineTexts(events, 2)).toEqual(all)
    } else {
      // Logs past the re-read limit show their last lines, after a note of what was not shown.
      for (const id of [1, 2]) {
        const lines = lineTexts(events, id)
        expect(lines.at(-1)).toBe(all.at(-1))
        expect(events.some(e => e.job.id === id && e.kind === 'skipped')).toBe(true)
      }
    }
    expect(events.filter(e => e.kind === 'finished')).toHaveLength(2)
  })
})

describe('LiveLogs, bounds and failures', () => {
  it('stops re-reading a running job log past the limit on a GitLab without byte_offset, and shows its end when it ends', async () => {
    ranged = false
    const { events, check } = follow({ rereadLimitBytes: 8 * 1024, tailLines: 5 })
    append(9, numbered(0, 200, 60))
    await check([job(9)])
    append(9, numbered(200, 400, 60))
    await check([job(9)])
    // The first check cannot tell a range from the whole log; the second can, and the log is
    // now past the limit: the third pauses it without a request, and so do the next ones.
    expect(events.some(e => e.kind === 'paused')).toBe(false)
    for (let round = 0; round < 2; round++) {
      const { served } = await check([job(9)])
      expect(served).toEqual([])
    }
    expect(events.filter(e => e.kind === 'paused')).toHaveLength(1)
    append(9, numbered(400, 1_000, 60))
    await check([job(9, 'success')], true)
    const lines = lineTexts(events)
    expect(lines.slice(0, 400)).toEqual(numbered(0, 400, 60).trimEnd().split('\n'))
    expect(lines.slice(400)).toEqual(numbered(995, 1_000, 60).trimEnd().split('\n'))
    expect(events.find(e => e.kind === 'skipped')).toMatchObject({ lines: 595 })
  })

  it('at the end of the wait, reads every followed job as far as it got and closes it, even one left out', async () => {
    ranged = false
    const { events, check } = follow({ rereadLimitBytes: 8 * 1024, tailLines: 3 })
    append(14, numbered(0, 200, 60))
    append(15, 'short\n')
    await check([job(14), job(15)])
    append(14, numbered(200, 400, 60))
    await check([job(14), job(15)])
    await check([job(14)]) // paused
    append(14, numbered(400, 500, 60))
    append(15, 'partial')
    await check([job(14)], true)
    expect(lineTexts(events, 14).slice(-3)).toEqual(numbered(497, 500, 60).trimEnd().split('\n'))
    expect(lineTexts(events, 15)).toEqual(['short', 'partial'])
    expect(
      events
        .filter(e => e.kind === 'finished')
        .map(e => e.job.id)
        .sort()
    ).toEqual([14, 15])
  })

  it('at the end of the wait, reads a whole long log from a GitLab without byte_offset in one go', async () => {
    ranged = false
    const { events, check } = follow()
    append(17, numbered(0, 30_000, 60))
    const { requests: count } = await check([job(17, 'success')], true)
    expect(count).toBe(1)
    expect(lineTexts(events)).toEqual(numbered(0, 30_000, 60).trimEnd().split('\n'))
    expect(events.at(-1)).toMatchObject({ kind: 'finished', bytes: 30_000 * 61 })
  })

  it('keeps the tail of a log past what is shown bounded in characters as well as lines', async () => {
    const { events, check } = follow({ shownLimitBytes: 1024, tailLines: 300 })
    append(18, numbered(0, 200, 10_000))
    await check([job(18, 'success')], true)
    const skipped = events.find(e => e.kind === 'skipped')
    const tail = lineTexts(events).filter(text => text.length === 10_000)
    expect(tail.length).toBeLessThanOrEqual(Math.ceil((256 * 1024) / 10_000))
    expect(tail.at(-1)).toBe(numbered(199, 200, 10_000).trimEnd())
    expect(skipped).toMatchObject({ lines: 200 - tail.length })
  })

  it('never asks for more than GitLab allows in one range', async () => {
    const { events, check } = follow({ checkBudgetBytes: 4 * 1024 * 1024 })
    append(11, numbered(0, 30_000, 60))
    await check([job(11, 'success')])
    for (const { query } of requests)
      expect(Number(query.get('byte_limit'))).toBeLessThanOrEqual(MAX_TRACE_RANGE_BYTES)
    expect(lineTexts(events)).toHaveLength(30_000)
  })

  it('reports a log it cannot read once, tries again next check, and gives up on a 404', async () => {
    const { events, check } = follow({}, 300)
    append(12, 'one\n')
    stallJob = 12
    await check([job(12)])
    await check([job(12)])
    expect(events.filter(e => e.kind === 'unreadable')).toHaveLength(1)
    expect(events[0]).toMatchObject({ kind: 'unreadable', final: false })
    stallJob = null
    await check([job(12, 'success')])
    expect(lineTexts(events)).toEqual(['one'])
    await check([job(404)])
    expect(events.at(-2)).toMatchObject({ kind: 'unreadable', final: true, job: { id: 404 } })
    expect(events.at(-1)).toMatchObject({ kind: 'finished', job: { id: 404 } })
  })

  it('ends a read at once when the signal aborts, a stalled read included, without a warning', async () => {
    // The request timeout is longer than the test's: only the abort can end this read.
    const { events, check } = follow({}, 120_000)
    append(16, 'one\n')
    stallJob = 16
    const controller = new AbortController()
    const checked = check([job(16)], false, controller.signal)
    while (!requests.some(r => r.job === 16)) await new Promise(resolve => setTimeout(resolve, 10))
    controller.abort(new Error('cancelled'))
    const stats = await checked
    expect(stats.behind).toBe(true)
    expect(events).toEqual([])
  })

  it('reads nothing once the signal aborted', async () => {
    const { check } = follow()
    append(13, 'x\n')
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    const stats = await check([job(13)], false, controller.signal)
    expect(stats.served).toEqual([])
    expect(stats.behind).toBe(true)
  })
})

describe('LiveLogs on the shared log fixtures (log-fixtures.ts)', () => {
  it.each(LOG_FIXTURES.map(fixture => [fixture.name, fixture] as const))(
    'shows the same lines as the end-of-run tail, read as the log grows: %s',
    async (_name, { raw, lines }) => {
      const { events, check } = follow()
      const bytes = Buffer.from(raw)
      // The log arrives in three odd pieces, each read while the job runs, then the end.
      const cuts = [0, 7, Math.floor(bytes.length / 2) + 1, bytes.length]
      for (let i = 1; i < cuts.length; i++) {
        append(7, bytes.subarray(cuts[i - 1], cuts[i]))
        await check([job(7, i === cuts.length - 1 ? 'success' : 'running', { duration: 1 })])
      }
      const shown = events.flatMap(event =>
        event.kind === 'line' || event.kind === 'section-start' || event.kind === 'section-end'
          ? [pieceText(event)].filter(text => text !== null)
          : []
      )
      expect(shown).toEqual(lines)
      expect(events.at(-1)?.kind).toBe('finished')
    }
  )
})

describe('LiveLogs on the request budget (read-schedule.ts)', () => {
  it('reads no more jobs than the budget allows, says so once, and reads the rest at later checks', async () => {
    const { events, check } = follow()
    const jobs = Array.from({ length: 6 }, (_, i) => job(100 + i))
    for (const { id } of jobs) append(id, `job ${id} first\n`)
    let now = 1_000_000
    const first = await check(jobs, false)
    expect(first.served).toHaveLength(6)
    // From now on, on the budget: 2 requests at once at most, then about one a second.
    const scheduled = follow()
    const read = async () => {
      const before = requests.length
      // A status check of one request when the schedule asks for one, as the wait makes it.
      const statusRequests = scheduled.live.statusDue(now) ? 1 : 0
      await scheduled.live.check(jobs, {
        now,
        statusRequests,
        emit: batch => scheduled.events.push(...batch)
      })
      return requests.length - before
    }
    expect(await read()).toBeLessThanOrEqual(1)
    let total = 0
    for (let i = 0; i < 12; i++) {
      now += 1_000
      total += await read()
    }
    // 13 s at 58 a minute, the status checks' share included: every job read by now.
    expect(total).toBeLessThanOrEqual(13)
    const shown = lineTexts(scheduled.events)
    for (const { id } of jobs) expect(shown).toContain(`job ${id} first`)
    expect(scheduled.events.filter(event => event.kind === 'budget')).toHaveLength(1)
    expect(lineTexts(events)).toHaveLength(6)
  })
})

// A job log endpoint that accepts the connection and never answers (the simulator's `hang`
// fault), followed in-process with job-logs live (issue 16, point 2): the status checks go on,
// the step ends on time, a job that ended is not read again after its last read, and lines read
// later are shown once, in order.

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const LINES = Array.from({ length: 8 }, (_, i) => `step ${i}`)

async function followLive(gitlab: Simulator, timeout = '1h') {
  const { log, live } = recordingLog()
  const settings = {
    ...parseSettings({
      ...INPUT_DEFAULTS,
      'gitlab-url': gitlab.url,
      project: PROJECT_PATH,
      ref: 'main',
      wait: 'true',
      timeout,
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      'job-logs': 'live'
    }),
    requestTimeoutMs: 3_000
  }
  const startedAt = Date.now()
  const result = await triggerAndFollow(settings, {
    log,
    signal: new AbortController().signal,
    clock: simulatorClock(gitlab)
  })
  const texts = live.flatMap(line => (line.kind === 'text' ? [line.text] : []))
  return { result, texts, realMs: Date.now() - startedAt }
}

const traceReads = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'GET' && /\/jobs\/\d+\/trace$/.test(r.path))
const statusReads = (gitlab: Simulator) =>
  gitlab.requests.filter(r => r.method === 'GET' && /\/pipelines\/\d+\/jobs$/.test(r.path))

describe('a stalled live log read', () => {
  it('does not hold up the status checks, and the lines read after it are shown once, in order', async () => {
    sim = await gitlabWith(
      { jobs: [simJob('build', 'build', 20_000, { logLines: LINES })] },
      { manualClock: true, traceByteRange: true }
    )
    sim.fault({ method: 'GET', path: /\/jobs\/\d+\/trace$/, kind: 'hang' })
    const { result, texts, realMs } = await followLive(sim)

    expect(result.outcome).toBe('accepted')
    const hangAt = traceReads(sim)[0].at
    // While the first read hung (3 s of real time), the wait went on checking the statuses.
    expect(statusReads(sim).filter(r => r.at > hangAt).length).toBeGreaterThanOrEqual(3)
    expect(texts.filter(text => text.startsWith('step '))).toEqual(LINES)
    expect(realMs).toBeLessThan(10_000)
  }, 20_000)

  it('gives up on the log of a job that ended once its last read stalled, and reads it no more', async () => {
    sim = await gitlabWith(
      { jobs: [simJob('build', 'build', 4_000, { logLines: LINES, result: 'failed' })] },
      { manualClock: true, traceByteRange: true }
    )
    sim.fault({ method: 'GET', path: /\/jobs\/\d+\/trace$/, kind: 'hang', times: 100 })
    const { result, texts, realMs } = await followLive(sim)

    expect(result.outcome).toBe('not-accepted')
    // The pipeline is read once none of its jobs runs: from then on, the job had ended.
    const seenEnded = sim.requests.find(r => /\/pipelines\/\d+$/.test(r.path))?.at ?? 0
    expect(seenEnded).toBeGreaterThan(0)
    // One read of its end at most, whatever happened to the earlier ones.
    expect(traceReads(sim).filter(r => r.at >= seenEnded).length).toBeLessThanOrEqual(1)
    // Said once while it runs, and once, final, for its end.
    expect(texts.filter(text => text.startsWith('(could not read the log'))).toEqual([
      expect.stringMatching(/^\(could not read the log, trying again: .*did not answer/),
      expect.stringMatching(/^\(could not read the log: .*did not answer/)
    ])
    // Each stalled read ends within the request timeout (3 s here), two at most in a row.
    expect(realMs).toBeLessThan(10_000)
  }, 20_000)
})
