// @ts-check
/**
 * Everything the fake GitLab knows: projects, access tokens, trigger tokens and pipelines, with
 * GitLab-like ids. Route handlers read and change it; it knows nothing about HTTP.
 */
import { createHash, randomBytes } from 'node:crypto'
import {
  bridgeSchedule,
  jobStateOf,
  pipelineStateAt,
  predictEnd,
  scheduleJobs,
  COMPLETED_STATUSES
} from './pipeline-timeline.js'

/** @typedef {import('./gitlab-simulator.js').ProjectOptions} ProjectOptions */
/** @typedef {import('./gitlab-simulator.js').ApiTokenOptions} ApiTokenOptions */
/** @typedef {import('./gitlab-simulator.js').JobPlan} JobPlan */
/** @typedef {import('./pipeline-timeline.js').JobSchedule} JobSchedule */

/** @typedef {Required<Pick<ProjectOptions, 'refs' | 'jobs' | 'visibility'>> & ProjectOptions & { nextIid: number, createdAt: number }} ProjectRecord */
/** @typedef {ApiTokenOptions & { id: number, userId: number, createdAt: number }} ApiTokenRecord */
/**
 * @typedef {object} TriggerRecord
 * @property {number} id
 * @property {string} token
 * @property {number} projectId
 * @property {number} ownerUserId
 * @property {string} description
 * @property {number} createdAt
 * @property {number} updatedAt
 * @property {number | null} expiresAt
 */
/**
 * @typedef {object} PipelineRecord
 * @property {number} id
 * @property {number} iid
 * @property {ProjectRecord} project
 * @property {string} ref
 * @property {string} sha
 * @property {Record<string, string>} variables
 * @property {Record<string, unknown>} inputs
 * @property {number} createdAt
 * @property {number} [canceledAt]
 * @property {number} cancelRequests
 * @property {string | null} yamlErrors
 * @property {number} triggerId
 * @property {number} userId the trigger owner (docs/gitlab.md 2.4 step 8: `user` is the trigger owner)
 * @property {JobPlan[]} plan
 * @property {JobSchedule[]} schedules
 * @property {number[]} jobIds same order as plan
 * @property {Array<number | null>} downstreamPipelineIds for bridges, null for jobs
 * @property {boolean[]} retried same order as plan: replaced by a retry (hidden unless include_retried)
 * @property {Array<PipelineRecord | undefined>} downstreams the pipelines bridges created, once created
 * @property {'trigger' | 'parent_pipeline' | 'pipeline'} source
 * @property {{ pipeline: PipelineRecord, index: number } | undefined} upstream the bridge that created it
 */
/** @typedef {{ id: number, username: string, name: string }} User */

/** A recent release: every route here exists, pipeline inputs are GA (18.1). */
export const DEFAULT_GITLAB_VERSION = '18.6.2-ee'

/** The default plan: "one 'test' job 'unit' 1000ms success". */
const DEFAULT_JOBS = [{ name: 'unit', stage: 'test', durationMs: 1000 }]

/** Ids look like a real instance's: large pipeline and job ids, iids per project from 1. */
const FIRST_PIPELINE_ID = 1000
const FIRST_JOB_ID = 5000

export class SimulatorStore {
  /** @param {() => number} now */
  constructor(now) {
    this.now = now
    /** @type {Map<number, ProjectRecord>} */
    this.projects = new Map()
    /** @type {Map<string, ApiTokenRecord>} */
    this.apiTokens = new Map()
    /** @type {TriggerRecord[]} */
    this.triggers = []
    /** @type {PipelineRecord[]} */
    this.pipelines = []
    this.nextPipelineId = FIRST_PIPELINE_ID
    this.nextJobId = FIRST_JOB_ID
    this.nextTriggerId = 1
    this.nextApiTokenId = 1
    /** What GET /version answers; some routes behave by version. */
    this.gitlabVersion = DEFAULT_GITLAB_VERSION
    /** Whether the trace route honours byte_offset/byte_limit. */
    this.traceByteRange = false
    /** Statuses an older GitLab does not know: `scope` refuses them (docs/gitlab.md 4.1). */
    this.unknownStatuses = /** @type {string[]} */ ([])
  }

  /** @param {ProjectOptions} options */
  addProject(options) {
    if (!Number.isInteger(options.id) || options.id <= 0) {
      throw new Error(`project id must be a positive integer, got ${options.id}`)
    }
    if (!options.path.includes('/')) {
      throw new Error(`project path must be a full path like 'group/app', got '${options.path}'`)
    }
    if (this.projects.has(options.id) || this.findProjectByPath(options.path)) {
      throw new Error(`project ${options.id} (${options.path}) already exists`)
    }
    this.projects.set(options.id, {
      ...options,
      refs: options.refs ?? ['main'],
      jobs: options.jobs ?? DEFAULT_JOBS,
      visibility: options.visibility ?? 'private',
      nextIid: 1,
      createdAt: this.now()
    })
  }

  /**
   * Resolve the decoded `:id` of a route the way GitLab's find_project does (docs/gitlab.md 2.4 step 5,
   * 2.7): digits look up by id, a value containing '/' by full path (case-insensitive), else nothing.
   * @param {string} idOrPath
   * @returns {ProjectRecord | undefined}
   */
  findProject(idOrPath) {
    if (/^\d+$/.test(idOrPath)) return this.projects.get(Number(idOrPath))
    if (idOrPath.includes('/')) return this.findProjectByPath(idOrPath)
    return undefined
  }

  /**
   * A project renamed or moved: its numeric id still finds it, its old path no longer does.
   * @param {number} id
   * @param {string} newPath
   */
  renameProject(id, newPath) {
    const project = this.projects.get(id)
    if (!project) throw new Error(`no project ${id} to rename`)
    if (this.findProjectByPath(newPath)) throw new Error(`project path ${newPath} is taken`)
    project.path = newPath
  }

  /** @param {string} path */
  findProjectByPath(path) {
    const wanted = path.toLowerCase()
    return [...this.projects.values()].find(project => project.path.toLowerCase() === wanted)
  }

  /** @param {ApiTokenOptions} options */
  addApiToken(options) {
    if (this.apiTokens.has(options.token)) {
      throw new Error(`api token ${options.token} already exists`)
    }
    this.apiTokens.set(options.token, {
      ...options,
      id: this.nextApiTokenId++,
      userId: options.userId ?? 1,
      createdAt: this.now()
    })
  }

  /**
   * @param {{ projectId: number, token?: string, ownerUserId?: number, description?: string, expiresAt?: number | null }} options
   * @returns {TriggerRecord}
   */
  addTrigger(options) {
    if (!this.projects.has(options.projectId)) {
      throw new Error(
        `trigger token for unknown project ${options.projectId}: add the project first`
      )
    }
    // New trigger tokens are `glptt-` + SecureRandom.hex(20) (docs/gitlab.md 7).
    const token = options.token ?? `glptt-${randomBytes(20).toString('hex')}`
    if (this.findTriggerByToken(token)) throw new Error(`trigger token ${token} already exists`)
    const now = this.now()
    /** @type {TriggerRecord} */
    const trigger = {
      id: this.nextTriggerId++,
      token,
      projectId: options.projectId,
      ownerUserId: options.ownerUserId ?? 1,
      description: options.description ?? '',
      createdAt: now,
      updatedAt: now,
      expiresAt: options.expiresAt ?? null
    }
    this.triggers.push(trigger)
    return trigger
  }

  /** @param {string} token */
  findTriggerByToken(token) {
    return this.triggers.find(trigger => trigger.token === token)
  }

  /** @param {TriggerRecord} trigger */
  deleteTrigger(trigger) {
    this.triggers = this.triggers.filter(other => other !== trigger)
  }

  /**
   * `last_used` of a trigger: created_at of its latest pipeline (docs/gitlab.md 7).
   * @param {TriggerRecord} trigger
   */
  triggerLastUsed(trigger) {
    const used = this.pipelines.filter(pipeline => pipeline.triggerId === trigger.id)
    return used.length > 0 ? used[used.length - 1].createdAt : null
  }

  /** @param {number} id @returns {User} */
  user(id) {
    if (id === 1) return { id, username: 'root', name: 'Administrator' }
    return { id, username: `user${id}`, name: `User ${id}` }
  }

  /**
   * @param {{ project: ProjectRecord, ref: string, variables: Record<string, string>, inputs: Record<string, unknown>, trigger: TriggerRecord, yamlErrors: string | null }} request
   * @returns {PipelineRecord}
   */
  createPipeline({ project, ref, variables, inputs, trigger, yamlErrors }) {
    const createdAt = this.now()
    // A config error persists the pipeline without jobs (docs/gitlab.md 2.4 step 7).
    const plan = yamlErrors === null ? [...project.jobs] : []
    /** @type {PipelineRecord} */
    const pipeline = {
      id: this.nextPipelineId++,
      iid: project.nextIid++,
      project,
      ref,
      sha: createHash('sha1').update(`${project.path}@${ref}`).digest('hex'),
      variables,
      inputs,
      createdAt,
      cancelRequests: 0,
      yamlErrors,
      triggerId: trigger.id,
      userId: trigger.ownerUserId,
      plan,
      schedules: scheduleJobs(plan, createdAt),
      jobIds: plan.map(() => this.nextJobId++),
      downstreamPipelineIds: [],
      retried: plan.map(() => false),
      downstreams: [],
      source: 'trigger',
      upstream: undefined
    }
    // Downstream pipeline ids are reserved now so that ids never depend on when they are first read.
    pipeline.downstreamPipelineIds = plan.map(job => (job.bridge ? this.nextPipelineId++ : null))
    this.pipelines.push(pipeline)
    return pipeline
  }

  /** @param {ProjectRecord} project @param {number} id */
  findPipeline(project, id) {
    return this.pipelines.find(pipeline => pipeline.id === id && pipeline.project === project)
  }

  /**
   * A build (not a bridge: docs/gitlab.md 5, `find_build!` searches builds only) of this project.
   * @param {ProjectRecord} project
   * @param {number} jobId
   * @returns {{ pipeline: PipelineRecord, index: number } | undefined}
   */
  findBuild(project, jobId) {
    for (const pipeline of this.pipelines) {
      if (pipeline.project !== project) continue
      const index = pipeline.jobIds.indexOf(jobId)
      if (index >= 0 && !pipeline.plan[index].bridge) return { pipeline, index }
    }
    return undefined
  }

  /**
   * A build or a bridge (`find_job!`, used by play).
   * @param {ProjectRecord} project
   * @param {number} jobId
   * @returns {{ pipeline: PipelineRecord, index: number } | undefined}
   */
  findJob(project, jobId) {
    for (const pipeline of this.pipelines) {
      if (pipeline.project !== project) continue
      const index = pipeline.jobIds.indexOf(jobId)
      if (index >= 0) return { pipeline, index }
    }
    return undefined
  }

  /** @param {PipelineRecord} pipeline */
  stateOf(pipeline) {
    return pipelineStateAt(pipeline, this.now())
  }

  /**
   * Create the downstream pipelines whose trigger jobs have started by now, to any depth. Nothing
   * runs in the background, so this is called before every request is handled and every snapshot.
   */
  materialize() {
    const now = this.now()
    // The array grows while it is walked: a new child's own bridges are seen in the same call.
    for (let p = 0; p < this.pipelines.length; p++) {
      const pipeline = this.pipelines[p]
      pipeline.plan.forEach((job, index) => {
        const trigger = job.bridge
        if (!trigger?.jobs || pipeline.downstreams[index]) return
        const schedule = pipeline.schedules[index]
        if (schedule.kind !== 'run' || schedule.startAt > now) return
        if (pipeline.canceledAt !== undefined && pipeline.canceledAt < schedule.startAt) return
        pipeline.downstreams[index] = this.createDownstream(pipeline, index, schedule.startAt)
      })
    }
  }

  /**
   * A child pipeline (no downstreamProjectPath: same project, source parent_pipeline) or a
   * multi-project one (source pipeline), created when its trigger job started.
   * @param {PipelineRecord} parent
   * @param {number} index the bridge
   * @param {number} createdAt
   * @returns {PipelineRecord | undefined}
   */
  createDownstream(parent, index, createdAt) {
    const trigger = parent.plan[index].bridge
    if (!trigger) return undefined
    const path = trigger.downstreamProjectPath
    const project = path === undefined ? parent.project : this.findProjectByPath(path)
    if (!project) throw new Error(`downstream project ${path} was never added (addProject)`)
    const child = path === undefined || project === parent.project
    const ref = child ? parent.ref : (trigger.ref ?? project.refs[0] ?? 'main')
    const plan = [...(trigger.jobs ?? [])]
    /** @type {PipelineRecord} */
    const pipeline = {
      id: parent.downstreamPipelineIds[index] ?? this.nextPipelineId++,
      iid: project.nextIid++,
      project,
      ref,
      sha: createHash('sha1').update(`${project.path}@${ref}`).digest('hex'),
      variables: trigger.variables ?? {},
      inputs: {},
      createdAt,
      cancelRequests: 0,
      yamlErrors: null,
      triggerId: 0,
      userId: parent.userId,
      plan,
      schedules: scheduleJobs(plan, createdAt),
      jobIds: plan.map(() => this.nextJobId++),
      downstreamPipelineIds: plan.map(job => (job.bridge ? this.nextPipelineId++ : null)),
      retried: plan.map(() => false),
      downstreams: [],
      source: child ? 'parent_pipeline' : 'pipeline',
      upstream: { pipeline: parent, index }
    }
    this.pipelines.push(pipeline)
    return pipeline
  }

  /**
   * Cancel takes effect only on an unfinished pipeline; GitLab still answers 200 (docs/gitlab.md 6.1).
   * Ci::CancelPipelineService cancels the pipeline's child pipelines too (same project), not its
   * multi-project downstream pipelines (`all_child_pipelines` is project_condition: :same).
   * @param {PipelineRecord} pipeline
   */
  cancelPipeline(pipeline) {
    pipeline.cancelRequests++
    this.cancelWithChildren(pipeline)
    this.refreshUpstream(pipeline)
  }

  /** @param {PipelineRecord} pipeline */
  cancelWithChildren(pipeline) {
    if (pipeline.canceledAt !== undefined) return
    if (COMPLETED_STATUSES.has(this.stateOf(pipeline).status)) return
    pipeline.canceledAt = this.now()
    for (const downstream of pipeline.downstreams) {
      if (downstream?.source === 'parent_pipeline') this.cancelWithChildren(downstream)
    }
  }

  /**
   * POST /jobs/:id/play on a manual job: it runs from now (`playResult`, default success) and the
   * stages it held are scheduled after it.
   * @param {PipelineRecord} pipeline
   * @param {number} index
   * @returns {boolean} false when the job is not playable
   */
  playJob(pipeline, index) {
    const now = this.now()
    if (jobStateOf(pipeline, index, now).status !== 'manual') return false
    const job = pipeline.plan[index]
    const queuedMs = job.queuedMs ?? 100
    const startAt = now + queuedMs
    /** @type {import('./pipeline-timeline.js').JobSchedule} */
    const played = job.bridge?.jobs
      ? bridgeSchedule(job, now, startAt)
      : {
          kind: 'run',
          pendingAt: now,
          startAt,
          endAt: startAt + job.durationMs,
          result: job.playResult ?? 'success'
        }
    this.reschedule(pipeline, new Map([[index, played]]), new Set())
    this.refreshUpstream(pipeline)
    return true
  }

  /**
   * POST /pipelines/:id/retry: failed and canceled jobs get a new job (new id, result `retryResult`,
   * default success) and are hidden as retried; skipped and waiting jobs are scheduled again; a
   * pipeline with nothing to retry is left alone.
   * @param {PipelineRecord} pipeline
   */
  retryPipeline(pipeline) {
    const state = this.stateOf(pipeline)
    const retry = pipeline.plan.flatMap((_, index) =>
      !pipeline.retried[index] &&
      ['failed', 'canceled', 'canceling'].includes(state.jobs[index].status)
        ? [index]
        : []
    )
    if (retry.length === 0) return
    /** @type {Map<number, import('./pipeline-timeline.js').JobSchedule>} */
    const overrides = new Map()
    for (const index of retry) {
      const job = pipeline.plan[index]
      overrides.set(index, { kind: 'frozen', state: state.jobs[index] })
      pipeline.retried[index] = true
      // The new job runs in its stage's turn, not at the first attempt's offset.
      pipeline.plan.push({ ...job, startAtMs: undefined, result: job.retryResult ?? 'success' })
      pipeline.schedules.push({ kind: 'held' })
      pipeline.jobIds.push(this.nextJobId++)
      pipeline.downstreamPipelineIds.push(job.bridge ? this.nextPipelineId++ : null)
      pipeline.retried.push(false)
    }
    // Jobs that never ran (skipped, or held behind a failure) run again in place.
    const reopen = new Set(
      pipeline.plan.flatMap((_, index) =>
        index >= state.jobs.length ||
        (!pipeline.retried[index] && ['skipped', 'created'].includes(state.jobs[index].status))
          ? [index]
          : []
      )
    )
    pipeline.canceledAt = undefined
    this.reschedule(pipeline, overrides, reopen)
    this.refreshUpstream(pipeline)
  }

  /**
   * Schedule again from now: `overrides` as given, `reopen` and jobs still `created` from scratch
   * (no earlier than now), every other job as it was.
   * @param {PipelineRecord} pipeline
   * @param {Map<number, import('./pipeline-timeline.js').JobSchedule>} overrides
   * @param {Set<number>} reopen
   */
  reschedule(pipeline, overrides, reopen) {
    const now = this.now()
    const state = this.stateOf(pipeline)
    /** @type {Map<number, import('./pipeline-timeline.js').JobSchedule>} */
    const fixed = new Map()
    /** @type {Set<number>} */
    const excluded = new Set()
    pipeline.plan.forEach((_, index) => {
      const override = overrides.get(index)
      if (pipeline.retried[index]) {
        excluded.add(index)
        fixed.set(index, override ?? pipeline.schedules[index])
      } else if (override) fixed.set(index, override)
      else if (!reopen.has(index) && index < state.jobs.length) {
        if (state.jobs[index].status !== 'created') fixed.set(index, pipeline.schedules[index])
      }
    })
    pipeline.schedules = scheduleJobs(pipeline.plan, pipeline.createdAt, {
      fixed,
      excluded,
      notBefore: now
    })
  }

  /**
   * A downstream pipeline changed (cancel, play, retry): its `strategy: depend` trigger job now ends
   * when and as the downstream does, and the upstream's later stages move with it.
   * @param {PipelineRecord} pipeline
   */
  refreshUpstream(pipeline) {
    const upstream = pipeline.upstream
    if (!upstream || upstream.pipeline.canceledAt !== undefined) return
    const { pipeline: parent, index } = upstream
    if (parent.retried[index] || parent.plan[index].bridge?.strategy !== 'depend') return
    const old = parent.schedules[index]
    if (old.kind !== 'run') return
    const end = predictEnd(pipeline)
    this.reschedule(parent, new Map([[index, { ...old, ...end }]]), new Set())
    this.refreshUpstream(parent)
  }
}
