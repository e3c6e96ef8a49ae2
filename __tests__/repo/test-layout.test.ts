/**
 * Tests mirror src/ (CONTRIBUTING.md, issue 17 point 6): `src/a/b.ts` with logic in it is tested
 * by `__tests__/a/b.test.ts`. A file has logic when it holds a function, a method or a class;
 * modules of types and constants only need no test of their own. The one list of files excused,
 * each with its reason, is EXCEPTIONS below; it is checked to stay true in both directions.
 */
import { describe, expect, it } from '@jest/globals'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import ts from 'typescript'

const ROOT = resolve(import.meta.dirname, '..', '..')

/**
 * Files of src/ with logic and no test at their mirrored path. An entry point or a file whose
 * behaviour can only be seen through another (a prompt, a process's exit) says so; the others
 * name the tests that exercise them meanwhile, until they get a test file of their own.
 */
const EXCEPTIONS: Record<string, string> = {
  'src/action/index.ts':
    'entry point: picks the main or the post step and exits; every test in __tests__/e2e/ runs it through dist/',
  'src/cli/index.ts':
    'entry point: calls main and exits with its code; run through dist/ by __tests__/e2e/cli.test.ts'
}

/**
 * Folders of __tests__/ that mirror no src/ folder, and what they test instead. Every other test
 * file mirrors a file of src/.
 */
const OTHER_TEST_FOLDERS: Record<string, string> = {
  e2e: 'the built dist/ as the runner and a shell run it',
  repo: 'the repository itself: metadata, this layout',
  harness: 'test/harness/, the one way tests, demo and benchmark run a built entry',
  simulator: 'test/simulator/, the GitLab the tests talk to',
  scripts: 'scripts/, the build and release tools',
  support: 'helpers the tests share; no tests'
}

const filesUnder = (dir: string, suffix: string): string[] =>
  readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
    .filter(file => file.endsWith(suffix))
    .map(file => `${dir}/${file.split('\\').join('/')}`)
    .sort()

const mirroredTest = (source: string) =>
  source.replace(/^src\//, '__tests__/').replace(/\.ts$/, '.test.ts')
const mirroredSource = (test: string) =>
  test.replace(/^__tests__\//, 'src/').replace(/\.test\.ts$/, '.ts')

/** Whether the module holds code that runs: a function or method with a body, or a class. */
function hasLogic(file: string): boolean {
  const source = ts.createSourceFile(
    file,
    readFileSync(join(ROOT, file), 'utf8'),
    ts.ScriptTarget.Latest
  )
  const runs = (node: ts.Node): boolean =>
    (ts.isFunctionLike(node) && 'body' in node && node.body !== undefined) ||
    ts.isClassLike(node) ||
    ts.forEachChild(node, runs) === true
  return runs(source)
}

const sources = filesUnder('src', '.ts')
const withLogic = sources.filter(hasLogic)
const tested = (source: string) => existsSync(join(ROOT, mirroredTest(source)))

describe('tests mirror src/', () => {
  it('finds the source files and tells logic from types and constants', () => {
    expect(withLogic).toContain('src/run/results/artifacts.ts')
    expect(withLogic).toContain('src/action/index.ts')
    expect(sources).toContain('src/version.ts')
    expect(withLogic).not.toContain('src/version.ts')
  })

  it('has a test at the mirrored path for every source file with logic, or an exception', () => {
    const missing = withLogic.filter(source => !tested(source) && !(source in EXCEPTIONS))
    expect(missing.map(source => `${source}: add ${mirroredTest(source)}`)).toEqual([])
  })

  it('keeps the exceptions true: each a source file with logic, no test yet, and a reason', () => {
    const stale = Object.entries(EXCEPTIONS).flatMap(([source, reason]) => {
      if (!sources.includes(source)) return [`${source}: no such file in src/ any more`]
      if (!withLogic.includes(source)) return [`${source}: has no logic, needs no exception`]
      if (tested(source)) return [`${source}: ${mirroredTest(source)} exists now`]
      if (reason.trim() === '') return [`${source}: give the reason`]
      return []
    })
    expect(stale).toEqual([])
  })

  it('cites only test files that exist in the reasons', () => {
    const cited = Object.values(EXCEPTIONS).flatMap(reason =>
      [...reason.matchAll(/__tests__\/[\w./-]+\.test\.ts/g)].map(match => match[0])
    )
    expect(cited.length).toBeGreaterThan(0)
    expect(cited.filter(test => !existsSync(join(ROOT, test)))).toEqual([])
  })

  it('has no test file that mirrors nothing (a source moved or removed without its test)', () => {
    const orphans = filesUnder('__tests__', '.test.ts').filter(test => {
      const folder = relative('__tests__', test).split('/')[0]
      if (folder in OTHER_TEST_FOLDERS) return false
      return !existsSync(join(ROOT, mirroredSource(test)))
    })
    expect(orphans.map(test => `${test}: no ${mirroredSource(test)}`)).toEqual([])
  })
})
