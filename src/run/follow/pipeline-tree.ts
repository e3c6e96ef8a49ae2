import type { GitLabClient, GitLabInstance } from '../../gitlab/client.js'
import type { GitLabError } from '../../gitlab/errors.js'
import {
  getPipeline,
  getJob,
  getVersion,
  listBridges,
  listJobs,
  listTriggerJobs
} from '../../gitlab/endpoints.js'
import type { RetryOptions } from '../../gitlab/retry.js'
import type { Bridge, Job, Pipeline } from '../../gitlab/schemas.js'
import {
  NEWEST_ONLY_STATUSES,
  PROGRESSING_STATUSES,
  isCompletedStatus,
  isFinalStatus,
  isRunningStatus,
  type Status
} from '../../gitlab/statuses.js'
import type { Clock } from '../../runtime/clock.js'
import type { LiveJob } from '../logs/live-logs.js'
import type { RunLog } from '../run-log.js'
import { JobTracker, describeJobChange, isProgressingJob } from './job-changes.js'

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

export interface PipelineTreeOptions {
  client: GitLabClient
  log: RunLog
  clock: Clock
  /** How each read is retried (ends at the wait's deadline or its cancellation). */
  retry: RetryOptions
  /** Also follow the child and multi-project pipelines the trigger jobs start. */
  followDownstream?: boolean
  /** Says a line about the tree (a job change, a pipeline's new status). */
  say: (line: string) => void
  /**
   * Sees each followed pipeline's jobs at each check, before that pipeline is read (play-manual
   * plays jobs here, in `project`); true when it started one.
   */
  onJobs?: (jobs: Array<Job | Bridge>, project: string, retry: RetryOptions) => Promise<boolean>
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

/** Whether `/trigger_jobs` exists, per client (one GitLab each), once tried. */
const triggerJobsSupport = new WeakMap<GitLabInstance, boolean>()

/**
 * The pipelines being followed: the top one and, with `followDownstream`, those its trigger jobs
 * start, to any depth. Each check lists the jobs of each pipeline that has not ended (which also
 * shows their changes) and its trigger jobs while one of them may still change; a pipeline is
 * read only when none of its jobs is queued or running, because only then can its status be
 * final, and once it ended it is not read again.
 */
export class PipelineTree {
  readonly nodes: FollowedPipeline[]
  /** When a job last changed (on the clock). */
  lastNews: number
  private readonly trackers = new Map<FollowedPipeline, JobTracker>()
  // How many of ACTIVE_JOB_SCOPES GitLab refused.
  private scopesRefused = 0
  private oddWarned = false

  constructor(
    top: { pipeline: Pipeline; project: string },
    private readonly options: PipelineTreeOptions
  ) {
    this.nodes = [{ ...top, parentId: null, prefix: '', jobs: [], bridges: [], done: false }]
    this.lastNews = options.clock.now()
  }

  get top(): FollowedPipeline {
    return this.nodes[0]
  }

  /** Reads every pipeline not ended yet; `readPipeline` reads each one's status too. */
  async checkAll(readPipeline: boolean): Promise<void> {
    // The tree grows while it is read: a pipeline found now is read in this same check.
    for (let i = 0; i < this.nodes.length; i++) {
      const node = this.nodes[i]
      if (!node.done) await this.checkPipeline(node, readPipeline)
    }
  }

  /**
   * Reads a pipeline's jobs and trigger jobs, says what changed, adopts the downstream pipelines
   * found, lets `onJobs` play jobs, then reads its status when it may have ended.
   */
  async checkPipeline(node: FollowedPipeline, readPipeline: boolean): Promise<void> {
    const firstRead = !this.trackers.has(node)
    if (!(await this.readJobsOf(node, firstRead))) return
    const tracker = this.trackers.get(node) ?? new JobTracker()
    this.trackers.set(node, tracker)
    const all = [...node.jobs, ...node.bridges]
    for (const change of tracker.update(all)) {
      this.options.say(node.prefix + describeJobChange(change))
      this.lastNews = this.options.clock.now()
    }
    if (this.options.followDownstream) for (const bridge of node.bridges) this.adopt(node, bridge)
    // GitLab may still call the pipeline `manual` for a moment after a job of it was played.
    const started = (await this.options.onJobs?.(all, node.project, this.options.retry)) === true
    if (!started && (readPipeline || !all.some(isProgressingJob))) await this.readStatus(node)
  }

  /** The jobs whose logs are streamed: real jobs (not trigger jobs) of readable pipelines. */
  liveJobs(): LiveJob[] {
    return this.nodes
      .filter(node => !node.unreadable)
      .flatMap(node =>
        node.jobs.map(job => ({
          ...job,
          project: node.project,
          label: `${node.prefix}${job.stage} › ${job.name}`
        }))
      )
  }

  /** Some real job of the tree is running. */
  hasRunningJob(): boolean {
    return this.nodes.some(node => node.jobs.some(job => isRunningStatus(job.status)))
  }

  /**
   * One try at the top pipeline's current status (for a timeout), else what its jobs say. Keeps
   * what it found as the top pipeline's state.
   */
  async lastLook(signal: AbortSignal): Promise<Pipeline> {
    const { top } = this
    try {
      top.pipeline = await getPipeline(this.options.client, top.project, top.pipeline.id, {
        ...this.options.retry,
        maxAttempts: 1,
        signal
      })
    } catch {
      this.topStatusFromJobs()
    }
    return top.pipeline
  }

  /**
   * The top pipeline's status as its jobs last showed it: the pipeline itself is read only when
   * none of its jobs is queued or running, so while they are, its last read status is stale.
   */
  topStatusFromJobs(): void {
    const { top } = this
    const jobs = [...top.jobs, ...top.bridges]
    const status = jobs.find(job => isRunningStatus(job.status))?.status
    const seen = status ?? (jobs.some(isProgressingJob) ? PENDING : top.pipeline.status)
    top.pipeline = { ...top.pipeline, status: seen }
  }

  /**
   * Adopts the downstream pipeline a trigger job started, once: a node of the tree, read from the
   * next check on. One the api-token cannot read is known by its trigger job only.
   */
  private adopt(parent: FollowedPipeline, bridge: Bridge): void {
    const downstream = bridge.downstream_pipeline
    if (!downstream) return
    const known = this.nodes.find(node => node.pipeline.id === downstream.id)
    if (known) {
      if (known.unreadable)
        Object.assign(known, {
          trigger: bridge,
          pipeline: { ...known.pipeline, status: downstream.status }
        })
      return
    }
    const projectId = downstream.project_id || parent.pipeline.project_id
    this.nodes.push({
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
    })
  }

  /**
   * Reads a pipeline's jobs, and its trigger jobs while one may still change; false when a
   * downstream pipeline turned out unreadable (then done, and said once).
   */
  private async readJobsOf(node: FollowedPipeline, firstRead: boolean): Promise<boolean> {
    try {
      node.jobs = await this.readJobs(node, firstRead)
      // Trigger jobs exist from the pipeline's creation: none at first means none at all, and
      // once all of them ended, they change no more.
      if (firstRead || node.bridges.some(bridge => !isCompletedStatus(bridge.status)))
        node.bridges = await this.readTriggerJobs(node)
      return true
    } catch (error) {
      if (node.parentId === null || !isUnreadable(error)) throw error
      node.unreadable = `the API token cannot read it (${(error as GitLabError).message.replace(/\.$/, '')})`
      node.done = true
      this.options.say(
        `${node.prefix.trimEnd()}: cannot follow pipeline #${node.pipeline.id}, ${node.unreadable}; its trigger job's status stands for it: ${node.pipeline.web_url}`
      )
      return false
    }
  }

  /** Reads a pipeline's status; once final, the pipeline is not read again. */
  private async readStatus(node: FollowedPipeline): Promise<void> {
    const previous = node.pipeline.status
    const { client, retry } = this.options
    node.pipeline = await getPipeline(client, node.project, node.pipeline.id, retry)
    if (node.pipeline.status !== previous && !isFinalStatus(node.pipeline.status))
      this.options.say(`${node.prefix}Pipeline #${node.pipeline.id} is ${node.pipeline.status}`)
    node.done = isFinalStatus(node.pipeline.status)
  }

  /**
   * A pipeline's jobs. Up to one page, the whole list; past it, only the active jobs
   * (`scope[]`, one page while fewer than 100 are active) and each job that left them since the
   * last check, one read each: a check then costs what is active and what changed, not the
   * pipeline's size. Once nothing is active, the whole list again, for the final statuses.
   */
  private async readJobs(node: FollowedPipeline, firstRead: boolean): Promise<Job[]> {
    const { client, retry } = this.options
    const whole = () => listJobs(client, node.project, node.pipeline.id, retry, this.onOddItem)
    if (firstRead || node.jobs.length <= JOBS_PAGE) return whole()
    const active = await this.readActiveJobs(node)
    if (active === undefined || active.length === 0) return whole()
    const activeIds = new Set(active.map(job => job.id))
    const left = node.jobs.filter(job => isProgressingJob(job) && !activeIds.has(job.id))
    const byId = new Map(node.jobs.map(job => [job.id, job]))
    for (const job of active) byId.set(job.id, job)
    for (const job of left) byId.set(job.id, await getJob(client, node.project, job.id, retry))
    return [...byId.values()]
  }

  /** The active jobs through the first `scope[]` filter GitLab takes; undefined when none. */
  private async readActiveJobs(node: FollowedPipeline): Promise<Job[] | undefined> {
    const { client, retry } = this.options
    for (;;) {
      const scopes = ACTIVE_JOB_SCOPES[this.scopesRefused]
      if (scopes === undefined) return undefined
      try {
        return await listJobs(client, node.project, node.pipeline.id, retry, this.onOddItem, scopes)
      } catch (error) {
        // An older GitLab that knows a status less refuses the filter (400): the next one, then.
        if ((error as GitLabError).status !== 400) throw error
        this.scopesRefused++
      }
    }
  }

  /**
   * `/trigger_jobs` where GitLab has it (19.2+), `/bridges` otherwise: decided by GitLab's
   * version, read once; when that cannot be read, by trying `/trigger_jobs` once.
   */
  private async readTriggerJobs(node: FollowedPipeline): Promise<Bridge[]> {
    const { client, retry } = this.options
    const { project, pipeline } = node
    if (!triggerJobsSupport.has(client.instance)) {
      const known = await hasTriggerJobsRoute(client, retry)
      if (known !== undefined) triggerJobsSupport.set(client.instance, known)
    }
    if (triggerJobsSupport.get(client.instance) === false)
      return listBridges(client, project, pipeline.id, retry, this.onOddItem)
    try {
      const bridges = await listTriggerJobs(client, project, pipeline.id, retry, this.onOddItem)
      triggerJobsSupport.set(client.instance, true)
      return bridges
    } catch (error) {
      // Decided on a pipeline that was readable: a 404 there means the route is missing.
      if ((error as GitLabError).status !== 404 || triggerJobsSupport.has(client.instance))
        throw error
      const bridges = await listBridges(client, project, pipeline.id, retry, this.onOddItem)
      triggerJobsSupport.set(client.instance, false)
      return bridges
    }
  }

  /**
   * A job GitLab describes oddly (a null stage or name) is shown as well as it can be, and said
   * once: the same job would otherwise warn on every check.
   */
  private readonly onOddItem = (problem: string): void => {
    if (this.oddWarned) return
    this.oddWarned = true
    this.options.log.warning(
      `${problem} (further odd jobs are not reported)`,
      'Unexpected job in GitLab answer'
    )
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

/** A downstream pipeline the api-token may not read: another project it is no member of. */
function isUnreadable(error: unknown): boolean {
  const status = (error as GitLabError).status
  return (error as GitLabError).kind === 'http' && (status === 403 || status === 404)
}
