import type { GitLabClient } from '../../gitlab/client.js'
import { GitLabError } from '../../gitlab/errors.js'
import { getPipelineVariables, listPipelines } from '../../gitlab/control.js'
import { getPipeline, getProject } from '../../gitlab/endpoints.js'
import { quickReadPolicy } from '../../gitlab/retry.js'
import type { Pipeline } from '../../gitlab/schemas.js'
import type { Clock } from '../../runtime/clock.js'
import type { Settings } from '../../settings/settings.js'
import { timeLimit } from '../../runtime/time-limit.js'
import { RERUN_MARKER } from './rerun-identity.js'

// A lost answer loses nothing (docs/contract.md, "Lost answers"): when the trigger request went
// out but its answer never came back (or was a proxy's 5xx page), the pipeline it may have
// created is looked for by the marker variable it was sent with, instead of being sent again.

/** The pauses between looks: GitLab may still be creating the pipeline when the answer is lost. */
export const LOST_ANSWER_PAUSES_MS = [2_000, 4_000, 8_000]
/** The newest triggered pipelines on the ref whose variables each look reads, at most. */
export const LOST_ANSWER_CANDIDATES = 5
/** Variable reads in all the looks together, at most. */
export const LOST_ANSWER_VARIABLE_READS = 10
/** The search ends by then, whatever the step's timeout. */
export const LOST_ANSWER_BUDGET_MS = 30_000
/**
 * When the run was cancelled while the answer was lost: the search ends by then (real time too),
 * well within the 7.5 s the runner leaves before it sends SIGTERM (docs/contract.md 3.6).
 */
export const CANCELLED_SEARCH_MS = 5_000
// The runner's clock and GitLab's may differ a little: pipelines updated this long before the
// request are looked at too (the marker alone decides).
const CLOCK_SKEW_MS = 60_000

export interface LostAnswerSearch {
  client: GitLabClient
  settings: Settings
  marker: string
  /** When the trigger request was sent (on `clock`). */
  sentAt: number
  clock: Clock
  signal: AbortSignal
  /** The step's own end; the search ends earlier (LOST_ANSWER_BUDGET_MS). */
  deadline: number
}

/**
 * The pipeline on the ref, triggered since the request was sent, that carries `marker`: one
 * pipelines list and at most LOST_ANSWER_CANDIDATES new variable reads per look (at most
 * LOST_ANSWER_VARIABLE_READS in all), a few looks.
 * Undefined when none was found in time; a GitLabError when the search could not be made.
 */
export async function findTriggeredPipeline(
  search: LostAnswerSearch
): Promise<Pipeline | undefined> {
  const { client, settings, clock, signal } = search
  const deadline = Math.min(search.deadline, clock.now() + LOST_ANSWER_BUDGET_MS)
  const retry = quickReadPolicy({ signal, clock, deadline })
  const checked = new Set<number>()
  for (let look = 0; ; look++) {
    const id = await lookOnce(search, checked, retry)
    if (id !== undefined) return getPipeline(client, settings.project, id, retry)
    const pause = LOST_ANSWER_PAUSES_MS[look]
    if (pause === undefined || clock.now() + pause >= deadline) return undefined
    await clock.sleep(pause, signal)
  }
}

async function lookOnce(
  { client, settings, marker, sentAt }: LostAnswerSearch,
  checked: Set<number>,
  retry: ReturnType<typeof quickReadPolicy>
): Promise<number | undefined> {
  const pipelines = await listPipelines(
    client,
    settings.project,
    {
      ref: settings.ref,
      source: 'trigger',
      updated_after: new Date(sentAt - CLOCK_SKEW_MS).toISOString(),
      per_page: LOST_ANSWER_CANDIDATES
    },
    retry
  )
  for (const candidate of pipelines.slice(0, LOST_ANSWER_CANDIDATES)) {
    if (checked.has(candidate.id)) continue
    if (checked.size >= LOST_ANSWER_VARIABLE_READS) break
    checked.add(candidate.id)
    let variables
    try {
      variables = await getPipelineVariables(client, settings.project, candidate.id, retry)
    } catch (error) {
      // Another user's pipeline may hide its variables (403); this step's own does not.
      if (error instanceof GitLabError && error.status === 403) continue
      throw error
    }
    if (variables.some(v => v.key === RERUN_MARKER && v.value === marker)) return candidate.id
  }
  return undefined
}

/**
 * The project's pipelines on the ref, as a link when one can be made: from the path, or from the
 * project read with the api-token when the project is given by id.
 */
export async function pipelinesOnRef(
  settings: Settings,
  api: GitLabClient | undefined,
  signal: AbortSignal
): Promise<string> {
  const query = `/-/pipelines?ref=${encodeURIComponent(settings.ref)}`
  if (!/^\d+$/.test(settings.project)) return `${settings.gitlabUrl}/${settings.project}${query}`
  if (api && !signal.aborted) {
    try {
      const project = await getProject(api, settings.project, {
        ...quickReadPolicy({ signal }),
        maxAttempts: 1
      })
      return `${project.web_url}${query}`
    } catch {
      // The link is a convenience: without it the words below still say where to look.
    }
  }
  return `the project's pipelines on ${settings.ref}`
}

/** What the trigger was sent with, for the search after its answer was lost. */
export interface LostTrigger {
  /** The marker among the trigger's variables; undefined when none was sent. */
  marker: string | undefined
  /** GitLab refused variables from the trigger token's owner, so the marker could not be sent. */
  markerRefused: boolean
  sentAt: number
}

/**
 * True when the trigger request went out but its answer is not GitLab's word on it: a broken or
 * timed-out connection, an answer cut short or unreadable, or a 5xx (GitLab failing after the
 * request arrived, or a proxy's page while GitLab went on).
 */
export function answerWasLost(error: unknown): error is GitLabError {
  if (!(error instanceof GitLabError)) return false
  if (error.kind === 'http') return (error.status ?? 0) >= 500
  return !error.neverSent
}

/** What the search after a lost answer works with. */
interface RecoveryContext {
  api: GitLabClient | undefined
  settings: Settings
  log: { info(line: string): void; notice(message: string, title?: string): void }
  clock: Clock
  signal: AbortSignal
  /** The step's own end. */
  deadline: number
}

/**
 * After a lost answer: the pipeline this step created, found by its marker (said in the log), or
 * the GitLabError that says a pipeline may exist and where to look. Never a second trigger.
 */
export async function recoverLostAnswer(
  error: GitLabError,
  lost: LostTrigger,
  context: RecoveryContext
): Promise<Pipeline> {
  const { api, settings, log, signal } = context
  const fail = async (why: string) =>
    mayHaveCreated(
      error,
      `${why}look at ${await pipelinesOnRef(settings, api, signal)} before running this again`
    )
  // What the pipeline can be told by; none when GitLab refused it.
  const marker = lost.markerRefused ? undefined : lost.marker
  if (signal.aborted) {
    // Cancelled meanwhile: a short search, so that the pipeline it finds is cancelled as the run's.
    if (api && marker !== undefined && settings.wait && settings.cancelOnAbort)
      return searchOnCancel({ ...context, api }, marker, lost.sentAt, fail)
    throw await fail('')
  }
  if (!api)
    throw await fail(
      'an api-token would let the step find the pipeline itself after a lost answer; '
    )
  if (marker === undefined)
    throw await fail(
      `the lost answer cannot be reconciled: GitLab refused pipeline variables from the trigger token's owner, so the pipeline was triggered without the ${RERUN_MARKER} variable that tells it from any other on ${settings.ref}; `
    )
  log.info(
    `The answer to the trigger request was lost (${error.status === undefined ? error.gitlabMessage : `GitLab answered ${error.status}`}): looking for the pipeline that carries this step's ${RERUN_MARKER} variable on ${settings.ref}, without sending the trigger again`
  )
  let found: Pipeline | undefined
  try {
    found = await findTriggeredPipeline({ client: api, ...context, marker, sentAt: lost.sentAt })
  } catch (searchError) {
    if (!(searchError instanceof GitLabError) && !signal.aborted) throw searchError
    const why = searchError instanceof Error ? searchError.message : String(searchError)
    throw await fail(`it could not be looked for (${why}); `)
  }
  if (found === undefined)
    throw await fail(
      `no pipeline carrying this step's ${RERUN_MARKER} variable was found among those triggered on ${settings.ref} since the request; `
    )
  log.notice(
    `The answer to the trigger request was lost, but pipeline #${found.id} carries this step's ${RERUN_MARKER} variable and was triggered on ${settings.ref} since the request: it is the pipeline this step created, taken as if the answer had arrived`,
    'Lost answer: pipeline found'
  )
  return found
}

/**
 * The run was cancelled while the trigger's answer was lost: looks for the pipeline within
 * CANCELLED_SEARCH_MS, on a time limit of its own (the run's signal has aborted); the run then
 * cancels what it finds, as it cancels a pipeline it follows.
 */
async function searchOnCancel(
  context: RecoveryContext & { api: GitLabClient },
  marker: string,
  sentAt: number,
  fail: (why: string) => Promise<GitLabError>
): Promise<Pipeline> {
  const { api, settings, log, clock } = context
  log.info(
    `The answer to the trigger request was lost and the run was cancelled: looking for the pipeline it created (at most ${CANCELLED_SEARCH_MS / 1000} s), to cancel it`
  )
  const limit = timeLimit(CANCELLED_SEARCH_MS)
  let found: Pipeline | undefined
  try {
    found = await findTriggeredPipeline({
      client: api,
      settings,
      clock,
      signal: limit.signal,
      deadline: clock.now() + CANCELLED_SEARCH_MS,
      marker,
      sentAt
    })
  } catch {
    found = undefined
  } finally {
    limit.dispose()
  }
  if (found === undefined)
    throw await fail(
      `the run was cancelled before the pipeline was found (it carries the ${RERUN_MARKER} variable ${marker}); `
    )
  log.info(`Found pipeline #${found.id}, which this step created`)
  return found
}

/** The trigger's answer was lost: GitLab may have created the pipeline; `where` says where to look. */
function mayHaveCreated(error: GitLabError, where: string): GitLabError {
  const who =
    error.kind === 'http'
      ? 'GitLab, or a proxy in front of it, failed after the request arrived: '
      : ''
  return error.with({
    hint: `${who}GitLab may have created the pipeline anyway, so it was not sent again; ${where}`,
    retryAfterMs: undefined
  })
}
