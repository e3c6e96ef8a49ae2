// @ts-check
/**
 * Ready-made projects for demos and end-to-end tests: `demo` (a realistic pipeline whose integration
 * tests fail after ~8 s) and `success` (the same pipeline passing, ~10 s). Types: scenarios.d.ts.
 */

/** @typedef {import('./gitlab-simulator.js').JobPlan} JobPlan */
/** @typedef {import('./gitlab-simulator.js').Simulator} Simulator */

export const DEMO_PROJECT_ID = 42
export const DEMO_PROJECT_PATH = 'acme/platform/app'
/** Fake credentials: they only open this simulator. */
export const DEMO_TRIGGER_TOKEN = 'glptt-7d0c3f9a4b2e61c58f0a9d3e7b4c2a1f6e8d5b09'
export const DEMO_API_TOKEN = 'glpat-demo-api-4Xk9pQ2mZ7vR1sT8'
export const DEMO_READ_API_TOKEN = 'glpat-demo-read-8Hn3wL5cY0bJ6dF2'

const ESC = '\u001b'
const RED = `${ESC}[31;1m`
const GREEN = `${ESC}[32;1m`
const RESET = `${ESC}[0;m`

/**
 * A job log shaped like a GitLab runner trace: preamble, collapsible sections, the script's output
 * and the runner's verdict.
 * @param {string} command
 * @param {string[]} output
 * @param {boolean} failed
 */
function runnerLog(command, output, failed) {
  const at = 1795000000
  return [
    'Running with gitlab-runner 17.5.1 (8c5b4bb6)',
    '  on acme-shared-runner-3 t3_xYz12Ab, system ID: s_0f1e2d3c4b5a',
    `section_start:${at}:prepare_executor\r${ESC}[0KPreparing the "docker" executor`,
    'Using Docker executor with image node:20-bookworm ...',
    `section_end:${at + 4}:prepare_executor\r${ESC}[0K`,
    `section_start:${at + 4}:get_sources\r${ESC}[0KGetting source from Git repository`,
    'Fetching changes with git depth set to 20...',
    'Checking out 67879817 as detached HEAD (ref is main)...',
    `section_end:${at + 6}:get_sources\r${ESC}[0K`,
    `section_start:${at + 6}:step_script\r${ESC}[0KExecuting "step_script" stage of the job script`,
    `${GREEN}$ ${command}${RESET}`,
    ...output,
    `section_end:${at + 40}:step_script\r${ESC}[0K`,
    failed ? `${RED}ERROR: Job failed: exit code 1${RESET}` : `${GREEN}Job succeeded${RESET}`,
    ''
  ].join('\n')
}

const INTEGRATION_FAILURE = [
  '> app@2.3.0 test:integration',
  '> jest --config jest.integration.config.js',
  '',
  ' PASS  tests/integration/health.test.js (1.204 s)',
  ' PASS  tests/integration/auth.test.js (2.871 s)',
  ' FAIL  tests/integration/orders.test.js (4.112 s)',
  '  ● orders API › creates an order and charges the card',
  '',
  '    expect(received).toBe(expected) // Object.is equality',
  '',
  '    Expected: 201',
  '    Received: 502',
  '',
  '      41 |     const response = await api.post("/orders", order)',
  '    > 42 |     expect(response.status).toBe(201)',
  '         |                             ^',
  '      43 |     expect(response.body.charge.state).toBe("captured")',
  '',
  '      at Object.<anonymous> (tests/integration/orders.test.js:42:29)',
  '',
  'Test Suites: 1 failed, 2 passed, 3 total',
  'Tests:       1 failed, 23 passed, 24 total',
  'Time:        8.412 s',
  `${RED}npm ERR! Lifecycle script \`test:integration\` failed with error: exit code 1${RESET}`
]

/**
 * @param {boolean} integrationFails
 * @returns {JobPlan[]}
 */
function applicationPipeline(integrationFails) {
  return [
    {
      name: 'compile',
      stage: 'build',
      queuedMs: 800,
      durationMs: 1500,
      log: runnerLog('npm run build', ['> app@2.3.0 build', '> tsc -p tsconfig.build.json'], false)
    },
    {
      name: 'unit',
      stage: 'test',
      queuedMs: 600,
      durationMs: 2000,
      log: runnerLog(
        'npm test',
        ['Tests:       312 passed, 312 total', 'Time:        6.03 s'],
        false
      )
    },
    {
      name: 'lint',
      stage: 'test',
      queuedMs: 500,
      durationMs: 1500,
      log: runnerLog(
        'npm run lint',
        ['> eslint . && prettier --check .', 'All matched files use Prettier code style!'],
        false
      )
    },
    {
      name: 'integration',
      stage: 'test',
      queuedMs: 700,
      durationMs: 4000,
      result: integrationFails ? 'failed' : 'success',
      log: runnerLog(
        'npm run test:integration',
        integrationFails
          ? INTEGRATION_FAILURE
          : ['Test Suites: 3 passed, 3 total', 'Tests:       24 passed, 24 total'],
        integrationFails
      )
    },
    {
      name: 'flaky-e2e',
      stage: 'test',
      queuedMs: 900,
      durationMs: 4500,
      allowFailure: true,
      result: integrationFails ? 'failed' : 'success',
      log: runnerLog(
        'npx playwright test',
        integrationFails
          ? [
              '  1) checkout.spec.ts:18:5 › pays with a saved card',
              '     TimeoutError: locator.click: Timeout 5000ms exceeded.',
              '  1 flaky, 1 failed, 17 passed (41.2s)'
            ]
          : ['  18 passed (39.8s)'],
        integrationFails
      )
    },
    // Not run after a failure in `test`: GitLab marks them skipped (`when: on_success`).
    {
      name: 'deploy-review',
      stage: 'deploy',
      queuedMs: 500,
      durationMs: 1500,
      log: runnerLog(
        './deploy.sh review',
        ['Deployed https://review-main.app.acme.example'],
        false
      ),
      // The README's pull-request recipe reads it back with outputs-from: deploy-review:deploy.env.
      artifacts: [{ name: 'deploy.env', data: 'DEPLOY_URL=https://review-main.app.acme.example\n' }]
    },
    // A multi-project pipeline in a project the api-token can read, so the happy path is
    // followed all the way down (the `tree` scenario has the deeper cases).
    {
      name: 'docs',
      stage: 'deploy',
      queuedMs: 300,
      durationMs: 1200,
      bridge: {
        downstreamProjectPath: DOCS_PROJECT_PATH,
        jobs: [
          {
            name: 'pages',
            stage: 'deploy',
            queuedMs: 300,
            durationMs: 1000,
            log: runnerLog('mkdocs build', ['INFO - Documentation built in 0.82 seconds'], false)
          }
        ]
      }
    }
  ]
}

/** Where the `demo` and `success` scenarios' `docs` trigger job starts a pipeline. */
export const DOCS_PROJECT_ID = 44
export const DOCS_PROJECT_PATH = 'acme/platform/docs'

/** Where the `tree` scenario's multi-project pipeline runs. */
export const DEPLOY_PROJECT_ID = 43
export const DEPLOY_PROJECT_PATH = 'acme/platform/deploy'

/**
 * @param {string} prefix
 * @param {number} count
 * @param {string} stage
 * @param {number} durationMs
 * @returns {JobPlan[]}
 */
function shards(prefix, count, stage, durationMs) {
  return Array.from({ length: count }, (_, i) => ({
    name: `${prefix} ${i + 1}/${count}`,
    stage,
    durationMs: durationMs + (i % 4) * 250,
    runnerLog: { scriptLines: 4 }
  }))
}

/**
 * Three levels, 40 jobs, every log growing while its job runs: the top pipeline (10 jobs) starts a
 * child pipeline (18 jobs, `strategy: depend`), whose last stage starts a multi-project pipeline in
 * acme/platform/deploy (12 jobs, depend) that ends with `deploy-prod` and its deploy.env artifact.
 * About 16 s end to end.
 * @returns {JobPlan[]}
 */
function treePipeline() {
  /** @type {JobPlan[]} */
  const deploy = [
    ...shards('smoke', 11, 'verify', 1500),
    {
      name: 'deploy-prod',
      stage: 'deploy',
      durationMs: 2000,
      runnerLog: { scriptLines: 6 },
      artifacts: [{ name: 'deploy.env', data: 'URL=https://app.acme.example\nVERSION=2.3.0\n' }]
    }
  ]
  /** @type {JobPlan[]} */
  const child = [
    ...shards('service test', 12, 'test', 2000),
    ...shards('package', 5, 'package', 1000),
    {
      name: 'to-deploy',
      stage: 'ship',
      durationMs: 0,
      bridge: { downstreamProjectPath: DEPLOY_PROJECT_PATH, strategy: 'depend', jobs: deploy }
    }
  ]
  return [
    { name: 'compile', stage: 'build', durationMs: 1500, runnerLog: true },
    ...shards('unit', 8, 'test', 1500),
    {
      name: 'services',
      stage: 'downstream',
      durationMs: 0,
      bridge: { strategy: 'depend', jobs: child }
    }
  ]
}

/** Pipeline plans by scenario name. */
export const scenarioPlans = {
  /** integration fails (and an allowed-to-fail e2e job), deploy is skipped: `failed` after ~8 s */
  demo: applicationPipeline(true),
  /** everything passes: `success` after ~10 s */
  success: applicationPipeline(false),
  /** parent -> child -> multi-project, 40 jobs, logs that grow: `success` after ~16 s */
  tree: treePipeline()
}

/**
 * Seed a simulator with the demo project, its trigger token and two api tokens.
 * @param {Simulator} simulator
 * @param {keyof typeof scenarioPlans} [scenario]
 */
export function seedScenario(simulator, scenario = 'demo') {
  const jobs = scenarioPlans[scenario]
  if (!jobs) {
    throw new Error(
      `unknown scenario '${scenario}': use ${Object.keys(scenarioPlans).join(' or ')}`
    )
  }
  simulator.addProject({
    id: DEMO_PROJECT_ID,
    path: DEMO_PROJECT_PATH,
    refs: ['main', 'develop'],
    jobs
  })
  if (scenario === 'tree') {
    simulator.addProject({ id: DEPLOY_PROJECT_ID, path: DEPLOY_PROJECT_PATH, jobs: [] })
  } else {
    simulator.addProject({ id: DOCS_PROJECT_ID, path: DOCS_PROJECT_PATH, jobs: [] })
  }
  simulator.addTriggerToken({
    token: DEMO_TRIGGER_TOKEN,
    projectId: DEMO_PROJECT_ID,
    description: 'GitHub Actions'
  })
  simulator.addApiToken({ token: DEMO_API_TOKEN, scopes: ['api'], name: 'demo-api' })
  simulator.addApiToken({ token: DEMO_READ_API_TOKEN, scopes: ['read_api'], name: 'demo-read-api' })
  return {
    url: simulator.url,
    project: DEMO_PROJECT_PATH,
    projectId: DEMO_PROJECT_ID,
    triggerToken: DEMO_TRIGGER_TOKEN,
    apiToken: DEMO_API_TOKEN,
    readApiToken: DEMO_READ_API_TOKEN
  }
}
