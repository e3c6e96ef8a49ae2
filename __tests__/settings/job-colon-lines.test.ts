import { describe, expect, it } from '@jest/globals'
import {
  ArtifactsLineError,
  OutputsFromLineError,
  parseArtifacts,
  parseOutputsFrom,
  resolveArtifactsRequest
} from '../../src/settings/job-colon-lines.js'

describe('parseArtifacts', () => {
  it('reads JOB and JOB:GLOB lines, skipping blanks and comments', () => {
    expect(parseArtifacts('build\n\n# reports\ntest:reports/**/*.xml\n')).toEqual([
      { line: 'build', job: 'build', glob: undefined },
      { line: 'test:reports/**/*.xml', job: 'test', glob: 'reports/**/*.xml' }
    ])
  })

  it('takes a trailing colon as the whole archive of a job whose name has a colon', () => {
    expect(parseArtifacts('build:linux:')).toEqual([
      { line: 'build:linux:', job: 'build:linux', glob: undefined }
    ])
  })

  it('resolves JOB:GLOB to a whole job when the pipeline has a job of that full name', () => {
    const [request] = parseArtifacts('build:linux')
    expect(resolveArtifactsRequest(request, new Set(['build:linux']))).toEqual({
      line: 'build:linux',
      job: 'build:linux',
      glob: undefined
    })
    expect(resolveArtifactsRequest(request, new Set(['build']))).toEqual(request)
  })

  it.each([
    [':dist/**', 'names no job'],
    ['build:/etc/**', 'is absolute'],
    ['build:../**', 'contains ".."'],
    ['build:dist\\**', 'use "/"'],
    ['build\nbuild', 'repeats an earlier line']
  ])('refuses %j, saying it %s', (text, says) => {
    expect(() => parseArtifacts(text)).toThrow(ArtifactsLineError)
    expect(() => parseArtifacts(text)).toThrow(says)
  })
})

describe('parseOutputsFrom', () => {
  it('reads JOB:PATH lines, skipping blanks and comments', () => {
    expect(
      parseOutputsFrom('deploy:deploy.env\n\n# the build\n  build : dist/out.json  \n')
    ).toEqual([
      { job: 'deploy', path: 'deploy.env' },
      { job: 'build', path: 'dist/out.json' }
    ])
  })

  it('splits at the last colon, so job names may contain one', () => {
    expect(parseOutputsFrom('deploy:prod:deploy.env')).toEqual([
      { job: 'deploy:prod', path: 'deploy.env' }
    ])
  })

  it.each([
    ['deploy', 'has no ":"'],
    [':deploy.env', 'names no job'],
    ['deploy:', 'names no file'],
    ['deploy:/etc/passwd', 'is absolute'],
    ['deploy:../x.env', 'contains ".."'],
    ['deploy:dist\\x.env', 'use "/"'],
    ['deploy:C:/x.env', 'is absolute'],
    ['deploy:dist/', 'names a directory'],
    ['deploy:a//b.env', 'empty or "."'],
    ['deploy:a.env\ndeploy:a.env', 'repeats an earlier line']
  ])('refuses %j, saying it %s, with an example', (text, says) => {
    let thrown: unknown
    try {
      parseOutputsFrom(text)
    } catch (error) {
      thrown = error
    }
    expect(thrown).toBeInstanceOf(OutputsFromLineError)
    expect((thrown as Error).message).toContain(says)
    if (!says.startsWith('repeats')) expect((thrown as Error).message).toContain('e.g. deploy:')
  })

  it('names the line that is wrong', () => {
    expect(() => parseOutputsFrom('deploy:a.env\nbuild')).toThrow(/line 2 \("build"\)/)
  })
})
