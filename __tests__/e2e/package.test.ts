/**
 * The npm package as a user gets it: `npm pack` of this repository, installed from the tarball
 * into an empty folder and run through `npx`, far from the repository's node_modules.
 *
 * The install runs with --offline: dist/cli/ is a self-contained ncc bundle and the package
 * declares no runtime dependencies, so installing it must not need the registry. A dependency
 * added to `dependencies` by mistake makes this fail (it would be downloaded by every user for
 * nothing). It tests the committed dist/, like the other end-to-end tests.
 */
import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { promisify } from 'node:util'
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { startSimulator } from '../../test/simulator/gitlab-simulator.js'
import { seedScenario } from '../../test/simulator/scenarios.js'

const ROOT = resolve(import.meta.dirname, '..', '..')
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  name: string
  version: string
  bin: Record<string, string>
  dependencies?: Record<string, string>
}

interface PackResult {
  filename: string
  files: Array<{ path: string }>
}

interface Run {
  code: number
  stdout: string
  stderr: string
}

/**
 * Child npm processes get a clean environment: under `npm test` the npm_* variables (among them
 * npm_config_local_prefix, this repository) and NODE_OPTIONS (--experimental-vm-modules) would
 * leak into them. npm still reads its own config files.
 */
function cleanEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {}
  for (const [key, value] of Object.entries(process.env)) {
    if (!/^npm_/i.test(key) && key !== 'NODE_OPTIONS') env[key] = value
  }
  return { ...env, NO_UPDATE_NOTIFIER: '1', ...extra }
}

// Asynchronous, so the simulator in this process keeps answering while a child runs.
async function run(
  command: string,
  args: string[],
  cwd: string,
  env: Record<string, string> = {}
): Promise<Run> {
  try {
    const { stdout, stderr } = await promisify(execFile)(command, args, {
      cwd,
      env: cleanEnv(env),
      maxBuffer: 16 * 1024 * 1024
    })
    return { code: 0, stdout, stderr }
  } catch (error) {
    const failed = error as { code?: number; stdout?: string; stderr?: string }
    return {
      code: typeof failed.code === 'number' ? failed.code : -1,
      stdout: failed.stdout ?? '',
      stderr: failed.stderr ?? String(error)
    }
  }
}

/** Every file under dist/cli/, as package paths. */
function cliBundleFiles(): string[] {
  return readdirSync(join(ROOT, 'dist', 'cli'), { recursive: true, withFileTypes: true })
    .filter(entry => entry.isFile())
    .map(entry =>
      join(entry.parentPath, entry.name)
        .slice(ROOT.length + 1)
        .replace(/\\/g, '/')
    )
}

describe('the npm package', () => {
  let work: string
  let packed: PackResult
  let installDir: string
  let installRun: Run

  beforeAll(async () => {
    work = mkdtempSync(join(tmpdir(), 'package-test-'))
    // --ignore-scripts: test what is committed, without a prepack/prepare build.
    const pack = await run(
      'npm',
      ['pack', '--json', '--ignore-scripts', '--pack-destination', work],
      ROOT
    )
    if (pack.code !== 0) throw new Error(`npm pack failed:\n${pack.stderr}`)
    ;[packed] = JSON.parse(pack.stdout) as PackResult[]

    installDir = join(work, 'user')
    mkdirSync(installDir)
    writeFileSync(
      join(installDir, 'package.json'),
      JSON.stringify({ name: 'package-test-user', private: true })
    )
    installRun = await run(
      'npm',
      [
        'install',
        '--offline',
        '--no-audit',
        '--no-fund',
        '--no-package-lock',
        join(work, packed.filename)
      ],
      installDir
    )
  }, 120_000)

  afterAll(() => {
    if (work) rmSync(work, { recursive: true, force: true })
  })

  it('ships only the command line: dist/cli.js, dist/cli/, package.json, README and LICENSE', () => {
    const paths = packed.files.map(file => file.path).sort()
    for (const path of paths) {
      expect(path).toMatch(
        /^(package\.json|README\.md|LICENSE|dist\/cli\.js|dist\/package\.json|dist\/cli\/.+)$/
      )
      expect(path).not.toMatch(/^(src|__tests__|test|scripts|\.github|node_modules)\//)
    }
    expect(paths).toEqual(expect.arrayContaining(['package.json', 'LICENSE', 'dist/cli.js']))
    // Every chunk ncc wrote beside the CLI bundle, or a lazily loaded one would be missing.
    expect(paths).toEqual(expect.arrayContaining(cliBundleFiles()))
  })

  it('declares no runtime dependencies: the CLI bundle is self-contained', () => {
    expect(pkg.dependencies ?? {}).toEqual({})
    expect(pkg.bin).toEqual({ [pkg.name]: 'dist/cli.js' })
  })

  it('installs from the tarball without the registry, and nothing beside it', () => {
    expect(installRun.stderr).not.toMatch(/ERR!/)
    expect(installRun.code).toBe(0)
    const installed = readdirSync(join(installDir, 'node_modules')).filter(
      name => !name.startsWith('.')
    )
    expect(installed).toEqual([pkg.name])
  })

  it('runs `npx gitlab-trigger-and-wait --help` from the install', async () => {
    // --no: never fetch from the registry, use the installed bin or fail; -- ends npx's options.
    const help = await run('npx', ['--no', '--', pkg.name, '--help'], installDir)
    expect(help.code).toBe(0)
    expect(help.stdout).toContain(`Usage: ${pkg.name} --project PROJECT --ref REF [options]`)
    expect(help.stdout).toContain('GITLAB_TRIGGER_TOKEN')
  })

  it('prints the package version with --version', async () => {
    const version = await run('npx', ['--no', '--', pkg.name, '--version'], installDir)
    expect(version.code).toBe(0)
    expect(version.stdout.trim()).toBe(pkg.version)
  })

  it('triggers a pipeline from the installed package, outside the repository', async () => {
    const sim = await startSimulator()
    try {
      const gitlab = seedScenario(sim, 'success')
      const trigger = await run(
        'npx',
        [
          '--no',
          '--',
          pkg.name,
          '--gitlab-url',
          gitlab.url,
          '--project',
          gitlab.project,
          '--ref',
          'main',
          '--json'
        ],
        installDir,
        { GITLAB_TRIGGER_TOKEN: gitlab.triggerToken }
      )
      expect(trigger.code).toBe(0)
      const outputs = JSON.parse(trigger.stdout) as Record<string, unknown>
      expect(outputs).toMatchObject({ project_id: gitlab.projectId, ref: 'main' })
      expect(outputs.pipeline_id).toEqual(expect.any(Number))
      expect(sim.triggerCount()).toBe(1)
    } finally {
      await sim.close()
    }
  })
})
