import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { GitLabClient } from '../../../src/gitlab/client.js'
import {
  ArtifactsError,
  directoryKey,
  downloadArtifacts,
  jobDirectoryName,
  MAX_DIRECTORY_NAME_BYTES,
  type ArtifactsProgress
} from '../../../src/run/results/artifacts.js'
import { startArtifactServer, type ArtifactServer } from '../../support/artifact-server.js'
import { buildZip } from '../../support/zip-writer.js'

describe('jobDirectoryName', () => {
  it.each([
    ['build', 'build'],
    ['build:linux', 'build_linux'],
    ['deploy/prod', 'deploy_prod'],
    ['..', '__'],
    ['.', '_'],
    ['', '_'],
    ['a\\b', 'a_b'],
    ['name.', 'name_'],
    ['name. .', 'name___'],
    ['test 1/2', 'test 1_2'],
    ['a<b>c|d?e*f"g', 'a_b_c_d_e_f_g'],
    ['tab\there\u007f', 'tab_here_'],
    ['half \ud800 pair', 'half _ pair'],
    ['😀 whole pair', '😀 whole pair']
  ])('keeps %j in one path segment: %j', (job, name) => {
    expect(jobDirectoryName(job)).toBe(name)
  })

  it.each([
    ['CON', 'CON_'],
    ['con', 'con_'],
    ['PRN', 'PRN_'],
    ['aux', 'aux_'],
    ['NUL', 'NUL_'],
    ['nul.txt', 'nul_.txt'],
    ['COM1', 'COM1_'],
    ['com9.tar.gz', 'com9_.tar.gz'],
    ['LPT1 .log', 'LPT1_ .log'],
    ['COM¹', 'COM¹_'],
    ['CONOUT$', 'CONOUT$_'],
    ['CON ', 'CON_'],
    ['CON.', 'CON_']
  ])('moves the Windows device name %j off the device: %j', (job, name) => {
    expect(jobDirectoryName(job)).toBe(name)
  })

  it.each(['CONSOLE', 'COM10', 'LPT', 'nully', 'my-con', 'AUXILIARY.txt'])(
    'leaves %j, which only looks like a device name, alone',
    job => {
      expect(jobDirectoryName(job)).toBe(job)
    }
  )

  const bytes = (name: string) => Buffer.byteLength(name)
  const HASHED = /-[0-9a-f]{8}$/

  it('keeps a name of exactly MAX_DIRECTORY_NAME_BYTES whole and shortens one byte more', () => {
    const fits = 'a'.repeat(MAX_DIRECTORY_NAME_BYTES)
    expect(jobDirectoryName(fits)).toBe(fits)
    const over = jobDirectoryName(`${fits}b`)
    expect(over).toMatch(HASHED)
    expect(bytes(over)).toBeLessThanOrEqual(MAX_DIRECTORY_NAME_BYTES)
  })

  it('shortens a 250-character matrix name recognisably, within the limit with the staging affix', () => {
    const job = `test: [${'linux-x64, node-24, postgres-17, '.repeat(8)}redis-8]`.slice(0, 250)
    expect(job).toHaveLength(250)
    const name = jobDirectoryName(job)
    expect(name).toBe(
      `${job.replace(':', '_').slice(0, MAX_DIRECTORY_NAME_BYTES - 9)}-${name.slice(-8)}`
    )
    expect(name).toMatch(HASHED)
    expect(bytes(name)).toBe(MAX_DIRECTORY_NAME_BYTES)
    // The staging directory made beside it while extracting: `.NAME.partial-XXXXXX`.
    expect(bytes(`.${name}.partial-XXXXXX`)).toBeLessThanOrEqual(143)
    expect(jobDirectoryName(job)).toBe(name) // stable: the same job, the same directory
  })

  it.each([
    ['two-byte letters', 'ü'.repeat(200)],
    ['three-byte letters', '測試'.repeat(100)],
    ['four-byte emoji', '🚀'.repeat(120)],
    ['decomposed letters', 'e\u0301'.repeat(100)],
    ['a mix', `déploiement ${'🌍 région 東京 '.repeat(20)}`]
  ])('counts UTF-8 bytes, not characters, and never cuts one in two (%s)', (_, job) => {
    const name = jobDirectoryName(job)
    expect(name).toMatch(HASHED)
    expect(bytes(name)).toBeLessThanOrEqual(MAX_DIRECTORY_NAME_BYTES)
    expect(bytes(name)).toBeGreaterThan(MAX_DIRECTORY_NAME_BYTES - 9 - 4)
    expect(job.startsWith(name.slice(0, -9))).toBe(true)
    expect(name).not.toMatch(/\p{Cs}/u)
    expect(Buffer.from(name).toString()).toBe(name)
  })

  it('gives names equal up to the cut different directories', () => {
    const start = 'deploy-review-environment-'.repeat(6)
    const one = jobDirectoryName(`${start}eu-west-1`)
    const two = jobDirectoryName(`${start}us-east-2`)
    expect(one).not.toBe(two)
    expect(one.slice(0, -9)).toBe(two.slice(0, -9))
  })

  it('hashes the name GitLab gave, so replaced characters do not make two long names one', () => {
    const start = 'x'.repeat(200)
    expect(jobDirectoryName(`${start}:a`)).not.toBe(jobDirectoryName(`${start}/a`))
  })

  it('gives one key to names a case-insensitive or normalising file system takes as one', () => {
    expect(directoryKey('Build')).toBe(directoryKey('build'))
    expect(directoryKey('d\u00e9ploy')).toBe(directoryKey('de\u0301ploy'))
    expect(directoryKey('build-a')).not.toBe(directoryKey('build-b'))
  })
})

describe('downloadArtifacts against GitLab', () => {
  let server: ArtifactServer
  let client: GitLabClient
  let workspace: string
  let temp: string
  const archive = buildZip([
    { name: 'dist/' },
    { name: 'dist/app.js', data: 'app' },
    { name: 'dist/sub/lib.js', data: 'lib' },
    { name: 'reports/junit.xml', data: '<testsuite/>' }
  ])
  const hostile = buildZip([
    { name: 'ok.txt', data: 'ok' },
    { name: '../escape.txt', data: 'evil' }
  ])
  const bomb = buildZip([
    { name: 'bomb.bin', data: Buffer.alloc(2 * 1024 * 1024), declaredSize: 10 }
  ])

  beforeAll(async () => {
    server = await startArtifactServer(42, {
      7: { archive },
      8: { archive: hostile },
      9: { archive: bomb },
      10: {},
      11: { archive: Buffer.concat([archive, Buffer.alloc(1024 * 1024)]), stallAfter: 100 },
      12: { archive, cutOnceAfter: 50 },
      13: { archive, cutOnceAfter: 50 }
    })
    client = new GitLabClient({
      gitlabUrl: server.url,
      token: 'glpat-artifacts-test',
      requestTimeoutMs: 5000
    })
  })
  afterAll(() => server.close())
  beforeEach(async () => {
    workspace = await mkdtemp(path.join(os.tmpdir(), 'artifacts-ws-'))
    temp = await mkdtemp(path.join(os.tmpdir(), 'artifacts-tmp-'))
  })
  afterEach(async () => {
    await rm(workspace, { recursive: true, force: true })
    await rm(temp, { recursive: true, force: true })
  })

  const artifactsDir = () => path.join(workspace, 'gitlab-artifacts')

  it('downloads the archive and extracts it under artifacts-dir/JOB, leaving no temp file', async () => {
    const progress: ArtifactsProgress[] = []
    const result = await downloadArtifacts(
      client,
      '42',
      { id: 7, name: 'build:linux' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp,
        onProgress: p => progress.push(p)
      }
    )
    expect(result).toEqual({
      dir: path.join(artifactsDir(), 'build_linux'),
      files: ['dist/app.js', 'dist/sub/lib.js', 'reports/junit.xml'],
      bytes: 18
    })
    expect(await readFile(path.join(result.dir, 'dist/sub/lib.js'), 'utf8')).toBe('lib')
    expect(server.requests.at(-1)).toEqual({
      line: 'GET /api/v4/projects/42/jobs/7/artifacts',
      token: 'glpat-artifacts-test'
    })
    expect(await readdir(temp)).toEqual([])
    expect(await readdir(artifactsDir())).toEqual(['build_linux'])
    expect(progress).toEqual([
      { job: 'build:linux', phase: 'download', bytes: archive.length },
      { job: 'build:linux', phase: 'extract', bytes: 18, totalBytes: 18 }
    ])
  })

  it.each([
    ['ASCII', 'k'.repeat(255)],
    ['three-byte', '検'.repeat(255)]
  ])(
    'extracts the artifacts of a job with a 255-character %s name into its shortened directory',
    async (_, name) => {
      const result = await downloadArtifacts(
        client,
        '42',
        { id: 7, name },
        { artifactsDir: artifactsDir(), tempDir: temp }
      )
      expect(result.dir).toBe(path.join(artifactsDir(), jobDirectoryName(name)))
      expect(await readFile(path.join(result.dir, 'dist/app.js'), 'utf8')).toBe('app')
      expect(await readdir(artifactsDir())).toEqual([jobDirectoryName(name)])
    }
  )

  it('extracts only the files the glob selects', async () => {
    const result = await downloadArtifacts(
      client,
      '42',
      { id: 7, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp,
        glob: 'dist/**/*.js'
      }
    )
    expect(result.files).toEqual(['dist/app.js', 'dist/sub/lib.js'])
    expect(existsSync(path.join(result.dir, 'reports'))).toBe(false)
  })

  it('replaces what an earlier run left in the job directory', async () => {
    const old = path.join(artifactsDir(), 'build', 'stale.txt')
    await mkdir(path.dirname(old), { recursive: true })
    await writeFile(old, 'old')
    await downloadArtifacts(
      client,
      '42',
      { id: 7, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp
      }
    )
    expect(existsSync(old)).toBe(false)
  })

  it('refuses a hostile archive naming job and entry, and leaves nothing behind', async () => {
    const error = await downloadArtifacts(
      client,
      '42',
      { id: 8, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp
      }
    ).catch(e => e)
    expect(error).toBeInstanceOf(ArtifactsError)
    expect(error.problem).toBe('unsafe-entry')
    expect(error.entry).toBe('../escape.txt')
    expect(error.message).toBe(
      'artifacts of build: the entry "../escape.txt" contains ".." and would leave the directory'
    )
    expect(await readdir(artifactsDir())).toEqual([])
    expect(existsSync(path.join(workspace, 'escape.txt'))).toBe(false)
    expect(await readdir(temp)).toEqual([])
  })

  it('refuses a zip bomb, naming the entry', async () => {
    const error = await downloadArtifacts(
      client,
      '42',
      { id: 9, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp
      }
    ).catch(e => e)
    expect(error.problem).toBe('zip-bomb')
    expect(error.message).toMatch(/^artifacts of build: the entry "bomb.bin" inflates past/)
    expect(await readdir(artifactsDir())).toEqual([])
  })

  it.each([
    [10, 'a job without artifacts'],
    [99, 'an unknown job']
  ])('says which job has no archive on a 404 (%d, %s)', async id => {
    const error = await downloadArtifacts(
      client,
      '42',
      { id, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp
      }
    ).catch(e => e)
    expect(error).toBeInstanceOf(ArtifactsError)
    expect(error.problem).toBe('missing')
    expect(error.message).toBe(
      `artifacts of build: job ${id} has no artifacts archive (GitLab answered 404): the job kept no artifacts:paths, or they expired or were erased`
    )
    expect(await readdir(temp)).toEqual([])
  })

  it('refuses an archive larger than the download limit while it arrives', async () => {
    const error = await downloadArtifacts(
      client,
      '42',
      { id: 7, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp,
        maxArchiveBytes: 100
      }
    ).catch(e => e)
    expect(error.problem).toBe('too-large')
    expect(error.message).toContain('larger than 100 bytes')
    expect(await readdir(temp)).toEqual([])
  })

  it('starts a download cut short again from the beginning when retry allows it', async () => {
    const before = server.requests.length
    const result = await downloadArtifacts(
      client,
      '42',
      { id: 12, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp,
        retry: { maxAttempts: 3, retryIf: error => error.transient }
      }
    )
    expect(result.files).toEqual(['dist/app.js', 'dist/sub/lib.js', 'reports/junit.xml'])
    expect(server.requests.slice(before).map(r => r.line)).toEqual([
      'GET /api/v4/projects/42/jobs/12/artifacts',
      'GET /api/v4/projects/42/jobs/12/artifacts'
    ])
  })

  it('reports a download cut short when no retry is given, naming the job', async () => {
    const error = await downloadArtifacts(
      client,
      '42',
      { id: 13, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp
      }
    ).catch(e => e)
    expect(error).toBeInstanceOf(ArtifactsError)
    expect(error.problem).toBe('gitlab')
    expect(error.message).toBe('artifacts of build: the answer was cut short')
    expect(await readdir(temp)).toEqual([])
  })

  it('ends a stalled download when the signal aborts, and cleans up', async () => {
    const controller = new AbortController()
    const reason = new Error('run cancelled')
    const progress: ArtifactsProgress[] = []
    const pending = downloadArtifacts(
      client,
      '42',
      { id: 11, name: 'build' },
      {
        artifactsDir: artifactsDir(),
        tempDir: temp,
        signal: controller.signal,
        progressStepBytes: 50,
        onProgress: p => {
          progress.push(p)
          controller.abort(reason)
        }
      }
    )
    await expect(pending).rejects.toBe(reason)
    expect(progress[0]).toEqual({ job: 'build', phase: 'download', bytes: 100 })
    expect(await readdir(temp)).toEqual([])
    expect(existsSync(path.join(artifactsDir(), 'build'))).toBe(false)
  })
})
