import { ActionReporter } from './action/reporter.js'
import { readSettings } from './action/inputs.js'
import { watchState } from './action/state.js'
import { cancelDownstream } from './cancel.js'
import { GitLabClient } from './gitlab/client.js'
import { getPipeline } from './gitlab/endpoints.js'
import { isFinalStatus } from './pipeline-status.js'

/**
 * The post step: if the main step was killed while it watched a pipeline, cancel that pipeline
 * (cancel-on-abort). When the main step ended by itself it does nothing. Never fails the job.
 */
export async function runPost(): Promise<void> {
  const reporter = new ActionReporter()
  const { pipelineId, finished } = watchState()
  if (!pipelineId || finished) return
  try {
    const settings = readSettings(reporter)
    if (!settings.cancelOnAbort || !settings.apiToken) return
    const client = new GitLabClient({ gitlabUrl: settings.gitlabUrl, token: settings.apiToken })
    const pipeline = await getPipeline(client, settings.project, Number(pipelineId))
    if (isFinalStatus(pipeline.status)) {
      reporter.info(`Pipeline #${pipelineId} already ended (${pipeline.status}); nothing to cancel`)
      return
    }
    await cancelDownstream(
      client,
      settings.project,
      pipeline.id,
      pipeline.web_url,
      reporter,
      'the main step was stopped before it could'
    )
  } catch (error) {
    reporter.warning(
      `Could not cancel pipeline #${pipelineId}: ${error instanceof Error ? error.message : String(error)}`
    )
  }
}
