import { ActionLog, debugLines, runnerDebug } from './log.js'
import { readSettings } from './inputs.js'
import type { RunnerFiles } from './runner-files.js'
import { triggerAndFollow } from '../run/trigger-and-follow.js'
import type { RunHooks } from '../run/run-log.js'
import type { RunResult } from '../run/run-result.js'
import type { Settings } from '../settings/settings.js'
import { EnvironmentError, InputError } from '../settings/settings.js'
import { abortOnSignals } from '../runtime/signals.js'
import { rerunIdentity } from '../run/start/rerun-identity.js'

// Before the trigger request this module loads only what the request needs (the inputs, their
// validation, the run's start); the outputs, the runner's files and the summary are imported once
// there is a pipeline to report, as ncc's lazily loaded chunks (README, "Start-up time").
const outputs = () => import('./outputs.js')

/** The action's main step: read the inputs, trigger (and follow) the pipeline, fail the step unless it went well. */
export async function run(): Promise<void> {
  const log = new ActionLog()
  let runnerFiles: Promise<RunnerFiles> | undefined
  const files = () =>
    (runnerFiles ??= import('./runner-files.js').then(({ RunnerFiles }) => new RunnerFiles(log)))
  try {
    const read = readSettings(log)
    const settings = { ...read, rerun: await rerunIdentity(process.env, read) }
    if (settings.targets) {
      const { runTargetsStep } = await import('./targets-step.js')
      const signal = abortOnSignals()
      return await runTargetsStep(settings, log, files, { triggerAndFollow, signal })
    }
    // Outputs and state are written the moment they are known: a step killed later keeps them.
    const hooks: RunHooks = {
      pipelineCreated: async pipeline =>
        (await files()).setOutputs((await outputs()).creationOutputs(pipeline)),
      watchStarted: async (pipeline, projectId) =>
        (await files()).saveState({ pipelineId: String(pipeline.id), projectId }),
      watchEnded: async () => (await files()).saveState({ finished: 'true' })
    }
    const result = await triggerAndFollow(settings, {
      log,
      hooks,
      signal: abortOnSignals(),
      tempDir: process.env.RUNNER_TEMP || undefined,
      onGitLabRequest: runnerDebug(process.env) ? await debugLines(log) : undefined
    })
    await report(result, settings, log, await files())
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

/** The run's end as the step's outputs, summary and exit status. */
async function report(
  result: RunResult,
  settings: Settings,
  log: ActionLog,
  files: RunnerFiles
): Promise<void> {
  const { finalOutputs, keyOutputs } = await outputs()
  // Values read from GitLab that are secrets are masked before any output holds them.
  for (const secret of result.maskedOutputValues ?? []) log.mask(secret)
  await files.setOutputs(keyOutputs(result))
  await files.setOutputs(finalOutputs(result))
  if (settings.summary) {
    const { runSummaryMarkdown } = await import('./summary.js')
    const summary = runSummaryMarkdown(result, settings)
    if (summary !== undefined) await files.writeSummary(summary)
  }
  if (result.outcome !== 'accepted' && result.outcome !== 'triggered') process.exitCode = 1
}
