import { describe, expect, it } from '@jest/globals'
import * as results from '../../src/settings/results-inputs.js'
import { parseInput as parse } from '../support/parse-input.js'

describe('outputsFrom and artifacts: JOB:PATH lines', () => {
  it('reads the lines, and reports a bad line as an issue of the input, not a crash', () => {
    expect(parse(results.outputsFrom, 'deploy:deploy.env').value).toEqual([
      expect.objectContaining({ job: 'deploy' })
    ])
    expect(parse(results.outputsFrom, 'no-colon').error).toMatch(/deploy:deploy\.env/)
    expect(parse(results.artifacts, 'build:dist/**').value).toEqual([
      expect.objectContaining({ job: 'build' })
    ])
    expect(parse(results.artifacts, ':dist').error).toBeDefined()
    expect(parse(results.outputsFrom, '')).toEqual({ value: [] })
  })
})

describe('artifactsDir', () => {
  it('takes a directory inside the workspace', () => {
    expect(parse(results.artifactsDir, ' gitlab-artifacts ')).toEqual({ value: 'gitlab-artifacts' })
    expect(parse(results.artifactsDir, 'out/gitlab')).toEqual({ value: 'out/gitlab' })
  })

  it('refuses an absolute directory, on any system, and one that climbs out', () => {
    expect(parse(results.artifactsDir, '/tmp/x').error).toMatch(/^"\/tmp\/x" is absolute/)
    expect(parse(results.artifactsDir, 'C:\\out').error).toMatch(/is absolute/)
    expect(parse(results.artifactsDir, 'out/../../etc').error).toMatch(/contains "\.\."/)
    expect(parse(results.artifactsDir, 'out\\..\\x').error).toMatch(/contains "\.\."/)
    // A name that only starts with dots is inside.
    expect(parse(results.artifactsDir, '..artifacts')).toEqual({ value: '..artifacts' })
  })
})

describe('pipelineId', () => {
  it('takes a positive id, and none when empty', () => {
    expect(parse(results.pipelineId, ' 1234 ')).toEqual({ value: 1234 })
    expect(parse(results.pipelineId, '')).toEqual({ value: undefined })
  })

  it('refuses what is not an id, and an id past 2^53 rather than a neighbour', () => {
    for (const text of ['0', '-1', '12a', '0123', '1.5'])
      expect(parse(results.pipelineId, text).error).toMatch(/is not a pipeline id/)
    expect(parse(results.pipelineId, '9007199254740993').error).toMatch(
      /is larger than the largest pipeline id this tool can follow exactly \(9007199254740991\)/
    )
    expect(parse(results.pipelineId, '9007199254740991')).toEqual({ value: 9007199254740991 })
  })
})

describe('playManual', () => {
  it('takes names by commas or lines, once each, or * alone', () => {
    expect(parse(results.playManual, 'deploy-prod, smoke\ndeploy-prod,')).toEqual({
      value: ['deploy-prod', 'smoke']
    })
    expect(parse(results.playManual, ' * ')).toEqual({ value: ['*'] })
    expect(parse(results.playManual, '')).toEqual({ value: [] })
  })

  it('refuses * beside names', () => {
    expect(parse(results.playManual, '*,deploy').error).toMatch(/give it alone/)
  })
})

describe('onRerun', () => {
  it('takes reuse or new in any case, and nothing else', () => {
    expect(parse(results.onRerun, ' Reuse ')).toEqual({ value: 'reuse' })
    expect(parse(results.onRerun, 'NEW')).toEqual({ value: 'new' })
    expect(parse(results.onRerun, 'always').error).toBe('must be reuse or new, got "always"')
  })
})
