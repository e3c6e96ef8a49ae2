import type { Pipeline } from '../gitlab/schemas.js'
import type { DisplayLine } from './logs/live-display.js'

/**
 * What the run says while it goes: progress lines, annotations, job logs. The action writes it as
 * workflow commands, the CLI as plain lines on stderr; the run never knows which.
 */
export interface RunLog {
  info(line: string): void
  debug(line: string): void
  notice(message: string, title?: string): void
  warning(message: string, title?: string): void
  error(message: string, title?: string): void
  /** A collapsed block of text (a job log), printed so that nothing inside is taken as a command. */
  group(title: string, text: string): void
  /**
   * Live log lines (`job-logs: live`): groups opened and closed, lines of GitLab's text, which
   * the front end makes inert. Without it, live logs are not shown.
   */
  live?(lines: readonly DisplayLine[]): void
}

/**
 * Moments a front end must act on at once, not when the run returns: a step killed a second
 * later must still have its outputs and the post step's state. A hook that fails (a runner file
 * that cannot be written) never stops the run; the front end reports it itself.
 */
export interface RunHooks {
  /** GitLab created the pipeline (the action sets its creation outputs). */
  pipelineCreated?(pipeline: Pipeline): void | Promise<void>
  /** The run starts following the pipeline by `projectId` (the action saves post-step state). */
  watchStarted?(pipeline: Pipeline, projectId: string): void | Promise<void>
  /** The run no longer needs the post step to cancel the pipeline for it. */
  watchEnded?(): void | Promise<void>
}
