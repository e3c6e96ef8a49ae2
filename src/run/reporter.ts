/** Outputs of a run, named as in action.yml; the CLI prints them with snake_case keys. */
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

/**
 * How the core talks to the user. The action implements it with workflow commands
 * (`::group::`, `::error::`, GITHUB_OUTPUT), the CLI with plain stderr; the core never
 * imports @actions/core.
 */
export interface Reporter {
  /** Hides a secret in everything printed afterwards; called before anything else is printed. */
  mask(secret: string): void
  info(line: string): void
  debug(line: string): void
  notice(message: string, title?: string): void
  warning(message: string, title?: string): void
  error(message: string, title?: string): void
  /** A collapsed block of text (job logs), printed so that nothing inside is taken as a command. */
  group(title: string, text: string): void
  setOutput(name: OutputName, value: string | number): void | Promise<void>
  /** Job summary markdown; the CLI ignores it. */
  summary(markdown: string): Promise<void>
  /** Remembers what the post step needs to cancel a pipeline the main step was killed while watching. */
  saveState(state: Partial<WatchState>): void | Promise<void>
}

export interface WatchState {
  pipelineId: string
  /** The numeric project id GitLab returned: still right if the project is renamed meanwhile. */
  projectId: string
  /** Set when the main step ended by itself, so the post step leaves the pipeline alone. */
  finished: string
}
