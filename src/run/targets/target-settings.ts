import * as path from 'node:path'
import type { ArtifactsRequest, OutputsFromRequest } from '../../settings/job-colon-lines.js'
import type { Settings } from '../../settings/settings.js'
import type { Target } from '../../settings/targets.js'
import { jobDirectoryName } from '../results/artifacts.js'

/**
 * One target's settings: the step's, with the target's project, ref, token, variables and inputs,
 * what is left of the step's timeout, its own re-run marker, and the outputs-from and artifacts
 * lines meant for it.
 */
export async function targetSettings(
  step: Settings,
  target: Target,
  names: readonly string[],
  timeoutMs: number
): Promise<Settings> {
  const artifacts = forTarget(step.artifacts, target.name, names).map(
    ({ request, job }): ArtifactsRequest => ({
      ...request,
      job,
      line: request.line.slice(request.job.length - job.length)
    })
  )
  return {
    ...step,
    project: target.project,
    ref: target.ref,
    triggerToken: target.triggerToken,
    variables: target.variables,
    inputs: target.inputs,
    timeoutMs,
    outputsFrom: forTarget(step.outputsFrom, target.name, names).map(({ request, job }) => ({
      ...request,
      job
    })),
    artifacts,
    // Each target's archives under artifacts-dir/TARGET/JOB/: two targets often share job names.
    artifactsDir: path.join(step.artifactsDir, jobDirectoryName(target.name)),
    ...(step.rerun
      ? {
          rerun: {
            attempt: step.rerun.attempt,
            marker: await targetMarker(step.rerun.marker, target)
          }
        }
      : {})
  }
}

/**
 * on-rerun: the step's marker names the run and the step (src/run/start/rerun.ts), the same for
 * every target; each target's pipeline gets its own, from the step's and the target's name (unique)
 * with its project and ref, so a re-run finds each target's own earlier pipeline. It keeps the
 * step marker's `<run id>-` start.
 */
export async function targetMarker(stepMarker: string, target: Target): Promise<string> {
  const { createHash } = await import('node:crypto')
  const runId = stepMarker.slice(0, stepMarker.indexOf('-') + 1)
  const hash = createHash('sha256')
    .update(JSON.stringify([stepMarker, target.name, target.project, target.ref]))
    .digest('hex')
    .slice(0, 32)
  return `${runId}${hash}`
}

/**
 * The outputs-from or artifacts lines for one target: a job written `TARGET/JOB` (the longest
 * target name that fits) is that target's only; a job without a target's name goes to every target.
 */
export function forTarget<T extends OutputsFromRequest | ArtifactsRequest>(
  requests: readonly T[],
  name: string,
  names: readonly string[]
): Array<{ request: T; job: string }> {
  const chosen: Array<{ request: T; job: string }> = []
  for (const request of requests) {
    const owner = names
      .filter(other => request.job.startsWith(`${other}/`) && request.job.length > other.length + 1)
      .sort((a, b) => b.length - a.length)[0]
    if (owner === undefined) chosen.push({ request, job: request.job })
    else if (owner === name) chosen.push({ request, job: request.job.slice(owner.length + 1) })
  }
  return chosen
}
