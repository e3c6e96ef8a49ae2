import { ActionReporter } from './action/reporter.js'
import { readSettings } from './action/inputs.js'
import { triggerAndFollow } from './pipeline-run.js'
import { InputError } from './settings.js'
import { abortOnSignals } from './signals.js'

/** The action's main step: read the inputs, trigger (and follow) the pipeline, fail the step unless it went well. */
export async function run(): Promise<void> {
  const reporter = new ActionReporter()
  try {
    const settings = readSettings(reporter)
    const exitCode = await triggerAndFollow(settings, reporter, abortOnSignals())
    if (exitCode !== 0) process.exitCode = 1
  } catch (error) {
    process.exitCode = 1
    if (error instanceof InputError) {
      for (const issue of error.issues)
        reporter.error(`Input "${issue.input}" ${issue.message}`, `Invalid input: ${issue.input}`)
    } else {
      reporter.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
