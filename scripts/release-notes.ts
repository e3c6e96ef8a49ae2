// Prints one version's CHANGELOG.md entries, the notes of its GitHub release (release.yml):
//
//   npx tsx scripts/release-notes.ts 1.2.3 > notes.md
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { releaseNotes } from './changelog.js'

const version = process.argv[2]?.replace(/^v/, '') ?? ''
try {
  const changelog = readFileSync(resolve(import.meta.dirname, '..', 'CHANGELOG.md'), 'utf8')
  process.stdout.write(releaseNotes(changelog, version))
} catch (error) {
  console.error(`release-notes: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
