import { ActionReporter } from './reporter.js'
import { readSettings } from './inputs.js'
import { triggerAndFollow } from '../run/trigger-and-follow.js'
import { InputError } from '../settings/settings.js'
import { abortOnSignals } from '../runtime/signals.js'

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
