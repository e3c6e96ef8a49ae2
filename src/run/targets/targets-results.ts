import type { TargetsResult } from './run-targets.js'

/** One entry of the `results` output (docs/contract.md section 6.1), in `targets` order. */
export interface TargetResultEntry {
  name: string
  /** As written in `targets`: an id or a path. */
  project: string
  ref: string
  /** Null when no pipeline was created. */
  'pipeline-id': number | null
  'web-url': string | null
  /** The final status, `timeout`, `not-triggered`, or the last status read when not waiting. */
  status: string
}

/** The `results` output: every target, how its pipeline ended and where it is. */
export function targetsResults(result: TargetsResult): TargetResultEntry[] {
  return result.targets.map(({ target, result: run, status }) => ({
    name: target.name,
    project: target.project,
    ref: target.ref,
    'pipeline-id': run?.pipeline?.id ?? null,
    'web-url': run?.pipeline?.web_url ?? null,
    status
  }))
}
