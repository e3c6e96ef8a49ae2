import type { ActionLog } from './log.js'
import { creationOutputs, finalOutputs, keyOutputs } from './outputs.js'
import type { RunnerFiles } from './runner-files.js'
import { targetsSummaryMarkdown } from './targets-summary.js'
import { WatchedPipelines } from './watched-pipelines.js'
import type { RunHooks } from '../run/run-log.js'
import { triggerAndFollowTargets, type TriggerAndFollow } from '../run/targets/run-targets.js'
import { targetsResults } from '../run/targets/targets-results.js'
import type { Settings } from '../settings/settings.js'
import { parseTargets, type Target } from '../settings/targets.js'

/**
 * The main step with `targets` (docs/contract.md section 6.1): every trigger token masked, then
 * the targets run; the single outputs describe the first target, `results` all of them, the post
 * step gets the list of pipelines being watched at each moment.
 */
export async function runTargetsStep(
  settings: Settings,
  log: ActionLog,
  runnerFiles: () => Promise<RunnerFiles>,
  /** What main.ts has loaded already (src/run/targets/run-targets.ts says why it is passed). */
  { triggerAndFollow, signal }: { triggerAndFollow: TriggerAndFollow; signal: AbortSignal }
): Promise<void> {
  const targets = await parseTargets(settings.targets, settings, secret => log.mask(secret))
  const files = await runnerFiles()
  const watched = new WatchedPipelines(json => files.saveState({ pipelines: json }))
  const hooksFor = (target: Target): RunHooks => {
    let watching: number | undefined
    return {
      ...(target === targets[0]
        ? { pipelineCreated: pipeline => files.setOutputs(creationOutputs(pipeline)) }
        : {}),
      watchStarted: (pipeline, projectId) => {
        watching = pipeline.id
        return watched.started(pipeline.id, projectId)
      },
      watchEnded: () => (watching === undefined ? undefined : watched.ended(watching))
    }
  }
  const result = await triggerAndFollowTargets(settings, targets, {
    log,
    hooksFor,
    signal,
    triggerAndFollow,
    tempDir: process.env.RUNNER_TEMP || undefined
  })
  await files.saveState({ finished: 'true' })
  // Values read from GitLab that are secrets are masked before any output holds them.
  for (const secret of result.maskedOutputValues ?? []) log.mask(secret)
  await files.setOutputs({ results: JSON.stringify(targetsResults(result)) })
  await files.setOutputs(keyOutputs(result))
  await files.setOutputs(finalOutputs(result))
  if (settings.summary) await files.writeSummary(targetsSummaryMarkdown(result))
  if (result.outcome !== 'accepted' && result.outcome !== 'triggered') process.exitCode = 1
}
