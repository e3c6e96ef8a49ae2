// What dist/ is built from, as one hash: every file under src/, the build script, the lock file
// and the TypeScript settings. The tests' global setup (test/harness/fresh-dist.js) keeps the
// hash of the sources dist/ was last built from, so `npm test` never runs against a stale dist/.
//   node scripts/source-hash.mjs     prints the hash of this checkout's build inputs
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'

export const BUILD_INPUTS = ['src', 'scripts/build.mjs', 'package-lock.json', 'tsconfig.json']

/** Every file under `path` (itself when it is a file), sorted, relative to `root`. */
function filesUnder(root, path) {
  const full = join(root, path)
  if (!existsSync(full)) return []
  if (!statSync(full).isDirectory()) return [path]
  return readdirSync(full, { recursive: true })
    .map(name => relative(root, join(full, String(name))))
    .filter(name => statSync(join(root, name)).isFile())
}

/** sha256 over each file's path and content, in path order: a moved, added or deleted file counts. */
export function hashFiles(root, paths) {
  const hash = createHash('sha256')
  const files = paths.flatMap(path => filesUnder(root, path)).sort()
  for (const file of files) {
    hash.update(`${file}\0`)
    hash.update(readFileSync(join(root, file)))
    hash.update('\0')
  }
  return hash.digest('hex')
}

export const sourceHash = (root = '.') => hashFiles(resolve(root), BUILD_INPUTS)
export const distHash = (root = '.') => hashFiles(resolve(root), ['dist'])

if (import.meta.filename === resolve(process.argv[1] ?? '')) console.log(sourceHash())
