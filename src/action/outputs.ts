import type { Pipeline } from '../gitlab/schemas.js'
import { jobEssentials, pipelineEssentials, type RunResult } from '../run/result.js'

/** The step's outputs, named as in action.yml. */
export type OutputName =
  | 'pipeline-id'
  | 'pipeline-iid'
  | 'web-url'
  | 'project-id'
  | 'sha'
  | 'ref'
  | 'status'
  | 'duration'
  | 'jobs'
  | 'pipelines'

export type Outputs = Partial<Record<OutputName, string | number>>

/** Set as soon as GitLab created the pipeline, so a step killed later still has them. */
export function creationOutputs(pipeline: Pipeline): Outputs {
  return {
    'pipeline-id': pipeline.id,
    'pipeline-iid': pipeline.iid,
    'web-url': pipeline.web_url,
    'project-id': pipeline.project_id,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: pipeline.status
  }
}

/** Set when the wait reached its end (a final status or the timeout); none otherwise. */
export function finalOutputs(result: RunResult): Outputs {
  if (result.finalStatus === undefined) return {}
  return {
    status: result.finalStatus,
    duration: result.duration ?? '',
    jobs: JSON.stringify(jobEssentials(result.jobs)),
    pipelines: JSON.stringify(pipelineEssentials(result.pipelines))
  }
}
