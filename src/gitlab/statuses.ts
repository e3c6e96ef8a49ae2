/**
 * GitLab pipeline statuses (app/models/concerns/ci/has_status.rb). `manual` is not terminal in
 * GitLab, but a pipeline blocked on a manual job never moves without a person, so it ends the wait.
 */
export const FINAL_STATUSES = ['success', 'failed', 'canceled', 'skipped', 'manual'] as const
export type FinalStatus = (typeof FINAL_STATUSES)[number]

export function isFinalStatus(status: string): status is FinalStatus {
  return (FINAL_STATUSES as readonly string[]).includes(status)
}
