import { timeLimit } from '../runtime/time-limit.js'
import type { GitLabClient } from '../gitlab/client.js'
import type { GitLabError } from '../gitlab/errors.js'
import { cancelPipeline } from '../gitlab/endpoints.js'
import { formatDuration } from '../settings/durations.js'
import type { Reporter } from './reporter.js'

// The runner sends SIGTERM 7.5 s after SIGINT: the cancel must be done well before that.
const CANCEL_WITHIN_MS = 5_000

/** Cancels the downstream pipeline; a refusal is a warning, since the step is ending anyway. */
export async function cancelDownstream(
  client: GitLabClient,
  project: string,
  pipelineId: number,
  webUrl: string,
  reporter: Reporter,
  why: string,
  /** The post step, with no runner signal to beat, may give it longer. */
  withinMs = CANCEL_WITHIN_MS
): Promise<boolean> {
  reporter.info(`Cancelling pipeline #${pipelineId} (${why})…`)
  const limit = timeLimit(withinMs)
  try {
    const pipeline = await cancelPipeline(client, project, pipelineId, {
      retryIf: (error: GitLabError) => error.transient,
      maxAttempts: Infinity,
      deadline: Date.now() + withinMs,
      failAtDeadline: true,
      onRetry: (error, delayMs) =>
        reporter.info(
          `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${formatDuration(delayMs)}`
        ),
      // Bounds a request that hangs, not only the pauses between tries.
      signal: limit.signal
    })
    reporter.info(`Pipeline #${pipelineId} is ${pipeline.status}`)
    return true
  } catch (error) {
    const failure = error as GitLabError
    reporter.warning(
      `Could not cancel pipeline #${pipelineId}: ${failure.message.replace(/\.?$/, '.')} Cancel it by hand: ${webUrl}`,
      'Downstream pipeline not cancelled'
    )
    return false
  } finally {
    limit.dispose()
  }
}
