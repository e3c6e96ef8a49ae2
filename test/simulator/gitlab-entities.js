// @ts-check
/**
 * The JSON shapes GitLab's Grape entities produce (docs/gitlab.md 2.4 step 8, 3.1, 4.1, 4.2, 7).
 * Timestamps are ISO 8601 UTC with milliseconds; durations are seconds.
 */
import { createHash } from 'node:crypto'
import { artifactFields } from './routes/artifacts.js'

/** @typedef {import('./store.js').PipelineRecord} PipelineRecord */
/** @typedef {import('./store.js').ProjectRecord} ProjectRecord */
/** @typedef {import('./store.js').TriggerRecord} TriggerRecord */
/** @typedef {import('./store.js').ApiTokenRecord} ApiTokenRecord */
/** @typedef {import('./store.js').User} User */
/** @typedef {import('./pipeline-timeline.js').PipelineState} PipelineState */
/** @typedef {import('./pipeline-timeline.js').JobState} JobState */

/** @param {number | null | undefined} ms */
function isoTime(ms) {
  return ms === null || ms === undefined ? null : new Date(ms).toISOString()
}

/** @param {number} fromMs @param {number} toMs */
const seconds = (fromMs, toMs) => (toMs - fromMs) / 1000

/**
 * detailed_status (DetailedStatusEntity). Presentation only: clients key on `status` (docs/gitlab.md 3.1).
 * Text and label follow the current lib/gitlab/ci/status classes.
 * @param {string} status
 * @param {string} detailsPath
 */
function detailedStatus(status, detailsPath) {
  /** @type {Record<string, [text: string, label: string, icon?: string]>} */
  const looks = {
    created: ['Created', 'created'],
    pending: ['Pending', 'pending'],
    running: ['Running', 'running'],
    success: ['Passed', 'passed'],
    failed: ['Failed', 'failed'],
    canceling: ['Canceling', 'canceling', 'status_canceled'],
    canceled: ['Canceled', 'canceled'],
    skipped: ['Skipped', 'skipped'],
    manual: ['Blocked', 'waiting for manual action']
  }
  const [text, label, icon = `status_${status}`] = looks[status] ?? [status, status]
  return {
    icon,
    text,
    label,
    group: status,
    tooltip: label,
    has_details: true,
    details_path: detailsPath,
    illustration: null,
    favicon: `/assets/ci_favicons/favicon_${icon}.png`
  }
}

/** UserBasic. @param {string} baseUrl @param {User} user */
function userBasic(baseUrl, user) {
  const hash = createHash('md5').update(`${user.username}@example.com`).digest('hex')
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    state: 'active',
    locked: false,
    avatar_url: `https://www.gravatar.com/avatar/${hash}?s=80&d=identicon`,
    web_url: `${baseUrl}/${user.username}`
  }
}

/** @param {string} baseUrl @param {PipelineRecord} pipeline */
export const pipelineWebUrl = (baseUrl, pipeline) =>
  `${baseUrl}/${pipeline.project.path}/-/pipelines/${pipeline.id}`

/** PipelineBasic (docs/gitlab.md 3.1). @param {string} baseUrl @param {PipelineRecord} pipeline @param {PipelineState} state */
export function pipelineBasic(baseUrl, pipeline, state) {
  return {
    id: pipeline.id,
    iid: pipeline.iid,
    project_id: pipeline.project.id,
    sha: pipeline.sha,
    ref: pipeline.ref,
    status: state.status,
    source: pipeline.source ?? 'trigger',
    created_at: isoTime(pipeline.createdAt),
    updated_at: isoTime(state.updatedAt),
    web_url: pipelineWebUrl(baseUrl, pipeline)
  }
}

/**
 * Entities::Ci::Pipeline (trigger and cancel answers); with `withMetadata` it is PipelineWithMetadata
 * (GET /pipelines/:id), which adds `name`.
 * @param {string} baseUrl
 * @param {PipelineRecord} pipeline
 * @param {PipelineState} state
 * @param {User} user
 * @param {{ withMetadata?: boolean }} [options]
 */
export function pipelineEntity(baseUrl, pipeline, state, user, { withMetadata = false } = {}) {
  const { startedAt, finishedAt } = state
  const entity = {
    ...pipelineBasic(baseUrl, pipeline, state),
    before_sha: '0000000000000000000000000000000000000000',
    tag: false,
    yaml_errors: pipeline.yamlErrors,
    user: userBasic(baseUrl, user),
    started_at: isoTime(startedAt),
    finished_at: isoTime(finishedAt),
    committed_at: null,
    duration:
      startedAt !== null && finishedAt !== null ? Math.round(seconds(startedAt, finishedAt)) : null,
    queued_duration: startedAt !== null ? Math.round(seconds(pipeline.createdAt, startedAt)) : null,
    coverage: null,
    detailed_status: detailedStatus(
      state.status,
      `/${pipeline.project.path}/-/pipelines/${pipeline.id}`
    ),
    archived: false
  }
  return withMetadata ? { ...entity, name: null } : entity
}

/**
 * JobBasic, shared by jobs and bridges (docs/gitlab.md 4.1).
 * @param {string} baseUrl
 * @param {PipelineRecord} pipeline
 * @param {PipelineState} state
 * @param {number} index position in the plan
 * @param {User} user
 * @param {number} now
 */
function jobBasic(baseUrl, pipeline, state, index, user, now) {
  const plan = pipeline.plan[index]
  const job = state.jobs[index]
  const id = pipeline.jobIds[index]
  const runningUntil = job.finishedAt ?? now
  return {
    id,
    status: job.status,
    stage: plan.stage,
    name: plan.name,
    ref: pipeline.ref,
    tag: false,
    coverage: null,
    allow_failure: plan.allowFailure ?? false,
    created_at: isoTime(pipeline.createdAt),
    started_at: isoTime(job.startedAt),
    finished_at: isoTime(job.finishedAt),
    erased_at: null,
    // A running job reports the time it has run so far, like GitLab's live `duration`.
    duration: job.startedAt === null ? null : seconds(job.startedAt, runningUntil),
    queued_duration:
      job.queuedAt === null ? null : seconds(job.queuedAt, job.startedAt ?? runningUntil),
    user: userBasic(baseUrl, user),
    commit: commitEntity(baseUrl, pipeline),
    pipeline: pipelineBasic(baseUrl, pipeline, state),
    // failure_reason is only exposed for failed jobs (docs/gitlab.md 4.1).
    ...(job.status === 'failed' ? { failure_reason: plan.failureReason ?? 'script_failure' } : {}),
    web_url: `${baseUrl}/${pipeline.project.path}/-/jobs/${id}`,
    project: { ci_job_token_scope_enabled: false }
  }
}

/** Entities::Ci::Job. @param {Parameters<typeof jobBasic>} args */
export function jobEntity(...args) {
  const [, pipeline, state, index] = args
  const ran = state.jobs[index].startedAt !== null
  return {
    ...jobBasic(...args),
    artifacts: [],
    // Only when the job has an archive: artifacts_file, and the archive in `artifacts`.
    ...artifactFields(pipeline.plan[index], state.jobs[index].status),
    runner: ran ? { id: 7, description: 'simulated-runner', active: true, is_shared: true } : null,
    runner_manager: null,
    artifacts_expire_at: null,
    archived: false,
    tag_list: []
  }
}

/**
 * Entities::Ci::Bridge: JobBasic + downstream_pipeline, null until the trigger job starts
 * (docs/gitlab.md 4.2). The downstream pipeline mirrors the bridge (like `strategy: depend`).
 * @param {Parameters<typeof jobBasic>} args
 * @param {ProjectRecord | undefined} downstreamProject registered project at the bridge's path, if any
 * @param {PipelineState} [downstreamState] the state of the downstream pipeline the bridge created
 */
export function bridgeEntity(args, downstreamProject, downstreamState) {
  const [baseUrl, pipeline, state, index] = args
  const job = state.jobs[index]
  const created = pipeline.downstreams?.[index]
  if (pipeline.plan[index].bridge?.jobs) {
    // A `strategy: depend` trigger job shows `manual` while its downstream pipeline blocks on a
    // manual job, yet is not playable itself: play answers 400 Unplayable Job (docs/gitlab.md 4.2).
    const blocked =
      pipeline.plan[index].bridge?.strategy === 'depend' &&
      downstreamState?.status === 'manual' &&
      job.status === 'running'
    // A real downstream pipeline: null until the trigger job created it.
    return {
      ...jobBasic(...args),
      ...(blocked ? { status: 'manual' } : {}),
      downstream_pipeline:
        created && downstreamState ? pipelineBasic(baseUrl, created, downstreamState) : null
    }
  }
  const downstreamId = pipeline.downstreamPipelineIds[index]
  const downstreamPath = pipeline.plan[index].bridge?.downstreamProjectPath ?? ''
  const downstream =
    job.startedAt === null || downstreamId === null
      ? null
      : {
          id: downstreamId,
          iid: 1,
          project_id: downstreamProject?.id ?? 0,
          sha: pipeline.sha,
          ref: pipeline.ref,
          status: job.status,
          source: 'pipeline',
          created_at: isoTime(job.startedAt),
          updated_at: isoTime(job.updatedAt),
          web_url: `${baseUrl}/${downstreamPath}/-/pipelines/${downstreamId}`
        }
  return { ...jobBasic(...args), downstream_pipeline: downstream }
}

/** @param {string} baseUrl @param {PipelineRecord} pipeline */
function commitEntity(baseUrl, pipeline) {
  return {
    id: pipeline.sha,
    short_id: pipeline.sha.slice(0, 8),
    created_at: isoTime(pipeline.project.createdAt),
    parent_ids: [],
    title: `Simulated head of ${pipeline.ref}`,
    message: `Simulated head of ${pipeline.ref}\n`,
    author_name: 'Administrator',
    author_email: 'admin@example.com',
    web_url: `${baseUrl}/${pipeline.project.path}/-/commit/${pipeline.sha}`
  }
}

/**
 * Entities::Trigger. Someone else's token is shortened to the 4 characters after `glptt-`
 * (docs/gitlab.md 7, Ci::TriggerPresenter).
 * @param {string} baseUrl
 * @param {TriggerRecord} trigger
 * @param {{ owner: User, callerUserId: number, lastUsed: number | null }} context
 */
export function triggerEntity(baseUrl, trigger, { owner, callerUserId, lastUsed }) {
  const token =
    callerUserId === trigger.ownerUserId
      ? trigger.token
      : trigger.token.replace(/^glptt-/, '').slice(0, 4)
  return {
    id: trigger.id,
    token,
    description: trigger.description,
    created_at: isoTime(trigger.createdAt),
    updated_at: isoTime(trigger.updatedAt),
    last_used: isoTime(lastUsed),
    expires_at: isoTime(trigger.expiresAt),
    owner: userBasic(baseUrl, owner)
  }
}

/** A subset of Entities::Project. @param {string} baseUrl @param {ProjectRecord} project */
export function projectEntity(baseUrl, project) {
  const segments = project.path.split('/')
  const name = segments[segments.length - 1]
  const namespacePath = segments.slice(0, -1).join('/')
  return {
    id: project.id,
    description: null,
    name,
    name_with_namespace: segments.join(' / '),
    path: name,
    path_with_namespace: project.path,
    created_at: isoTime(project.createdAt),
    default_branch: project.refs[0] ?? null,
    tag_list: [],
    topics: [],
    http_url_to_repo: `${baseUrl}/${project.path}.git`,
    web_url: `${baseUrl}/${project.path}`,
    readme_url: null,
    avatar_url: null,
    visibility: project.visibility,
    namespace: {
      id: project.id + 100000,
      name: segments[segments.length - 2],
      path: segments[segments.length - 2],
      kind: 'group',
      full_path: namespacePath,
      web_url: `${baseUrl}/groups/${namespacePath}`
    },
    archived: false,
    empty_repo: false,
    jobs_enabled: true
  }
}

/** GET /personal_access_tokens/self. @param {ApiTokenRecord} token */
export function personalAccessTokenEntity(token) {
  return {
    id: token.id,
    name: token.name ?? `token-${token.id}`,
    revoked: token.revoked ?? false,
    created_at: isoTime(token.createdAt),
    description: null,
    // Fine-grained tokens (18.10+) carry the `granular` scope and `granular: true` instead of
    // classic scopes (lib/api/entities/personal_access_token.rb).
    scopes: token.granular ? ['granular'] : token.scopes,
    granular: token.granular ?? false,
    user_id: token.userId,
    last_used_at: null,
    active: !(token.revoked ?? false) && !(token.expired ?? false),
    expires_at: null
  }
}
