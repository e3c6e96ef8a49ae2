/**
 * What the built action and CLI load before the trigger request, and what the post step loads
 * when there is nothing to cancel: the start-up design (README, "Start-up time") as facts that
 * do not depend on the machine. The times themselves come from `npm run bench`.
 *
 * A preloaded probe (test/harness/startup-probe.js) writes down, at the trigger POST, the Node
 * built-ins loaded and the JavaScript files read so far.
 */
import { execFile } from 'node:child_process'
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { NODE, POST_ENTRY, ROOT, runStep } from '../../test/harness/run-step.js'
import {
  HEAVY_BEFORE_TRIGGER,
  MAX_BYTES_BEFORE_TRIGGER,
  startupProbe,
  type Loaded
} from '../../test/harness/startup-probe.js'
import { TRIGGER_TOKEN, gitlabWith, triggerInputs, triggerRequests } from '../support/fixtures.js'

const home = mkdtempSync(join(tmpdir(), 'startup-test-'))
const probe = startupProbe(ROOT)

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})
afterAll(() => {
  probe.dispose()
  rmSync(home, { recursive: true, force: true })
})

/** Built-ins the http trigger request does not need either: TLS, node:crypto, undici. */
const NOT_FOR_HTTP = ['crypto', 'https', 'tls', 'undici', 'internal/deps/undici/undici']

/** Loaded when the trigger was sent: none of the heavy built-ins, and not zod (it reads answers). */
function expectOnlyWhatTriggeringNeeds(loaded: Loaded, folder: string) {
  expect(loaded.request).toBe('trigger')
  for (const name of [...HEAVY_BEFORE_TRIGGER, ...NOT_FOR_HTTP])
    expect(loaded.builtins).not.toContain(name)
  const files = loaded.files.map(({ file }) => file)
  expect(files).not.toContain(chunkWith(folder, 'node_modules/zod/v4/core/'))
  return files
}

/** The chunk ncc wrote for a package, found by the module path it names in its comments. */
function chunkWith(folder: string, modulePath: string): string {
  const chunks = readdirSync(join(ROOT, folder)).filter(name => /^\d+\.index\.js$/.test(name))
  const chunk = chunks.find(name =>
    readFileSync(join(ROOT, folder, name), 'utf8').includes(modulePath)
  )
  if (!chunk) throw new Error(`no chunk in ${folder}/ contains ${modulePath}`)
  return `${folder}/${chunk}`
}

describe('before the trigger request', () => {
  it('the action has read at most 120 KB of JavaScript, without zlib, v8, vm, TLS, crypto, zod or @actions/core', async () => {
    sim = await gitlabWith()
    const step = await runStep(triggerInputs(sim), { env: probe.env })
    expect(step.exitCode).toBe(0)
    expect(triggerRequests(sim)).toHaveLength(1)

    const loaded = probe.read()
    const files = expectOnlyWhatTriggeringNeeds(loaded, 'dist')
    expect(files).toContain('dist/index.js')
    expect(loaded.bytes).toBeLessThanOrEqual(MAX_BYTES_BEFORE_TRIGGER)
    // The outputs and the runner's files (through @actions/core) come after the request...
    expect(files).not.toContain(chunkWith('dist', 'node_modules/@actions/core/lib/core.js'))
    // ...and the outputs were written all the same.
    expect(step.outputs['pipeline-id']).toBe(String(sim.pipelines[0].id))
  })

  it('the CLI has loaded neither zlib, v8, vm, TLS, crypto nor zod', async () => {
    sim = await gitlabWith()
    const cli = await promisify(execFile)(
      NODE,
      [join(ROOT, 'dist', 'cli.js'), '--gitlab-url', sim.url, '--project', '42', '--ref', 'main'],
      {
        env: {
          PATH: process.env.PATH,
          HOME: home,
          GITLAB_TRIGGER_TOKEN: TRIGGER_TOKEN,
          ...probe.env
        }
      }
    )
    expect(cli.stdout).toContain(sim.pipelines[0].webUrl)
    const files = expectOnlyWhatTriggeringNeeds(probe.read(), 'dist/cli')
    expect(files).toContain('dist/cli/index.js')
  })
})

describe('the post step with nothing to cancel', () => {
  it.each([
    ['no pipeline was saved', {}],
    ['the main step finished', { 'pipeline-id': '1000', finished: 'true' }]
  ])('loads nothing but dist/post.js when %s', async (_name, state) => {
    sim = await gitlabWith()
    const post = await runStep(triggerInputs(sim), { post: true, state, env: probe.env })
    expect(post.exitCode).toBe(0)
    expect(post.stdout).toBe('')
    expect(sim.requests).toHaveLength(0)
    const loaded = probe.read()
    expect(loaded.request).toBeNull()
    expect(loaded.files.map(({ file }) => file)).toEqual([POST_ENTRY.slice(ROOT.length + 1)])
  })
})

describe('the build (scripts/build.mjs)', () => {
  const packageJson = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    devDependencies: Record<string, string>
  }

  it('is ncc with its own options: the script loads nothing else that could rewrite the bundles', () => {
    const script = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8')
    // What the script itself loads (its static imports, dynamic imports and createRequire calls),
    // not the require calls in the text it writes into dist/post.js and dist/cli.js.
    const loads = [
      ...script.matchAll(/^import\s[^;]*?\sfrom\s+'([^']+)'/gm),
      ...script.matchAll(/\bawait\s+import\s*\(\s*'([^']+)'\s*\)/g),
      ...script.matchAll(/createRequire\([^)]*\)\(\s*'([^']+)'\s*\)/g)
    ].map(([, name]) => name)
    expect(loads).toContain('@vercel/ncc')
    expect(loads.filter(name => name !== '@vercel/ncc' && !name.startsWith('node:'))).toEqual([])
  })

  it('needs no minifier among the development dependencies', () => {
    for (const name of ['terser', 'uglify-js', 'esbuild', '@swc/core'])
      expect(packageJson.devDependencies).not.toHaveProperty(name)
  })
})
