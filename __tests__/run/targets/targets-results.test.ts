import { describe, expect, it } from '@jest/globals'
import { targetsResults } from '../../../src/run/targets/targets-results.js'
import type { TargetsResult } from '../../../src/run/targets/run-targets.js'
import type { Target } from '../../../src/settings/targets.js'

const target = (name: string): Target => ({
  name,
  project: name === 'api' ? '4242' : `group/${name}`,
  ref: 'release/1.10',
  triggerToken: 'glptt-x',
  variables: {},
  inputs: {},
  after: []
})

describe('targetsResults', () => {
  it('lists every target in targets order, the project as written, null ids for one never triggered', () => {
    const result: TargetsResult = {
      outcome: 'not-accepted',
      jobs: [],
      startedAt: 0,
      endedAt: 0,
      targets: [
        { target: target('web'), status: 'not-triggered', outcome: 'not-accepted' },
        {
          target: target('api'),
          status: 'timeout',
          outcome: 'timeout',
          result: {
            outcome: 'timeout',
            jobs: [],
            startedAt: 0,
            endedAt: 0,
            pipeline: {
              id: 9,
              iid: 2,
              project_id: 4242,
              sha: 'abc',
              ref: 'release/1.10',
              status: 'created',
              web_url: 'https://gitlab.example.com/g/api/-/pipelines/9',
              duration: null,
              yaml_errors: null
            }
          }
        }
      ]
    }
    expect(targetsResults(result)).toEqual([
      {
        name: 'web',
        project: 'group/web',
        ref: 'release/1.10',
        'pipeline-id': null,
        'web-url': null,
        status: 'not-triggered'
      },
      {
        name: 'api',
        project: '4242',
        ref: 'release/1.10',
        'pipeline-id': 9,
        'web-url': 'https://gitlab.example.com/g/api/-/pipelines/9',
        status: 'timeout'
      }
    ])
  })
})
