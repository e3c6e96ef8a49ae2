// The CHANGELOG.md edits of a release, as pure functions of the text (tested in
// __tests__/release-changelog.test.ts; used by scripts/release.ts and the release workflow).
// The file follows Keep a Changelog: changes collect under "## [Unreleased]" and a release
// moves them under "## [X.Y.Z] - YYYY-MM-DD". The first release may instead be prepared as
// "## [X.Y.Z] - Unreleased", which then only gets its date.

const SEMVER = /^\d+\.\d+\.\d+$/
const DATE = /^\d{4}-\d{2}-\d{2}$/
const HEADING = /^## \[([^\]]+)\](.*)$/
/** A link reference line: `[1.0.0]: https://github.com/owner/repo/releases/tag/v1.0.0`. */
const LINK = /^\[([^\]]+)\]:\s*(\S+)/
const GITHUB_REPO = /^(https:\/\/github\.com\/[^/]+\/[^/]+?)(?:\.git)?\/(?:releases|compare|tree)\//

interface Section {
  /** Index of the `## [...]` heading line. */
  start: number
  /** Index of the line after the section's last line. */
  end: number
  name: string
  rest: string
}

function sections(lines: readonly string[]): Section[] {
  const found: Section[] = []
  lines.forEach((line, index) => {
    const match = HEADING.exec(line)
    if (!match) return
    const previous = found.at(-1)
    if (previous) previous.end = index
    found.push({ start: index, end: lines.length, name: match[1], rest: match[2] })
  })
  // The last section ends where the link references start.
  const last = found.at(-1)
  if (last) {
    let end = last.end
    while (end > last.start + 1 && (LINK.test(lines[end - 1]) || !lines[end - 1].trim())) end--
    last.end = end
  }
  return found
}

/** The body without notes to the releaser (`<!-- … -->`) and without blank lines around it. */
function entries(body: readonly string[]): string[] {
  const text = body.join('\n').replace(/<!--[\s\S]*?-->\n?/g, '')
  return text
    .replace(/^\s*\n/, '')
    .trimEnd()
    .split('\n')
}

const compareVersions = (a: string, b: string) => {
  const [x, y] = [a, b].map(version => version.split('.').map(Number))
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i]
  return 0
}

/**
 * Moves the Unreleased entries under `## [version] - date`, leaves an empty `## [Unreleased]`
 * above them, and points the link references at the new tag (when the file has any to follow).
 * Throws when there is nothing to release, or when the version is not newer than the last one.
 */
export function releaseChangelog(text: string, version: string, date: string): string {
  if (!SEMVER.test(version)) throw new Error(`version "${version}" is not X.Y.Z, e.g. 1.2.3`)
  if (!DATE.test(date)) throw new Error(`date "${date}" is not YYYY-MM-DD`)
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const all = sections(lines)
  const unreleased =
    all.find(section => section.name.toLowerCase() === 'unreleased') ??
    all.find(section => /^\s*-\s*unreleased\s*$/i.test(section.rest))
  if (!unreleased) {
    throw new Error('CHANGELOG.md has no "## [Unreleased]" section to release')
  }
  const prepared = unreleased.name.toLowerCase() !== 'unreleased'
  if (prepared && unreleased.name !== version) {
    throw new Error(
      `CHANGELOG.md prepares ${unreleased.name} ("## [${unreleased.name}] - Unreleased"), not ${version}`
    )
  }
  const released = all.filter(section => SEMVER.test(section.name) && section !== unreleased)
  if (released.some(section => section.name === version)) {
    throw new Error(`CHANGELOG.md already has a section for ${version}`)
  }
  const previous = released
    .map(section => section.name)
    .sort(compareVersions)
    .at(-1)
  if (previous && compareVersions(version, previous) <= 0) {
    throw new Error(`${version} is not newer than the last release, ${previous}`)
  }
  const body = entries(lines.slice(unreleased.start + 1, unreleased.end))
  if (!body.some(line => /^\s*[-*] /.test(line))) {
    throw new Error('the Unreleased section of CHANGELOG.md lists no changes: nothing to release')
  }

  const section = ['## [Unreleased]', '', `## [${version}] - ${date}`, '', ...body, '']
  const rest = lines.slice(unreleased.end)
  while (rest.length > 0 && !rest[0].trim()) rest.shift()
  const out = [...lines.slice(0, unreleased.start), ...section, ...rest]
  return updateLinks(out, version, previous).join('\n')
}

/** `[Unreleased]` compares the new tag with HEAD; `[version]` links the release. */
function updateLinks(lines: string[], version: string, previous: string | undefined): string[] {
  const links = lines.flatMap((line, index) => {
    const match = LINK.exec(line)
    return match ? [{ index, name: match[1], url: match[2] }] : []
  })
  const repo = links.map(link => GITHUB_REPO.exec(link.url)?.[1]).find(Boolean)
  if (!repo) return lines
  const unreleasedLink = `[Unreleased]: ${repo}/compare/v${version}...HEAD`
  const versionLink = previous
    ? `[${version}]: ${repo}/compare/v${previous}...v${version}`
    : `[${version}]: ${repo}/releases/tag/v${version}`
  const out = lines.filter((_, index) => {
    const link = links.find(candidate => candidate.index === index)
    return !link || !['unreleased', version].includes(link.name.toLowerCase())
  })
  const first = out.findIndex(line => LINK.test(line))
  out.splice(first, 0, unreleasedLink, versionLink)
  return out
}

/** The entries of one released version, for the GitHub release's notes. */
export function releaseNotes(text: string, version: string): string {
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const section = sections(lines).find(candidate => candidate.name === version)
  if (!section) throw new Error(`CHANGELOG.md has no section for ${version}`)
  return `${entries(lines.slice(section.start + 1, section.end)).join('\n')}\n`
}
