import type { GitLabClient } from '../../gitlab/client.js'
import { quickReadPolicy, type RetryOptions } from '../../gitlab/retry.js'
import type { Clock } from '../../runtime/clock.js'
import { GitLabError } from '../../gitlab/errors.js'
import {
  getProject,
  getTokenSelfWithKind,
  getVersion,
  probePipelines
} from '../../gitlab/endpoints.js'
import type { RunLog } from '../run-log.js'
import type { Settings } from '../../settings/settings.js'

// Pipeline inputs on the trigger API: 17.10 behind a feature flag that is off, 17.11 with it on by
// default, 18.1 for everyone. Before that GitLab drops them without a word (docs/gitlab.md 10).
const INPUTS_FROM = [17, 11] as const
const INPUTS_GA = [18, 1] as const

/**
 * What must hold before the trigger, asked all at once so it costs one round trip (docs/contract.md,
 * Behaviour): with `wait`, the api-token reads the project and its pipelines (a wrong token fails
 * the step before a pipeline exists that nobody watches) and, when a cancel option is on, its
 * scopes allow cancelling; with `inputs`, GitLab is new enough not to drop them. Throws GitLabError.
 */
export async function checkApiToken(
  client: GitLabClient,
  settings: Settings,
  log: RunLog,
  signal: AbortSignal,
  clock?: Clock
): Promise<void> {
  const hasInputs = Object.keys(settings.inputs).length > 0
  const [refusal] = await checkApiTokenFor([settings.project], hasInputs, {
    client,
    settings,
    log,
    signal,
    clock
  })
  if (refusal !== undefined) throw refusal
}

/**
 * checkApiToken for several projects at once (targets, docs/contract.md section 3.16): the
 * project and its pipelines are read for each; GitLab's version and the token's scopes, which are
 * the same for all, once. Returns why each project was refused (undefined where it passed); throws
 * what concerns them all (a token that cannot play, a GitLab too old for inputs).
 */
export async function checkApiTokenFor(
  projects: readonly string[],
  hasInputs: boolean,
  { client, settings, log, signal, clock }: PreflightContext
): Promise<unknown[]> {
  if (!settings.wait && !hasInputs) return []
  const retry = quickReadPolicy({ signal, clock })
  // Two targets in one project (other refs) are one check.
  const unique = [...new Set(projects)]
  const [projectChecks, instance] = await Promise.all([
    settings.wait
      ? Promise.allSettled(unique.map(project => checkProject(client, project, settings, retry)))
      : [],
    readInstance(client, settings, hasInputs, retry)
  ])
  const refusals = projects.map(project => {
    const check = projectChecks[unique.indexOf(project)]
    return check?.status === 'rejected' ? check.reason : undefined
  })
  if (refusals.every(refusal => refusal === undefined))
    judgeInstance(instance, settings, hasInputs, log)
  return refusals
}

export interface PreflightContext {
  /** A client with the api-token. */
  client: GitLabClient
  settings: Settings
  log: RunLog
  signal: AbortSignal
  clock?: Clock
}

/** The api-token reads the project and its pipelines; throws why it cannot. */
async function checkProject(
  client: GitLabClient,
  project: string,
  settings: Settings,
  retry: RetryOptions
): Promise<void> {
  const [found, pipelines] = await Promise.allSettled([
    getProject(client, project, retry),
    probePipelines(client, project, retry)
  ])
  if (found.status === 'rejected') throw found.reason
  if (pipelines.status === 'rejected') throw cannotReadPipelines(pipelines.reason, settings.words)
}

interface InstanceReads {
  version: PromiseSettledResult<{ version: string } | undefined>
  token: PromiseSettledResult<Awaited<ReturnType<typeof getTokenSelfWithKind>> | undefined>
}

/** What is the same for every project: GitLab's version (for inputs), the token's scopes (to cancel or play). */
async function readInstance(
  client: GitLabClient,
  settings: Settings,
  hasInputs: boolean,
  retry: RetryOptions
): Promise<InstanceReads> {
  const wantsCancel = settings.cancelOnAbort || settings.cancelOnTimeout
  const skipped = Promise.resolve(undefined)
  const [version, token] = await Promise.allSettled([
    hasInputs ? getVersion(client, retry) : skipped,
    settings.wait && (wantsCancel || settings.playManual.length > 0)
      ? getTokenSelfWithKind(client, retry)
      : skipped
  ])
  return { version, token }
}

/** Stops the step, or warns, for what the version and the token's scopes say. */
function judgeInstance(
  { version, token }: InstanceReads,
  settings: Settings,
  hasInputs: boolean,
  log: RunLog
): void {
  const { words } = settings
  if (hasInputs) checkInputsSupport(version, log)
  if (token.status === 'rejected') {
    // 15.0-15.4 (no `self`: 404 or 401), OAuth and CI job tokens cannot describe themselves:
    // the project read above already proved the token, so this is no reason to stop or warn.
    log.debug(
      `Could not read the scopes of ${words.name('api-token')}: ${(token.reason as Error).message}`
    )
  } else if (token.value) {
    const { scopes, granular } = token.value
    if (granular === true || scopes.includes('granular')) {
      // Fine-grained tokens name a permission per route instead of classic scopes; whether this
      // one may cancel shows only when it tries.
      log.debug(
        `${words.name('api-token')} is a fine-grained token: its cancel permission is not checked`
      )
    } else if (!scopes.includes('api') && settings.playManual.length > 0) {
      throw new GitLabError({
        kind: 'http',
        request: 'GET /personal_access_tokens/self',
        gitlabMessage: `${words.name('api-token')} has the scopes ${scopes.join(', ') || '(none)'} but not api, which playing a manual job needs`,
        hint: `Give the token the api scope, or leave out ${words.name('play-manual')}. Nothing was triggered`
      })
    } else if (!scopes.includes('api')) {
      log.warning(
        `${words.name('api-token')} has the scopes ${scopes.join(', ') || '(none)'} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or turn cancelling off: ${words.set('cancel-on-timeout', 'false')} and ${words.set('cancel-on-abort', 'false')}.`,
        `${words.name('api-token')} cannot cancel`
      )
    }
  }
}

/** A 403 here is a token that sees the project but not its pipelines: a Guest, or a fine-grained token without read_pipeline. */
function cannotReadPipelines(reason: unknown, words: Settings['words']): unknown {
  if (!(reason instanceof GitLabError) || reason.status !== 403) return reason
  return new GitLabError({
    kind: reason.kind,
    request: reason.request,
    gitlabMessage: reason.gitlabMessage,
    hint: `The API token (${words.name('api-token')}) can see the project but not read its pipelines, so it could not follow the pipeline: give its user at least the Reporter role in the project (a Guest cannot read pipelines of a private project), or give a fine-grained token the read_pipeline permission. Nothing was triggered`,
    status: reason.status
  })
}

function checkInputsSupport(
  version: PromiseSettledResult<{ version: string } | undefined>,
  log: RunLog
): void {
  if (version.status === 'rejected' || !version.value) {
    const why = version.status === 'rejected' ? (version.reason as Error).message : 'no answer'
    log.warning(
      `Could not read GitLab's version (${why}): GitLab before 17.11 ignores pipeline inputs sent to the trigger API, and the pipeline then runs with its spec:inputs defaults.`,
      'GitLab version unknown'
    )
    return
  }
  const text = version.value.version
  const match = /^(\d+)\.(\d+)/.exec(text)
  if (!match) return
  const have = [Number(match[1]), Number(match[2])] as const
  const atLeast = ([major, minor]: readonly [number, number]) =>
    have[0] > major || (have[0] === major && have[1] >= minor)
  if (!atLeast(INPUTS_FROM)) {
    throw new GitLabError({
      kind: 'http',
      request: 'GET /version',
      gitlabMessage: `GitLab ${text} ignores pipeline inputs sent to the trigger API (they arrive in 17.11), so the pipeline would run with its spec:inputs defaults`,
      hint: 'Upgrade GitLab to 17.11 or later, or pass these values as variables instead of inputs. Nothing was triggered'
    })
  }
  if (!atLeast(INPUTS_GA)) {
    log.warning(
      `GitLab ${text} takes pipeline inputs on the trigger API only while the ci_inputs_for_pipelines feature flag is on (the default from 17.11, always from 18.1); with it off they are ignored and the pipeline runs with its spec:inputs defaults.`,
      'Pipeline inputs may be ignored'
    )
  }
}
