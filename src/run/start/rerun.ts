import type { GitLabClient } from '../../gitlab/client.js'
import { GitLabError } from '../../gitlab/errors.js'
import { getPipelineVariables, listPipelines, retryPipeline } from '../../gitlab/control.js'
import { getPipeline } from '../../gitlab/endpoints.js'
import { quickReadPolicy } from '../../gitlab/retry.js'
import type { Pipeline } from '../../gitlab/schemas.js'
import { isRetriedStatus } from '../../gitlab/statuses.js'
import type { Clock } from '../../runtime/clock.js'
import type { Settings } from '../../settings/settings.js'
import type { RunLog } from '../run-log.js'

// on-rerun: reuse. Every pipeline the action triggers (with an api-token) carries a marker
// variable naming the GitHub run and step; a re-run of that run looks for it among the project's
// recent triggered pipelines on the ref and follows it instead of triggering a second one
// (docs/contract.md, "Re-runs").

// The marker itself is made in rerun-identity.ts, which loads nothing of the GitLab client: it
// is needed before the trigger request.
import { RERUN_MARKER } from './rerun-identity.js'
export { RERUN_MARKER, rerunIdentity, type RerunIdentity } from './rerun-identity.js'

/** Pipelines listed (one page, newest first) and variables read, at most, to find the earlier one. */
export const RERUN_SEARCH_PIPELINES = 20
/** GitHub lets a run be re-run for 30 days: older pipelines are not looked at. */
const RERUN_WINDOW_MS = 31 * 24 * 3_600_000

/**
 * The newest pipeline on the ref, triggered within GitHub's re-run window, whose marker is this
 * step's: one list request and at most RERUN_SEARCH_PIPELINES variable reads. Undefined when none
 * is found or the search cannot be made (said in the log); never a pipeline with another marker.
 */
export async function findEarlierPipeline(
  client: GitLabClient,
  settings: Settings,
  marker: string,
  log: RunLog,
  clock: Clock,
  signal: AbortSignal
): Promise<number | undefined> {
  const retry = quickReadPolicy({ signal, clock })
  const since = new Date(clock.now() - RERUN_WINDOW_MS).toISOString()
  try {
    const pipelines = await listPipelines(
      client,
      settings.project,
      {
        ref: settings.ref,
        source: 'trigger',
        updated_after: since,
        per_page: RERUN_SEARCH_PIPELINES
      },
      retry
    )
    let hidden = 0
    for (const candidate of pipelines.slice(0, RERUN_SEARCH_PIPELINES)) {
      let variables
      try {
        variables = await getPipelineVariables(client, settings.project, candidate.id, retry)
      } catch (error) {
        // Variables are readable only to Maintainers and to the pipeline's triggerer: another
        // user's pipeline may be hidden while this step's own is not.
        if (error instanceof GitLabError && error.status === 403) {
          hidden++
          continue
        }
        throw error
      }
      if (variables.some(v => v.key === RERUN_MARKER && v.value === marker)) return candidate.id
    }
    if (hidden > 0 && hidden === pipelines.length)
      log.warning(
        `on-rerun: the api-token may not read the variables of the ${hidden} pipeline(s) triggered on ${settings.ref}, so the pipeline of an earlier attempt cannot be found: triggering a new one. Reading pipeline variables needs the Maintainer role, or the Developer role for the trigger token's owner`,
        'Re-run: earlier pipeline not found'
      )
    else
      log.info(
        `on-rerun: no pipeline of an earlier attempt among the ${pipelines.length} newest triggered on ${settings.ref}: triggering a new one`
      )
  } catch (error) {
    if (!(error instanceof GitLabError)) throw error
    log.warning(
      `on-rerun: could not look for the pipeline of an earlier attempt (${error.message}); triggering a new one`,
      'Re-run: earlier pipeline not found'
    )
  }
  return undefined
}

/**
 * The earlier attempt's pipeline, made ready to follow: a failed or canceled one has its failed
 * and canceled jobs retried; any other is taken as it is.
 */
export async function reuseEarlierPipeline(
  client: GitLabClient,
  settings: Settings,
  id: number,
  log: RunLog,
  clock: Clock,
  signal: AbortSignal
): Promise<{ pipeline: Pipeline; retried: boolean }> {
  const retry = quickReadPolicy({ signal, clock })
  const found = await getPipeline(client, settings.project, id, retry)
  if (!isRetriedStatus(found.status)) {
    log.notice(
      `This is a re-run: following pipeline #${found.id} (${found.status}) that an earlier attempt triggered, instead of triggering another: ${found.web_url}`,
      'GitLab pipeline of an earlier attempt'
    )
    return { pipeline: found, retried: false }
  }
  // Not retried on failure: a retry GitLab received but whose answer was lost must not be repeated.
  const pipeline = await retryPipeline(client, settings.project, id, { ...retry, maxAttempts: 1 })
  log.notice(
    `This is a re-run: pipeline #${found.id} of an earlier attempt ended ${found.status}; its failed and canceled jobs were retried, and it is followed again: ${found.web_url}`,
    'GitLab pipeline of an earlier attempt retried'
  )
  return { pipeline, retried: true }
}
