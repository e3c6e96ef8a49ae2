// Cuts a release from a clean, green main (CONTRIBUTING.md, "Releasing"):
//
//   npm run release -- 1.2.3 [--date YYYY-MM-DD] [--push]
//
// 1. checks: package.json names the real repository (no placeholder owner), X.Y.Z newer than the last vX.Y.Z tag, no such tag yet, a clean working tree, and a
//    committed dist/ that is exactly what `npm run build` makes from src/;
// 2. sets the version in package.json, package-lock.json and src/version.ts, and moves the
//    CHANGELOG's Unreleased entries under "## [1.2.3] - <date>";
// 3. rebuilds dist/ (the User-Agent carries the version) and commits "Release v1.2.3";
// 4. tags v1.2.3 and moves the major tag v1 to it, which is what `uses: …@v1` resolves to;
// 5. with --push, pushes the commit and v1.2.3, and force-pushes v1. Without it, prints the
//    commands. The pushed v1.2.3 tag starts .github/workflows/release.yml, which publishes the
//    CLI to npm (with provenance) and creates the GitHub release from the same tag.
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { releaseChangelog } from './changelog.js'
import { readPackageJson, repositoryProblems } from './repository.js'

const ROOT = resolve(import.meta.dirname, '..')

function git(...args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim()
}

function step(text: string): void {
  console.log(`\n== ${text}`)
}

function fail(message: string): never {
  console.error(`release: ${message}`)
  process.exit(1)
}

function build(): void {
  execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' })
}

function edit(file: string, change: (text: string) => string): void {
  const path = resolve(ROOT, file)
  const before = readFileSync(path, 'utf8')
  const after = change(before)
  if (after === before) fail(`${file}: nothing changed, the version is not where expected`)
  writeFileSync(path, after)
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    date: { type: 'string', default: new Date().toISOString().slice(0, 10) },
    push: { type: 'boolean', default: false }
  }
})
const version = positionals[0]?.replace(/^v/, '')
if (!version || positionals.length !== 1 || !/^\d+\.\d+\.\d+$/.test(version)) {
  fail('usage: npm run release -- X.Y.Z [--date YYYY-MM-DD] [--push]   e.g. 1.2.3')
}
const tag = `v${version}`
const major = `v${version.split('.')[0]}`

step('checks')
// The tag's `uses: OWNER/REPO@v1` and npm's package page link to this name (scripts/repository.ts).
const repositoryIssues = repositoryProblems(readPackageJson(ROOT))
if (repositoryIssues.length > 0) fail(repositoryIssues.join('\n         '))
if (git('status', '--porcelain')) fail('the working tree has changes: commit or stash them first')
if (git('tag', '--list', tag)) fail(`the tag ${tag} exists already`)
const last = git('tag', '--list', 'v*.*.*', '--sort=-v:refname').split('\n')[0]
console.log(`last release tag: ${last || '(none)'}; branch: ${git('branch', '--show-current')}`)
const current = JSON.parse(readFileSync(resolve(ROOT, 'package.json'), 'utf8')).version as string
// The CHANGELOG move also checks that there is something to release, before anything is written.
let changelog: string
try {
  changelog = releaseChangelog(
    readFileSync(resolve(ROOT, 'CHANGELOG.md'), 'utf8'),
    version,
    values.date
  )
} catch (error) {
  fail(error instanceof Error ? error.message : String(error))
}
build()
if (git('status', '--porcelain', '--', 'dist')) {
  fail('dist/ differs from a fresh build of src/: commit the rebuilt dist/ (npm run build) first')
}
console.log('dist/ matches a fresh build of src/')

step(`version ${current} -> ${version}, CHANGELOG`)
if (current !== version) {
  const bump = (text: string) => text.replace(`"version": "${current}"`, `"version": "${version}"`)
  edit('package.json', bump)
  // The lock file holds the version twice: at the top and for the root package.
  edit('package-lock.json', text => bump(bump(text)))
  edit('src/version.ts', text => text.replace(`VERSION = '${current}'`, `VERSION = '${version}'`))
}
writeFileSync(resolve(ROOT, 'CHANGELOG.md'), changelog)
build()

step(`commit and tags ${tag}, ${major}`)
git(
  'add',
  '--all',
  '--',
  'package.json',
  'package-lock.json',
  'src/version.ts',
  'CHANGELOG.md',
  'dist'
)
git('commit', '--quiet', '-m', `Release ${tag}`)
git('tag', '--annotate', tag, '--message', tag)
git('tag', '--force', '--annotate', major, '--message', `${major} is ${tag}`)
console.log(`${tag} and ${major} point at ${git('rev-parse', '--short', 'HEAD')}`)

const pushes = [
  ['push', 'origin', 'HEAD', tag],
  ['push', '--force', 'origin', major]
]
if (values.push) {
  step('push')
  for (const args of pushes) execFileSync('git', args, { cwd: ROOT, stdio: 'inherit' })
} else {
  console.log('\nNothing pushed. To publish (the tag starts the release workflow):')
  for (const args of pushes) console.log(`  git ${args.join(' ')}`)
}
