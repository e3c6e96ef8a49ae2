import type { GitLabClient } from '../../gitlab/client.js'
import { GitLabError } from '../../gitlab/errors.js'
import { playJob } from '../../gitlab/control.js'
import type { RetryOptions } from '../../gitlab/retry.js'
import type { RunLog } from '../run-log.js'
import type { RunJob } from '../run-result.js'

// play-manual: start the named manual jobs (or with `*` every manual job that blocks the
// pipeline) when the wait sees them, then keep waiting (docs/contract.md, "Manual jobs").

/** The manual jobs to play now: named ones, or with `*` the blocking ones (allow_failure false). */
export function jobsToPlay(
  jobs: readonly RunJob[],
  names: readonly string[],
  played: ReadonlySet<number>
): RunJob[] {
  if (names.length === 0) return []
  const all = names.includes('*')
  return jobs.filter(
    job =>
      job.status === 'manual' &&
      !played.has(job.id) &&
      (all ? !job.allow_failure : names.includes(job.name))
  )
}

/**
 * Plays each job once. A refusal (a protected environment, a role that may not run it) is an
 * error in the log and the wait goes on: the pipeline then ends `manual`, which the report shows.
 */
export async function playManualJobs(
  client: GitLabClient,
  project: string,
  jobs: readonly RunJob[],
  played: Set<number>,
  log: RunLog,
  retry: RetryOptions
): Promise<void> {
  for (const job of jobs) {
    played.add(job.id)
    try {
      await playJob(client, project, job.id, retry)
      log.notice(
        `Played the manual job ${job.stage} › ${job.name} (#${job.id}) as asked by play-manual: ${job.web_url}`,
        `Played ${job.name}`
      )
    } catch (error) {
      if (!(error instanceof GitLabError)) throw error
      log.error(
        `Could not play the manual job ${job.name} (#${job.id}): ${error.message}`,
        `Manual job ${job.name} not played`
      )
    }
  }
}
