const UNITS = ['KiB', 'MiB', 'GiB', 'TiB']

/**
 * A size as people read it, the one formatter of src/: `512 bytes`, `1 MiB`, `1.5 KiB`, `0.3 MiB`
 * never (a size under 1 KiB stays in bytes, so a small artifact is not `0.0 MiB`, issue 19).
 */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return bytes === 1 ? '1 byte' : `${bytes} bytes`
  let value = bytes / 1024
  let unit = 0
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024
    unit++
  }
  const shown = Number.isInteger(value) ? String(value) : value.toFixed(1)
  // 1023.96 KiB rounds to 1024.0: say 1.0 MiB instead.
  if (shown === '1024.0' && unit < UNITS.length - 1) return `1.0 ${UNITS[unit + 1]}`
  return `${shown} ${UNITS[unit]}`
}
