// One target's settings: its own fields, what is left of the timeout, its re-run marker, and the
// outputs-from and artifacts lines meant for it.
import { describe, expect, it } from '@jest/globals'
import {
  forTarget,
  targetMarker,
  targetSettings
} from '../../../src/run/targets/target-settings.js'
import { INPUT_DEFAULTS, parseSettings } from '../../../src/settings/settings.js'
import type { Target } from '../../../src/settings/targets.js'

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
