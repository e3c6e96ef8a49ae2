/**
 * Every input, output, CLI flag, environment variable and `--json` field that the README names
 * exists in the code, and every one the code has is in the README. The code's side is read from
 * what it exposes, not from how it is built: action.yml for inputs and outputs, the built CLI's
 * `--help` for flags, src/ for the environment variables it reads, and a real `--json` run
 * against the simulator for the JSON fields.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { runCli } from '../../test/harness/run-step.js'
import { startSimulator, type Simulator } from '../../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../../test/simulator/scenarios.js'
import { ROOT, firstColumn, read, section } from './doc-text.js'
import { INPUT_NAMES, inputSpec } from '../../src/settings/inputs-table.js'

const readme = read('README.md')
const action = parse(read('action.yml')) as {
  inputs: Record<string, unknown>
  outputs: Record<string, unknown>
}
const sorted = (names: Iterable<string>) => [...new Set(names)].sort()

describe('README: inputs and outputs', () => {
  it('the Inputs table lists exactly the inputs of action.yml', () => {
    expect(sorted(firstColumn(section(readme, 'Inputs')))).toEqual(
      sorted(Object.keys(action.inputs))
    )
  })

  it('the Outputs table lists exactly the outputs of action.yml, besides the outputs-from keys', () => {
    const documented = firstColumn(section(readme, 'Outputs')).filter(name => name !== '*each key*')
    expect(sorted(documented)).toEqual(sorted(Object.keys(action.outputs)))
  })
})

/** `--flag` and `-x` names in a text. */
const flagsIn = (text: string) =>
  [...text.matchAll(/(?<![\w-])(--[a-z][a-z-]*|-[a-zA-Z])\b/g)].map(([flag]) => flag)

describe('README: the command line', () => {
  const cliSection = section(readme, 'Command line: Jenkins, CircleCI, any shell')
  let helpFlags: string[] = []

  beforeAll(async () => {
    const help = await runCli(['--help'])
    const tokensHelp = await runCli(['tokens', '--help'])
    expect([help.exitCode, tokensHelp.exitCode]).toEqual([0, 0])
    helpFlags = sorted([...flagsIn(help.stdout), ...flagsIn(tokensHelp.stdout)])
  })

  it('names only flags that the CLI has (--help, tokens --help)', () => {
    // Not the CLI's: npx's `--yes`/`--no`, jq's `-r`, the misspelt `--rfe` of an error message.
    const others = /npx (--yes|--no)|jq -r|unknown option --rfe/g
    const named = flagsIn(cliSection.replace(others, ''))
    expect(helpFlags.length).toBeGreaterThan(25)
    expect(sorted(named).filter(flag => !helpFlags.includes(flag))).toEqual([])
  })

  it('names every flag of the CLI', () => {
    const named = new Set(flagsIn(cliSection))
    expect(helpFlags.filter(flag => !named.has(flag))).toEqual([])
  })
})

/** Environment variables that src/ reads: `env.NAME`, `env['NAME']`, `env[CONSTANT]`, `*_ENV` lists. */
function environmentReadBySource(): string[] {
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap(name => {
      const path = join(dir, name)
      return statSync(path).isDirectory() ? files(path) : path.endsWith('.ts') ? [path] : []
    })
  const source = files(join(ROOT, 'src'))
    .map(file => readFileSync(file, 'utf8'))
    .join('\n')
  const constants = new Map(
    [...source.matchAll(/\b([A-Z][A-Z0-9_]*)\s*=\s*'([A-Z][A-Z0-9_]*)'/g)].map(
      ([, name, value]) => [name, value]
    )
  )
  const names = [
    ...[...source.matchAll(/\benv\??\.([A-Z][A-Z0-9_]+)\b/g)].map(([, name]) => name),
    ...[...source.matchAll(/\benv\[\s*'([A-Z][A-Z0-9_]+)'\s*\]/g)].map(([, name]) => name),
    ...[...source.matchAll(/\benv\[\s*([A-Z][A-Z0-9_]*)\s*\]/g)].flatMap(([, constant]) =>
      constants.has(constant) ? [constants.get(constant)!] : []
    ),
    // The variables inputs are read from at a terminal (src/settings/inputs-table.ts).
    ...INPUT_NAMES.flatMap(name => inputSpec(name).env ?? []),
    // Lists of names read in a loop, e.g. TOKEN_ENV = ['GITLAB_TRIGGER_TOKEN', 'GITLAB_API_TOKEN'].
    ...[...source.matchAll(/\b[A-Z][A-Z0-9_]*_ENV\s*=\s*\[([^\]]*)\]/g)].flatMap(([, list]) =>
      [...list.matchAll(/'([A-Z][A-Z0-9_]+)'/g)].map(([, name]) => name)
    )
  ]
  // The runner's own variables (GITHUB_*, RUNNER_TEMP) are not for users to set, and
  // GITLAB_PIPELINE_TRIGGER_POST_STEP is how dist/post.js tells the bundle it is the post step.
  return sorted(
    names.filter(
      name => !/^GITHUB_|^RUNNER_TEMP$/.test(name) && name !== 'GITLAB_PIPELINE_TRIGGER_POST_STEP'
    )
  )
}

describe('README: environment variables', () => {
  const read = environmentReadBySource()

  it('finds what src/ reads', () => {
    expect(read).toEqual(expect.arrayContaining(['GITLAB_API_TOKEN', 'GITLAB_URL', 'NO_COLOR']))
  })

  it('names every environment variable that src/ reads', () => {
    expect(read.filter(name => !new RegExp(`\\b${name}\\b`).test(readme))).toEqual([])
  })

  it('names only GITLAB_* variables that the code reads or sets', () => {
    const source = readdirSync(join(ROOT, 'src'), { recursive: true, withFileTypes: true })
      .filter(entry => entry.isFile() && entry.name.endsWith('.ts'))
      .map(entry => readFileSync(join(entry.parentPath, entry.name), 'utf8'))
      .join('\n')
    const named = sorted([...readme.matchAll(/\bGITLAB_[A-Z0-9_]+\b/g)].map(([name]) => name))
    expect(named.filter(name => !read.includes(name) && !source.includes(`'${name}'`))).toEqual([])
  })
})

describe('README: the --json fields', () => {
  let sim: Simulator
  let keys: string[] = []
  const work = mkdtempSync(join(tmpdir(), 'readme-json-'))

  beforeAll(async () => {
    sim = await startSimulator()
    const gitlab = seedScenario(sim, 'success')
    // Everything --json can print: a wait, outputs-from and artifacts.
    const run = await runCli(
      [
        '--gitlab-url',
        gitlab.url,
        '--project',
        gitlab.project,
        '--ref',
        'main',
        '--wait',
        '--poll-interval',
        '1s',
        '--job-logs',
        'none',
        '--outputs-from',
        'deploy-review:deploy.env',
        '--artifacts',
        'deploy-review',
        '--json'
      ],
      {
        cwd: work,
        env: { GITLAB_TRIGGER_TOKEN: gitlab.triggerToken, GITLAB_API_TOKEN: gitlab.apiToken }
      }
    )
    expect(run.exitCode).toBe(0)
    keys = Object.keys(JSON.parse(run.stdout) as object)
  }, 60_000)
  afterAll(async () => {
    await sim?.close()
    rmSync(work, { recursive: true, force: true })
  })

  it('lists exactly the fields of a real --json run with --wait, --outputs-from and --artifacts', () => {
    const bullet = section(readme, 'Command line: Jenkins, CircleCI, any shell')
      .split(/\n(?=- )/)
      .find(item => item.startsWith('- `--json` prints'))
    const named = [...(bullet ?? '').matchAll(/`([a-z]+(?:_[a-z]+)*)`/g)].map(([, name]) => name)
    expect(keys).toContain('job_outputs')
    expect(sorted(named)).toEqual(sorted(keys))
  })
})
