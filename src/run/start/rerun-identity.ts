import type { Settings } from '../../settings/settings.js'

// on-rerun: reuse marks every pipeline the action triggers with the GitHub run and step that
// triggered it (docs/contract.md, "Re-runs"); start/rerun.ts finds it again on a re-run. Apart
// from it because the marker is made before the trigger request, which loads nothing more.

/** The variable that marks a pipeline with the run and step that triggered it. */
export const RERUN_MARKER = 'GITLAB_TRIGGER_AND_WAIT_RUN'

/** A marker of this invocation's own where there is no re-run marker (contract 3.14). */
export function invocationMarker(): string {
  return `invocation-${globalThis.crypto.randomUUID()}`
}

/** Which GitHub run and step this is: the marker's value, and the run's attempt. */
export interface RerunIdentity {
  /** GITHUB_RUN_ATTEMPT: 1 on the first run, more on a re-run. */
  attempt: number
  /** `<run id>-<hash of repository, run id, job, step and the step's trigger inputs>` */
  marker: string
}

/**
 * The identity of this step in this run, from the runner's environment; undefined outside a
 * GitHub Actions run. Matrix legs share the job's name and the step's id: they differ only
 * through their trigger inputs (ref, variables, inputs), so legs that trigger with the same
 * inputs cannot be told apart (docs/contract.md, "Re-runs").
 */
export async function rerunIdentity(
  env: NodeJS.ProcessEnv,
  settings: Settings
): Promise<RerunIdentity | undefined> {
  const runId = env.GITHUB_RUN_ID?.trim()
  if (!runId || !/^\d+$/.test(runId)) return undefined
  const attempt = Number(env.GITHUB_RUN_ATTEMPT?.trim() || '1')
  const { createHash } = await import('node:crypto')
  const sorted = (values: object) => Object.entries(values).sort(([a], [b]) => (a < b ? -1 : 1))
  const inputs = JSON.stringify([
    settings.gitlabUrl,
    settings.project,
    settings.ref,
    sorted(settings.variables),
    sorted(settings.inputs)
  ])
  const step = JSON.stringify([
    env.GITHUB_REPOSITORY ?? '',
    runId,
    env.GITHUB_JOB ?? '',
    env.GITHUB_ACTION ?? '',
    createHash('sha256').update(inputs).digest('hex')
  ])
  const hash = createHash('sha256').update(step).digest('hex').slice(0, 32)
  return {
    attempt: Number.isInteger(attempt) && attempt > 0 ? attempt : 1,
    marker: `${runId}-${hash}`
  }
}
