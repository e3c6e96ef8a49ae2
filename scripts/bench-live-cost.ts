// The cost model of live logs (npm run bench -- live): the run core in-process on the GitLab
// simulator's manual clock (as the tests run it), so an hour of a pipeline takes seconds. For
// N running jobs, each writing a line every 5 s: GitLab requests per hour while they run, with
// job-logs live and with job-logs failed, and how late each line reached the log (p50, p95).
// Prints one JSON line per case; scripts/bench.mjs makes the table.
import { startSimulator } from '../test/simulator/gitlab-simulator.js'
import { triggerAndFollow } from '../src/run/trigger-and-follow.js'
import { INPUT_DEFAULTS, parseSettings } from '../src/settings/settings.js'
import type { RunLog } from '../src/run/run-log.js'

const TOKEN = 'glptt-' + 'c'.repeat(40)
const API_TOKEN = 'glpat-bench-live-cost'
const LINE_EVERY_MS = 5_000

/** The most requests in any 60 s window. */
function busiestMinute(requests: { at: number }[]): number {
  let busiest = 0
  for (let i = 0, k = 0; i < requests.length; i++) {
    while (requests[i].at - requests[k].at >= 60_000) k++
    busiest = Math.max(busiest, i - k + 1)
  }
  return busiest
}

async function measure(jobs: number, jobLogs: string, minutes: number) {
  const sim = await startSimulator({ manualClock: true, traceByteRange: true })
  const durationMs = minutes * 60_000
  const lines = Array.from({ length: durationMs / LINE_EVERY_MS - 1 }, (_, i) => i)
  sim.addProject({
    id: 9,
    path: 'bench/cost',
    jobs: Array.from({ length: jobs }, (_, j) => ({
      name: `job-${j}`,
      stage: 'test',
      durationMs,
      queuedMs: 0,
      logLines: lines.map(i => ({ atMs: (i + 1) * LINE_EVERY_MS, text: `job-${j} line ${i}` }))
    }))
  })
  sim.addTriggerToken({ token: TOKEN, projectId: 9 })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  const seen: number[] = []
  const say = () => undefined
  const log: RunLog = {
    info: say,
    debug: say,
    notice: say,
    warning: say,
    error: say,
    group: say,
    live: shown => {
      for (const line of shown) {
        const match = line.kind === 'text' && / line (\d+)/.exec(line.text)
        // The pipeline's jobs start when it leaves `created`, 100 ms after its creation.
        if (match)
          seen.push(
            sim.now() - (sim.pipelines[0].createdAt + 100 + (Number(match[1]) + 1) * LINE_EVERY_MS)
          )
      }
    }
  }
  const settings = parseSettings({
    ...INPUT_DEFAULTS,
    'gitlab-url': sim.url,
    project: 'bench/cost',
    ref: 'main',
    wait: 'true',
    timeout: '3h',
    'trigger-token': TOKEN,
    'api-token': API_TOKEN,
    'job-logs': jobLogs
  })
  const clock = {
    now: () => sim.now(),
    async sleep(ms: number) {
      sim.advance(ms)
    }
  }
  await triggerAndFollow(settings, { log, signal: new AbortController().signal, clock })
  const trigger = sim.requests.find(r => r.path.endsWith('/trigger/pipeline'))?.at ?? 0
  // While the jobs run (the first and last minute excluded: start-up, end-of-run reads).
  const from = trigger + 60_000
  const to = trigger + durationMs - 60_000
  const requests = sim.requests.filter(r => r.at >= from && r.at < to)
  // And over the whole wait, the first check's one-off reads and the jobs' last reads included.
  const wait = sim.requests.filter(r => r.at > trigger)
  await sim.close()
  const sorted = seen.sort((a, b) => a - b)
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return {
    jobs,
    jobLogs,
    perHour: Math.round((requests.length * 3_600_000) / (to - from)),
    busiestMinute: busiestMinute(requests),
    busiestMinuteAll: busiestMinute(wait),
    p50: at(0.5),
    p95: at(0.95),
    shown: sorted.length,
    of: jobs * lines.length
  }
}

const minutes = Number(process.env.BENCH_COST_MINUTES || 20)
for (const jobs of [1, 2, 8, 50])
  for (const jobLogs of ['live', 'failed'])
    console.log(JSON.stringify(await measure(jobs, jobLogs, minutes)))
