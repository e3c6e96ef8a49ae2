/**
 * What the built action and CLI load before the trigger request, and what the post step loads
 * when there is nothing to cancel: the start-up design (README, "Start-up time") as facts that
 * can be checked without a clock. The figures themselves come from `npm run bench`.
 *
 * A preloaded probe (NODE_OPTIONS=--require) wraps http.request and, at the first request,
 * writes down the Node built-ins and the files loaded so far.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { NODE, POST_ENTRY, runStep } from '../../test/harness/run-step.js'
import { TRIGGER_TOKEN, gitlabWith, triggerInputs, triggerRequests } from '../support/fixtures.js'

const ROOT = resolve(import.meta.dirname, '..', '..')
const work = mkdtempSync(join(tmpdir(), 'startup-test-'))
const PROBE = join(work, 'probe.cjs')
const LOADED = join(work, 'loaded.json')
writeFileSync(
  PROBE,
  `const http = require('node:http')
const { writeFileSync } = require('node:fs')
const request = http.request
http.request = function (...args) {
  if (!global.__probed) {
    global.__probed = true
    writeFileSync(${JSON.stringify(LOADED)}, JSON.stringify({
      builtins: process.moduleLoadList.filter(m => m.startsWith('NativeModule ')).map(m => m.slice(13)),
      files: Object.keys(require.cache)
    }))
  }
  return request.apply(this, args)
}
process.on('exit', () => {
  if (!global.__probed) writeFileSync(${JSON.stringify(LOADED)}, JSON.stringify({ files: Object.keys(require.cache) }))
})
`
)
const probeEnv = { NODE_OPTIONS: `--require ${PROBE}` }

interface Loaded {
  builtins?: string[]
  files: string[]
}
const loaded = (): Loaded => JSON.parse(readFileSync(LOADED, 'utf8')) as Loaded
const distFiles = (files: string[]) =>
  files.filter(file => file.startsWith(join(ROOT, 'dist'))).map(file => file.slice(ROOT.length + 1))

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
  rmSync(LOADED, { force: true })
})
afterAll(() => rmSync(work, { recursive: true, force: true }))

/** Built-ins that cost start-up time and are not needed for an http trigger request. */
const HEAVY_BUILTINS = ['crypto', 'https', 'tls', 'undici', 'internal/deps/undici/undici']

describe('before the trigger request', () => {
  it('the action has loaded CommonJS chunks only, without node:crypto, TLS, undici or @actions/core', async () => {
    sim = await gitlabWith()
    const step = await runStep(triggerInputs(sim), { env: probeEnv })
    expect(step.exitCode).toBe(0)
    expect(triggerRequests(sim)).toHaveLength(1)

    const { builtins = [], files } = loaded()
    for (const name of HEAVY_BUILTINS) expect(builtins).not.toContain(name)
    // Loaded through require: CommonJS, the faster loader.
    expect(distFiles(files)).toContain('dist/index.js')
    // @actions/core (and the undici it brings) come after the request, to write the outputs.
    expect(distFiles(files)).not.toContain(chunkWith('node_modules/@actions/core/lib/core.js'))
    // ...and were written by then all the same.
    expect(step.outputs['pipeline-id']).toBe(String(sim.pipelines[0].id))
  })

  it('the CLI has loaded neither node:crypto, TLS nor undici', async () => {
    sim = await gitlabWith()
    const cli = await promisify(execFile)(
      NODE,
      [join(ROOT, 'dist', 'cli.js'), '--gitlab-url', sim.url, '--project', '42', '--ref', 'main'],
      {
        env: {
          PATH: process.env.PATH,
          HOME: work,
          GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
          ...probeEnv
        }
      }
    )
    expect(cli.stdout).toContain(sim.pipelines[0].webUrl)
    const { builtins = [], files } = loaded()
    for (const name of HEAVY_BUILTINS) expect(builtins).not.toContain(name)
    expect(distFiles(files)).toContain('dist/cli/index.js')
  })
})

describe('the post step with nothing to cancel', () => {
  it.each([
    ['no pipeline was saved', {}],
    ['the main step finished', { 'pipeline-id': '1000', finished: 'true' }]
  ])('loads nothing but dist/post.js when %s', async (_name, state) => {
    sim = await gitlabWith()
    const post = await runStep(triggerInputs(sim), { post: true, state, env: probeEnv })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toBe('')
    expect(sim.requests).toHaveLength(0)
    expect(distFiles(loaded().files)).toEqual([POST_ENTRY.slice(ROOT.length + 1)])
  })
})

describe('the bundles (scripts/build.mjs)', () => {
  const bundleFiles = ['dist', 'dist/cli'].flatMap(folder =>
    readdirSync(join(ROOT, folder))
      .filter(name => /^(\d+\.)?index\.js$/.test(name))
      .map(name => join(folder, name))
  )

  it.each(bundleFiles)('%s carries no code webpack marked unused', file => {
    const code = readFileSync(join(ROOT, file), 'utf8')
    expect(code).not.toContain('unused pure expression or super')
    // e.g. zod's JWT string format, which no schema here uses.
    expect(code).not.toMatch(/const ZodMiniJWT\b/)
  })

  it.each(bundleFiles)('%s keeps each module function in parentheses (compiled at once)', file => {
    const code = readFileSync(join(ROOT, file), 'utf8')
    // Each module: `/***/ 123:` then `/***/ (` + the function: `((a, b) =>`, `(module =>`, `(function`.
    const starts = [...code.matchAll(/^\s*\/\*\*\*\/ \d+: *\n\s*\/\*\*\*\/ (.*)$/gm)]
    expect(starts.length).toBeGreaterThan(0)
    for (const [, start] of starts) expect(start).toMatch(/^\((\(|function\b|\w+ =>)/)
  })
})

/** The chunk ncc wrote for a package, found by the module path it names in its comments. */
function chunkWith(modulePath: string): string {
  const chunks = readdirSync(join(ROOT, 'dist')).filter(name => /^\d+\.index\.js$/.test(name))
  const chunk = chunks.find(name =>
    readFileSync(join(ROOT, 'dist', name), 'utf8').includes(modulePath)
  )
  if (!chunk) throw new Error(`no chunk in dist/ contains ${modulePath}`)
  return `dist/${chunk}`
}
