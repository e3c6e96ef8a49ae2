/** The CHANGELOG.md edits of `npm run release` (scripts/changelog.ts), on whole files. */
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { releaseChangelog, releaseNotes } from '../../scripts/changelog.js'

const REPO = 'https://github.com/your-org/gitlab-trigger-and-wait'

const withUnreleased = `# Changelog

Intro text.

## [Unreleased]

### Fixed

- The summary shows the jobs after a cancel.

### Added

- \`tokens delete\` asks first.

## [1.1.0] - 2026-12-01

### Added

- Pipeline inputs.

## [1.0.0] - 2026-11-20

- First release.

[Unreleased]: ${REPO}/compare/v1.1.0...HEAD
[1.1.0]: ${REPO}/compare/v1.0.0...v1.1.0
[1.0.0]: ${REPO}/releases/tag/v1.0.0
`

describe('releaseChangelog', () => {
  it('moves the Unreleased entries under the version and date, leaving Unreleased empty', () => {
    expect(releaseChangelog(withUnreleased, '1.2.0', '2026-12-24')).toBe(`# Changelog

Intro text.

## [Unreleased]

## [1.2.0] - 2026-12-24

### Fixed

- The summary shows the jobs after a cancel.

### Added

- \`tokens delete\` asks first.

## [1.1.0] - 2026-12-01

### Added

- Pipeline inputs.

## [1.0.0] - 2026-11-20

- First release.

[Unreleased]: ${REPO}/compare/v1.2.0...HEAD
[1.2.0]: ${REPO}/compare/v1.1.0...v1.2.0
[1.1.0]: ${REPO}/compare/v1.0.0...v1.1.0
[1.0.0]: ${REPO}/releases/tag/v1.0.0
`)
  })

  it('dates a first release prepared as "## [1.0.0] - Unreleased", dropping notes to the releaser', () => {
    const prepared = `# Changelog

## [1.0.0] - Unreleased

<!-- Replace "Unreleased" with the date. -->

The first release.

### Added

- Everything.

[1.0.0]: ${REPO}/releases/tag/v1.0.0
`
    expect(releaseChangelog(prepared, '1.0.0', '2026-12-02')).toBe(`# Changelog

## [Unreleased]

## [1.0.0] - 2026-12-02

The first release.

### Added

- Everything.

[Unreleased]: ${REPO}/compare/v1.0.0...HEAD
[1.0.0]: ${REPO}/releases/tag/v1.0.0
`)
  })

  it("understands this repository's own CHANGELOG.md", () => {
    const text = readFileSync(resolve(import.meta.dirname, '..', '..', 'CHANGELOG.md'), 'utf8')
    const prepared = /^## \[(\d+\.\d+\.\d+)\] - Unreleased$/m.exec(text)?.[1]
    const next = prepared ?? '99.0.0'
    // Right after a release the Unreleased section is empty, and releasing is refused as such.
    if (!prepared && /^## \[Unreleased\]\s*\n## /m.test(text)) {
      expect(() => releaseChangelog(text, next, '2026-12-31')).toThrow(/nothing to release/)
      return
    }
    const released = releaseChangelog(text, next, '2026-12-31')
    expect(released).toContain(`\n## [Unreleased]\n\n## [${next}] - 2026-12-31\n`)
    expect(released).not.toMatch(/\] - Unreleased/)
    expect(releaseNotes(released, next)).toMatch(/^- /m)
  })

  it.each([
    [
      'an Unreleased section with no entries',
      withUnreleased.replace(/## \[Unreleased\][\s\S]*?(?=## \[1\.1\.0\])/, '## [Unreleased]\n\n'),
      '1.2.0',
      /lists no changes: nothing to release/
    ],
    ['a version that is not newer', withUnreleased, '1.1.0', /already has a section for 1\.1\.0/],
    [
      'a version older than the last',
      withUnreleased,
      '1.0.5',
      /1\.0\.5 is not newer than the last release, 1\.1\.0/
    ],
    ['a version that is not X.Y.Z', withUnreleased, 'v1.2', /"v1\.2" is not X\.Y\.Z/],
    [
      'no Unreleased section',
      '# Changelog\n\n## [1.0.0] - 2026-11-20\n\n- x\n',
      '1.1.0',
      /no "## \[Unreleased\]" section/
    ],
    [
      'a prepared section for another version',
      '## [1.0.0] - Unreleased\n\n- x\n',
      '2.0.0',
      /prepares 1\.0\.0/
    ]
  ])('refuses %s', (_, text, version, message) => {
    expect(() => releaseChangelog(text, version, '2026-12-24')).toThrow(message)
  })

  it('leaves a changelog without link references without them', () => {
    const plain = '# Changelog\n\n## [Unreleased]\n\n- One fix.\n'
    expect(releaseChangelog(plain, '0.1.0', '2026-12-24')).toBe(
      '# Changelog\n\n## [Unreleased]\n\n## [0.1.0] - 2026-12-24\n\n- One fix.\n'
    )
  })
})

describe('releaseNotes', () => {
  it("is one version's entries, for the GitHub release", () => {
    expect(releaseNotes(withUnreleased, '1.1.0')).toBe('### Added\n\n- Pipeline inputs.\n')
    expect(releaseNotes(withUnreleased, '1.0.0')).toBe('- First release.\n')
    expect(() => releaseNotes(withUnreleased, '3.0.0')).toThrow(/no section for 3\.0\.0/)
  })
})
