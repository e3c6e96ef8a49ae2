import { describe, expect, it } from '@jest/globals'
import { resultsJson } from '../../../src/cli/commands/trigger-targets.js'
import type { TargetsResult } from '../../../src/run/targets/run-targets.js'

describe('resultsJson', () => {
  it('gives each target with snake_case keys, in targets order', () => {
    const target = (name: string) => ({
      name,
      project: `g/${name}`,
      ref: 'main',
      triggerToken: 'glptt-x',
      variables: {},
      inputs: {},
      after: []
    })
    const result: TargetsResult = {
      outcome: 'not-accepted',
      jobs: [],
      startedAt: 0,
      endedAt: 0,
      targets: [
        {
          target: target('api'),
          status: 'failed',
          outcome: 'not-accepted',
          result: {
            outcome: 'not-accepted',
            jobs: [],
            startedAt: 0,
            endedAt: 0,
            pipeline: {
              id: 7,
              iid: 1,
              project_id: 3,
              sha: 'abc',
              ref: 'main',
              status: 'created',
              web_url: 'https://gitlab.example.com/g/api/-/pipelines/7',
              duration: null,
              yaml_errors: null
            }
          }
        },
        { target: target('web'), status: 'not-triggered', outcome: 'not-accepted' }
      ]
    }
    expect(resultsJson(result)).toEqual([
      {
        name: 'api',
        project: 'g/api',
        ref: 'main',
        pipeline_id: 7,
        web_url: 'https://gitlab.example.com/g/api/-/pipelines/7',
        status: 'failed'
      },
      {
        name: 'web',
        project: 'g/web',
        ref: 'main',
        pipeline_id: null,
        web_url: null,
        status: 'not-triggered'
      }
    ])
  })
})
