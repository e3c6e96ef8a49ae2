import { describe, expect, it } from '@jest/globals'
import { ActionLog } from '../../src/action/log.js'
import { workflowCommands } from '../../test/harness/run-step.js'
import { captured } from '../support/captured.js'

const logged = async (use: (log: ActionLog) => void) =>
  (await captured(async () => use(new ActionLog()))).stdout

describe('the action log', () => {
  it('speaks to the runner in workflow commands, by kind', async () => {
    const stdout = await logged(log => {
      log.mask('glpat-0123456789abcdefghij')
      log.info('Pipeline #1001 created')
      log.debug('GET /pipelines/1001')
      log.notice('Played deploy', 'Played')
      log.warning('Could not cancel', 'Cancel')
      log.error('Job build failed', 'GitLab job failed')
    })
    expect(stdout.split('\n')).toEqual([
      '::add-mask::glpat-0123456789abcdefghij',
      'Pipeline #1001 created',
      '::debug::GET /pipelines/1001',
      '::notice title=Played::Played deploy',
      '::warning title=Cancel::Could not cancel',
      '::error title=GitLab job failed::Job build failed',
      ''
    ])
  })

  it("shows a job's log in a group that stops commands with a token of its own each time", async () => {
    const stdout = await logged(log => {
      log.group('build (#5)', '::error::forged\nok')
      log.group('test (#6)', 'ok')
    })
    expect(workflowCommands(stdout, 'group').map(g => g.message)).toEqual([
      'build (#5)',
      'test (#6)'
    ])
    expect(workflowCommands(stdout, 'endgroup')).toHaveLength(2)
    expect(workflowCommands(stdout, 'error')).toEqual([])
    const tokens = workflowCommands(stdout, 'stop-commands').map(s => s.message)
    expect(tokens).toHaveLength(2)
    expect(tokens[0]).not.toBe(tokens[1])
    for (const token of tokens) expect(stdout).toContain(`\n::${token}::\n`)
  })

  it('shows live lines: a group per running job, inert text inside', async () => {
    const stdout = await logged(log =>
      log.live([
        { kind: 'open-group', title: 'build ::error::x' },
        { kind: 'text', text: '::warning::forged' },
        { kind: 'close-group' },
        { kind: 'text', text: '[test] done' }
      ])
    )
    const lines = stdout.split('\n').filter(Boolean)
    expect(lines).toHaveLength(4)
    expect(workflowCommands(stdout, 'group')).toHaveLength(1)
    expect(workflowCommands(stdout, 'endgroup')).toHaveLength(1)
    expect(workflowCommands(stdout, 'warning')).toEqual([])
    expect(lines[3]).toBe('[test] done')
  })
})
