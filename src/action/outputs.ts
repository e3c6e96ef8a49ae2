import type { Pipeline } from '../gitlab/schemas.js'
import { jobEssentials, pipelineEssentials, type RunResult } from '../run/run-result.js'
import type { OutputName } from '../settings/output-names.js'

/** The step's outputs, named as in action.yml (settings/output-names.ts lists them). */
export type { OutputName }

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
  const outputs: Outputs = {
    status: result.finalStatus,
    duration: result.duration ?? '',
    jobs: JSON.stringify(jobEssentials(result.jobs)),
    pipelines: JSON.stringify(pipelineEssentials(result.pipelines))
  }
  if (result.jobOutputs !== undefined) outputs['job-outputs'] = JSON.stringify(result.jobOutputs)
  if (result.artifactsDir !== undefined) outputs['artifacts-dir'] = result.artifactsDir
  return outputs
}

/**
 * outputs-from: one output per key, except keys that would stand for the action's own outputs
 * (GitHub compares output names without regard to case).
 */
export function keyOutputs(result: RunResult): Record<string, string> {
  const clashes = new Set((result.outputClashes ?? []).map(key => key.toLowerCase()))
  const outputs: Record<string, string> = {}
  for (const [key, value] of Object.entries(result.jobOutputs ?? {}))
    if (!clashes.has(key.toLowerCase()))
      Object.defineProperty(outputs, key, { value, enumerable: true, writable: true })
  return outputs
}
