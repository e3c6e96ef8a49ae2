import { createWriteStream } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import * as path from 'node:path'
import { Transform } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import yauzl from 'yauzl'

// Extracts a zip that came from the far side (docs/contract.md, "Rules for text from the far
// side"): nothing is written outside the destination, nothing but files and directories is
// created, and the total is bounded before a byte is written. yauzl reads the central directory
// with random access (no streaming guesswork about where entries end), and with
// validateEntrySizes it fails an entry whose data inflates past the size its header declares.

export interface ExtractLimits {
  /** Most bytes all selected entries may hold once extracted (their declared sizes summed). */
  maxTotalBytes: number
  /** Most entries an archive may list. */
  maxEntries: number
}

/** 1 GiB in 100,000 entries at most: far above a build's artifacts, far below a runner's disk. */
export const DEFAULT_EXTRACT_LIMITS: ExtractLimits = {
  maxTotalBytes: 1024 * 1024 * 1024,
  maxEntries: 100_000
}

export type ArchiveProblem =
  /** The entry would be written outside the destination, or is a link or a device. */
  | 'unsafe-entry'
  /** The limit on the total size or the number of entries. */
  | 'too-large'
  /** The entry's data inflates past the size its header declares. */
  | 'zip-bomb'
  /** Not a zip, a damaged one, an encrypted entry or an unknown compression. */
  | 'unreadable'

/** An archive refused as a whole; `entry` names the entry when one is to blame. */
export class ArchiveError extends Error {
  constructor(
    readonly problem: ArchiveProblem,
    message: string,
    readonly entry?: string,
    options?: { cause?: unknown }
  ) {
    super(message, options)
    this.name = 'ArchiveError'
  }
}

export interface ExtractOptions {
  /** Which entries to extract (by their `/`-separated path); all when omitted. */
  select?: (entryPath: string) => boolean
  limits?: Partial<ExtractLimits>
  signal?: AbortSignal
  /** Told the bytes written so far and the total to write, every `progressStepBytes` and at the end. */
  onProgress?: (bytes: number, totalBytes: number) => void
  progressStepBytes?: number
}

export interface ExtractedFiles {
  /** Paths of the files written, relative to the destination, `/`-separated, in archive order. */
  files: string[]
  /** Bytes written. */
  bytes: number
}

const S_IFMT = 0o170000
const S_IFREG = 0o100000
const S_IFDIR = 0o040000
const S_IFLNK = 0o120000
const STORED = 0
const DEFLATED = 8

interface PlannedEntry {
  entry: yauzl.Entry
  name: string
  directory: boolean
  executable: boolean
}

/**
 * Extracts the zip at `zipPath` into `destination` (an existing, empty directory). Every entry is
 * checked before anything is written: a hostile one fails the whole archive with an ArchiveError
 * naming it. Files are created exclusively, so an entry listed twice is refused too.
 */
export async function extractZip(
  zipPath: string,
  destination: string,
  options: ExtractOptions = {}
): Promise<ExtractedFiles> {
  const limits = { ...DEFAULT_EXTRACT_LIMITS, ...options.limits }
  const root = path.resolve(destination)
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.openPromise(zipPath, {
      lazyEntries: true,
      autoClose: false,
      // Names are decoded and judged below, so that the error is ours and names the entry.
      decodeStrings: false,
      validateEntrySizes: true
    })
  } catch (error) {
    throw new ArchiveError(
      'unreadable',
      `the archive is not a readable zip (${message(error)})`,
      undefined,
      {
        cause: error
      }
    )
  }
  try {
    if (zip.entryCount > limits.maxEntries)
      throw new ArchiveError(
        'too-large',
        `the archive lists ${zip.entryCount} entries, more than the ${limits.maxEntries} allowed`
      )
    const planned = await plan(zip, root, limits, options.select)
    const totalBytes = planned.reduce((sum, item) => sum + item.entry.uncompressedSize, 0)
    return await write(zip, root, planned, totalBytes, options)
  } finally {
    zip.close()
  }
}

/** Reads the central directory, checks every entry, and keeps the selected ones. */
async function plan(
  zip: yauzl.ZipFile,
  root: string,
  limits: ExtractLimits,
  select: ((entryPath: string) => boolean) | undefined
): Promise<PlannedEntry[]> {
  const planned: PlannedEntry[] = []
  let total = 0
  try {
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(
        entry.generalPurposeBitFlag,
        entry.fileNameRaw,
        entry.extraFields,
        false // a `\` is taken as `/`, as Windows zip tools write it
      )
      const directory = name.endsWith('/')
      const relative = directory ? name.slice(0, -1) : name
      // Some tools list the archive's root as `./`: nothing to create.
      if (directory && path.posix.normalize(relative) === '.') continue
      const unsafe = unsafeName(relative, root)
      if (unsafe)
        throw new ArchiveError('unsafe-entry', `the entry "${printable(name)}" ${unsafe}`, name)
      const mode = entry.externalFileAttributes >>> 16
      const type = mode & S_IFMT
      if (type === S_IFLNK)
        throw new ArchiveError(
          'unsafe-entry',
          `the entry "${printable(name)}" is a symbolic link; links are not extracted, so that nothing can point outside the directory`,
          name
        )
      if (type !== 0 && type !== S_IFREG && type !== S_IFDIR)
        throw new ArchiveError(
          'unsafe-entry',
          `the entry "${printable(name)}" is not a file or a directory`,
          name
        )
      const isDirectory = directory || type === S_IFDIR
      if (!isDirectory && entry.isEncrypted())
        throw new ArchiveError('unreadable', `the entry "${printable(name)}" is encrypted`, name)
      if (
        !isDirectory &&
        entry.compressionMethod !== STORED &&
        entry.compressionMethod !== DEFLATED
      )
        throw new ArchiveError(
          'unreadable',
          `the entry "${printable(name)}" uses compression method ${entry.compressionMethod}; only stored and deflated entries can be read`,
          name
        )
      const clean = path.posix.normalize(relative) // `a/./b` and `a//b` are `a/b`
      if (select && !select(clean)) continue
      if (!isDirectory) {
        total += entry.uncompressedSize
        if (total > limits.maxTotalBytes)
          throw new ArchiveError(
            'too-large',
            `the entry "${printable(name)}" (${entry.uncompressedSize} bytes) takes the files extracted past ${limits.maxTotalBytes} bytes, the limit`,
            name
          )
      }
      planned.push({
        entry,
        name: clean,
        directory: isDirectory,
        executable: (mode & 0o111) !== 0
      })
    }
  } catch (error) {
    if (error instanceof ArchiveError) throw error
    throw new ArchiveError('unreadable', `the archive is damaged (${message(error)})`, undefined, {
      cause: error
    })
  }
  return planned
}

/** Why an entry's path would leave `root` or cannot be written safely, or undefined. */
function unsafeName(name: string, root: string): string | undefined {
  if (name === '') return 'has an empty name'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(name)) return 'has a control character in its name'
  if (name.startsWith('/')) return 'has an absolute path'
  if (/^[A-Za-z]:/.test(name)) return 'starts with a drive letter'
  if (name.split('/').includes('..')) return 'contains ".." and would leave the directory'
  // Windows reads `name:stream` as an alternate data stream of `name`.
  if (process.platform === 'win32' && name.includes(':')) return 'contains ":"'
  const target = path.resolve(root, name)
  if (target === root || !target.startsWith(root + path.sep))
    return 'would leave the directory once normalised'
  return undefined
}

async function write(
  zip: yauzl.ZipFile,
  root: string,
  planned: PlannedEntry[],
  totalBytes: number,
  options: ExtractOptions
): Promise<ExtractedFiles> {
  const step = options.progressStepBytes ?? 32 * 1024 * 1024
  const files: string[] = []
  let bytes = 0
  let reported = 0
  for (const item of planned) {
    options.signal?.throwIfAborted()
    const target = path.resolve(root, item.name)
    if (item.directory) {
      await mkdir(target, { recursive: true })
      continue
    }
    await mkdir(path.dirname(target), { recursive: true })
    const counter = new Transform({
      transform(chunk: Buffer, _encoding, done) {
        bytes += chunk.length
        if (options.onProgress && bytes - reported >= step) {
          reported = bytes
          options.onProgress(bytes, totalBytes)
        }
        done(null, chunk)
      }
    })
    try {
      const data = await zip.openReadStreamPromise(item.entry)
      await pipeline(
        data,
        counter,
        // `wx`: a second entry of the same name (or a case-folded twin) fails instead of overwriting.
        createWriteStream(target, { flags: 'wx', mode: item.executable ? 0o755 : 0o644 }),
        { signal: options.signal }
      )
    } catch (error) {
      if (options.signal?.aborted) throw error
      throw entryWriteError(item.name, error)
    }
    files.push(item.name)
  }
  options.onProgress?.(bytes, totalBytes)
  return { files, bytes }
}

function entryWriteError(name: string, error: unknown): ArchiveError {
  const text = message(error)
  const shown = printable(name)
  // yauzl's validateEntrySizes: "too many bytes in the stream. expected N. got at least M".
  if (/too many bytes/i.test(text))
    return new ArchiveError(
      'zip-bomb',
      `the entry "${shown}" inflates past the size its header declares (${text}); the archive is refused`,
      name,
      { cause: error }
    )
  const code = (error as NodeJS.ErrnoException).code
  if (code === 'EEXIST' || code === 'ENOTDIR' || code === 'EISDIR')
    return new ArchiveError(
      'unsafe-entry',
      `the entry "${shown}" collides with another entry of the archive (${code})`,
      name,
      { cause: error }
    )
  return new ArchiveError(
    'unreadable',
    `the entry "${shown}" could not be extracted (${text})`,
    name,
    {
      cause: error
    }
  )
}

// eslint-disable-next-line no-control-regex
const CONTROL_CHARACTERS = /[\u0000-\u001f\u007f]/g

/** A name from the archive as it can be shown on one line (control characters escaped). */
function printable(name: string): string {
  return name.replace(
    CONTROL_CHARACTERS,
    char => `\\x${char.charCodeAt(0).toString(16).padStart(2, '0')}`
  )
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error)
}
