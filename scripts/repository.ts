// The repository's public name, kept in one place: package.json `repository`. Every other mention
// (homepage, bugs, the README's and the examples' `uses: OWNER/REPO@v1`, the CHANGELOG's links)
// is checked against it (__tests__/repo/repository-name.test.ts), and `npm run release` refuses
// to cut a release while it is still a placeholder.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'

const ROOT = resolve(import.meta.dirname, '..')

/** Owners that stand for "put yours here", not a real GitHub account. */
const PLACEHOLDER_OWNERS =
  /^(your[-_]?\w*|my[-_]?(org|name|user|company)|owner|org|example|acme|user|username|changeme|todo|xxx+|placeholder)$/i

export interface Repository {
  owner: string
  name: string
  /** `owner/name`, what `uses:` starts with. */
  slug: string
  /** `https://github.com/owner/name` */
  url: string
}

interface PackageJson {
  homepage?: string
  bugs?: { url?: string }
  repository?: { type?: string; url?: string } | string
}

/** The GitHub repository named by package.json's `repository` (`git+https://github.com/o/r.git`). */
export function repositoryOf(pkg: PackageJson): Repository {
  const url = typeof pkg.repository === 'string' ? pkg.repository : pkg.repository?.url
  const match = /^(?:git\+)?https:\/\/github\.com\/([\w.-]+)\/([\w.-]+?)(?:\.git)?$/.exec(url ?? '')
  if (!match) {
    throw new Error(
      `package.json "repository" must be a GitHub URL, e.g. {"type": "git", "url": "git+https://github.com/OWNER/REPO.git"}; it is ${JSON.stringify(url)}`
    )
  }
  const [, owner, name] = match
  return { owner, name, slug: `${owner}/${name}`, url: `https://github.com/${owner}/${name}` }
}

/**
 * What is wrong with the repository's name for a release: a placeholder owner, or a homepage or
 * bugs URL that points elsewhere. Empty when nothing is.
 */
export function repositoryProblems(pkg: PackageJson): string[] {
  let repository: Repository
  try {
    repository = repositoryOf(pkg)
  } catch (error) {
    return [(error as Error).message]
  }
  const problems: string[] = []
  if (PLACEHOLDER_OWNERS.test(repository.owner)) {
    problems.push(
      `package.json "repository" names the placeholder owner "${repository.owner}": set the GitHub repository that holds this action`
    )
  }
  if (pkg.homepage !== `${repository.url}#readme`) {
    problems.push(`package.json "homepage" should be ${repository.url}#readme`)
  }
  if (pkg.bugs?.url !== `${repository.url}/issues`) {
    problems.push(`package.json "bugs.url" should be ${repository.url}/issues`)
  }
  return problems
}

export function readPackageJson(root = ROOT): PackageJson & Record<string, unknown> {
  return JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'))
}
