import type { GitLabClient } from '../../gitlab/client.js'
import { GitLabError } from '../../gitlab/errors.js'
import { playJob } from '../../gitlab/control.js'
import type { RetryOptions } from '../../gitlab/retry.js'
import type { Bridge } from '../../gitlab/schemas.js'
import { isWaitingForPlay } from '../../gitlab/statuses.js'
import type { RunLog } from '../run-log.js'
import type { RunJob } from '../run-result.js'
import { ACTION_WORDS, type InputWords } from '../../settings/settings.js'

// play-manual: start the named manual jobs (or with `*` every manual job that blocks the
// pipeline) when the wait sees them, then keep waiting (docs/contract.md, "Manual jobs").

/** Tries of one play in all, one per check: a 5xx or a lost answer is tried at the next check. */
export const PLAY_ATTEMPTS = 3

/**
 * Waits for a person to play it. A trigger job whose downstream pipeline exists shows `manual`
 * while that pipeline blocks on a manual job of its own, but GitLab answers `400 Unplayable Job`
 * to playing it (only a `when: manual` job is playable, lib/api/ci/jobs.rb): a trigger job is
 * playable only before its downstream pipeline exists (docs/gitlab.md 4.2).
 */
export function isPlayable(job: RunJob): boolean {
  return isWaitingForPlay(job.status) && !(job as Bridge).downstream_pipeline
}

/** The manual jobs to play now: named ones, or with `*` the blocking ones (allow_failure false). */
export function jobsToPlay(
  jobs: readonly RunJob[],
  names: readonly string[],
  played: ReadonlySet<number>
): RunJob[] {
  if (names.length === 0) return []
  const all = names.includes('*')
  return jobs.filter(
    job =>
      isPlayable(job) &&
      !played.has(job.id) &&
      (all ? !job.allow_failure : names.includes(job.name))
  )
}

/**
 * Plays the jobs play-manual asks for as the wait sees them, each once, and remembers which named
 * jobs ever waited for a play, to name the others at the end (usually a typo).
 */
export class ManualJobPlayer {
  private readonly played = new Set<number>()
  private readonly failedTries = new Map<number, number>()
  private readonly waitedForPlay = new Set<string>()

  constructor(
    private readonly client: GitLabClient,
    private readonly names: readonly string[],
    private readonly log: RunLog,
    /** How messages name play-manual (`--play-manual` at a terminal). */
    private readonly words: InputWords = ACTION_WORDS
  ) {}

  /**
   * Plays what is to be played among a pipeline's jobs; true when it started one or tries one
   * again at the next check (the pipeline, still `manual`, must not be taken as ended).
   */
  async playAmong(jobs: readonly RunJob[], project: string, retry: RetryOptions): Promise<boolean> {
    for (const job of jobs) if (isPlayable(job)) this.waitedForPlay.add(job.name)
    const toPlay = jobsToPlay(jobs, this.names, this.played)
    let moving = false
    for (const job of toPlay) if (await this.play(job, project, retry)) moving = true
    return moving
  }

  /** The names play-manual gave that no followed job carried while waiting for a play. */
  neverWaitingForPlay(): string[] {
    return this.names.filter(name => name !== '*' && !this.waitedForPlay.has(name))
  }

  /**
   * One try (a play is not resent at once: its answer may be lost after GitLab played it). A
   * refusal (a protected environment, a role that may not run it) is an error in the log and the
   * wait goes on: the pipeline then ends `manual`, which the report shows. A transient failure is
   * tried again at the next check while the job still waits, up to PLAY_ATTEMPTS. True when
   * played or to be tried again.
   */
  private async play(job: RunJob, project: string, retry: RetryOptions): Promise<boolean> {
    this.played.add(job.id)
    try {
      await playJob(this.client, project, job.id, { ...retry, maxAttempts: 1 })
      this.log.notice(
        `Played the manual job ${job.stage} › ${job.name} (#${job.id}) as asked by ${this.words.name('play-manual')}: ${job.web_url}`,
        `Played ${job.name}`
      )
      return true
    } catch (error) {
      if (!(error instanceof GitLabError)) throw error
      const earlier = this.failedTries.get(job.id) ?? 0
      const tries = earlier + 1
      this.failedTries.set(job.id, tries)
      // The job still showed `manual` (a listing not yet up to date), yet an earlier try whose
      // answer was lost had played it: GitLab now refuses to play it again.
      if (earlier > 0 && error.status === 400) {
        this.log.info(
          `The manual job ${job.name} (#${job.id}) can no longer be played (${error.message}): the earlier try, whose answer was lost, most likely played it`
        )
        return true
      }
      if (error.transient && tries < PLAY_ATTEMPTS && !retry.signal?.aborted) {
        this.played.delete(job.id)
        this.log.info(
          `Could not play the manual job ${job.name} (#${job.id}) yet: ${error.message}; trying again at the next check`
        )
        return true
      }
      this.log.error(
        `Could not play the manual job ${job.name} (#${job.id}): ${error.message}`,
        `Manual job ${job.name} not played`
      )
      return false
    }
  }
}
