import { ActionLog, runnerDebug } from './log.js'
import { readSettings } from './inputs.js'
import { creationOutputs, finalOutputs, keyOutputs } from './outputs.js'
import { RunnerFiles } from './runner-files.js'
import { runSummaryMarkdown } from './summary.js'
import { triggerAndFollow } from '../run/trigger-and-follow.js'
import type { RunHooks } from '../run/run-log.js'
import { EnvironmentError, InputError } from '../settings/settings.js'
import { abortOnSignals } from '../runtime/signals.js'
import { rerunIdentity } from '../run/start/rerun.js'
import { requestLine } from '../gitlab/client.js'

/** The action's main step: read the inputs, trigger (and follow) the pipeline, fail the step unless it went well. */
export async function run(): Promise<void> {
  const log = new ActionLog()
  const files = new RunnerFiles(log)
  try {
    const read = readSettings(log)
    const settings = { ...read, rerun: await rerunIdentity(process.env, read) }
    // Outputs and state are written the moment they are known: a step killed later keeps them.
    const hooks: RunHooks = {
      pipelineCreated: pipeline => files.setOutputs(creationOutputs(pipeline)),
      watchStarted: (pipeline, projectId) =>
        files.saveState({ pipelineId: String(pipeline.id), projectId }),
      watchEnded: () => files.saveState({ finished: 'true' })
    }
    const result = await triggerAndFollow(settings, {
      log,
      hooks,
      signal: abortOnSignals(),
      tempDir: process.env.RUNNER_TEMP || undefined,
      // One debug line per GitLab request when the runner's debug logging is on (SPEC 6.4).
      onGitLabRequest: runnerDebug(process.env) ? info => log.debug(requestLine(info)) : undefined
    })
    // Values read from GitLab that are secrets are masked before any output holds them.
    for (const secret of result.maskedOutputValues ?? []) log.mask(secret)
    await files.setOutputs(keyOutputs(result))
    await files.setOutputs(finalOutputs(result))
    const summary = settings.summary ? runSummaryMarkdown(result, settings) : undefined
    if (summary !== undefined) await files.writeSummary(summary)
    if (result.outcome !== 'accepted' && result.outcome !== 'triggered') process.exitCode = 1
  } catch (error) {
    process.exitCode = 1
    if (error instanceof InputError) {
      for (const issue of error.issues)
        log.error(`Input "${issue.input}" ${issue.message}`, `Invalid input: ${issue.input}`)
    } else if (error instanceof EnvironmentError) {
      log.error(error.message, `Invalid environment variable: ${error.variable}`)
    } else {
      log.error(`Unexpected error: ${error instanceof Error ? error.message : String(error)}`)
    }
  }
}
