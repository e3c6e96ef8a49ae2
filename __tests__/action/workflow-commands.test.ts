import { describe, expect, it } from '@jest/globals'
import {
  addMask,
  issueCommand,
  printInertBlock,
  printLine
} from '../../src/action/workflow-commands.js'
import { workflowCommands } from '../../test/harness/run-step.js'
import { captured } from '../support/captured.js'

/** What the step printed, as the lines the runner reads. */
const printed = async (print: () => void) => (await captured(async () => print())).stdout

// The runner's test for a command: a line that starts with `::` (actions/runner ActionCommand.cs).
const commandLines = (stdout: string) => stdout.split('\n').filter(line => line.startsWith('::'))

describe('workflow commands', () => {
  it('escapes the message and the properties as the runner decodes them', async () => {
    const stdout = await printed(() =>
      issueCommand('error', '100% failed\nsee the log', { title: 'Job: build, test', file: '' })
    )
    expect(stdout).toBe('::error title=Job%3A build%2C test::100%25 failed%0Asee the log\n')
    expect(workflowCommands(stdout, 'error')).toEqual([
      { properties: 'title=Job: build, test', message: '100% failed\nsee the log' }
    ])
  })

  it('makes GitLab text inside a message inert, on every line of it', async () => {
    const stdout = await printed(() =>
      issueCommand('warning', 'first\n::add-mask::x\n##[set-output name=a]b', {
        title: '::stop-commands::t'
      })
    )
    expect(commandLines(stdout)).toHaveLength(1)
    const [warning] = workflowCommands(stdout, 'warning')
    expect(warning.message.split('\n').some(line => line.startsWith('::'))).toBe(false)
    expect(warning.message).not.toContain('##[')
    expect(warning.properties).not.toMatch(/^title=::/)
  })

  it('keeps a property on one line', async () => {
    const stdout = await printed(() => issueCommand('notice', 'm', { title: 'a\nb' }))
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(workflowCommands(stdout, 'notice')[0].properties).toBe('title=a ⏎ b')
  })

  it('masks a secret exactly as given', async () => {
    expect(await printed(() => addMask('glpat-secret%value'))).toBe(
      '::add-mask::glpat-secret%25value\n'
    )
  })

  it('prints a plain line that no GitLab text in it can turn into a command', async () => {
    const stdout = await printed(() => printLine('Job build:\n::error::forged\r::warning::too'))
    expect(stdout.split('\n').filter(Boolean)).toHaveLength(1)
    expect(commandLines(stdout)).toEqual([])
  })

  it('wraps a job log in stop-commands with the token given, every line inert', async () => {
    const stdout = await printed(() =>
      printInertBlock('line 1\n::resume-token::\n::error::forged\n##[error]legacy', 'resume-token')
    )
    const lines = stdout.split('\n')
    expect(lines[0]).toBe('::stop-commands::resume-token')
    expect(lines.at(-2)).toBe('::resume-token::')
    expect(lines.slice(1, -2)).toHaveLength(4)
    expect(lines.slice(1, -2).filter(line => line.startsWith('::'))).toEqual([])
    expect(lines.slice(1, -2).join('\n')).not.toContain('##[')
  })
})
