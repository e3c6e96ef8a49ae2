import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { ensureFreshDist } from '../../test/harness/fresh-dist.js'

// A stand-in checkout whose build script counts its runs and copies src/ into dist/, so that
// whether the global setup rebuilt is visible without a real (slow) build.
let root: string
const builds = () => Number(readFileSync(join(root, 'builds'), 'utf8'))
const quiet = { log: () => {} }

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'fresh-dist-'))
  mkdirSync(join(root, 'src', 'run'), { recursive: true })
  mkdirSync(join(root, 'scripts'))
  writeFileSync(join(root, 'builds'), '0')
  writeFileSync(join(root, 'src', 'run', 'outputs.ts'), 'export const outputs = 1\n')
  writeFileSync(join(root, 'src', 'version.ts'), "export const VERSION = '1'\n")
  writeFileSync(join(root, 'package-lock.json'), '{}\n')
  writeFileSync(join(root, 'tsconfig.json'), '{}\n')
  writeFileSync(
    join(root, 'scripts', 'build.mjs'),
    `import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
rmSync('dist', { recursive: true, force: true })
cpSync('src', 'dist', { recursive: true })
writeFileSync('builds', String(Number(readFileSync('builds', 'utf8')) + 1))
`
  )
})
afterEach(() => rmSync(root, { recursive: true, force: true }))

describe('the global setup that keeps dist/ built from src/', () => {
  it('builds when it has no record of the sources dist/ came from, then not again', () => {
    expect(ensureFreshDist({ root, ...quiet })).toBe(true)
    expect(ensureFreshDist({ root, ...quiet })).toBe(false)
    expect(builds()).toBe(1)
  })

  it('rebuilds after a source file is deleted, so the tests see the output gone', () => {
    ensureFreshDist({ root, ...quiet })
    unlinkSync(join(root, 'src', 'run', 'outputs.ts'))
    const messages: string[] = []
    expect(ensureFreshDist({ root, log: message => messages.push(message) })).toBe(true)
    expect(builds()).toBe(2)
    expect(() => readFileSync(join(root, 'dist', 'run', 'outputs.ts'))).toThrow()
    expect(messages.join('\n')).toMatch(/dist\/ was not built from these sources/)
  })

  it('rebuilds after a source file, the build script or the lock file changes', () => {
    ensureFreshDist({ root, ...quiet })
    writeFileSync(join(root, 'src', 'version.ts'), "export const VERSION = '2'\n")
    expect(ensureFreshDist({ root, ...quiet })).toBe(true)
    writeFileSync(join(root, 'package-lock.json'), '{ "lockfileVersion": 3 }\n')
    expect(ensureFreshDist({ root, ...quiet })).toBe(true)
    writeFileSync(
      join(root, 'scripts', 'build.mjs'),
      readFileSync(join(root, 'scripts', 'build.mjs'), 'utf8') + '\n'
    )
    expect(ensureFreshDist({ root, ...quiet })).toBe(true)
    expect(builds()).toBe(4)
    expect(readFileSync(join(root, 'dist', 'version.ts'), 'utf8')).toContain("'2'")
  })

  it('rebuilds when dist/ itself changed (checked out from another branch) or is gone', () => {
    ensureFreshDist({ root, ...quiet })
    writeFileSync(join(root, 'dist', 'version.ts'), "export const VERSION = 'old'\n")
    expect(ensureFreshDist({ root, ...quiet })).toBe(true)
    rmSync(join(root, 'dist'), { recursive: true })
    expect(ensureFreshDist({ root, ...quiet })).toBe(true)
    expect(builds()).toBe(3)
  })
})
