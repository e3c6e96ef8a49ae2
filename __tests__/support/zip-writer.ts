import { crc32, deflateRawSync } from 'node:zlib'

// A minimal zip writer for tests: it writes what a hostile archive may hold (`../` names,
// absolute paths, links, sizes that lie), which zip libraries refuse to write.

export interface ZipEntrySpec {
  /** Written as given, `\` and `..` included. */
  name: string
  data?: Buffer | string
  /** Deflate the data (default) or store it. */
  method?: 'deflate' | 'store'
  /** Declared uncompressed size, when it should lie about the data. */
  declaredSize?: number
  /** Unix mode with its type bits, e.g. 0o120777 for a symbolic link; 0o100644 by default. */
  mode?: number
}

export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const spec of entries) {
    const name = Buffer.from(spec.name, 'utf8')
    const data = Buffer.from(spec.data ?? '')
    const stored = spec.method === 'store'
    const body = stored ? data : deflateRawSync(data)
    const method = stored ? 0 : 8
    const size = spec.declaredSize ?? data.length
    const crc = crc32(data)
    const mode = spec.mode ?? (spec.name.endsWith('/') ? 0o040755 : 0o100644)

    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4) // version needed
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(method, 8)
    local.writeUInt16LE(0, 10) // time
    local.writeUInt16LE(0x21, 12) // date: 1980-01-01
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(body.length, 18)
    local.writeUInt32LE(size, 22)
    local.writeUInt16LE(name.length, 26)
    local.writeUInt16LE(0, 28)
    locals.push(local, name, body)

    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE((3 << 8) | 20, 4) // made by Unix
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(method, 10)
    central.writeUInt16LE(0, 12)
    central.writeUInt16LE(0x21, 14)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(body.length, 20)
    central.writeUInt32LE(size, 24)
    central.writeUInt16LE(name.length, 28)
    central.writeUInt16LE(0, 30) // extra
    central.writeUInt16LE(0, 32) // comment
    central.writeUInt16LE(0, 34) // disk
    central.writeUInt16LE(0, 36) // internal attributes
    central.writeUInt32LE((mode << 16) >>> 0, 38)
    central.writeUInt32LE(offset, 42)
    centrals.push(central, name)

    offset += local.length + name.length + body.length
  }
  const directory = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(entries.length, 8)
  end.writeUInt16LE(entries.length, 10)
  end.writeUInt32LE(directory.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, directory, end])
}
