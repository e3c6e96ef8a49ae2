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
