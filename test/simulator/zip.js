// @ts-check
/**
 * A small zip writer (and reader) for tests: archives a test builds, including hostile ones (`../`
 * names, absolute paths, symbolic links, an entry that inflates beyond its declared size) and big
 * entries generated while they are sent. No ZIP64: every entry and the archive stay under 4 GiB.
 * The format: PKWARE APPNOTE.TXT (local headers, central directory, end record).
 */
import { Buffer } from 'node:buffer'
import { deflateRawSync, inflateRawSync } from 'node:zlib'

/** @typedef {import('./gitlab-simulator.js').ZipEntry} ZipEntry */

const CRC_TABLE = (() => {
  const table = new Int32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c
  }
  return table
})()

/** @param {Buffer} data @param {number} [previous] running CRC-32 of the bytes before */
export function crc32(data, previous = 0) {
  let crc = ~previous
  for (let i = 0; i < data.length; i++) crc = CRC_TABLE[(crc ^ data[i]) & 0xff] ^ (crc >>> 8)
  return ~crc >>> 0
}

/** Byte `n` of a generated entry: printable, so a test can check any slice. @param {number} n */
export const generatedByte = n => 0x61 + (n % 26)

const GENERATED_CHUNK = 64 * 1024

/** @param {number} size @returns {Generator<Buffer>} */
function* generated(size) {
  for (let offset = 0; offset < size; offset += GENERATED_CHUNK) {
    const chunk = Buffer.alloc(Math.min(GENERATED_CHUNK, size - offset))
    for (let i = 0; i < chunk.length; i++) chunk[i] = generatedByte(offset + i)
    yield chunk
  }
}

/**
 * What one entry writes: its headers' fields and its (compressed) data as pieces.
 * @param {ZipEntry} entry
 */
function prepare(entry) {
  const name = Buffer.from(entry.name, 'utf8')
  const isDir = entry.name.endsWith('/')
  if (entry.size !== undefined) {
    let crc = 0
    for (const chunk of generated(entry.size)) crc = crc32(chunk, crc)
    return {
      name,
      method: 0,
      crc,
      compressedSize: entry.size,
      size: entry.declaredSize ?? entry.size,
      external: externalAttributes(entry, isDir),
      pieces: () => generated(/** @type {number} */ (entry.size))
    }
  }
  const raw = Buffer.from(entry.symlinkTo ?? entry.data ?? '')
  const deflate = entry.method !== 'store' && !isDir && entry.symlinkTo === undefined
  const stored = deflate ? deflateRawSync(raw) : raw
  return {
    name,
    method: deflate ? 8 : 0,
    crc: crc32(raw),
    compressedSize: stored.length,
    size: entry.declaredSize ?? raw.length,
    external: externalAttributes(entry, isDir),
    pieces: () => [stored]
  }
}

/** Unix mode in the high 16 bits (made by Unix), MS-DOS directory bit in the low. @param {ZipEntry} entry @param {boolean} isDir */
function externalAttributes(entry, isDir) {
  const mode =
    entry.symlinkTo !== undefined ? 0o120777 : isDir ? 0o40755 : 0o100000 | (entry.mode ?? 0o644)
  return ((mode << 16) | (isDir ? 0x10 : 0)) >>> 0
}

/**
 * The archive piece by piece; `size` entries are generated as they are sent (twice: once for the CRC).
 * @param {ZipEntry[]} entries
 * @returns {Generator<Buffer>}
 */
export function* zipPieces(entries) {
  /** @type {Buffer[]} */
  const central = []
  let offset = 0
  for (const entry of entries) {
    const e = prepare(entry)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(e.method, 8)
    local.writeUInt32LE(0x00210000, 10) // 1980-01-01 00:00
    local.writeUInt32LE(e.crc, 14)
    local.writeUInt32LE(e.compressedSize, 18)
    local.writeUInt32LE(e.size, 22)
    local.writeUInt16LE(e.name.length, 26)
    local.writeUInt16LE(0, 28)
    const header = Buffer.concat([local, e.name])
    yield header
    for (const piece of e.pieces()) yield piece

    const dir = Buffer.alloc(46)
    dir.writeUInt32LE(0x02014b50, 0)
    dir.writeUInt16LE((3 << 8) | 20, 4) // made by Unix, spec 2.0
    local.copy(dir, 6, 4, 30) // version needed .. name length
    dir.writeUInt16LE(0, 32) // comment length
    dir.writeUInt16LE(0, 34) // disk
    dir.writeUInt16LE(0, 36) // internal attributes
    dir.writeUInt32LE(e.external, 38)
    dir.writeUInt32LE(offset, 42)
    central.push(Buffer.concat([dir, e.name]))
    offset += header.length + e.compressedSize
  }
  const directory = Buffer.concat(central)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  yield directory
  yield end
}

/** @param {ZipEntry[]} entries */
export const buildZip = entries => Buffer.concat([...zipPieces(entries)])

/**
 * The entries of an archive from its central directory (no ZIP64, no comment after the end record
 * longer than 64 KiB). `data()` inflates the whole entry, whatever the size its header declares.
 * @param {Buffer} archive
 */
export function readZip(archive) {
  const endAt = archive.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]))
  if (endAt < 0) throw new Error('not a zip archive: no end of central directory')
  const count = archive.readUInt16LE(endAt + 10)
  let at = archive.readUInt32LE(endAt + 16)
  const files = []
  for (let i = 0; i < count; i++) {
    const method = archive.readUInt16LE(at + 10)
    const compressedSize = archive.readUInt32LE(at + 20)
    const nameLength = archive.readUInt16LE(at + 28)
    const extraLength = archive.readUInt16LE(at + 30)
    const commentLength = archive.readUInt16LE(at + 32)
    const external = archive.readUInt32LE(at + 38)
    const localAt = archive.readUInt32LE(at + 42)
    const name = archive.toString('utf8', at + 46, at + 46 + nameLength)
    const dataAt =
      localAt + 30 + archive.readUInt16LE(localAt + 26) + archive.readUInt16LE(localAt + 28)
    const raw = () => archive.subarray(dataAt, dataAt + compressedSize)
    files.push({
      name,
      isSymlink: ((external >>> 16) & 0o170000) === 0o120000,
      data: () => (method === 8 ? inflateRawSync(raw()) : Buffer.from(raw()))
    })
    at += 46 + nameLength + extraLength + commentLength
  }
  return files
}
