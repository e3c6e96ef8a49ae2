import { describe, expect, it } from '@jest/globals'
import { globToRegExp, pathMatches } from '../../../src/run/results/glob.js'

describe('artifacts globs', () => {
  it.each([
    ['dist/**', 'dist/app.js', true],
    ['dist/**', 'dist/a/b/c.js', true],
    ['dist/**', 'distribution/a.js', false],
    ['*.xml', 'report.xml', true],
    ['*.xml', 'reports/report.xml', false],
    ['**/*.xml', 'report.xml', true],
    ['**/*.xml', 'a/b/report.xml', true],
    ['reports/**/junit.xml', 'reports/junit.xml', true],
    ['reports/**/junit.xml', 'reports/a/b/junit.xml', true],
    ['file?.txt', 'file1.txt', true],
    ['file?.txt', 'file/.txt', false],
    ['a.b', 'aXb', false],
    ['[ab].txt', '[ab].txt', true],
    ['dist', 'dist/app.js', true],
    ['dist', 'dist', true],
    ['dist', 'distribution', false],
    ['coverage/*', 'coverage/html/index.html', true]
  ])('%j selects %j: %s', (glob, file, selected) => {
    expect(pathMatches(file, globToRegExp(glob))).toBe(selected)
  })
})
