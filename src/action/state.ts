import * as core from '@actions/core'
import type { WatchState } from '../reporter.js'

// The one place that names saved state (GITHUB_STATE); the runner hands it to the post step as STATE_<name>.
const IS_POST = 'isPost'
const KEYS: Record<keyof WatchState, string> = { pipelineId: 'pipeline-id', finished: 'finished' }

/** True in the post step: the main step saved isPost, as actions/checkout does. */
export const isPost = (): boolean => Boolean(process.env[`STATE_${IS_POST}`])

export function markMainStep(): void {
  core.saveState(IS_POST, 'true')
}

export function saveWatchState(state: Partial<WatchState>): void {
  for (const [key, value] of Object.entries(state) as Array<[keyof WatchState, string]>)
    core.saveState(KEYS[key], value)
}

export function watchState(): Partial<WatchState> {
  return {
    pipelineId: core.getState(KEYS.pipelineId) || undefined,
    finished: core.getState(KEYS.finished) || undefined
  }
}
