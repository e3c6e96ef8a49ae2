import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { summary as coreSummary } from '@actions/core'
import { actionYaml, parseFileCommands } from '../../test/harness/run-step.js'
import { captured } from './captured.js'

export interface InProcessStep {
  exitCode: number
  stdout: string
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

/**
 * Runs an action step in this process as the runner would set it up: inputs as INPUT_<NAME>
 * with action.yml's defaults, STATE_* for the post step, fresh GITHUB_OUTPUT/GITHUB_STATE/
 * GITHUB_STEP_SUMMARY files read back afterwards. The environment and process.exitCode are
 * restored after the step.
 */
export async function inProcessStep(
  step: () => Promise<void>,
  inputs: Record<string, string>,
  { state = {}, env = {} }: { state?: Record<string, string>; env?: Record<string, string> } = {}
): Promise<InProcessStep> {
  const dir = mkdtempSync(join(tmpdir(), 'in-process-step-'))
  const files = {
    GITHUB_OUTPUT: join(dir, 'output'),
    GITHUB_STATE: join(dir, 'state'),
    GITHUB_STEP_SUMMARY: join(dir, 'summary')
  }
  for (const file of Object.values(files)) writeFileSync(file, '')
  const stepEnv: Record<string, string> = { ...files, RUNNER_TEMP: dir, ...env }
  for (const [name, input] of Object.entries(actionYaml.inputs)) {
    const value = inputs[name] ?? input.default
    if (value !== undefined) stepEnv[`INPUT_${name.toUpperCase()}`] = value
  }
  for (const [name, value] of Object.entries(state)) stepEnv[`STATE_${name}`] = value

  const saved = { ...process.env }
  const savedExitCode = process.exitCode
  Object.assign(process.env, stepEnv)
  process.exitCode = undefined
  // @actions/core keeps the summary file's path from its first write: forget the last step's.
  const summaryCache = coreSummary as unknown as { _filePath?: string }
  summaryCache._filePath = undefined
  coreSummary.emptyBuffer()
  try {
    const { stdout } = await captured(step)
    return {
      exitCode: Number(process.exitCode ?? 0),
      stdout,
      outputs: parseFileCommands(readFileSync(files.GITHUB_OUTPUT, 'utf8')),
      state: parseFileCommands(readFileSync(files.GITHUB_STATE, 'utf8')),
      summary: readFileSync(files.GITHUB_STEP_SUMMARY, 'utf8')
    }
  } finally {
    process.exitCode = savedExitCode
    for (const name of Object.keys(process.env)) if (!(name in saved)) delete process.env[name]
    Object.assign(process.env, saved)
    rmSync(dir, { recursive: true, force: true })
  }
}
