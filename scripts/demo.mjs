// npm run demo: the action against the built-in GitLab simulator, run as the GitHub runner runs
// it (node dist/index.js, INPUT_* variables, GITHUB_OUTPUT/STATE/STEP_SUMMARY files), shown the
// way the run's log page shows it: groups folded open, annotations labelled, masked secrets as ***.
import { startSimulator } from '../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../test/simulator/scenarios.js'
import { runStep } from '../test/harness/run-step.js'
import { summaryForTerminal } from './summary-text.mjs'

const scenario = process.argv[2] === 'success' ? 'success' : 'demo'
const sim = await startSimulator()
const gitlab = seedScenario(sim, scenario)

const inputs = {
  'gitlab-url': gitlab.url,
  project: gitlab.project,
  ref: 'main',
  'trigger-token': gitlab.triggerToken,
  variables: 'DEPLOY_ENV=review\nREQUESTED_BY=octocat',
  inputs: 'replicas=2\nrun_e2e=true',
  wait: 'true',
  'api-token': gitlab.apiToken,
  timeout: '5m',
  'poll-interval': '5s',
  'accept-statuses': 'success',
  'cancel-on-timeout': 'true',
  'cancel-on-abort': 'true',
  'job-logs': 'failed',
  summary: 'true'
}

const bold = text => `\x1b[1m${text}\x1b[0m`
console.log(
  bold(`GitLab simulator at ${gitlab.url}, project ${gitlab.project} (scenario "${scenario}")`)
)
console.log(bold('Workflow step:'))
console.log('  - uses: <this action>\n    with:')
for (const [name, value] of Object.entries(inputs)) {
  const shown = /token/.test(name)
    ? '${{ secrets.GITLAB_' + name.toUpperCase().replace(/-/g, '_') + ' }}'
    : value
  console.log(
    `      ${name}: ${shown.includes('\n') ? `|\n        ${shown.replace(/\n/g, '\n        ')}` : shown}`
  )
}
console.log(bold('\nWhat the step log shows:\n'))

// A tiny stand-in for the runner's log view.
const secrets = []
let stopToken = null
let buffered = ''
const decode = text =>
  text
    .replace(/%0A/g, '\n')
    .replace(/%0D/g, '\r')
    .replace(/%3A/g, ':')
    .replace(/%2C/g, ',')
    .replace(/%25/g, '%')
const mask = text => secrets.reduce((out, secret) => out.split(secret).join('***'), text)
function show(line) {
  if (stopToken) {
    if (line === `::${stopToken}::`) stopToken = null
    else console.log(`  │ ${mask(line)}`)
    return
  }
  const command = /^::([a-z-]+)(?: ([^:]*))?::(.*)$/.exec(line)
  if (!command) return console.log(mask(line))
  const [, name, properties = '', message] = command
  const title = /title=([^,]*)/.exec(properties)?.[1]
  const labelled = (label, color) =>
    console.log(
      `\x1b[${color}m${label}${title ? ` ${decode(title)}` : ''}:\x1b[0m ${mask(decode(message))}`
    )
  if (name === 'add-mask') secrets.push(decode(message))
  else if (name === 'stop-commands') stopToken = message
  else if (name === 'group') console.log(`\x1b[36m▼ ${decode(message)}\x1b[0m`)
  else if (name === 'endgroup') console.log('')
  else if (name === 'error') labelled('Error', 31)
  else if (name === 'warning') labelled('Warning', 33)
  else if (name === 'notice') labelled('Notice', 34)
}
const { exitCode, outputs, summary } = await runStep(inputs, {
  onStderr: chunk => process.stderr.write(chunk),
  onStdout: chunk => {
    buffered += chunk
    const lines = buffered.split('\n')
    buffered = lines.pop()
    lines.forEach(show)
  }
})

console.log(bold(`\nThe step ${exitCode === 0 ? 'succeeded' : 'failed'} (exit code ${exitCode}).`))
console.log(bold('Outputs (steps.<id>.outputs):'))
for (const [name, value] of Object.entries(outputs))
  console.log(`  ${name.padEnd(13)} ${value.length > 110 ? `${value.slice(0, 110)}…` : value}`)
console.log(bold('\nJob summary (as GitHub renders it, in plain text):\n'))
console.log(summaryForTerminal(summary, bold))
if (scenario === 'demo') console.log('Try a passing pipeline too: npm run demo -- success')
await sim.close()
