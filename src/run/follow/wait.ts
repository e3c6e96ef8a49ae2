import type { GitLabClient } from '../../gitlab/client.js'
import type { GitLabError } from '../../gitlab/errors.js'
import {
  getPipeline,
  getJob,
  getVersion,
  listBridges,
  listJobs,
  listTriggerJobs
} from '../../gitlab/endpoints.js'
import type { Bridge, Job, Pipeline } from '../../gitlab/schemas.js'
import { JobTracker, describeJobChange, isProgressingJob } from './job-changes.js'
import {
  NEWEST_ONLY_STATUSES,
  PROGRESSING_STATUSES,
  isCompletedStatus,
  isFinalStatus,
  isRunningStatus,
  type Status
} from '../../gitlab/statuses.js'
import { nextPollDelay } from './poll-delays.js'
import type { RunLog } from '../run-log.js'
import { readPolicy, type RetryOptions } from '../../gitlab/retry.js'
import { retryLine } from '../retry-line.js'
import type { Clock } from '../../runtime/clock.js'
import { timeLimit } from '../../runtime/time-limit.js'
import { formatDuration } from '../../settings/durations.js'
import type { LiveJob, LiveLogs } from '../logs/live-logs.js'
import { closeLiveGroup, presentLiveEvents, type DisplayState } from '../logs/live-display.js'

export type WaitOutcome = 'ended' | 'timeout' | 'aborted'

/** One pipeline of the followed tree, as last read. */
export interface FollowedPipeline {
  pipeline: Pipeline
  /** Its project's numeric id, as a string for the endpoints. */
  project: string
  /** The pipeline whose trigger job started it; null for the top one. */
  parentId: number | null
  /** That trigger job, as last seen. */
  trigger?: Bridge
  /** Put before its job lines, e.g. `deploy › child ⇒ #1002 ` (empty for the top one). */
  prefix: string
  jobs: Job[]
  bridges: Bridge[]
  /** Ended, and read once after it ended: not read again. */
  done: boolean
  /** Why it cannot be read (the api-token cannot see its project); its trigger job stands for it. */
  unreadable?: string
}

export interface WaitResult {
  outcome: WaitOutcome
  /** The last state seen of the top pipeline. */
  pipeline: Pipeline
  jobs: Job[]
  bridges: Bridge[]
  /** Every pipeline followed, the top one first (only it without follow-downstream). */
  tree: FollowedPipeline[]
}

export interface WaitOptions {
  client: GitLabClient
  project: string
  pipeline: Pipeline
  log: RunLog
  clock: Clock
  pollIntervalMs: number
  /** Epoch ms (on `clock`) at which waiting stops. */
  deadline: number
  /** Aborts when the run is cancelled. */
  signal: AbortSignal
  /** Also follow the child and multi-project pipelines the trigger jobs start (default false). */
  followDownstream?: boolean
  /** Stream the logs of running jobs while waiting. */
  live?: LiveLogs
  /** Counts the checks and their requests (the bench, the tests). */
  onCheck?: (requests: number) => void
  /**
   * Sees each followed pipeline's jobs at each check, before that pipeline is read (play-manual
   * plays jobs here, in `project`); true when it started one: the pipeline's status is then read
   * at the next check.
   */
  onJobs?: (jobs: Array<Job | Bridge>, project: string, retry: RetryOptions) => Promise<boolean>
}

// After the deadline, one last look at the pipeline may take this long.
const LAST_LOOK_MS = 10_000
// With no job change for this long, say that the wait goes on, so a long job does not look hung.
const QUIET_MS = 5 * 60_000
// Below this share of GitLab's request budget, pauses stretch so the wait never causes a 429.
const LOW_BUDGET_SHARE = 0.1

/** Whether `/trigger_jobs` exists, per client (one GitLab each), once tried. */
const triggerJobsSupport = new WeakMap<GitLabClient, boolean>()

/**
 * Follows a pipeline, and with `followDownstream` the pipelines its trigger jobs start, to any
 * depth, until the top pipeline reaches a final status, the deadline passes or the signal aborts.
 * Transient GitLab failures are retried until the deadline; others are thrown.
 *
 * Each check lists the jobs of each pipeline that has not ended (which also shows their
 * changes) and its trigger jobs while one of them may still change; a pipeline is read only when
 * none of its jobs is queued or running, because only then can its status be final, and once it
 * ended it is not read again. At the deadline it looks once more, so a pipeline that ended in
 * the last pause is not called timed out, and a timeout reports the pipeline's current status.
 */
export async function waitForPipeline(options: WaitOptions): Promise<WaitResult> {
  const { client, log, clock, signal, deadline, live } = options
  const top: FollowedPipeline = {
    pipeline: options.pipeline,
    project: options.project,
    parentId: null,
    prefix: '',
    jobs: [],
    bridges: [],
    done: false
  }
  const tree: FollowedPipeline[] = [top]
  const state = (): WaitResult => ({
    outcome: 'ended',
    pipeline: top.pipeline,
    jobs: top.jobs,
    bridges: top.bridges,
    tree
  })
  const trackers = new Map<FollowedPipeline, JobTracker>()
  let lastCheckRequests = 1
  // How many of ACTIVE_JOB_SCOPES GitLab refused.
  let scopesRefused = 0
  const started = clock.now()
  let lastNews = started
  let display: DisplayState = {}
  let budgetSaid = false
  // Ends requests in flight on cancellation, or when even the last look takes too long.
  const limit = timeLimit(Math.max(0, deadline - started) + LAST_LOOK_MS, signal)
  const stop = limit.signal
  const retry = readPolicy({
    deadline,
    signal: stop,
    clock,
    onRetry: (error, delayMs) => log.info(retryLine(error, delayMs))
  })

  // A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
  // once: the same job would otherwise warn on every poll.
  let oddWarned = false
  const onOddItem = (problem: string) => {
    if (oddWarned) return
    oddWarned = true
    log.warning(`${problem} (further odd jobs are not reported)`, 'Unexpected job in GitLab answer')
  }

  const say = (line: string) => {
    if (live && log.live) {
      const closed = closeLiveGroup(display)
      display = closed.state
      if (closed.lines.length > 0) log.live(closed.lines)
    }
    log.info(line)
  }

  /**
   * `/trigger_jobs` where GitLab has it (19.2+), `/bridges` otherwise: decided by GitLab's
   * version, read once; when that cannot be read, by trying `/trigger_jobs` once.
   */
  const readTriggerJobs = async (node: FollowedPipeline): Promise<Bridge[]> => {
    const { project, pipeline } = node
    if (!triggerJobsSupport.has(client)) {
      const known = await hasTriggerJobsRoute(client, retry)
      if (known !== undefined) triggerJobsSupport.set(client, known)
    }
    if (triggerJobsSupport.get(client) === false)
      return listBridges(client, project, pipeline.id, retry, onOddItem)
    try {
      const bridges = await listTriggerJobs(client, project, pipeline.id, retry, onOddItem)
      triggerJobsSupport.set(client, true)
      return bridges
    } catch (error) {
      // Decided on a pipeline that was readable: a 404 there means the route is missing.
      if ((error as GitLabError).status !== 404 || triggerJobsSupport.has(client)) throw error
      const bridges = await listBridges(client, project, pipeline.id, retry, onOddItem)
      triggerJobsSupport.set(client, false)
      return bridges
    }
  }

  const adopt = (parent: FollowedPipeline, bridge: Bridge) => {
    const downstream = bridge.downstream_pipeline
    if (!downstream) return
    const known = tree.find(node => node.pipeline.id === downstream.id)
    if (known) {
      // One the api-token cannot read is known by its trigger job only.
      if (known.unreadable)
        Object.assign(known, {
          trigger: bridge,
          pipeline: { ...known.pipeline, status: downstream.status }
        })
      return
    }
    const parentProject = parent.pipeline.project_id
    const projectId = downstream.project_id || parentProject
    const node: FollowedPipeline = {
      pipeline: {
        id: downstream.id,
        iid: 0,
        project_id: projectId,
        sha: parent.pipeline.sha,
        ref: parent.pipeline.ref,
        status: downstream.status,
        web_url: downstream.web_url,
        duration: null
      },
      project: String(projectId),
      parentId: parent.pipeline.id,
      trigger: bridge,
      prefix: `${parent.prefix}${bridge.stage} › ${bridge.name} ⇒ #${downstream.id} `,
      jobs: [],
      bridges: [],
      done: false
    }
    tree.push(node)
  }

  /**
   * A pipeline's jobs. Up to one page, the whole list; past it, only the active jobs
   * (`scope[]`, one page while fewer than 100 are active) and each job that left them since the
   * last check, one read each: a check then costs what is active and what changed, not the
   * pipeline's size. Once nothing is active, the whole list again, for the final statuses.
   */
  const readJobs = async (node: FollowedPipeline, firstRead: boolean): Promise<Job[]> => {
    const whole = () => listJobs(client, node.project, node.pipeline.id, retry, onOddItem)
    if (firstRead || node.jobs.length <= JOBS_PAGE) return whole()
    const scopes = ACTIVE_JOB_SCOPES[scopesRefused]
    if (scopes === undefined) return whole()
    let active: Job[]
    try {
      active = await listJobs(client, node.project, node.pipeline.id, retry, onOddItem, scopes)
    } catch (error) {
      // An older GitLab that knows a status less refuses the filter (400): the next one, then.
      if ((error as GitLabError).status !== 400) throw error
      scopesRefused++
      return readJobs(node, firstRead)
    }
    const activeIds = new Set(active.map(job => job.id))
    const left = node.jobs.filter(job => isProgressingJob(job) && !activeIds.has(job.id))
    if (active.length === 0) return whole()
    const byId = new Map(node.jobs.map(job => [job.id, job]))
    for (const job of active) byId.set(job.id, job)
    for (const job of left) byId.set(job.id, await getJob(client, node.project, job.id, retry))
    return [...byId.values()]
  }

  const checkNode = async (node: FollowedPipeline, readPipeline: boolean) => {
    const firstRead = !trackers.has(node)
    const tracker = trackers.get(node) ?? new JobTracker()
    try {
      node.jobs = await readJobs(node, firstRead)
      // Trigger jobs exist from the pipeline's creation: none at first means none at all, and
      // once all of them ended, they change no more.
      if (firstRead || node.bridges.some(bridge => !isCompletedStatus(bridge.status))) {
        node.bridges = await readTriggerJobs(node)
      }
    } catch (error) {
      if (node.parentId === null || !isUnreadable(error)) throw error
      node.unreadable = `the api-token cannot read it (${(error as GitLabError).message.replace(/\.$/, '')})`
      node.done = true
      say(
        `${node.prefix.trimEnd()}: cannot follow pipeline #${node.pipeline.id}, ${node.unreadable}; its trigger job's status stands for it: ${node.pipeline.web_url}`
      )
      return
    }
    trackers.set(node, tracker)
    const all = [...node.jobs, ...node.bridges]
    for (const change of tracker.update(all)) {
      say(node.prefix + describeJobChange(change))
      lastNews = clock.now()
    }
    if (options.followDownstream) for (const bridge of node.bridges) adopt(node, bridge)
    // GitLab may still call the pipeline `manual` for a moment after a job of it was played.
    const started = (await options.onJobs?.(all, node.project, retry)) === true
    if (!started && (readPipeline || !all.some(isProgressingJob))) {
      const previous = node.pipeline.status
      node.pipeline = await getPipeline(client, node.project, node.pipeline.id, retry)
      if (node.pipeline.status !== previous && !isFinalStatus(node.pipeline.status)) {
        say(`${node.prefix}Pipeline #${node.pipeline.id} is ${node.pipeline.status}`)
      }
      node.done = isFinalStatus(node.pipeline.status)
    }
  }

  const check = async (readPipeline: boolean) => {
    const before = client.answered
    // While logs are streamed, statuses are read on the request budget (logs/read-schedule.ts).
    const readStatus = readPipeline || !live || live.statusDue(clock.now())
    // The tree grows while it is read: a pipeline found now is read in this same check.
    for (let i = 0; readStatus && i < tree.length; i++) {
      const node = tree[i]
      if (!node.done) await checkNode(node, readPipeline)
    }
    if (live) await streamLogs(false, readStatus ? client.answered - before : 0)
    lastCheckRequests = client.answered - before
    options.onCheck?.(lastCheckRequests)
  }

  /** The jobs whose logs are streamed: real jobs (not trigger jobs) of readable pipelines. */
  const liveJobs = (): LiveJob[] =>
    tree
      .filter(node => !node.unreadable)
      .flatMap(node =>
        node.jobs.map(job => ({
          ...job,
          project: node.project,
          label: `${node.prefix}${job.stage} › ${job.name}`
        }))
      )

  const streamLogs = async (final: boolean, statusRequests = 0) => {
    if (!live) return
    const jobs = liveJobs()
    const oneJob = jobs.filter(job => isRunningStatus(job.status)).length <= 1
    await live.check(jobs, {
      signal: final ? signal : stop,
      final,
      now: clock.now(),
      statusRequests,
      emit: events => {
        const shown = presentLiveEvents(events, { oneJob }, display)
        display = shown.state
        if (shown.lines.length > 0) log.live?.(shown.lines)
      }
    })
  }

  /** The pause before the next check: the usual one, shorter while logs are streamed, longer when GitLab's budget runs low. */
  const pauseMs = () => {
    let pause = nextPollDelay(clock.now() - started, options.pollIntervalMs)
    if (live && tree.some(node => node.jobs.some(job => isRunningStatus(job.status))))
      pause = live.pauseMs(clock.now(), pause)
    const budget = client.rateLimit
    if (budget && budget.remaining < budget.limit * LOW_BUDGET_SHARE) {
      // Spread what is left of the budget over the time to its renewal, a check's worth each.
      const perCheck = Math.max(1, lastCheckRequests)
      const checksLeft = Math.max(1, Math.floor(budget.remaining / perCheck) - 1)
      const stretched = Math.ceil(Math.max(0, budget.resetAt - clock.now()) / checksLeft)
      if (stretched > pause) {
        if (!budgetSaid)
          log.info(
            `GitLab's request budget is low (${budget.remaining} of ${budget.limit} left until ${new Date(budget.resetAt).toISOString()}): checking less often until it is renewed`
          )
        budgetSaid = true
        pause = stretched
      }
    }
    return pause
  }
  try {
    while (!isFinalStatus(top.pipeline.status)) {
      const pause = pauseMs()
      await clock.sleep(Math.min(pause, Math.max(0, deadline - clock.now())), stop)
      const lastLook = clock.now() >= deadline
      await check(lastLook)
      if (lastLook && !isFinalStatus(top.pipeline.status)) return { ...state(), outcome: 'timeout' }
      if (clock.now() - lastNews >= QUIET_MS) {
        say(stillWaiting(state(), clock.now() - started))
        lastNews = clock.now()
      }
    }
    // The top pipeline ended: downstream pipelines not yet seen ended (a depend trigger job
    // ends after its pipeline) are read once more, so their last state is reported.
    for (const node of tree) if (!node.done) await checkNode(node, true)
    await streamLogs(true)
    return state()
  } catch (error) {
    if (signal.aborted) return { ...state(), outcome: 'aborted' }
    // Transient failures are retried until the deadline; one still failing then is a timeout.
    if (clock.now() >= deadline && (stop.aborted || (error as GitLabError).transient)) {
      const pipeline = await lastLook()
      top.pipeline = pipeline
      return { ...state(), outcome: isFinalStatus(pipeline.status) ? 'ended' : 'timeout' }
    }
    throw error
  } finally {
    if (live && log.live) {
      const closed = closeLiveGroup(display)
      if (closed.lines.length > 0) log.live(closed.lines)
    }
    live?.close()
    limit.dispose()
  }

  /** One try at the pipeline's current status for the timeout message, else what its jobs say. */
  async function lastLook(): Promise<Pipeline> {
    const look = timeLimit(LAST_LOOK_MS, signal)
    try {
      return await getPipeline(client, top.project, top.pipeline.id, {
        ...retry,
        maxAttempts: 1,
        signal: look.signal
      })
    } catch {
      const jobs = [...top.jobs, ...top.bridges]
      const seen =
        jobs.find(job => isRunningStatus(job.status))?.status ??
        (jobs.some(isProgressingJob) ? PENDING : top.pipeline.status)
      return { ...top.pipeline, status: seen }
    } finally {
      look.dispose()
    }
  }
}

/** Whether GitLab's version has `/pipelines/:id/trigger_jobs` (19.2+); undefined when unknown. */
async function hasTriggerJobsRoute(
  client: GitLabClient,
  retry: RetryOptions
): Promise<boolean | undefined> {
  try {
    const { version } = await getVersion(client, { ...retry, maxAttempts: 2 })
    const [major, minor] = version.split('.').map(part => Number.parseInt(part, 10))
    if (!Number.isFinite(major) || !Number.isFinite(minor)) return undefined
    return major > 19 || (major === 19 && minor >= 2)
  } catch (error) {
    if ((error as GitLabError).kind === 'http') return undefined
    throw error
  }
}

// The most jobs one list page holds.
const JOBS_PAGE = 100
/**
 * The `scope[]` filters tried for the active jobs, in order: every status of a job that will
 * change by itself, then without the statuses an older GitLab refuses with a 400 (docs/gitlab.md
 * 3.2, 4.1: `scope` takes has_status.rb AVAILABLE_STATUSES, which gained `waiting_for_callback`
 * in the newest versions). A GitLab that refuses both gets the whole list at each check.
 */
const ACTIVE_JOB_SCOPES: ReadonlyArray<readonly string[]> = [
  PROGRESSING_STATUSES,
  PROGRESSING_STATUSES.filter(status => !NEWEST_ONLY_STATUSES.includes(status))
]

// What a pipeline with queued jobs is called when it cannot be read.
const PENDING: Status = 'pending'

/** A downstream pipeline the api-token may not read: another project it is no member of. */
function isUnreadable(error: unknown): boolean {
  const status = (error as GitLabError).status
  return (error as GitLabError).kind === 'http' && (status === 403 || status === 404)
}

function stillWaiting({ pipeline, jobs, bridges }: WaitResult, elapsedMs: number): string {
  const running = [...jobs, ...bridges]
    .filter(job => isRunningStatus(job.status))
    .map(job => job.name)
  const jobsText = running.length > 0 ? `; running: ${running.join(', ')}` : ''
  return `Still waiting for pipeline #${pipeline.id} (${pipeline.status}${jobsText}), ${formatDuration(elapsedMs)} so far`
}
