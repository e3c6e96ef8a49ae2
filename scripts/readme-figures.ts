// The README's figures that can be measured without a clock, written by a script rather than by
// hand: the size of each file the build ships in dist/, how much of it the action and the CLI
// have loaded when they send the trigger request, and the size of the npm package.
//
//   npm run readme:figures            rewrites the README between the readme-figures markers
//   npm run readme:figures -- --check exits 1 when the README's figures differ (what the test
//                                     __tests__/repo/readme-figures.test.ts asks too)
//
// Run it after `npm run build` whenever dist/ changed. Timings are not measured here: they come
// from `npm run bench` and are labelled in the README with the date and the machine.
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative, resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { runCli, runStep } from '../test/harness/run-step.js'
import { startSimulator } from '../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../test/simulator/scenarios.js'

const ROOT = resolve(import.meta.dirname, '..')
export const BEGIN = '<!-- readme-figures:bundles: written by npm run readme:figures -->'
export const END = '<!-- /readme-figures:bundles -->'

export interface Figures {
  /** Bytes of each .js file under dist/, by path relative to the repository. */
  files: Record<string, number>
  /** The dist/ files each front end has loaded when it sends the trigger request. */
  loadedBeforeTrigger: { action: string[]; cli: string[] }
  /** Bytes of the files package.json `files` publishes (npm adds package.json, README, LICENSE). */
  packageBytes: number
  packageFiles: number
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap(name => {
    const path = join(dir, name)
    return statSync(path).isDirectory() ? filesUnder(path) : [path]
  })
}

/** A preloaded script that writes down the files loaded by the time of the first request. */
function probe(dir: string): { env: Record<string, string>; loaded: () => string[] } {
  const script = join(dir, 'probe.cjs')
  const out = join(dir, 'loaded.json')
  writeFileSync(
    script,
    `const http = require('node:http')
const request = http.request
http.request = function (...args) {
  if (!global.__probed) {
    global.__probed = true
    require('node:fs').writeFileSync(${JSON.stringify(out)}, JSON.stringify(Object.keys(require.cache)))
  }
  return request.apply(this, args)
}
`
  )
  const loaded = () => {
    const files = JSON.parse(readFileSync(out, 'utf8')) as string[]
    rmSync(out)
    return files
      .filter(file => file.startsWith(join(ROOT, 'dist')))
      .map(file => relative(ROOT, file))
      .sort()
  }
  return { env: { NODE_OPTIONS: `--require ${script}` }, loaded }
}

async function loadedBeforeTrigger(): Promise<Figures['loadedBeforeTrigger']> {
  const dir = mkdtempSync(join(tmpdir(), 'readme-figures-'))
  const sim = await startSimulator()
  try {
    const gitlab = seedScenario(sim, 'success')
    const { env, loaded } = probe(dir)
    const inputs = { project: gitlab.project, ref: 'main', 'trigger-token': gitlab.triggerToken }
    const step = await runStep({ 'gitlab-url': gitlab.url, ...inputs }, { env })
    if (step.exitCode !== 0) throw new Error(`the action failed: ${step.stdout}${step.stderr}`)
    const action = loaded()
    const cli = await runCli(['--project', gitlab.project, '--ref', 'main'], {
      env: { ...env, GITLAB_URL: gitlab.url, GITLAB_TRIGGER_TOKEN: gitlab.triggerToken }
    })
    if (cli.exitCode !== 0) throw new Error(`the CLI failed: ${cli.stderr}`)
    return { action, cli: loaded() }
  } finally {
    await sim.close()
    rmSync(dir, { recursive: true, force: true })
  }
}

export async function measureFigures(): Promise<Figures> {
  const size = (path: string) => statSync(join(ROOT, path)).size
  const files = Object.fromEntries(
    filesUnder(join(ROOT, 'dist'))
      .map(file => relative(ROOT, file))
      .filter(file => file.endsWith('.js'))
      .sort()
      .map(file => [file, size(file)])
  )
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { files: string[] }
  const published = pkg.files.flatMap(entry =>
    statSync(join(ROOT, entry)).isDirectory()
      ? filesUnder(join(ROOT, entry)).map(file => relative(ROOT, file))
      : [entry]
  )
  return {
    files,
    loadedBeforeTrigger: await loadedBeforeTrigger(),
    packageBytes: published.reduce((sum, file) => sum + size(file), 0),
    packageFiles: published.length
  }
}

const kb = (bytes: number) => `${Math.round(bytes / 1000).toLocaleString('en')} KB`

/** The Markdown between the markers. */
export function renderFigures(figures: Figures): string {
  const { files } = figures
  const sum = (list: string[]) => list.reduce((total, file) => total + (files[file] ?? 0), 0)
  const chunks = (dir: string) =>
    Object.keys(files).filter(file => new RegExp(`^${dir}/\\d+\\.index\\.js$`).test(file))
  const row = (what: string, list: string[]) =>
    `| ${what} | ${kb(sum(list))} | ${list.map(file => `\`${file}\``).join(', ')} |`
  const { action, cli } = figures.loadedBeforeTrigger
  return [
    '| what the build ships (1 KB = 1000 bytes) | size | files |',
    '| --- | --- | --- |',
    row('the action: entry', ['dist/index.js']),
    row('the action: chunks, each loaded when first needed', chunks('dist')),
    row('the action: loaded before the trigger request', action),
    row('the CLI: entry', ['dist/cli/index.js']),
    row('the CLI: chunks, each loaded when first needed', chunks('dist/cli')),
    row('the CLI: loaded before the trigger request', cli),
    `| the npm package's code (package.json \`files\`) | ${kb(figures.packageBytes)} | ${figures.packageFiles} files |`
  ].join('\n')
}

/** The README with `body` between the markers; throws when the markers are missing. */
export function withFigures(readme: string, body: string): string {
  const begin = readme.indexOf(BEGIN)
  const end = readme.indexOf(END)
  if (begin < 0 || end < begin) throw new Error(`README.md lacks the markers ${BEGIN} … ${END}`)
  return `${readme.slice(0, begin + BEGIN.length)}\n${body}\n${readme.slice(end)}`
}

async function main(): Promise<void> {
  const path = join(ROOT, 'README.md')
  const readme = readFileSync(path, 'utf8')
  const updated = withFigures(readme, renderFigures(await measureFigures()))
  if (process.argv.includes('--check')) {
    if (updated !== readme) {
      console.error('README.md: the figures differ from dist/; run npm run readme:figures')
      process.exit(1)
    }
    console.log('README.md: the figures match dist/')
  } else {
    writeFileSync(path, updated)
    console.log(updated === readme ? 'README.md: figures unchanged' : 'README.md: figures updated')
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main()
