// What the CLI prints, captured from its two streams.
import { describe, expect, it } from '@jest/globals'
import { CliReporter } from '../../src/cli/reporter.js'

function reporter(options: { showDebug?: boolean; colour?: boolean } = {}) {
  const out: string[] = []
  const err: string[] = []
  const cli = new CliReporter(
    { colour: false, ...options },
    { stdout: text => out.push(text), stderr: text => err.push(text) }
  )
  return { cli, stdout: () => out.join(''), stderr: () => err.join('') }
}

describe('CliReporter', () => {
  it('prints messages on stderr, warnings and errors with their prefix, debug only when asked', () => {
    const { cli, stdout, stderr } = reporter()
    cli.info('Pipeline #7 created')
    cli.notice('Pipeline #7 ended success')
    cli.warning('slow')
    cli.error('first\nsecond')
    cli.debug('hidden')
    expect(stderr()).toBe(
      'Pipeline #7 created\nPipeline #7 ended success\nwarning: slow\nerror: first\n       second\n'
    )
    expect(stdout()).toBe('')
    const verbose = reporter({ showDebug: true })
    verbose.cli.debug('GitLab request: GET /version -> 401 in 3ms')
    expect(verbose.stderr()).toBe('debug: GitLab request: GET /version -> 401 in 3ms\n')
  })

  it('keeps a one-line message on one line, whatever line breaks it carries', () => {
    const { cli, stderr } = reporter()
    cli.info('job build\n::error::forged')
    expect(stderr().split('\n').filter(Boolean)).toHaveLength(1)
    expect(stderr()).not.toMatch(/^::error::/m)
  })

  it('hides every secret it was told of, the longest whole, in every stream', () => {
    const { cli, stdout, stderr } = reporter()
    cli.mask('glpat-abc')
    cli.mask('glpat-abcdef')
    cli.mask('')
    cli.error('GitLab echoed glpat-abcdef and glpat-abc')
    cli.result('token glpat-abcdef')
    cli.group('Log of build', 'echo glpat-abc')
    expect(stderr()).toContain('GitLab echoed *** and ***')
    expect(stderr()).not.toContain('glpat-abc')
    expect(stdout()).toBe('token ***\n')
  })

  it('prints a job log under a header line, indented, blank lines left blank', () => {
    const { cli, stderr } = reporter()
    cli.group('Log of build', 'line 1\n\nline 3')
    expect(stderr()).toBe('--- Log of build\n    line 1\n\n    line 3\n')
  })

  it('prints live lines as a group header and indented lines, and nothing for none', () => {
    const { cli, stderr } = reporter()
    cli.live([])
    expect(stderr()).toBe('')
    cli.live([
      { kind: 'open-group', title: 'Log of test › build' },
      { kind: 'text', text: 'compiling' },
      { kind: 'close-group' }
    ])
    expect(stderr()).toBe('--- Log of test › build\n    compiling\n')
  })

  it('keeps a log its colour only when colour is on, and resets it after', () => {
    const plain = reporter({ colour: false })
    plain.cli.group('Log of build', '\x1b[31mred')
    expect(plain.stderr()).toBe('--- Log of build\n    red\n')
    const coloured = reporter({ colour: true })
    coloured.cli.group('Log of build', '\x1b[31mred')
    expect(coloured.stderr()).toBe('--- Log of build\n    \x1b[31mred\n\x1b[0m\n')
  })

  it('prints results on stdout: JSON exact for jq, other text made inert', () => {
    const { cli, stdout } = reporter()
    const json = JSON.stringify({ id: 7, name: 'a\u0007b' })
    cli.result(json)
    const [first] = stdout().split('\n')
    expect(JSON.parse(first)).toEqual({ id: 7, name: 'a\u0007b' })
    expect(first).not.toContain('\u0007')
    cli.result('::error::x')
    expect(stdout().split('\n')[1]).not.toMatch(/^::error::/)
  })
})
