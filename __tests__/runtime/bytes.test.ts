import { describe, expect, it } from '@jest/globals'
import { formatBytes } from '../../src/runtime/bytes.js'

describe('formatBytes', () => {
  it.each([
    [0, '0 bytes'],
    [1, '1 byte'],
    [1023, '1023 bytes'],
    [1024, '1 KiB'],
    [1536, '1.5 KiB'],
    [4000, '3.9 KiB'],
    [1024 * 1024, '1 MiB'],
    [1024 * 1024 - 1, '1.0 MiB'],
    [100 * 1024 * 1024 - 30_000, '100.0 MiB'],
    [3 * 1024 ** 3, '3 GiB']
  ])('shows %d bytes as %s (never 0.0 MiB for a small size)', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown)
  })
})
