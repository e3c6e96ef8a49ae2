import type { GitLabError } from '../gitlab/errors.js'
import { formatDuration } from '../settings/durations.js'

/** The progress line before a retry of a read or a cancel. */
export function retryLine(error: GitLabError, delayMs: number): string {
  return `${error.request}: ${error.gitlabMessage || error.message}; trying again in ${formatDuration(delayMs)}`
}
