// npm run bench: measures the action (dist/index.js) on the GitLab simulator, interleaved in
// one run so machine noise hits both sides alike.
//  (a) start-up: process start -> trigger request received, and the whole step, against the
//      least a Node script can do (a bare node:http POST that writes the same outputs);
//  (b) waiting: for a pipeline that runs 20 s, the delay between its end and the step's end,
//      and how many requests the wait made;
//  (c) memory: peak RSS of the action printing the tail of a failed job's 1 MiB and 100 MiB log
//      (streamed by the simulator as it is generated), to show it does not grow with the log.
import { spawn } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { join } from 'node:path'
import { generatedLogLine, startSimulator } from '../test/simulator/gitlab-simulator.js'
import { runActionStep } from './action-step.mjs'

const RUNS = Number(process.env.BENCH_RUNS || 15)
const PIPELINE_MS = 20_000
const WAIT_RUNS = Number(process.env.BENCH_WAIT_RUNS || 3)
const TRIGGER_TOKEN = 'glptt-' + 'b'.repeat(40)
const API_TOKEN = 'glpat-bench-token-with-api'
const dir = mkdtempSync(join(tmpdir(), 'bench-'))

const BARE_SCRIPT = join(dir, 'bare.mjs')
writeFileSync(
  BARE_SCRIPT,
  `import http from 'node:http'
import { appendFileSync } from 'node:fs'
const e = process.env
const body = JSON.stringify({ token: e['INPUT_TRIGGER-TOKEN'], ref: e.INPUT_REF, variables: {} })
const url = new URL(e['INPUT_GITLAB-URL'] + '/api/v4/projects/' + encodeURIComponent(e.INPUT_PROJECT) + '/trigger/pipeline')
const req = http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, res => {
  let data = ''
  res.on('data', c => (data += c))
  res.on('end', () => {
    const p = JSON.parse(data)
    appendFileSync(e.GITHUB_OUTPUT, ['pipeline-id=' + p.id, 'pipeline-iid=' + p.iid, 'web-url=' + p.web_url, 'project-id=' + p.project_id, 'sha=' + p.sha, 'ref=' + p.ref, 'status=' + p.status, ''].join('\\n'))
  })
})
req.end(body)
`
)

const runStep = (script, sim, inputs) =>
  runActionStep(
    {
      'gitlab-url': sim.url,
      project: 'bench/app',
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
      ...inputs
    },
    { script }
  )

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const p90 = values =>
  [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * 0.9))]
const ms = value => `${value.toFixed(0)} ms`

async function startup() {
  const sim = await startSimulator()
  sim.addProject({ id: 7, path: 'bench/app' })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 7 })
  const samples = { action: { request: [], step: [] }, bare: { request: [], step: [] } }
  // One warm-up of each, not counted, so the file cache is the same for both.
  for (let i = 0; i < RUNS + 1; i++) {
    for (const [name, script] of [
      ['action', 'dist/index.js'],
      ['bare', BARE_SCRIPT]
    ]) {
      const before = sim.requests.length
      const run = await runStep(script, sim, {})
      const trigger = sim.requests.slice(before).find(r => r.path.endsWith('/trigger/pipeline'))
      if (run.exitCode !== 0 || !trigger || !run.outputs.has('pipeline-id'))
        throw new Error(`${name} run failed`)
      if (i === 0) continue
      samples[name].request.push(trigger.at - run.started)
      samples[name].step.push(run.ended - run.started)
    }
  }
  await sim.close()
  return samples
}

async function waiting() {
  const sim = await startSimulator()
  sim.addProject({
    id: 7,
    path: 'bench/app',
    jobs: [{ name: 'build', stage: 'build', durationMs: PIPELINE_MS, queuedMs: 0 }]
  })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 7 })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  const results = []
  for (let i = 0; i < WAIT_RUNS; i++) {
    const before = sim.requests.length
    const run = await runStep('dist/index.js', sim, {
      wait: 'true',
      'api-token': API_TOKEN,
      'poll-interval': '15s',
      timeout: '5m',
      'job-logs': 'failed',
      summary: 'true'
    })
    const requests = sim.requests.slice(before)
    const trigger = requests.find(r => r.path.endsWith('/trigger/pipeline'))
    const ended = trigger.at + PIPELINE_MS
    const waitRequests = requests.filter(r => r.at > trigger.at)
    results.push({
      code: run.exitCode,
      noticedAfter: run.ended - ended,
      total: requests.length,
      wait: waitRequests.length,
      pipelineReads: waitRequests.filter(r => /\/pipelines\/\d+$/.test(r.path)).length
    })
  }
  await sim.close()
  return results
}

// (c) Loaded before the action with --import: writes the process's peak RSS (KiB) when it exits.
const RSS_PROBE = join(dir, 'rss-probe.mjs')
writeFileSync(
  RSS_PROBE,
  `import { writeFileSync } from 'node:fs'
process.on('exit', () => writeFileSync(process.env.BENCH_RSS_FILE, String(process.resourceUsage().maxRSS)))
`
)
const memoryTriggerToken = index => `glptt-${String(index).repeat(40)}`
const MEMORY_RUNS = Number(process.env.BENCH_MEMORY_RUNS || 2)
const LOG_SIZES_MIB = [1, 100]

/** Peak RSS in MiB of dist/index.js waiting for a pipeline whose one job fails with a log this big. */
async function peakRss(sim, logMiB, run, triggerToken) {
  const files = {
    GITHUB_OUTPUT: join(dir, `output-${logMiB}-${run}`),
    GITHUB_STATE: join(dir, `state-${logMiB}-${run}`),
    GITHUB_STEP_SUMMARY: join(dir, `summary-${logMiB}-${run}`)
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const rssFile = join(dir, `rss-${logMiB}-${run}`)
  const inputs = {
    'gitlab-url': sim.url,
    project: `bench/log-${logMiB}`,
    ref: 'main',
    'trigger-token': triggerToken,
    wait: 'true',
    'api-token': API_TOKEN,
    'poll-interval': '1s',
    timeout: '5m',
    'job-logs': 'failed'
  }
  const env = { PATH: process.env.PATH, ...files, BENCH_RSS_FILE: rssFile }
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value
  const child = spawn(process.execPath, ['--import', RSS_PROBE, 'dist/index.js'], {
    env,
    stdio: ['ignore', 'pipe', 'inherit']
  })
  let tail = ''
  child.stdout.setEncoding('utf8')
  child.stdout.on('data', chunk => (tail = (tail + chunk).slice(-200_000)))
  const exitCode = await new Promise(resolve => child.on('close', resolve))
  // The job fails on purpose: the step must end 1 and have printed the log's last line.
  const lastLine = generatedLogLine(Math.ceil((logMiB * 1024 * 1024) / 100) - 1).slice(0, 12)
  if (exitCode !== 1 || !tail.includes(lastLine))
    throw new Error(
      `memory run with a ${logMiB} MiB log did not print its tail:\n${tail.slice(-2000)}`
    )
  return Number(readFileSync(rssFile, 'utf8')) / 1024
}

async function memory() {
  const sim = await startSimulator()
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  LOG_SIZES_MIB.forEach((logMiB, index) => {
    sim.addProject({
      id: 100 + index,
      path: `bench/log-${logMiB}`,
      jobs: [
        {
          name: 'huge-log',
          stage: 'test',
          durationMs: 200,
          result: 'failed',
          logBytes: logMiB * 1024 * 1024
        }
      ]
    })
    sim.addTriggerToken({ token: memoryTriggerToken(index), projectId: 100 + index })
  })
  const peaks = Object.fromEntries(LOG_SIZES_MIB.map(size => [size, []]))
  for (let run = 0; run < MEMORY_RUNS; run++)
    for (const [index, logMiB] of LOG_SIZES_MIB.entries()) {
      // Each project has its own trigger token.
      peaks[logMiB].push(await peakRss(sim, logMiB, run, memoryTriggerToken(index)))
    }
  await sim.close()
  return peaks
}

const start = await startup()
const wait = await waiting()
const peaks = await memory()
rmSync(dir, { recursive: true, force: true })

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `\nMachine: ${cpus().length} × ${cpu}, Node ${process.version}, ${RUNS} interleaved runs each\n`
)
console.log('| (a) start-up | median | p90 |')
console.log('| --- | --- | --- |')
for (const [label, values] of [
  ['bare node:http script: start → trigger request', start.bare.request],
  ['action: start → trigger request', start.action.request],
  ['bare node:http script: whole step', start.bare.step],
  ['action: whole step (trigger only)', start.action.step]
])
  console.log(`| ${label} | ${ms(median(values))} | ${ms(p90(values))} |`)
console.log(
  `| action / bare, trigger request (median) | ${(median(start.action.request) / median(start.bare.request)).toFixed(2)}× | |`
)
console.log(
  `| action / bare, whole step (median) | ${(median(start.action.step) / median(start.bare.step)).toFixed(2)}× | |`
)
console.log('\n| (b) 20 s pipeline, poll-interval 15s | run 1 | run 2 | run 3 |')
console.log('| --- | --- | --- | --- |')
console.log(`| end of pipeline → step ended | ${wait.map(r => ms(r.noticedAfter)).join(' | ')} |`)
console.log(`| requests while waiting | ${wait.map(r => r.wait).join(' | ')} |`)
console.log(`| of which pipeline reads | ${wait.map(r => r.pipelineReads).join(' | ')} |`)
console.log(
  `| requests in all (token check + trigger + wait) | ${wait.map(r => r.total).join(' | ')} |`
)
console.log(`| exit code | ${wait.map(r => r.code).join(' | ')} |`)

const worst = values => Math.max(...values)
console.log(
  `\n| (c) peak RSS of the action, job log tail printed | ${LOG_SIZES_MIB.map(size => `${size} MiB log`).join(' | ')} |`
)
console.log(`| --- | ${LOG_SIZES_MIB.map(() => '---').join(' | ')} |`)
console.log(
  `| highest of ${MEMORY_RUNS} runs | ${LOG_SIZES_MIB.map(size => `${worst(peaks[size]).toFixed(1)} MiB`).join(' | ')} |`
)
const growth = worst(peaks[100]) - worst(peaks[1])
console.log(
  `| 100 MiB log minus 1 MiB log | ${growth.toFixed(1)} MiB (target: under 20 MiB; 100 MiB case under 120 MiB) | |`
)
if (worst(peaks[100]) >= 120 || growth > 20) process.exitCode = 1
