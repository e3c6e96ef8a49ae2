// The npm registry mirror used here serves only linux-x64 builds of some native packages, so
// `npm install` leaves their other-platform optional dependencies out of package-lock.json, and
// `npm ci` then refuses the lock ("Missing: … from lock file"). This adds those entries, marked
// optional with their os/cpu, so npm ci skips them on platforms they are not for.
// Run after changing dependencies: node scripts/lock-missing-optional.mjs
import { readFileSync, writeFileSync } from 'node:fs'

const lock = JSON.parse(readFileSync('package-lock.json', 'utf8'))
const platform = name => {
  const os = ['android', 'darwin', 'freebsd', 'linux', 'openharmony', 'win32', 'wasm32'].find(
    o => name.includes(`-${o}-`) || name.endsWith(`-${o}`)
  )
  const cpu = ['arm64', 'arm', 'x64', 'ia32', 'loong64', 'ppc64', 'riscv64', 's390x', 'wasi'].find(
    c => name.includes(`-${c}`)
  )
  return { os, cpu: cpu === 'wasi' ? 'wasm32' : cpu }
}
let added = 0
for (const [path, entry] of Object.entries(lock.packages)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const where = `${path ? `${path}/` : ''}node_modules/${dep}`
    if (lock.packages[where] || lock.packages[`node_modules/${dep}`]) continue
    const { os, cpu } = platform(dep)
    const base = dep.split('/').pop()
    lock.packages[`node_modules/${dep}`] = {
      version,
      resolved: `https://registry.npmjs.org/${dep}/-/${base}-${version}.tgz`,
      ...(cpu ? { cpu: [cpu] } : {}),
      license: 'MIT',
      optional: true,
      ...(os && os !== 'wasm32' ? { os: [os] } : {})
    }
    added++
  }
}
lock.packages = Object.fromEntries(
  Object.entries(lock.packages).sort(([a], [b]) =>
    a === '' ? -1 : b === '' ? 1 : a.localeCompare(b)
  )
)
writeFileSync('package-lock.json', `${JSON.stringify(lock, null, 2)}\n`)
console.log(`added ${added} optional platform entries`)
