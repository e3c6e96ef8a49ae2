import { appendFileSync } from 'node:fs'
import { EOL } from 'node:os'
import type { WatchState } from '../reporter.js'

// The one place that names saved state. The runner hands what the main step saved (GITHUB_STATE)
// to the post step as STATE_<name> variables.
const IS_POST = 'isPost'
export const STATE_KEYS: Record<keyof WatchState, string> = {
  pipelineId: 'pipeline-id',
  finished: 'finished'
}

/** True in the post step: the main step saved isPost, as actions/checkout does. */
export const isPost = (): boolean => Boolean(process.env[`STATE_${IS_POST}`])

/**
 * Marks this as the main step, first thing, so a post step never mistakes itself for the main step
 * and triggers a second pipeline. A constant needs no heredoc: `NAME=VALUE` is the runner's
 * single-line form, written without loading @actions/core.
 */
export function markMainStep(): void {
  const file = process.env.GITHUB_STATE
  if (file) appendFileSync(file, `${IS_POST}=true${EOL}`)
}

export function watchState(): Partial<WatchState> {
  const read = (key: keyof WatchState) => process.env[`STATE_${STATE_KEYS[key]}`] || undefined
  return { pipelineId: read('pipelineId'), finished: read('finished') }
}
