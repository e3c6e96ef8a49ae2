/**
 * The repository's public name is kept once, in package.json `repository` (scripts/repository.ts):
 * every `uses: OWNER/REPO@…` of this action and every GitHub link to the repository in the docs,
 * the examples and the workflows name the same one, and `npm run release` refuses a placeholder.
 */
import { execFile } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from '@jest/globals'
import { repositoryOf, repositoryProblems } from '../../scripts/repository.js'
import { TOOL_NAME } from '../../src/version.js'
import { DOC_FILES, ROOT, read } from './doc-text.js'

const pkg = JSON.parse(read('package.json')) as Parameters<typeof repositoryOf>[0]
const repository = repositoryOf(pkg)
const workflowFiles = ['.github/workflows', '.github/workflows/examples'].flatMap(dir =>
  readdirSync(join(ROOT, dir))
    .filter(file => /\.ya?ml$/.test(file))
    .map(file => `${dir}/${file}`)
)
const texts = [...DOC_FILES, 'CHANGELOG.md', 'SECURITY.md', ...workflowFiles].map(file => ({
  file,
  text: read(file)
}))

describe('the repository name (package.json repository)', () => {
  it('is a real one, with homepage and bugs on the same repository', () => {
    expect(repository.name).toBe(TOOL_NAME)
    expect(repositoryProblems(pkg)).toEqual([])
  })

  it('is what every `uses:` of this action and every link to the repository names', () => {
    const mentions = texts.flatMap(({ file, text }) => [
      ...[...text.matchAll(/uses: ([\w.-]+\/[\w.-]+)@/g)]
        .filter(([, slug]) => slug.endsWith(`/${TOOL_NAME}`))
        .map(([, slug]) => ({ file, slug })),
      ...[...text.matchAll(/github\.com\/([\w.-]+\/[\w.-]+?)(?:\.git)?(?=[/#)\s`'"]|$)/gm)]
        .filter(([, slug]) => slug.endsWith(`/${TOOL_NAME}`))
        .map(([, slug]) => ({ file, slug }))
    ])
    expect(mentions.length).toBeGreaterThanOrEqual(10)
    expect(mentions.filter(({ slug }) => slug !== repository.slug)).toEqual([])
  })

  it.each([
    ['a placeholder owner', 'your-org', /placeholder owner "your-org"/],
    ['another placeholder owner', 'OWNER', /placeholder owner "OWNER"/],
    ['a homepage elsewhere', 'someone', /"homepage" should be https:\/\/github.com\/someone\//]
  ])('finds %s', (_, owner, problem) => {
    const url = `https://github.com/${owner}/${TOOL_NAME}`
    const candidate = {
      ...pkg,
      repository: { type: 'git', url: `git+${url}.git` },
      bugs: { url: `${url}/issues` },
      homepage: owner === 'someone' ? `${repository.url}#readme` : `${url}#readme`
    }
    expect(repositoryProblems(candidate).join('\n')).toMatch(problem)
  })

  it('stops npm run release before anything else while it is a placeholder', async () => {
    // A copy of the release scripts beside a package.json with a placeholder: nothing is touched.
    const dir = mkdtempSync(join(tmpdir(), 'release-placeholder-'))
    try {
      mkdirSync(join(dir, 'scripts'))
      for (const file of ['release.ts', 'changelog.ts', 'repository.ts']) {
        copyFileSync(join(ROOT, 'scripts', file), join(dir, 'scripts', file))
      }
      const url = `https://github.com/your-org/${TOOL_NAME}`
      writeFileSync(
        join(dir, 'package.json'),
        JSON.stringify({
          ...pkg,
          repository: { type: 'git', url: `git+${url}.git` },
          homepage: `${url}#readme`,
          bugs: { url: `${url}/issues` }
        })
      )
      const tsx = join(ROOT, 'node_modules', '.bin', 'tsx')
      const release = await promisify(execFile)(
        tsx,
        [join(dir, 'scripts', 'release.ts'), '9.9.9'],
        {
          cwd: dir
        }
      ).then(
        () => ({ code: 0, stderr: '' }),
        (error: { code: number; stderr: string }) => error
      )
      expect(release.code).toBe(1)
      expect(release.stderr).toMatch(
        /release: package.json "repository" names the placeholder owner "your-org"/
      )
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
