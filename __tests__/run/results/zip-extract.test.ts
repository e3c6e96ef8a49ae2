import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { existsSync } from 'node:fs'
import { mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises'
import * as os from 'node:os'
import * as path from 'node:path'
import { globToRegExp, pathMatches } from '../../../src/run/results/glob.js'
import { ArchiveError, extractZip } from '../../../src/run/results/zip-extract.js'
import { buildZip, type ZipEntrySpec } from '../../support/zip-writer.js'

describe('extractZip', () => {
  let scratch: string
  let destination: string
  let zipPath: string
  beforeEach(async () => {
    scratch = await mkdtemp(path.join(os.tmpdir(), 'extract-test-'))
    destination = path.join(scratch, 'out')
    await mkdir(destination)
    zipPath = path.join(scratch, 'a.zip')
  })
  afterEach(() => rm(scratch, { recursive: true, force: true }))

  const extract = async (entries: ZipEntrySpec[], options?: Parameters<typeof extractZip>[2]) => {
    await writeFile(zipPath, buildZip(entries))
    return extractZip(zipPath, destination, options)
  }
  const refusal = async (
    entries: ZipEntrySpec[],
    options?: Parameters<typeof extractZip>[2]
  ): Promise<ArchiveError> => {
    const error = await extract(entries, options).catch(e => e)
    expect(error).toBeInstanceOf(ArchiveError)
    return error as ArchiveError
  }
  const written = () => readdir(destination, { recursive: true })

  it('writes files and directories, stored or deflated, keeping the executable bit', async () => {
    const result = await extract([
      { name: 'dist/' },
      { name: 'dist/app.js', data: 'console.log(1)\n' },
      { name: 'dist/raw.bin', data: Buffer.from([0, 1, 2]), method: 'store' },
      { name: 'bin/tool', data: '#!/bin/sh\n', mode: 0o100755 }
    ])
    expect(result).toEqual({ files: ['dist/app.js', 'dist/raw.bin', 'bin/tool'], bytes: 28 })
    expect(await readFile(path.join(destination, 'dist/app.js'), 'utf8')).toBe('console.log(1)\n')
    expect([...(await readFile(path.join(destination, 'dist/raw.bin')))]).toEqual([0, 1, 2])
    expect((await stat(path.join(destination, 'bin/tool'))).mode & 0o111).not.toBe(0)
    expect((await stat(path.join(destination, 'dist/app.js'))).mode & 0o111).toBe(0)
  })

  it('passes over a `./` entry for the archive root and reports clean paths', async () => {
    const result = await extract([{ name: './' }, { name: './a.txt', data: 'a' }])
    expect(result.files).toEqual(['a.txt'])
    expect(await readFile(path.join(destination, 'a.txt'), 'utf8')).toBe('a')
  })

  it('extracts only what the selection keeps', async () => {
    const glob = globToRegExp('dist/**')
    const result = await extract(
      [
        { name: 'dist/app.js', data: 'a' },
        { name: 'src/app.ts', data: 'b' }
      ],
      { select: name => pathMatches(name, glob) }
    )
    expect(result.files).toEqual(['dist/app.js'])
    expect(await written()).toEqual(['dist', path.join('dist', 'app.js')])
  })

  it.each([
    ['../evil', 'contains ".." and would leave the directory'],
    ['a/../../evil', 'contains ".."'],
    ['..\\evil', 'contains ".."'],
    ['/etc/x', 'has an absolute path'],
    ['C:\\x', 'starts with a drive letter'],
    ['c:/x', 'starts with a drive letter'],
    ['a/\u0007bell', 'has a control character']
  ])(
    'refuses the whole archive for the entry %j, naming it, before writing anything',
    async (name, says) => {
      const error = await refusal([
        { name: 'first.txt', data: 'fine' },
        { name, data: 'evil' }
      ])
      expect(error.problem).toBe('unsafe-entry')
      expect(error.entry).toBe(name.replace(/\\/g, '/'))
      expect(error.message).toContain(says)
      expect(await written()).toEqual([])
    }
  )

  it('refuses a symbolic link entry', async () => {
    const error = await refusal([{ name: 'link', data: '/etc/passwd', mode: 0o120777 }])
    expect(error.problem).toBe('unsafe-entry')
    expect(error.message).toBe(
      'the entry "link" is a symbolic link; links are not extracted, so that nothing can point outside the directory'
    )
    expect(await written()).toEqual([])
  })

  it('refuses a device or fifo entry', async () => {
    const error = await refusal([{ name: 'pipe', mode: 0o010644 }])
    expect(error.message).toBe('the entry "pipe" is not a file or a directory')
  })

  it('refuses an entry whose data inflates past its declared size (a zip bomb), naming it', async () => {
    const error = await refusal([
      { name: 'ok.txt', data: 'fine' },
      { name: 'bomb.bin', data: Buffer.alloc(4 * 1024 * 1024), declaredSize: 1000 }
    ])
    expect(error.problem).toBe('zip-bomb')
    expect(error.entry).toBe('bomb.bin')
    expect(error.message).toMatch(
      /^the entry "bomb.bin" inflates past the size its header declares/
    )
    // Never more than the declared size plus one chunk reached the disk.
    const bomb = path.join(destination, 'bomb.bin')
    if (existsSync(bomb)) expect((await stat(bomb)).size).toBeLessThanOrEqual(1000 + 64 * 1024)
  })

  it('refuses a total past the limit by the declared sizes, before writing, naming the entry', async () => {
    const error = await refusal(
      [
        { name: 'a.bin', data: Buffer.alloc(600) },
        { name: 'b.bin', data: Buffer.alloc(600) }
      ],
      { limits: { maxTotalBytes: 1000 } }
    )
    expect(error.problem).toBe('too-large')
    expect(error.entry).toBe('b.bin')
    expect(error.message).toBe(
      'the entry "b.bin" (600 bytes) takes the files extracted past 1000 bytes, the limit'
    )
    expect(await written()).toEqual([])
  })

  it('refuses an entry that declares more than the 1 GiB default, whatever its data', async () => {
    const error = await refusal([{ name: 'huge.bin', data: 'x', declaredSize: 3 * 1024 ** 3 }])
    expect(error.problem).toBe('too-large')
    expect(error.entry).toBe('huge.bin')
  })

  it('counts only the selected entries against the limit', async () => {
    const result = await extract(
      [
        { name: 'big/skip.bin', data: 'x', declaredSize: 3 * 1024 ** 3 },
        { name: 'keep.txt', data: 'k' }
      ],
      { select: name => name === 'keep.txt' }
    )
    expect(result.files).toEqual(['keep.txt'])
  })

  it('refuses more entries than allowed', async () => {
    const error = await refusal([{ name: 'a' }, { name: 'b' }, { name: 'c' }], {
      limits: { maxEntries: 2 }
    })
    expect(error.message).toBe('the archive lists 3 entries, more than the 2 allowed')
  })

  it('refuses an entry listed twice instead of overwriting the first', async () => {
    const error = await refusal([
      { name: 'a.txt', data: 'first' },
      { name: 'a.txt', data: 'second' }
    ])
    expect(error.problem).toBe('unsafe-entry')
    expect(error.message).toBe(
      'the entry "a.txt" collides with another entry of the archive (EEXIST)'
    )
    expect(await readFile(path.join(destination, 'a.txt'), 'utf8')).toBe('first')
  })

  it('refuses something that is not a zip', async () => {
    await writeFile(zipPath, '<html>proxy error</html>')
    const error = await extractZip(zipPath, destination).catch(e => e)
    expect(error).toBeInstanceOf(ArchiveError)
    expect(error.problem).toBe('unreadable')
  })

  it('reports progress by bytes, ending with the total', async () => {
    const seen: Array<[number, number]> = []
    await extract(
      [
        { name: 'a', data: Buffer.alloc(3000) },
        { name: 'b', data: Buffer.alloc(3000) }
      ],
      { progressStepBytes: 2500, onProgress: (bytes, total) => seen.push([bytes, total]) }
    )
    expect(seen.length).toBeGreaterThanOrEqual(2)
    expect(seen.at(-1)).toEqual([6000, 6000])
    expect(seen.every(([bytes, total]) => bytes <= total && total === 6000)).toBe(true)
  })

  it('stops when the signal aborts', async () => {
    const controller = new AbortController()
    controller.abort(new Error('cancelled'))
    const error = await extract([{ name: 'a', data: 'x' }], { signal: controller.signal }).catch(
      e => e
    )
    expect(error.message).toBe('cancelled')
    expect(await written()).toEqual([])
  })
})
