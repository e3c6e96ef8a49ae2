import type { ChildProcess } from 'node:child_process'

export declare const ROOT: string
export declare const ACTION_ENTRY: string
export declare const POST_ENTRY: string
export declare const CLI_ENTRY: string
export declare const NODE: string

export interface ActionYaml {
  inputs: Record<string, { default?: string }>
  outputs: Record<string, unknown>
}
export declare const actionYaml: ActionYaml

export interface ProcessResult {
  exitCode: number | null
  signal: NodeJS.Signals | null
  stdout: string
  stderr: string
  /** performance.timeOrigin + performance.now() at spawn and at close. */
  startedAt: number
  endedAt: number
}

export interface Running<Result> {
  child: ChildProcess
  /** Resolves once the stream (stdout for steps, stderr for the CLI) has printed text matching the pattern. */
  printed(pattern: RegExp, stream?: 'stdout' | 'stderr'): Promise<void>
  result: Promise<Result>
}

export interface ProcessOptions {
  cwd?: string
  /** The whole environment of the child. */
  env?: Record<string, string>
  /** Written to stdin, then closed; stdin is /dev/null without it. */
  stdin?: string
  /** Write `stdin` only once stdout matches this (as a person answers a prompt). */
  stdinAfter?: RegExp
  onStdout?: (chunk: string) => void
  onStderr?: (chunk: string) => void
  printedOn?: 'stdout' | 'stderr'
}
export declare function startProcess(
  command: string,
  args: string[],
  options?: ProcessOptions
): Running<ProcessResult>

export interface StepResult extends ProcessResult {
  outputs: Record<string, string>
  state: Record<string, string>
  summary: string
}

export interface StepOptions {
  /** Run the post step (action.yml runs.post) instead of the main step. */
  post?: boolean
  /** STATE_* values from the main step, for the post step. */
  state?: Record<string, string>
  /** Extra environment on top of PATH, HOME, RUNNER_TEMP, the runner's files and INPUT_*. */
  env?: Record<string, string>
  /** Another build's entry (the benchmark's previous dist/). */
  entry?: string
  node?: string
  /** Node flags before the entry (e.g. --import of a probe). */
  nodeArgs?: string[]
  onStdout?: (chunk: string) => void
  onStderr?: (chunk: string) => void
}
export declare function startStep(
  inputs: Record<string, string>,
  options?: StepOptions
): Running<StepResult>
export declare function runStep(
  inputs: Record<string, string>,
  options?: StepOptions
): Promise<StepResult>

/**
 * Cancels a running step as the runner cancels a job (SIGINT, SIGTERM 7.5 s later, SIGKILL
 * 2.5 s after that); resolves with the signals that had to be sent.
 */
export declare function cancelLikeRunner(running: Running<unknown>): Promise<NodeJS.Signals[]>

export interface CliOptions {
  /** Working folder, also HOME unless env sets one; a fresh temp folder without it. */
  cwd?: string
  env?: Record<string, string>
  entry?: string
  node?: string
  stdin?: string
  stdinAfter?: RegExp
  onStdout?: (chunk: string) => void
  onStderr?: (chunk: string) => void
}
export declare function startCli(args: string[], options?: CliOptions): Running<ProcessResult>
export declare function runCli(args: string[], options?: CliOptions): Promise<ProcessResult>

export declare function parseFileCommands(text: string): Record<string, string>
export declare function workflowCommands(
  stdout: string,
  command: string
): Array<{ properties: string; message: string }>
