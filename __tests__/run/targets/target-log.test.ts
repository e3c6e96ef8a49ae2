// The step's one log as one target sees it: every line and annotation names the target.
import { describe, expect, it } from '@jest/globals'
import { targetLog, type SharedGroups } from '../../../src/run/targets/target-log.js'
import { recordingLog } from '../../support/run-core.js'

describe('targetLog', () => {
  it('names the target on every line and in every annotation title', () => {
    const { log, lines } = recordingLog()
    const api = targetLog(log, 'api')
    api.info('Triggering')
    api.error('Pipeline #1 ended failed', 'Pipeline failed')
    api.warning('no title')
    api.group('test › unit', 'log text')
    expect(lines).toEqual([
      { kind: 'info', text: '[api] Triggering' },
      { kind: 'error', text: '[api] Pipeline #1 ended failed', title: 'api: Pipeline failed' },
      { kind: 'warning', text: '[api] no title', title: 'api' },
      { kind: 'group', text: 'log text', title: '[api] test › unit' }
    ])
  })

  it('keeps one live group open at a time: another target shows its group as a line', () => {
    const { log, live } = recordingLog()
    const groups: SharedGroups = {}
    const api = targetLog(log, 'api', groups)
    const web = targetLog(log, 'web', groups)
    api.live?.([
      { kind: 'open-group', title: 'unit' },
      { kind: 'text', text: 'ok' }
    ])
    web.live?.([
      { kind: 'open-group', title: 'e2e' },
      { kind: 'text', text: 'go' }
    ])
    web.live?.([{ kind: 'close-group' }])
    api.live?.([{ kind: 'close-group' }])
    expect(live).toEqual([
      { kind: 'open-group', title: '[api] unit' },
      { kind: 'text', text: '[api] ok' },
      { kind: 'text', text: '[web] e2e' },
      { kind: 'text', text: '[web] go' },
      { kind: 'close-group' }
    ])
    expect(groups.openBy).toBeUndefined()
  })
})
