// Renders the job summary of the demo pipeline to docs/job-summary.png, the picture in the README:
// runs dist/index.js against the simulator as the runner would, turns the GITHUB_STEP_SUMMARY
// markdown into HTML with GitHub-like styles, and screenshots it with headless Chromium.
// Needs Debian's chromium (apt-get install chromium); not part of CI.
//   node scripts/summary-screenshot.mjs
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { marked } from 'marked'
import { startSimulator } from '../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../test/simulator/scenarios.js'
import { runStep } from '../test/harness/run-step.js'

const dir = mkdtempSync(join(tmpdir(), 'summary-'))

const sim = await startSimulator()
const gitlab = seedScenario(sim, 'demo')
const { summary } = await runStep({
  'gitlab-url': gitlab.url,
  project: gitlab.project,
  ref: 'main',
  'trigger-token': gitlab.triggerToken,
  wait: 'true',
  'api-token': gitlab.apiToken,
  'poll-interval': '5s',
  summary: 'true'
})
await sim.close()

// The simulator's address stands in for a real instance in the picture.
const markdown = summary.replaceAll(gitlab.url, 'https://gitlab.example.com')
const html = `<!doctype html><meta charset="utf-8"><style>
  body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial, sans-serif; color: #1f2328; }
  .box { margin: 16px; background: #fff; border: 1px solid #d1d9e0; border-radius: 6px; padding: 8px 24px 16px; width: 760px; }
  .label { font-weight: 600; font-size: 14px; padding: 8px 0; border-bottom: 1px solid #d1d9e0; margin: 0 -24px 8px; padding-left: 24px; }
  h3 { font-size: 20px; margin: 16px 0 8px; } a { color: #0969da; text-decoration: none; }
  code { background: #eff1f3; border-radius: 6px; padding: .2em .4em; font-size: 85%; font-family: ui-monospace, monospace; }
  table { border-collapse: collapse; margin-top: 8px; } th, td { border: 1px solid #d1d9e0; padding: 6px 13px; text-align: left; }
  tr:nth-child(2n) { background: #f6f8fa; } th { font-weight: 600; }
</style><div class="box"><div class="label">downstream summary</div>${marked.parse(markdown)}</div>`
writeFileSync(join(dir, 'summary.html'), html)
execFileSync(
  'chromium',
  [
    '--headless',
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--hide-scrollbars',
    `--user-data-dir=${join(dir, 'profile')}`,
    '--window-size=844,470',
    `--screenshot=${resolve('docs/job-summary.png')}`,
    `file://${join(dir, 'summary.html')}`
  ],
  { stdio: 'ignore' }
)
rmSync(dir, { recursive: true, force: true })
console.log('wrote docs/job-summary.png')
