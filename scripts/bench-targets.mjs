// (f) targets: GitLab requests per minute while 1, 5 and 20 pipelines run side by side in one
// step (dist/index.js, each target in its own project with its own trigger token, every pipeline
// running BENCH_TARGETS_PIPELINE_MS, poll-interval 15s): the cost should grow with the pipelines
// running, each costing what one costs alone. Part of `npm run bench`; alone:
// `npm run bench -- targets` or `node scripts/bench-targets.mjs`.
import { pathToFileURL } from 'node:url'
import { startSimulator } from '../test/simulator/gitlab-simulator.js'
import { runStep } from '../test/harness/run-step.js'

const COUNTS = [1, 5, 20]
const PIPELINE_MS = Number(process.env.BENCH_TARGETS_PIPELINE_MS || 60_000)
const API_TOKEN = 'glpat-bench-token-with-api'

async function targetsRun(count) {
  const sim = await startSimulator()
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  const items = []
  for (let index = 0; index < count; index++) {
    const token = `glptt-bench${String(index).padStart(3, '0')}${'t'.repeat(32)}`
    sim.addProject({
      id: 500 + index,
      path: `bench/svc-${index}`,
      jobs: [{ name: 'work', stage: 'test', durationMs: PIPELINE_MS, queuedMs: 0 }]
    })
    sim.addTriggerToken({ token, projectId: 500 + index })
    items.push(
      `- name: svc-${index}\n  project: bench/svc-${index}\n  ref: main\n  trigger-token: ${token}`
    )
  }
  const run = await runStep({
    'gitlab-url': sim.url,
    targets: items.join('\n'),
    wait: 'true',
    'api-token': API_TOKEN,
    timeout: '10m',
    'job-logs': 'failed'
  })
  const requests = sim.requests
  const firstTrigger = Math.min(
    ...requests.filter(r => r.path.endsWith('/trigger/pipeline')).map(r => r.at)
  )
  const during = requests.filter(r => r.at >= firstTrigger)
  const minutes = (Math.max(...during.map(r => r.at)) - firstTrigger) / 60_000
  await sim.close()
  return {
    count,
    code: run.exitCode,
    total: requests.length,
    before: requests.length - during.length,
    perMinute: during.length / minutes,
    perPipelinePerMinute: during.length / minutes / count
  }
}

export async function targetsBench() {
  const results = []
  for (const count of COUNTS) results.push(await targetsRun(count))
  return results
}

// (f) with job-logs live: 5 targets of 3 jobs, each job writing a line every 5 s for
// BENCH_TARGETS_LIVE_MINUTES (default 2): GitLab requests a minute in all, the busiest 60 s, and
// how late lines reached the log, per target (the slowest target's p95 beside the fastest's), for
// the build before (its dist/ at `entry`) and this one.
const LIVE_TARGETS = 5
const LIVE_WRITERS = 3
const LIVE_MINUTES = Number(process.env.BENCH_TARGETS_LIVE_MINUTES || 2)

export async function liveTargetsRun(entry) {
  const sim = await startSimulator({ traceByteRange: true })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  const ticks = (LIVE_MINUTES * 60) / 5 - 1
  const items = []
  for (let index = 0; index < LIVE_TARGETS; index++) {
    const token = `glptt-live${String(index).padStart(3, '0')}${'l'.repeat(32)}`
    sim.addProject({
      id: 600 + index,
      path: `bench/live-${index}`,
      jobs: Array.from({ length: LIVE_WRITERS }, (_, j) => ({
        name: `w${j}`,
        stage: 'test',
        durationMs: LIVE_MINUTES * 60_000,
        queuedMs: 0,
        logLines: Array.from({ length: ticks }, (_, i) => ({
          atMs: (i + 1) * 5_000,
          text: `t${index}-w${j} tick ${i}`
        }))
      }))
    })
    sim.addTriggerToken({ token, projectId: 600 + index })
    items.push(
      `- name: t${index}\n  project: bench/live-${index}\n  ref: main\n  trigger-token: ${token}`
    )
  }
  const seen = new Map()
  let buffer = ''
  const run = await runStep(
    {
      'gitlab-url': sim.url,
      targets: items.join('\n'),
      wait: 'true',
      'api-token': API_TOKEN,
      timeout: '10m',
      'job-logs': 'live'
    },
    {
      ...(entry ? { entry } : {}),
      onStdout: chunk => {
        buffer += chunk
        const lastBreak = buffer.lastIndexOf('\n')
        for (const match of buffer.slice(0, lastBreak + 1).matchAll(/t(\d+)-w\d+ tick (\d+)/g))
          if (!seen.has(match[0])) seen.set(match[0], { at: Date.now(), target: Number(match[1]) })
        buffer = buffer.slice(lastBreak + 1)
      }
    }
  )
  const started = new Map(sim.pipelines.map(p => [p.projectId - 600, p.createdAt + 100]))
  const lags = Array.from({ length: LIVE_TARGETS }, () => [])
  for (const [text, { at, target }] of seen) {
    const tick = Number(/tick (\d+)/.exec(text)[1])
    lags[target].push(at - (started.get(target) + (tick + 1) * 5_000))
  }
  const p95 = values => {
    const sorted = [...values].sort((a, b) => a - b)
    return sorted[Math.min(sorted.length - 1, Math.floor(0.95 * sorted.length))]
  }
  const firstTrigger = Math.min(
    ...sim.requests.filter(r => r.path.endsWith('/trigger/pipeline')).map(r => r.at)
  )
  const during = sim.requests.filter(r => r.at > firstTrigger && r.method === 'GET')
  let busiest = 0
  for (let i = 0, k = 0; i < during.length; i++) {
    while (during[i].at - during[k].at >= 60_000) k++
    busiest = Math.max(busiest, i - k + 1)
  }
  await sim.close()
  const p95s = lags.map(p95)
  return {
    code: run.exitCode,
    perMinute: during.length / ((run.endedAt - firstTrigger) / 60_000),
    busiest,
    before: sim.requests.length - during.length,
    p95Fastest: Math.min(...p95s),
    p95Slowest: Math.max(...p95s),
    shown: seen.size,
    of: LIVE_TARGETS * LIVE_WRITERS * ticks
  }
}

export function printLiveTargets(before, now, previousName) {
  const s = ms => `${(ms / 1000).toFixed(1)} s`
  console.log(
    `\n| (f) ${LIVE_TARGETS} targets × ${LIVE_WRITERS} jobs, a line every 5 s each for ${LIVE_MINUTES} min, job-logs live | before (${previousName}) | now |`
  )
  console.log('| --- | --- | --- |')
  const row = (label, f) => console.log(`| ${label} | ${f(before)} | ${f(now)} |`)
  row('GitLab requests a minute (while waiting)', r => r.perMinute.toFixed(0))
  row('busiest 60 s', r => r.busiest)
  row('line → log p95, fastest target', r => s(r.p95Fastest))
  row('line → log p95, slowest target', r => s(r.p95Slowest))
  row('lines shown', r => `${r.shown} of ${r.of}`)
  row('exit code', r => r.code)
}

export function printTargets(results) {
  console.log(
    `\n| (f) targets side by side, ${PIPELINE_MS / 1000} s pipelines, poll-interval 15s | ${results.map(r => `${r.count} target${r.count === 1 ? '' : 's'}`).join(' | ')} |`
  )
  console.log(`| --- |${results.map(() => ' --- |').join('')}`)
  const row = (label, f) => console.log(`| ${label} | ${results.map(f).join(' | ')} |`)
  row('requests per minute while they run', r => r.perMinute.toFixed(1))
  row('of which per pipeline', r => r.perPipelinePerMinute.toFixed(1))
  row('requests before the first trigger (token checks)', r => r.before)
  row('requests in all', r => r.total)
  row('exit code', r => r.code)
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) printTargets(await targetsBench())
