// Builds dist/ from src/: the action bundle (dist/index.js, main and post step) and the
// command line (dist/cli.js). Both are ESM bundles made by ncc; dist/ is committed and CI
// checks that it matches a fresh build.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync, chmodSync, existsSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'

const ncc = (entry, out) =>
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '-q'
    ],
    { stdio: 'inherit' }
  )

rmSync('dist', { recursive: true, force: true })
ncc('src/index.ts', 'dist')

if (existsSync('src/cli/index.ts')) {
  const cliOut = mkdtempSync(join(tmpdir(), 'cli-build-'))
  ncc('src/cli/index.ts', cliOut)
  const code = readFileSync(join(cliOut, 'index.js'), 'utf8')
  writeFileSync('dist/cli.js', code.startsWith('#!') ? code : `#!/usr/bin/env node\n${code}`)
  chmodSync('dist/cli.js', 0o755)
  rmSync(cliOut, { recursive: true, force: true })
}
console.log('built dist/')
