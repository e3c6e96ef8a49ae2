import type { Bridge, Job } from '../../gitlab/schemas.js'
import { INITIAL_STATUS, isProgressingStatus } from '../../gitlab/statuses.js'

/** A job (or bridge) queued or running, which will change by itself (statuses.ts). */
export function isProgressingJob(job: Pick<Job, 'status'>): boolean {
  return isProgressingStatus(job.status)
}

export interface JobChange {
  job: Job
  from: string | undefined
  to: string
}

/**
 * Remembers each job's last seen status and tells what changed since the previous poll,
 * so the log gets one line per change rather than one per poll. A job first seen as `created`
 * is not news (every job of a new pipeline starts so); its first real change is.
 */
export class JobTracker {
  private readonly seen = new Map<number, string>()

  update(jobs: readonly Job[]): JobChange[] {
    const changes: JobChange[] = []
    // GitLab lists newest first; report in creation order so stages read top to bottom.
    for (const job of [...jobs].sort((a, b) => a.id - b.id)) {
      const from = this.seen.get(job.id)
      const news = from === undefined ? job.status !== INITIAL_STATUS : from !== job.status
      if (news) changes.push({ job, from, to: job.status })
      this.seen.set(job.id, job.status)
    }
    return changes
  }
}

/** `test › integration: running → failed  https://…/-/jobs/12` */
export function describeJobChange({ job, from, to }: JobChange): string {
  const transition = from ? `${from} → ${to}` : to
  const downstream = (job as Bridge).downstream_pipeline
  const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url
  return `${job.stage} › ${job.name}: ${transition}  ${link}`
}
