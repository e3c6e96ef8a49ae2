import { closeSync, openSync, writeSync } from 'node:fs'
import { mkdir, mkdtemp, rename, rm } from 'node:fs/promises'
import { createHash } from 'node:crypto'
import * as os from 'node:os'
import * as path from 'node:path'
import type { GitLabClient } from '../../gitlab/client.js'
import { streamJobArtifactsArchive } from '../../gitlab/endpoints.js'
import { GitLabError } from '../../gitlab/errors.js'
import { globToRegExp, pathMatches } from './glob.js'
import { ArchiveError, extractZip, type ArchiveProblem, type ExtractLimits } from './zip-extract.js'

// `artifacts: JOB` or `JOB:GLOB`: a job's artifacts archive, streamed to a temporary file and
// extracted under `artifacts-dir/JOB/` (docs/contract.md section 3.8).

// eslint-disable-next-line no-control-regex
const NOT_IN_A_FILE_NAME = /[/\\:*?"<>|\u0000-\u001f\u007f]|\p{Cs}/gu
// Windows opens a device for these, with any extension after them (`nul.txt`, `COM1 .log`).
const WINDOWS_DEVICE = /^(CON|PRN|AUX|NUL|CONIN\$|CONOUT\$|COM[0-9¹²³]|LPT[0-9¹²³])(?=[. ]|$)/iu

// `.NAME.partial-XXXXXX`, the staging directory beside a job's: a dot, `.partial-` and mkdtemp's
// six characters.
const STAGING_AFFIX_BYTES = 16

/**
 * Most UTF-8 bytes of a job's directory name: with STAGING_AFFIX_BYTES more it fits the tightest
 * file name limit a runner may have, 143 bytes under eCryptfs (an encrypted home on Linux). The
 * others are looser: 255 bytes on ext4, XFS and APFS, 255 UTF-16 units on NTFS and on HFS+
 * (which stores names decomposed, at most 4/3 UTF-16 units per UTF-8 byte of the composed name).
 * A short name also leaves room for the files inside under Windows' 260-character paths.
 */
export const MAX_DIRECTORY_NAME_BYTES = 143 - STAGING_AFFIX_BYTES

/**
 * The directory a job's files go to, one path segment that every runner's file system accepts
 * (docs/contract.md section 3.8):
 * - `/`, `\`, `:`, `*`, `?`, `"`, `<`, `>`, `|`, control characters and unpaired surrogates
 *   become `_`, as do trailing dots and spaces (Windows drops them) and names that are only dots;
 * - a Windows device name (`CON`, `PRN`, `AUX`, `NUL`, `COM0`-`COM9`, `LPT0`-`LPT9`, alone or
 *   before an extension) gets `_` after it: `nul.txt` goes to `nul_.txt`;
 * - a name longer than MAX_DIRECTORY_NAME_BYTES (UTF-8 bytes, not characters) keeps its first
 *   characters, whole, and ends with `-` and 8 hex digits of the SHA-256 of the job's full name:
 *   the same name always gives the same directory, and names equal up to the cut differ.
 * Two jobs whose names differ only in replaced characters, or only in case (macOS and Windows
 * ignore it), would share a directory: the caller refuses that (see directoryKey).
 */
export function jobDirectoryName(job: string): string {
  const name =
    job
      .replace(NOT_IN_A_FILE_NAME, '_')
      .replace(/[. ]+$/, m => '_'.repeat(m.length))
      .replace(WINDOWS_DEVICE, '$1_') || '_'
  if (Buffer.byteLength(name) <= MAX_DIRECTORY_NAME_BYTES) return name
  const hash = createHash('sha256').update(job).digest('hex').slice(0, 8)
  return `${startWithinBytes(name, MAX_DIRECTORY_NAME_BYTES - 1 - hash.length)}-${hash}`
}

/** Two directory names that give the same key are one directory where case is ignored. */
export function directoryKey(name: string): string {
  return name.normalize('NFC').toLowerCase()
}

/** The longest start of `name` within `maxBytes` of UTF-8, never cutting a character in two. */
function startWithinBytes(name: string, maxBytes: number): string {
  let kept = ''
  let bytes = 0
  for (const char of name) {
    bytes += Buffer.byteLength(char)
    if (bytes > maxBytes) break
    kept += char
  }
  return kept
}

/** Most bytes of an archive downloaded before it is refused (the compressed size). */
export const MAX_ARCHIVE_BYTES = 1024 * 1024 * 1024

export interface ArtifactsProgress {
  job: string
  phase: 'download' | 'extract'
  bytes: number
  /** Known while extracting (the sum of the selected entries' sizes). */
  totalBytes?: number
}

type StreamRetry = Parameters<GitLabClient['stream']>[2]

export interface DownloadArtifactsOptions {
  /** Absolute `artifacts-dir`; the job's files go to `<artifactsDir>/<jobDirectoryName(job)>/`. */
  artifactsDir: string
  /** Only the entries matching it (see glob.ts); the whole archive when omitted. */
  glob?: string
  /** Where the archive is kept while it is extracted: RUNNER_TEMP on a runner; os.tmpdir() by default. */
  tempDir?: string
  /** See DEFAULT_EXTRACT_LIMITS. */
  limits?: Partial<ExtractLimits>
  /** Defaults to MAX_ARCHIVE_BYTES. */
  maxArchiveBytes?: number
  /**
   * Retries before the first byte (as GitLabClient.stream), and what a download cut short after
   * it may start again for (at most 3 starts in all); `signal` replaces its signal.
   */
  retry?: StreamRetry
  /** Ends the download and the extraction. */
  signal?: AbortSignal
  /** Called every `progressStepBytes` (32 MiB by default) of each phase and at its end. */
  onProgress?: (progress: ArtifactsProgress) => void
  progressStepBytes?: number
}

export interface ExtractedArtifacts {
  /** Absolute directory the files are in. */
  dir: string
  /** Paths of the files extracted, relative to `dir`, `/`-separated. */
  files: string[]
  /** Bytes extracted. */
  bytes: number
}

export type ArtifactsProblem =
  /** The job, or its artifacts, is not there (404). */
  | 'missing'
  /** GitLab refused the download for another reason, or could not be reached. */
  | 'gitlab'
  | ArchiveProblem

/** Why a job's artifacts could not be brought in; names the job, and the entry when one is to blame. */
export class ArtifactsError extends Error {
  constructor(
    readonly problem: ArtifactsProblem,
    readonly job: string,
    detail: string,
    readonly entry?: string,
    options?: { cause?: unknown }
  ) {
    super(`artifacts of ${job}: ${detail}`, options)
    this.name = 'ArtifactsError'
  }
}

/**
 * Downloads the job's archive to a temporary file (never into memory), extracts it into a fresh
 * directory beside the target, and only when every entry was written swaps that directory in for
 * `<artifactsDir>/<job>/` (replacing what an earlier run left there). A refused archive leaves
 * nothing behind. Throws ArtifactsError; an abort rejects with the signal's reason.
 */
export async function downloadArtifacts(
  client: GitLabClient,
  project: string,
  job: { id: number; name: string },
  options: DownloadArtifactsOptions
): Promise<ExtractedArtifacts> {
  const dir = path.resolve(options.artifactsDir, jobDirectoryName(job.name))
  const step = options.progressStepBytes ?? 32 * 1024 * 1024
  const scratch = await mkdtemp(path.join(options.tempDir ?? os.tmpdir(), 'gitlab-artifacts-'))
  let staging: string | undefined
  try {
    const archive = path.join(scratch, 'artifacts.zip')
    await download(client, project, job, archive, options, step)
    options.signal?.throwIfAborted()

    await mkdir(options.artifactsDir, { recursive: true })
    staging = await mkdtemp(path.join(options.artifactsDir, `.${path.basename(dir)}.partial-`))
    const glob = options.glob === undefined ? undefined : globToRegExp(options.glob)
    let extracted
    try {
      extracted = await extractZip(archive, staging, {
        select: glob ? name => pathMatches(name, glob) : undefined,
        limits: options.limits,
        signal: options.signal,
        progressStepBytes: step,
        onProgress: (bytes, totalBytes) =>
          options.onProgress?.({ job: job.name, phase: 'extract', bytes, totalBytes })
      })
    } catch (error) {
      if (error instanceof ArchiveError)
        throw new ArtifactsError(error.problem, job.name, error.message, error.entry, {
          cause: error
        })
      throw error
    }
    await rm(dir, { recursive: true, force: true })
    await rename(staging, dir)
    staging = undefined
    return { dir, files: extracted.files, bytes: extracted.bytes }
  } finally {
    if (staging) await rm(staging, { recursive: true, force: true })
    await rm(scratch, { recursive: true, force: true })
  }
}

// Restarts of a download cut short after its first byte (the client retries only before it):
// the archive is read again from its beginning, as no byte range can be asked for.
const MAX_DOWNLOAD_STARTS = 3

async function download(
  client: GitLabClient,
  project: string,
  job: { id: number; name: string },
  file: string,
  options: DownloadArtifactsOptions,
  step: number
): Promise<void> {
  const retry: StreamRetry = options.retry
    ? { ...options.retry, signal: options.signal ?? options.retry.signal }
    : options.signal
      ? { maxAttempts: 1, retryIf: () => false, signal: options.signal }
      : undefined
  for (let start = 1; ; start++) {
    const received = { bytes: 0 }
    try {
      await downloadOnce(client, project, job, file, options, step, retry, received)
      return
    } catch (error) {
      if (error instanceof ArtifactsError) throw error
      if (options.signal?.aborted) throw options.signal.reason
      const again =
        error instanceof GitLabError &&
        received.bytes > 0 &&
        start < MAX_DOWNLOAD_STARTS &&
        retry !== undefined &&
        retry.retryIf(error) &&
        (retry.deadline === undefined || Date.now() < retry.deadline)
      if (again) continue
      if (error instanceof GitLabError && error.status === 404)
        throw new ArtifactsError(
          'missing',
          job.name,
          `job ${job.id} has no artifacts archive (GitLab answered 404): the job kept no artifacts:paths, or they expired or were erased`,
          undefined,
          { cause: error }
        )
      throw new ArtifactsError(
        'gitlab',
        job.name,
        error instanceof Error ? error.message : String(error),
        undefined,
        { cause: error }
      )
    }
  }
}

async function downloadOnce(
  client: GitLabClient,
  project: string,
  job: { id: number; name: string },
  file: string,
  options: DownloadArtifactsOptions,
  step: number,
  retry: StreamRetry,
  received: { bytes: number }
): Promise<void> {
  const maxBytes = options.maxArchiveBytes ?? MAX_ARCHIVE_BYTES
  // Written as each chunk arrives, synchronously: nothing waits in memory for a slow disk.
  const fd = openSync(file, 'w', 0o600)
  let reported = 0
  try {
    await streamJobArtifactsArchive(
      client,
      project,
      job.id,
      chunk => {
        received.bytes += chunk.length
        if (received.bytes > maxBytes)
          throw new ArtifactsError(
            'too-large',
            job.name,
            `the archive is larger than ${maxBytes} bytes, the most downloaded; narrow the job's artifacts:paths`
          )
        writeSync(fd, chunk)
        if (received.bytes - reported >= step) {
          reported = received.bytes
          options.onProgress?.({ job: job.name, phase: 'download', bytes: received.bytes })
        }
      },
      retry
    )
  } finally {
    closeSync(fd)
  }
  options.onProgress?.({ job: job.name, phase: 'download', bytes: received.bytes })
}
