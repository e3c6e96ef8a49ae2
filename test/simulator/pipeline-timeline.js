// @ts-check
/**
 * When each job of a pipeline changes status, and what the job and pipeline statuses are at a given
 * time. Pure functions of (plan, createdAt, canceledAt, now): nothing runs in the background, so a
 * manual clock makes every status deterministic.
 *
 * Model (docs/gitlab.md 3.2 for the status names and sets):
 * - the pipeline stays `created` for PROCESSING_MS (GitLab processes new pipelines asynchronously);
 * - stages run one after another in the order they first appear in the plan;
 * - a job is `created` until its stage starts, `pending` for queuedMs, `running` for durationMs, then
 *   its result; a job with startAtMs starts running at that offset whatever its stage (like `needs: []`);
 * - a failed or canceled job without allowFailure skips every later stage (`when: on_success`);
 * - a `manual` job without allowFailure holds later stages in `created` and the pipeline in `manual`;
 * - cancel: running jobs are `canceling` for CANCELING_MS then `canceled`, other unfinished jobs are
 *   `canceled` at once, and the pipeline is `canceling` then `canceled` (docs/gitlab.md 6.1).
 */

/** @typedef {import('./gitlab-simulator.js').JobPlan} JobPlan */

const PROCESSING_MS = 100
const DEFAULT_QUEUED_MS = 100
const CANCELING_MS = 500

/** docs/gitlab.md 3.2 COMPLETED_STATUSES: terminal. */
export const COMPLETED_STATUSES = new Set(['success', 'failed', 'canceled', 'skipped'])

/**
 * What will happen to one job if nobody cancels the pipeline. Times are epoch ms.
 * A `frozen` job keeps the state it had (a retried job, hidden from lists unless include_retried).
 * A bridge's `endAt` can be Infinity: its downstream pipeline never ends (it blocks on a manual job).
 * @typedef {{ kind: 'run', pendingAt: number, startAt: number, endAt: number, result: 'success' | 'failed' | 'canceled' }
 *   | { kind: 'skip', at: number }
 *   | { kind: 'manual', at: number }
 *   | { kind: 'held' }
 *   | { kind: 'frozen', state: JobState }} JobSchedule
 */

/**
 * How to schedule again after a play or a retry: `fixed` schedules stay as they are (jobs that already
 * left `created`, or the played job), `excluded` jobs (retried) count for nothing, and the others start
 * no earlier than `notBefore`.
 * @typedef {{ fixed?: Map<number, JobSchedule>, excluded?: Set<number>, notBefore?: number }} ScheduleOptions
 */

/** A time no clock reaches: the state at this moment is where a pipeline ends if nobody acts. */
const FAR_FUTURE = 8.64e15

/**
 * A job's status at one moment, with the times GitLab would report.
 * @typedef {object} JobState
 * @property {string} status
 * @property {number | null} queuedAt when it became pending
 * @property {number | null} startedAt
 * @property {number | null} finishedAt
 * @property {number} updatedAt time of its last status change
 */

/**
 * @param {JobPlan[]} plan
 * @param {number} createdAt
 * @param {ScheduleOptions} [options]
 * @returns {JobSchedule[]} one entry per plan job, same order
 */
export function scheduleJobs(plan, createdAt, options = {}) {
  const { fixed = new Map(), excluded = new Set(), notBefore = -Infinity } = options
  /** @type {JobSchedule[]} */
  const schedules = new Array(plan.length)
  const stages = [...new Set(plan.map(job => job.stage))]
  let stageStart = createdAt + PROCESSING_MS
  /** @type {'none' | 'skip' | 'hold'} what earlier stages do to this one */
  let blockedBy = 'none'
  for (const stage of stages) {
    let stageEnd = stageStart
    let stageFailed = false
    let stageHeld = false
    plan.forEach((job, index) => {
      if (job.stage !== stage) return
      if (excluded.has(index)) {
        schedules[index] = /** @type {JobSchedule} */ (fixed.get(index) ?? { kind: 'held' })
        return
      }
      const result = job.result ?? 'success'
      const schedule =
        fixed.get(index) ??
        scheduleJob(job, result, blockedBy, createdAt, Math.max(stageStart, notBefore))
      schedules[index] = schedule
      if (schedule.kind === 'run') stageEnd = Math.max(stageEnd, schedule.endAt)
      if (!job.allowFailure && schedule.kind === 'run' && schedule.result !== 'success') {
        stageFailed = true
      }
      if (!job.allowFailure && schedule.kind === 'manual') stageHeld = true
    })
    if (blockedBy === 'none') blockedBy = stageFailed ? 'skip' : stageHeld ? 'hold' : 'none'
    stageStart = stageEnd
  }
  return schedules
}

/**
 * @param {JobPlan} job
 * @param {import('./gitlab-simulator.js').JobResult} result
 * @param {'none' | 'skip' | 'hold'} blockedBy
 * @param {number} createdAt
 * @param {number} stageStart
 * @returns {JobSchedule}
 */
function scheduleJob(job, result, blockedBy, createdAt, stageStart) {
  const queuedMs = job.queuedMs ?? DEFAULT_QUEUED_MS
  if (job.startAtMs !== undefined) {
    const startAt = createdAt + job.startAtMs
    const pendingAt = Math.min(startAt, Math.max(createdAt + PROCESSING_MS, startAt - queuedMs))
    if (job.bridge?.jobs && result !== 'skipped' && result !== 'manual') {
      return bridgeSchedule(job, pendingAt, startAt)
    }
    return runSchedule(result, pendingAt, startAt, job.durationMs, stageStart)
  }
  if (blockedBy === 'skip') return { kind: 'skip', at: stageStart }
  if (blockedBy === 'hold') return { kind: 'held' }
  if (job.bridge?.jobs && result !== 'skipped' && result !== 'manual') {
    return bridgeSchedule(job, stageStart, stageStart + queuedMs)
  }
  return runSchedule(result, stageStart, stageStart + queuedMs, job.durationMs, stageStart)
}

/**
 * A trigger job with its own downstream plan: it creates the downstream pipeline when it starts
 * running. With `strategy: depend` it runs until the downstream ends and takes its result; without,
 * it succeeds as soon as the downstream exists (docs/gitlab.md, trigger jobs).
 * @param {JobPlan} job
 * @param {number} pendingAt
 * @param {number} startAt when the downstream pipeline is created
 * @returns {JobSchedule}
 */
export function bridgeSchedule(job, pendingAt, startAt) {
  if (job.bridge?.strategy !== 'depend') {
    return { kind: 'run', pendingAt, startAt, endAt: startAt, result: 'success' }
  }
  const plan = job.bridge.jobs ?? []
  const end = predictEnd({
    plan,
    schedules: scheduleJobs(plan, startAt),
    createdAt: startAt,
    yamlErrors: null
  })
  return { kind: 'run', pendingAt, startAt, ...end }
}

/**
 * When and how a pipeline ends if nobody acts: Infinity when it blocks (manual) for ever.
 * @param {Parameters<typeof pipelineStateAt>[0]} pipeline
 * @returns {{ endAt: number, result: 'success' | 'failed' | 'canceled' }}
 */
export function predictEnd(pipeline) {
  const final = pipelineStateAt(pipeline, FAR_FUTURE)
  if (final.finishedAt === null) return { endAt: Infinity, result: 'success' }
  const result = final.status === 'failed' || final.status === 'canceled' ? final.status : 'success'
  return { endAt: final.finishedAt, result }
}

/**
 * @param {import('./gitlab-simulator.js').JobResult} result
 * @param {number} pendingAt
 * @param {number} startAt
 * @param {number} durationMs
 * @param {number} stageStart
 * @returns {JobSchedule}
 */
function runSchedule(result, pendingAt, startAt, durationMs, stageStart) {
  if (result === 'skipped') return { kind: 'skip', at: stageStart }
  if (result === 'manual') return { kind: 'manual', at: stageStart }
  return { kind: 'run', pendingAt, startAt, endAt: startAt + durationMs, result }
}

/**
 * @param {JobSchedule} schedule
 * @param {number} createdAt
 * @param {number | undefined} canceledAt
 * @param {number} now
 * @returns {JobState}
 */
function jobStateAt(schedule, createdAt, canceledAt, now) {
  if (schedule.kind === 'frozen') return schedule.state
  if (canceledAt !== undefined && now >= canceledAt && !settledBy(schedule, canceledAt)) {
    return canceledJobState(schedule, createdAt, canceledAt, now)
  }
  /** @type {JobState} */
  const state = {
    status: 'created',
    queuedAt: null,
    startedAt: null,
    finishedAt: null,
    updatedAt: createdAt
  }
  switch (schedule.kind) {
    case 'held':
      return state
    case 'skip':
    case 'manual':
      return now < schedule.at
        ? state
        : {
            ...state,
            status: schedule.kind === 'skip' ? 'skipped' : 'manual',
            updatedAt: schedule.at
          }
    case 'run':
      if (now < schedule.pendingAt) return state
      if (now < schedule.startAt) {
        return {
          ...state,
          status: 'pending',
          queuedAt: schedule.pendingAt,
          updatedAt: schedule.pendingAt
        }
      }
      if (now < schedule.endAt) {
        return {
          ...state,
          status: 'running',
          queuedAt: schedule.pendingAt,
          startedAt: schedule.startAt,
          updatedAt: schedule.startAt
        }
      }
      return {
        status: schedule.result,
        queuedAt: schedule.pendingAt,
        startedAt: schedule.startAt,
        finishedAt: schedule.endAt,
        updatedAt: schedule.endAt
      }
  }
}

/**
 * @param {JobSchedule} schedule
 * @param {number} createdAt
 * @param {number} canceledAt
 * @param {number} now
 * @returns {JobState}
 */
function canceledJobState(schedule, createdAt, canceledAt, now) {
  const queuedAt =
    schedule.kind === 'run' && schedule.pendingAt <= canceledAt ? schedule.pendingAt : null
  if (schedule.kind === 'run' && schedule.startAt <= canceledAt) {
    const canceledEnd = canceledAt + CANCELING_MS
    return now < canceledEnd
      ? {
          status: 'canceling',
          queuedAt,
          startedAt: schedule.startAt,
          finishedAt: null,
          updatedAt: canceledAt
        }
      : {
          status: 'canceled',
          queuedAt,
          startedAt: schedule.startAt,
          finishedAt: canceledEnd,
          updatedAt: canceledEnd
        }
  }
  return {
    status: 'canceled',
    queuedAt,
    startedAt: null,
    finishedAt: canceledAt,
    updatedAt: Math.max(createdAt, canceledAt)
  }
}

/**
 * Whether the job had reached a final status by `time` (a held or manual job never does).
 * @param {JobSchedule} schedule
 * @param {number} time
 */
function settledBy(schedule, time) {
  if (schedule.kind === 'run') return time >= schedule.endAt
  if (schedule.kind === 'skip') return time >= schedule.at
  return schedule.kind === 'frozen'
}

/**
 * The pipeline status from its jobs, after GitLab's Gitlab::Ci::Status::Composite: failed, canceled
 * and manual jobs with allow_failure are "ignored" (they count as success).
 * @param {Array<{ status: string, allowFailure: boolean }>} jobs
 * @returns {string}
 */
function compositeStatus(jobs) {
  const statuses = jobs.map(job =>
    job.allowFailure && ['failed', 'canceled', 'manual'].includes(job.status)
      ? 'ignored'
      : job.status
  )
  /** @param {string[]} allowed */
  const only = (...allowed) => statuses.every(status => allowed.includes(status))
  /** @param {string[]} wanted */
  const any = (...wanted) => statuses.some(status => wanted.includes(status))
  if (only('skipped', 'ignored')) return 'skipped'
  if (only('success', 'skipped', 'ignored')) return 'success'
  if (only('created', 'ignored')) return 'created'
  if (only('canceled', 'success', 'skipped', 'ignored')) return 'canceled'
  if (only('pending', 'created', 'skipped', 'ignored')) return 'pending'
  if (any('canceling')) return 'canceling'
  if (any('running', 'pending')) return 'running'
  if (any('manual')) return 'manual'
  if (any('created')) return 'running'
  return 'failed'
}

/**
 * @typedef {object} PipelineState
 * @property {string} status
 * @property {JobState[]} jobs same order as the plan
 * @property {number | null} startedAt when the first job started running
 * @property {number | null} finishedAt set once the status is completed
 * @property {number} updatedAt
 */

/**
 * The state of one job at `now`.
 * @param {{ schedules: JobSchedule[], createdAt: number, canceledAt?: number }} pipeline
 * @param {number} index
 * @param {number} now
 */
export function jobStateOf(pipeline, index, now) {
  return jobStateAt(pipeline.schedules[index], pipeline.createdAt, pipeline.canceledAt, now)
}

/**
 * Retried jobs (`retried[index]` true) keep their own state but no longer count for the pipeline.
 * @param {{ schedules: JobSchedule[], plan: JobPlan[], createdAt: number, canceledAt?: number, yamlErrors: string | null, retried?: boolean[] }} pipeline
 * @param {number} now
 * @returns {PipelineState}
 */
export function pipelineStateAt(pipeline, now) {
  const { createdAt, canceledAt } = pipeline
  if (pipeline.yamlErrors !== null) {
    // A config error is persisted already failed, with no jobs (docs/gitlab.md 2.4 step 7).
    return {
      status: 'failed',
      jobs: [],
      startedAt: null,
      finishedAt: createdAt,
      updatedAt: createdAt
    }
  }
  const jobs = pipeline.schedules.map(schedule => jobStateAt(schedule, createdAt, canceledAt, now))
  const retried = pipeline.retried ?? []
  const counted = jobs.filter((_, index) => !retried[index])
  const startTimes = counted.flatMap(job => (job.startedAt === null ? [] : [job.startedAt]))
  const startedAt = startTimes.length > 0 ? Math.min(...startTimes) : null
  const lastJobChange = Math.max(createdAt, ...jobs.map(job => job.updatedAt))
  if (canceledAt !== undefined) {
    const canceledEnd = canceledAt + CANCELING_MS
    return now < canceledEnd
      ? { status: 'canceling', jobs, startedAt, finishedAt: null, updatedAt: canceledAt }
      : { status: 'canceled', jobs, startedAt, finishedAt: canceledEnd, updatedAt: canceledEnd }
  }
  const status = compositeStatus(
    jobs.flatMap((job, index) =>
      retried[index]
        ? []
        : [{ status: job.status, allowFailure: pipeline.plan[index].allowFailure ?? false }]
    )
  )
  const finishedAt = COMPLETED_STATUSES.has(status) ? lastJobChange : null
  return { status, jobs, startedAt, finishedAt, updatedAt: lastJobChange }
}
