// The parts of a targets run that need no GitLab: the worst status, the step's outcome, the log
// that names the target, and which outputs-from and artifacts lines go to which target.
import { describe, expect, it } from '@jest/globals'
import { stepOutcome, targetStatus, worstStatus } from '../../../src/run/targets/target-status.js'
import { targetLog, type SharedGroups } from '../../../src/run/targets/target-log.js'
import {
  forTarget,
  targetMarker,
  targetSettings
} from '../../../src/run/targets/target-settings.js'
import { INPUT_DEFAULTS, parseSettings } from '../../../src/settings/settings.js'
import type { Target } from '../../../src/settings/targets.js'
import { recordingLog } from '../../support/run-core.js'

const target = (name: string, extra: Partial<Target> = {}): Target => ({
  name,
  project: `acme/${name}`,
  ref: 'main',
  triggerToken: `glptt-${name}token00000000000000`,
  variables: { REGION: name },
  inputs: {},
  after: [],
  ...extra
})

describe('worstStatus', () => {
  it('puts any status outside accept-statuses before any inside, then failed first', () => {
    expect(worstStatus(['success', 'failed', 'timeout'], ['success'])).toBe('failed')
    expect(worstStatus(['success', 'not-triggered', 'canceled'], ['success'])).toBe('canceled')
    expect(worstStatus(['success', 'manual'], ['success'])).toBe('manual')
    // Accepted: failed is not worse than a canceled that is not.
    expect(worstStatus(['failed', 'canceled'], ['success', 'failed'])).toBe('canceled')
    expect(worstStatus(['success', 'manual'], ['success', 'manual'])).toBe('manual')
    expect(worstStatus(['success', 'success'], ['success'])).toBe('success')
  })

  it('ranks a pipeline still going between manual and success (a step that does not wait)', () => {
    expect(worstStatus(['success', 'running', 'created'], ['success'])).toBe('running')
  })
})

describe('stepOutcome and targetStatus', () => {
  it('takes the most serious outcome of the targets', () => {
    expect(stepOutcome(['accepted', 'not-accepted', 'timeout'])).toBe('timeout')
    expect(stepOutcome(['accepted', 'gitlab-error', 'timeout'])).toBe('gitlab-error')
    expect(stepOutcome(['accepted', 'accepted'])).toBe('accepted')
    expect(stepOutcome(['triggered', 'triggered'])).toBe('triggered')
  })

  it('says not-triggered for a target never run or whose trigger created nothing', () => {
    expect(targetStatus(undefined)).toBe('not-triggered')
    expect(targetStatus({ outcome: 'gitlab-error', jobs: [], startedAt: 0, endedAt: 0 })).toBe(
      'not-triggered'
    )
  })
})

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

describe('targetSettings', () => {
  const step = parseSettings({
    ...INPUT_DEFAULTS,
    project: 'acme/step',
    ref: 'main',
    'trigger-token': 'glptt-steptoken000000000000',
    wait: 'true',
    'api-token': 'glpat-apitoken0000000000',
    'outputs-from': 'api/deploy:out.env\ndeploy:all.env\nweb/app/build:b.json',
    artifacts: 'api/build:dist/**\nreport'
  })

  it('sends a TARGET/JOB line to that target only, and a plain one to every target', async () => {
    const names = ['api', 'web', 'web/app']
    const api = await targetSettings(step, target('api'), names, 60_000)
    expect(api.outputsFrom).toEqual([
      { job: 'deploy', path: 'out.env' },
      { job: 'deploy', path: 'all.env' }
    ])
    expect(api.artifacts).toEqual([
      { line: 'build:dist/**', job: 'build', glob: 'dist/**' },
      { line: 'report', job: 'report', glob: undefined }
    ])
    // The longest target name that fits wins: web/app/build is web/app's job build.
    const webApp = forTarget(step.outputsFrom, 'web/app', names)
    expect(webApp.map(one => one.job)).toEqual(['deploy', 'build'])
    expect(forTarget(step.outputsFrom, 'web', names).map(one => one.job)).toEqual(['deploy'])
  })

  it('gives the target its project, ref, token, values, what is left of the timeout and its own artifacts directory', async () => {
    const api = await targetSettings(step, target('api'), ['api'], 42_000)
    expect(api).toMatchObject({
      project: 'acme/api',
      ref: 'main',
      triggerToken: 'glptt-apitoken00000000000000',
      variables: { REGION: 'api' },
      timeoutMs: 42_000,
      artifactsDir: 'gitlab-artifacts/api'
    })
    const slashed = await targetSettings(step, target('group/app'), ['group/app'], 1_000)
    expect(slashed.artifactsDir).toBe('gitlab-artifacts/group_app')
  })

  it('gives each target its own re-run marker, kept from one attempt to the next', async () => {
    const marker = '4242-0123456789abcdef0123456789abcdef'
    const eu = await targetMarker(marker, target('eu', { project: 'acme/app' }))
    const us = await targetMarker(marker, target('us', { project: 'acme/app' }))
    expect(eu).not.toBe(us)
    expect(eu).toMatch(/^4242-[0-9a-f]{32}$/)
    expect(await targetMarker(marker, target('eu', { project: 'acme/app' }))).toBe(eu)
    const rerun = await targetSettings(
      { ...step, rerun: { attempt: 2, marker } },
      target('eu'),
      ['eu'],
      1
    )
    expect(rerun.rerun).toEqual({ attempt: 2, marker: await targetMarker(marker, target('eu')) })
  })
})
