#!/usr/bin/env node
// @ts-check
/**
 * Run the GitLab simulator on its own, seeded with a scenario, for `npm run demo` and workflows:
 *
 *   node test/simulator/serve.js [--port N] [--scenario demo|success|tree] [--base-path /gitlab]
 *     [--gitlab-version 19.2.0-ee] [--trace-byte-range] [--rate-limit N] [--log-requests]
 *
 * Prints one JSON line to stdout ({"url", "project", "projectId", "triggerToken", "apiToken",
 * "readApiToken"}) once it is listening, then serves until SIGINT or SIGTERM. --log-requests writes
 * one line per request to stderr.
 */
import { parseArgs } from 'node:util'
import process from 'node:process'
import { startSimulator } from './gitlab-simulator.js'
import { scenarioPlans, seedScenario } from './scenarios.js'

/** @typedef {import('./scenarios.js').ScenarioName} ScenarioName */

function usage() {
  return `usage: node test/simulator/serve.js [--port N] [--scenario ${Object.keys(scenarioPlans).join('|')}] [--base-path /gitlab] [--gitlab-version V] [--trace-byte-range] [--rate-limit N] [--log-requests]`
}

async function main() {
  const { values } = parseArgs({
    options: {
      port: { type: 'string', default: '0' },
      scenario: { type: 'string', default: 'demo' },
      'base-path': { type: 'string' },
      'gitlab-version': { type: 'string' },
      'trace-byte-range': { type: 'boolean', default: false },
      'rate-limit': { type: 'string' },
      'log-requests': { type: 'boolean', default: false }
    }
  })
  const port = Number(values.port)
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`bad --port '${values.port}'\n${usage()}`)
  }
  if (!Object.hasOwn(scenarioPlans, values.scenario)) {
    throw new Error(`unknown --scenario '${values.scenario}'\n${usage()}`)
  }

  const rateLimit = values['rate-limit'] === undefined ? undefined : Number(values['rate-limit'])
  if (rateLimit !== undefined && (!Number.isInteger(rateLimit) || rateLimit < 1)) {
    throw new Error(`bad --rate-limit '${values['rate-limit']}' (requests per minute)\n${usage()}`)
  }

  const simulator = await startSimulator({
    port,
    basePath: values['base-path'],
    gitlabVersion: values['gitlab-version'],
    traceByteRange: values['trace-byte-range'],
    rateLimit: rateLimit === undefined ? undefined : { limit: rateLimit },
    onRequest: values['log-requests']
      ? request =>
          process.stderr.write(
            `${request.method} ${request.path} -> ${request.status ?? 'no response'}\n`
          )
      : undefined
  })
  const seeded = seedScenario(simulator, /** @type {ScenarioName} */ (values.scenario))
  process.stdout.write(`${JSON.stringify(seeded)}\n`)

  /** @param {NodeJS.Signals} signal */
  const stop = signal => {
    process.stderr.write(`gitlab-simulator: ${signal}, closing\n`)
    simulator.close().then(() => process.exit(0))
  }
  process.once('SIGINT', stop)
  process.once('SIGTERM', stop)
}

/** @param {unknown} error */
function explain(error) {
  const code = /** @type {{ code?: string, port?: number }} */ (error).code
  if (code === 'EADDRINUSE') {
    const { port } = /** @type {{ port?: number }} */ (error)
    return `port ${port} is busy: another server listens on it. Pass another port with --port N, e.g. npm run simulator -- --port 9090 (--port 0 picks a free one)`
  }
  return error instanceof Error ? error.message : String(error)
}

main().catch(error => {
  process.stderr.write(`gitlab-simulator: ${explain(error)}\n`)
  process.exit(2)
})
