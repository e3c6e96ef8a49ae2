/** A pipeline the main step is watching, as the post step needs it to cancel it. */
export interface WatchedPipeline {
  pipelineId: string
  /** The numeric project id GitLab returned: still right if the project is renamed meanwhile. */
  projectId: string
}

/**
 * With `targets`, the pipelines the main step is watching at this moment: saved whole each time
 * one starts or ends being watched, so a main step killed at any moment leaves the post step the
 * list of every pipeline it must cancel (cancel-on-abort) and none that had already ended.
 */
export class WatchedPipelines {
  private readonly watching = new Map<string, WatchedPipeline>()

  constructor(private readonly save: (json: string) => void | Promise<void>) {}

  started(pipelineId: number, projectId: string): void | Promise<void> {
    this.watching.set(String(pipelineId), { pipelineId: String(pipelineId), projectId })
    return this.save(JSON.stringify([...this.watching.values()]))
  }

  ended(pipelineId: number): void | Promise<void> {
    this.watching.delete(String(pipelineId))
    return this.save(JSON.stringify([...this.watching.values()]))
  }
}

/** The list saved by WatchedPipelines; anything unreadable is no pipeline. */
export function watchedPipelinesFrom(text: string | undefined): WatchedPipeline[] {
  if (!text) return []
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch {
    return []
  }
  if (!Array.isArray(parsed)) return []
  return parsed.filter(
    (one): one is WatchedPipeline =>
      typeof one === 'object' &&
      one !== null &&
      /^\d+$/.test(String(one.pipelineId)) &&
      /^\d+$/.test(String(one.projectId))
  )
}
