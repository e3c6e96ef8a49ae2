import type { Job } from './gitlab/schemas.js'

/** Statuses in which a job (or bridge) can still change by itself. */
const ACTIVE_JOB_STATUSES = new Set([
  'created',
  'waiting_for_resource',
  'preparing',
  'waiting_for_callback',
  'pending',
  'running',
  'canceling',
  'scheduled'
])

export function isActiveJob(job: Pick<Job, 'status'>): boolean {
  return ACTIVE_JOB_STATUSES.has(job.status)
}

export interface JobChange {
  job: Job
  from: string | undefined
  to: string
}

/**
 * Remembers each job's last seen status and tells what changed since the previous poll,
 * so the log gets one line per change rather than one per poll.
 */
export class JobTracker {
  private readonly seen = new Map<number, string>()

  update(jobs: readonly Job[]): JobChange[] {
    const changes: JobChange[] = []
    // GitLab lists newest first; report in creation order so stages read top to bottom.
    for (const job of [...jobs].sort((a, b) => a.id - b.id)) {
      const from = this.seen.get(job.id)
      if (from !== job.status) changes.push({ job, from, to: job.status })
      this.seen.set(job.id, job.status)
    }
    return changes
  }
}
