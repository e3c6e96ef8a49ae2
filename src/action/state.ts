/** What the post step needs to cancel a pipeline the main step was killed while watching. */
export interface WatchState {
  pipelineId: string
  /** The numeric project id GitLab returned: still right if the project is renamed meanwhile. */
  projectId: string
  /** Set when the main step ended by itself, so the post step leaves the pipeline alone. */
  finished: string
  /** With targets: the pipelines being watched, as JSON (src/action/watched-pipelines.ts). */
  pipelines: string
}

// The one place that names saved state. The runner hands what the main step saved (GITHUB_STATE)
// to the post step as STATE_<name> variables.
export const STATE_KEYS: Record<keyof WatchState, string> = {
  pipelineId: 'pipeline-id',
  projectId: 'project-id',
  finished: 'finished',
  pipelines: 'pipelines'
}

/**
 * The post step runs dist/post.js, which sets this before loading the same bundle. Knowing it
 * from the entry file, not from saved state, means a main step killed before it could save
 * anything is never mistaken for a post step that should trigger again.
 */
export const POST_STEP_FLAG = 'GITLAB_PIPELINE_TRIGGER_POST_STEP'

export const isPostStep = (): boolean => process.env[POST_STEP_FLAG] === 'true'

export function watchState(): Partial<WatchState> {
  const read = (key: keyof WatchState) => process.env[`STATE_${STATE_KEYS[key]}`] || undefined
  return {
    pipelineId: read('pipelineId'),
    projectId: read('projectId'),
    finished: read('finished'),
    pipelines: read('pipelines')
  }
}
