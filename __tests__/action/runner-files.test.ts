import { afterEach, beforeEach, describe, expect, it } from '@jest/globals'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { summary as coreSummary } from '@actions/core'
import { RunnerFiles } from '../../src/action/runner-files.js'
import { watchState } from '../../src/action/state.js'
import { parseFileCommands } from '../../test/harness/run-step.js'
import { recordingLog } from '../support/run-core.js'

let dir: string
const saved = { ...process.env }
const file = (name: string) => join(dir, name)
const parsed = (name: string) => parseFileCommands(readFileSync(file(name), 'utf8'))

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'runner-files-'))
  for (const name of ['output', 'state', 'summary']) writeFileSync(file(name), '')
  process.env.GITHUB_OUTPUT = file('output')
  process.env.GITHUB_STATE = file('state')
  process.env.GITHUB_STEP_SUMMARY = file('summary')
  // @actions/core keeps the summary file's path from its first write: forget the last test's.
  ;(coreSummary as unknown as { _filePath?: string })._filePath = undefined
  coreSummary.emptyBuffer()
})
afterEach(() => {
  for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
  Object.assign(process.env, saved)
  rmSync(dir, { recursive: true, force: true })
})

describe("the runner's files", () => {
  it('writes outputs to GITHUB_OUTPUT as the runner reads them, numbers and several lines included', async () => {
    const files = new RunnerFiles(recordingLog().log)
    await files.setOutputs({ 'pipeline-id': 1001, status: 'created' })
    await files.setOutputs({ NOTES: 'line 1\nline 2' })
    expect(parsed('output')).toEqual({
      'pipeline-id': '1001',
      status: 'created',
      NOTES: 'line 1\nline 2'
    })
  })

  it('saves state under the names the post step reads back', async () => {
    const files = new RunnerFiles(recordingLog().log)
    await files.saveState({ pipelineId: '1001', projectId: '42' })
    await files.saveState({ finished: 'true' })
    // The runner hands GITHUB_STATE to the post step as STATE_<name>.
    for (const [name, value] of Object.entries(parsed('state')))
      process.env[`STATE_${name}`] = value
    expect(watchState()).toEqual({ pipelineId: '1001', projectId: '42', finished: 'true' })
  })

  it('appends the job summary, and writes none where the runner gives no summary file', async () => {
    await new RunnerFiles(recordingLog().log).writeSummary('## Pipeline #1001\n')
    // core.summary.addRaw(text, true) ends it with a line break of its own.
    const written = '## Pipeline #1001\n\n'
    expect(readFileSync(file('summary'), 'utf8')).toBe(written)
    delete process.env.GITHUB_STEP_SUMMARY
    const recorded = recordingLog()
    await new RunnerFiles(recorded.log).writeSummary('## again\n')
    expect(readFileSync(file('summary'), 'utf8')).toBe(written)
    expect(recorded.lines).toEqual([])
  })

  it('warns once per file it cannot write, and goes on with the others', async () => {
    process.env.GITHUB_OUTPUT = join(dir, 'missing', 'output')
    process.env.GITHUB_STEP_SUMMARY = join(dir, 'missing', 'summary')
    const recorded = recordingLog()
    const files = new RunnerFiles(recorded.log)
    await files.setOutputs({ 'pipeline-id': 1001, status: 'created' })
    await files.setOutputs({ status: 'success' })
    await files.writeSummary('## Pipeline\n')
    await files.saveState({ pipelineId: '1001' })
    const warnings = recorded.lines.filter(line => line.kind === 'warning')
    expect(warnings.map(warning => warning.title)).toEqual([
      'GITHUB_OUTPUT not written',
      'GITHUB_STEP_SUMMARY not written'
    ])
    expect(warnings[0].text).toMatch(
      /^Could not write the output pipeline-id to GITHUB_OUTPUT \(.*missing\/output\): .*the step goes on\.$/
    )
    expect(parsed('state')).toEqual({ 'pipeline-id': '1001' })
  })
})
