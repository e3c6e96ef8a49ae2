import type { Bridge } from '../gitlab/schemas.js'
import type { JobChange } from './job-changes.js'

/** `test › integration: running → failed  https://…/-/jobs/12` */
export function describeJobChange({ job, from, to }: JobChange): string {
  const transition = from ? `${from} → ${to}` : to
  const downstream = (job as Bridge).downstream_pipeline
  const link = downstream ? `downstream pipeline ${downstream.web_url}` : job.web_url
  return `${job.stage} › ${job.name}: ${transition}  ${link}`
}
