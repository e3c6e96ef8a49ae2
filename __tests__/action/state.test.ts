import { afterEach, describe, expect, it } from '@jest/globals'
import { POST_STEP_FLAG, STATE_KEYS, isPostStep, watchState } from '../../src/action/state.js'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { ROOT, actionYaml } from '../../test/harness/run-step.js'

const saved = { ...process.env }
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
})

describe('post-step state', () => {
  it('knows the post step only by the flag its entry file sets', () => {
    delete process.env[POST_STEP_FLAG]
    expect(isPostStep()).toBe(false)
    // Saved state alone (a main step killed after saving) does not make a post step.
    process.env['STATE_pipeline-id'] = '1001'
    expect(isPostStep()).toBe(false)
    process.env[POST_STEP_FLAG] = 'true'
    expect(isPostStep()).toBe(true)
    process.env[POST_STEP_FLAG] = '1'
    expect(isPostStep()).toBe(false)
  })

  it('reads what the main step saved from STATE_<name>, as the runner hands it over', () => {
    process.env['STATE_pipeline-id'] = '1001'
    process.env['STATE_project-id'] = '42'
    process.env.STATE_finished = 'true'
    expect(watchState()).toEqual({ pipelineId: '1001', projectId: '42', finished: 'true' })
  })

  it('takes missing or empty state as not saved', () => {
    delete process.env['STATE_pipeline-id']
    process.env['STATE_project-id'] = ''
    delete process.env.STATE_finished
    expect(watchState()).toEqual({
      pipelineId: undefined,
      projectId: undefined,
      finished: undefined
    })
  })

  it('uses the flag the post entry (action.yml runs.post, written by scripts/build.mjs) sets', () => {
    const action = actionYaml as unknown as { runs: { post: string } }
    expect(action.runs.post).toBe('dist/post.js')
    const build = readFileSync(join(ROOT, 'scripts', 'build.mjs'), 'utf8')
    expect(build).toContain(`process.env.${POST_STEP_FLAG} = 'true'`)
  })

  it('saves each piece of state under its own name', () => {
    expect(new Set(Object.values(STATE_KEYS)).size).toBe(Object.keys(STATE_KEYS).length)
  })
})
