// The whole tree through dist/: the action (outputs, live logs in the runner's log, the summary's
// nested rows) and the CLI's --json, on the simulator's `tree` scenario (parent → child →
// multi-project, 40 jobs, about 16 s) with logs growing while the jobs run.
import { afterEach, describe, expect, it } from '@jest/globals'
import { startSimulator, type Simulator } from '../../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../../test/simulator/scenarios.js'
import { runCli, runStep } from '../../test/harness/run-step.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function tree() {
  sim = await startSimulator({ traceByteRange: true })
  return { gitlab: sim, seeded: seedScenario(sim, 'tree') }
}

// Live logs on a budget (docs/contract.md section 3.13): the 40 jobs of this tree, each read while
// it runs and once more at its end, take about a minute at 60 requests a minute.
const LIVE_TREE_MS = 150_000

interface JobOut {
  id: number
  name: string
  status: string
  pipeline_id: number
}

describe('follow-downstream and live logs in the action (dist/index.js)', () => {
  it(
    'outputs every pipeline and job of the tree, streams logs live and nests the summary rows',
    async () => {
      const { gitlab, seeded } = await tree()
      const step = await runStep({
        'gitlab-url': seeded.url,
        project: seeded.project,
        ref: 'main',
        'trigger-token': seeded.triggerToken,
        'api-token': seeded.apiToken,
        wait: 'true',
        timeout: '2m',
        'job-logs': 'live'
      })
      expect(step.exitCode).toBe(0)
      const [top, child, deploy] = gitlab.pipelines
      const pipelines = JSON.parse(step.outputs.pipelines) as Array<Record<string, unknown>>
      expect(pipelines).toEqual([
        { id: top.id, project_id: 42, web_url: top.webUrl, status: 'success', parent_id: null },
        {
          id: child.id,
          project_id: 42,
          web_url: child.webUrl,
          status: 'success',
          parent_id: top.id
        },
        {
          id: deploy.id,
          project_id: 43,
          web_url: expect.stringContaining(`/pipelines/${deploy.id}`),
          status: 'success',
          parent_id: child.id
        }
      ])
      const jobs = JSON.parse(step.outputs.jobs) as JobOut[]
      expect(jobs).toHaveLength(40)
      expect(jobs.find(j => j.name === 'deploy-prod')).toMatchObject({
        status: 'success',
        pipeline_id: deploy.id
      })

      const lines = step.stdout.split('\n')
      // Job changes carry the path to their pipeline. Under the live-log budget statuses are read
      // at most every 5 s, so whether a state before `success` is seen depends on timing: the path and
      // the end are what is asserted, once.
      const deployProd = `downstream › services ⇒ #${child.id} ship › to-deploy ⇒ #${deploy.id} deploy › deploy-prod: `
      const toSuccess = lines.filter(
        line =>
          line.startsWith(deployProd) && /^(\S+ → )?success {2}/.test(line.slice(deployProd.length))
      )
      expect(toSuccess).toHaveLength(1)
      // Several jobs at once: each log line prefixed with its job; one alone: a group named after it.
      expect(lines.some(line => /^\[test › unit \d\/8\] /.test(line))).toBe(true)
      // Its log streamed live: in a group of its own when it ran alone, else each line prefixed
      // with it (which of the two depends on what else the budget had to read at the time).
      const deployProdJob = `downstream › services ⇒ #${child.id} ship › to-deploy ⇒ #${deploy.id} deploy › deploy-prod`
      expect(
        lines.some(
          line =>
            line === `::group::Log of ${deployProdJob}` || line.startsWith(`[${deployProdJob}] `)
        )
      ).toBe(true)
      expect(lines.filter(line => line === '::group::').length).toBe(0)
      expect(lines.filter(line => line.startsWith('::group::')).length).toBe(
        lines.filter(line => line === '::endgroup::').length
      )

      // The summary nests each downstream pipeline's rows under its trigger job.
      const summary = step.summary.split('\n')
      const services = summary.findIndex(line => line.includes('| services |'))
      expect(services).toBeGreaterThan(0)
      // (markdownText escapes the slash.)
      expect(summary[services + 1]).toMatch(/^\| ↳ test \| service test 1\\\/12 \|/)
      const smoke = summary.findIndex(line => /^\| \u2003↳ verify \| smoke 1\\\/11 \|/.test(line))
      expect(summary[smoke - 1]).toMatch(/^\| ↳ ship \| to\\-deploy \|/)
    },
    LIVE_TREE_MS
  )
})

describe('follow-downstream in the CLI (dist/cli.js)', () => {
  it(
    '--json lists the pipelines and each job with its pipeline_id',
    async () => {
      const { gitlab, seeded } = await tree()
      const run = await runCli(
        [
          '--gitlab-url',
          seeded.url,
          '--project',
          seeded.project,
          '--ref',
          'main',
          '--wait',
          '--timeout',
          '2m',
          '--job-logs',
          'live',
          '--json'
        ],
        { env: { GITLAB_TRIGGER_TOKEN: seeded.triggerToken, GITLAB_API_TOKEN: seeded.apiToken } }
      )
      expect(run.exitCode).toBe(0)
      const json = JSON.parse(run.stdout) as {
        pipelines: Array<{ id: number; parent_id: number | null }>
        jobs: JobOut[]
      }
      const [top, child, deploy] = gitlab.pipelines
      expect(json.pipelines.map(p => [p.id, p.parent_id])).toEqual([
        [top.id, null],
        [child.id, top.id],
        [deploy.id, child.id]
      ])
      expect(new Set(json.jobs.map(j => j.pipeline_id))).toEqual(
        new Set([top.id, child.id, deploy.id])
      )
      // Live lines on stderr, plain: prefixed while several run.
      expect(run.stderr).toMatch(/^ {4}\[test › unit \d\/8\] /m)
      expect(run.stderr).toContain(`downstream › services ⇒ #${child.id} test › service test 1/12`)
    },
    LIVE_TREE_MS
  )
})
