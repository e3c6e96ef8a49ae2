import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { readTargetsFile } from '../../src/cli/targets-file.js'

describe('readTargetsFile', () => {
  it('reads the file whole, and names the flag and the file when it cannot', () => {
    const dir = mkdtempSync(join(tmpdir(), 'targets-file-'))
    try {
      const file = join(dir, 'targets.yml')
      writeFileSync(file, '- project: a/b\n')
      const problems: string[] = []
      expect(readTargetsFile(file, problems)).toBe('- project: a/b\n')
      expect(readTargetsFile(join(dir, 'missing.yml'), problems)).toBe('')
      expect(readTargetsFile(dir, problems)).toBe('')
      expect(problems).toEqual([
        expect.stringMatching(
          /^--targets-file cannot read ".*missing\.yml": no such file\. Example: --targets-file targets\.yml/
        ),
        expect.stringMatching(/^--targets-file cannot read ".*": it is a directory\./)
      ])
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  })
})
