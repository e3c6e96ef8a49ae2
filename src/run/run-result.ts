import type { GitLabError } from '../gitlab/errors.js'
import type { Bridge, Job, Pipeline } from '../gitlab/schemas.js'

/**
 * How a run ended, from which each front end derives its exit status:
 * - `triggered`: created and not waited for;
 * - `accepted` / `not-accepted`: the pipeline ended in / outside `acceptStatuses`;
 * - `timeout`: still going when the wait ended;
 * - `aborted`: the run was cancelled (before or after the pipeline was created);
 * - `gitlab-error`: GitLab refused, was unreachable, or answered something unusable;
 * - `results-failed`: the pipeline ended accepted, but outputs-from or artifacts could not be read.
 */
export type RunOutcome =
  | 'triggered'
  | 'accepted'
  | 'not-accepted'
  | 'timeout'
  | 'aborted'
  | 'gitlab-error'
  | 'results-failed'

/**
 * A job or a trigger job (bridge) as GitLab last described it, with the pipeline it belongs to
 * (the top pipeline or a followed downstream one).
 */
export type RunJob = (Job | Bridge) & { pipeline_id?: number }

/** A followed pipeline: the top one (`parent_id` null) or a downstream one of the tree. */
export interface RunPipeline {
  id: number
  project_id: number
  web_url: string
  status: string
  /** The pipeline whose trigger job started this one; null for the top pipeline. */
  parent_id: number | null
  /** That trigger job's id. */
  trigger_job_id?: number
  /** The path to it in lines and titles, e.g. `deploy › child ⇒ #1002` (empty for the top one). */
  path: string
  /** Why its jobs are not shown (the api-token cannot read its project). */
  unreadable?: string
}

/** The cancel the run sent when it stopped waiting, and what GitLab said afterwards. */
export interface CancelResult {
  /** Why the run cancelled the pipeline. */
  by: 'timeout' | 'abort'
  /** GitLab accepted the cancel. */
  succeeded: boolean
  /** The pipeline's status read after the cancel (undefined when it could not be read in time). */
  statusAfter?: string
  /** The jobs read after the cancel (undefined when they could not be read in time). */
  jobsAfter?: RunJob[]
}

export interface RunResult {
  outcome: RunOutcome
  /** The pipeline as GitLab created it (the trigger's answer); undefined when none was created. */
  pipeline?: Pipeline
  /** The pipeline as last read while following it. */
  lastSeen?: Pipeline
  /**
   * The pipeline's final status, or `timeout`, once the wait reached its report; undefined when
   * the run did not wait or stopped before (cancelled during the wait, a GitLab error).
   */
  finalStatus?: string
  /** Every job and trigger job when the wait ended, sorted by id; empty without a wait. */
  jobs: RunJob[]
  /** Every pipeline followed, the top one first, then downstream ones in the order found. */
  pipelines?: RunPipeline[]
  /** GitLab's pipeline duration in seconds, when it gave one. */
  duration?: number | null
  /** The message that explains an outcome other than `triggered` or `accepted`. */
  reason?: string
  /** The GitLab failure behind a `gitlab-error`. */
  error?: GitLabError
  /** Set when the run asked GitLab to cancel the pipeline. */
  cancel?: CancelResult
  /** Timeout or cancellation left the pipeline running in GitLab (no cancel was asked for). */
  leftRunning?: boolean
  /** outputs-from: every key read, once the pipeline ended (values are data from GitLab). */
  jobOutputs?: Record<string, string>
  /** Values among jobOutputs to mask before any is set or printed. */
  maskedOutputValues?: string[]
  /** Keys of jobOutputs that match the action's own outputs: not set on their own. */
  outputClashes?: string[]
  /** on-rerun: the pipeline is an earlier attempt's, followed as it was or retried first. */
  reused?: 'followed' | 'retried'
  /** Absolute artifacts-dir, when artifacts were asked for. */
  artifactsDir?: string
  /** Epoch ms on the run's clock. */
  startedAt: number
  createdAt?: number
  endedAt: number
}

/** What a later step or script needs of each job (the `jobs` output, `--json`), in id order. */
export function jobEssentials(jobs: readonly RunJob[]) {
  return [...jobs]
    .sort((a, b) => a.id - b.id)
    .map(({ id, name, stage, status, web_url, duration, allow_failure, pipeline_id }) => ({
      id,
      name,
      stage,
      status,
      web_url,
      duration,
      allow_failure,
      pipeline_id: pipeline_id ?? null
    }))
}

/** What a later step needs of each followed pipeline (the `pipelines` output, `--json`). */
export function pipelineEssentials(pipelines: readonly RunPipeline[] = []) {
  return pipelines.map(({ id, project_id, web_url, status, parent_id }) => ({
    id,
    project_id,
    web_url,
    status,
    parent_id
  }))
}

/**
 * The pipeline's status as last known: the final one (or `timeout`), else the one read after the
 * run's cancel, else the last one seen while following (a run cancelled while waiting), else the
 * one it was created with; undefined when no pipeline was created.
 */
export function lastKnownStatus(result: RunResult): string | undefined {
  return (
    result.finalStatus ??
    result.cancel?.statusAfter ??
    result.lastSeen?.status ??
    result.pipeline?.status
  )
}

/** The jobs as last known: read after the run's cancel when it could, else as last seen. */
export function lastKnownJobs(result: RunResult): RunJob[] {
  return result.cancel?.jobsAfter ?? result.jobs
}
