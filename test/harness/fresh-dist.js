// Jest global setup: the end-to-end tests run dist/, so dist/ must be built from this checkout's
// sources. It remembers (outside dist/, which is committed) the hash of the build inputs and of
// dist/ after its last build; when either differs now (src/ edited, dist/ checked out from
// elsewhere, a fresh clone), it runs `npm run build` before any test. CI still compares the
// committed dist/ with a fresh build.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { distHash, sourceHash } from '../../scripts/source-hash.mjs'
import { ROOT } from './run-step.js'

/** Where the hashes of the last build are kept (node_modules is never committed). */
export const builtFromFile = root =>
  join(root, 'node_modules', '.cache', 'gitlab-trigger-and-wait', 'dist-built-from.json')

function lastBuild(root) {
  try {
    return JSON.parse(readFileSync(builtFromFile(root), 'utf8'))
  } catch {
    return undefined
  }
}

/** Builds dist/ unless it was built from exactly these sources; returns whether it built. */
export function ensureFreshDist({
  root = ROOT,
  log = message => process.stderr.write(`${message}\n`)
} = {}) {
  const sources = sourceHash(root)
  const last = lastBuild(root)
  if (last?.sources === sources && existsSync(join(root, 'dist')) && last.dist === distHash(root))
    return false
  log(
    last
      ? '\ndist/ was not built from these sources: running npm run build before the tests'
      : '\nno record of the sources dist/ was built from: running npm run build before the tests'
  )
  try {
    execFileSync(process.execPath, ['scripts/build.mjs'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'pipe'],
      encoding: 'utf8'
    })
  } catch (error) {
    // ncc prints its minified source around the error: keep the compiler's own lines.
    const errors = String(error.stderr ?? '')
      .split('\n')
      .map(line => line.trim())
      .filter(line => line && line.length < 400 && !line.startsWith('at '))
      .slice(-30)
    throw new Error(`npm run build failed, so dist/ cannot be trusted:\n${errors.join('\n')}`, {
      cause: error
    })
  }
  const file = builtFromFile(root)
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, JSON.stringify({ sources, dist: distHash(root) }) + '\n')
  return true
}

export default function globalSetup() {
  ensureFreshDist()
}
