import * as path from 'node:path'
import { realClock, type Clock } from '../../runtime/clock.js'
import type { Settings } from '../../settings/settings.js'
import type { Target } from '../../settings/targets.js'
import type { RunHooks, RunLog } from '../run-log.js'
import { clientOptions, type RunContext, type SharedByTargets } from '../run-context.js'
import type { RunOutcome, RunResult } from '../run-result.js'
import type { triggerAndFollow } from '../trigger-and-follow.js'
import { checkApiTokenFor } from '../start/preflight.js'
import { RequestBudget } from '../logs/request-budget.js'
import { GitLabClient } from '../../gitlab/client.js'
import { GitLabError } from '../../gitlab/errors.js'
import { targetLog, type SharedGroups } from './target-log.js'
import { targetSettings } from './target-settings.js'
import { NOT_TRIGGERED, stepOutcome, targetStatus, worstStatus } from './target-status.js'

// `targets` (docs/contract.md section 6.1): several pipelines in one step. Each target is run by
// the same function as one pipeline, so each follows, reports and cancels its own pipeline; this
// module only decides when each starts, gives them one deadline, one abort signal and one log, and
// puts their results together. A target waiting for others, or ended, sends no request.

/** What one target's run gets from the step. */
export interface TargetRunContext {
  /** The step's log, every line of it naming the target. */
  log: RunLog
  /** The step's: aborting it cancels every running pipeline (each run cancels its own). */
  signal: AbortSignal
  /** What is left of the step's timeout when the target starts: one deadline for all. */
  timeoutMs: number
  hooks: RunHooks
  /** The api-token was checked for the target's project before any target was triggered. */
  apiTokenChecked: boolean
}

/** Runs one target to its end; like triggerAndFollow, never throws for GitLab's failures. */
export type RunOneTarget = (target: Target, context: TargetRunContext) => Promise<RunResult>

/** How one target ended. */
export interface TargetOutcome {
  target: Target
  /** Its run; undefined when it was never started. */
  result?: RunResult
  /** As `results` shows it: the pipeline's final status, `timeout`, or `not-triggered`. */
  status: string
  outcome: RunOutcome
  /** Why it was not started. */
  reason?: string
}

/**
 * The step's result: the first target's run (the single outputs describe it), with the step's
 * outcome, the worst status of all as `finalStatus` after a wait, and every target's outcome.
 */
export interface TargetsResult extends RunResult {
  targets: TargetOutcome[]
}

export interface TargetsContext {
  log: RunLog
  signal: AbortSignal
  clock?: Clock
  /** The hooks of one target's run (the action saves each watched pipeline for the post step). */
  hooksFor?: (target: Target) => RunHooks
  /**
   * Checks made for all targets before any is triggered (the api-token reads each project): why
   * each target was refused (undefined where it passed), in targets order. Any refusal, or a
   * GitLabError thrown (about them all), stops the step with nothing triggered.
   */
  checkFirst?: () => Promise<unknown[]>
}

type StepSettings = Pick<Settings, 'timeoutMs' | 'acceptStatuses' | 'wait'>

/**
 * Starts every target without `after` at once, and each other one when all the targets it names
 * ended accepted (never when one did not: `not-triggered`); returns when all have ended.
 */
export async function runTargets(
  targets: readonly Target[],
  settings: StepSettings,
  runOne: RunOneTarget,
  { log, signal, clock = realClock, hooksFor = () => ({}), checkFirst }: TargetsContext
): Promise<TargetsResult> {
  const startedAt = clock.now()
  const deadline = startedAt + settings.timeoutMs
  const groups: SharedGroups = {}
  if (checkFirst) {
    const refused = await checkAll(targets, checkFirst, log, groups)
    if (refused) return combined(refused, settings, startedAt, clock.now())
  }
  const byName = new Map(targets.map(target => [target.name, target]))
  const runs = new Map<string, Promise<TargetOutcome>>()
  // Each target's run, started once; the `after` graph has no circle (src/settings/targets.ts).
  const outcomeOf = (target: Target): Promise<TargetOutcome> => {
    let run = runs.get(target.name)
    if (run === undefined) {
      run = settle(target)
      runs.set(target.name, run)
    }
    return run
  }
  const settle = async (target: Target): Promise<TargetOutcome> => {
    const before = await Promise.all(target.after.map(name => outcomeOf(byName.get(name)!)))
    const own = targetLog(log, target.name, groups)
    const failed = before.filter(earlier => earlier.outcome !== 'accepted')
    const why = failed.length
      ? `${failed.map(earlier => `${earlier.target.name} ended ${earlier.status}`).join(', ')}, not in accept-statuses (${settings.acceptStatuses.join(', ')})`
      : signal.aborted
        ? 'this run was cancelled first'
        : clock.now() >= deadline
          ? 'the timeout was reached first'
          : undefined
    if (why !== undefined) {
      const outcome = signal.aborted ? 'aborted' : failed.length ? 'not-accepted' : 'timeout'
      own.error(`Not triggered: ${why}`, 'Not triggered')
      return { target, status: NOT_TRIGGERED, outcome, reason: `Not triggered: ${why}` }
    }
    if (before.length > 0)
      own.info(`${before.map(earlier => earlier.target.name).join(', ')} ended accepted: starting`)
    const context = {
      log: own,
      signal,
      timeoutMs: deadline - clock.now(),
      hooks: hooksFor(target),
      apiTokenChecked: checkFirst !== undefined
    }
    const result = await runOne(target, context)
    return { target, result, status: targetStatus(result), outcome: result.outcome }
  }
  const settled = await Promise.allSettled(targets.map(outcomeOf))
  const failure = settled.find(one => one.status === 'rejected')
  if (failure) throw failure.reason
  const outcomes = settled.map(one => (one as PromiseFulfilledResult<TargetOutcome>).value)
  reportTargets(log, outcomes)
  return combined(outcomes, settings, startedAt, clock.now())
}

/**
 * Runs `checkFirst` for all targets; when it refuses any, every target's outcome, none triggered
 * (a wrong api-token for the last target of a chain must not leave the first running).
 */
async function checkAll(
  targets: readonly Target[],
  checkFirst: NonNullable<TargetsContext['checkFirst']>,
  log: RunLog,
  groups: SharedGroups
): Promise<TargetOutcome[] | undefined> {
  const logOf = (target: Target) => targetLog(log, target.name, groups)
  let refusals: unknown[]
  try {
    refusals = await checkFirst()
  } catch (error) {
    if (!(error instanceof GitLabError)) throw error
    log.error(error.message, `GitLab: ${error.request}`)
    const reason = `Not triggered: ${error.message}`
    return targets.map(target => ({
      target,
      status: NOT_TRIGGERED,
      outcome: 'gitlab-error',
      reason
    }))
  }
  const refusedBy = targets.filter((_, index) => refusals[index] !== undefined)
  if (refusedBy.length === 0) return undefined
  return targets.map((target, index) => {
    const refusal = refusals[index]
    if (refusal !== undefined) {
      if (!(refusal instanceof GitLabError)) throw refusal
      logOf(target).error(refusal.message, `GitLab: ${refusal.request}`)
      return { target, status: NOT_TRIGGERED, outcome: 'gitlab-error', reason: refusal.message }
    }
    const reason = `Not triggered: the check before the trigger failed for ${refusedBy.map(one => one.name).join(', ')}`
    return { target, status: NOT_TRIGGERED, outcome: 'not-accepted', reason }
  })
}

/** One line per target once all have ended: how each ended and where to look. */
function reportTargets(log: RunLog, outcomes: readonly TargetOutcome[]): void {
  for (const { target, result, status } of outcomes) {
    const pipeline = result?.pipeline
    log.info(
      `${target.name}: ${status}${pipeline ? ` (pipeline #${pipeline.id}: ${pipeline.web_url})` : ''}`
    )
  }
}

function combined(
  outcomes: readonly TargetOutcome[],
  settings: StepSettings,
  startedAt: number,
  endedAt: number
): TargetsResult {
  const first = outcomes[0].result
  const status = worstStatus(
    outcomes.map(one => one.status),
    settings.acceptStatuses
  )
  const reasons = outcomes
    .map(one => one.reason ?? one.result?.reason)
    .map((reason, index) => (reason ? `${outcomes[index].target.name}: ${reason}` : undefined))
    .filter(reason => reason !== undefined)
  const result: TargetsResult = {
    ...(first ?? { jobs: [] }),
    ...jobOutputsOfAll(outcomes),
    outcome: stepOutcome(outcomes.map(one => one.outcome)),
    startedAt,
    endedAt,
    targets: [...outcomes]
  }
  if (settings.wait) result.finalStatus = status
  if (reasons.length > 0) result.reason = reasons.join('\n')
  else delete result.reason
  // Each target's archives went to artifacts-dir/TARGET/: the output is artifacts-dir itself.
  const dir = outcomes.find(one => one.result?.artifactsDir)?.result?.artifactsDir
  if (dir !== undefined) result.artifactsDir = path.dirname(dir)
  return result
}

/** outputs-from of every target, in targets order; a key read twice keeps the first target's. */
function jobOutputsOfAll(outcomes: readonly TargetOutcome[]): Partial<RunResult> {
  const read = outcomes.filter(one => one.result?.jobOutputs !== undefined)
  if (read.length === 0) return {}
  const jobOutputs: Record<string, string> = {}
  for (const { result } of read)
    for (const [key, value] of Object.entries(result?.jobOutputs ?? {}))
      if (!Object.hasOwn(jobOutputs, key))
        Object.defineProperty(jobOutputs, key, { value, enumerable: true, writable: true })
  return {
    jobOutputs,
    maskedOutputValues: read.flatMap(({ result }) => result?.maskedOutputValues ?? []),
    outputClashes: [...new Set(read.flatMap(({ result }) => result?.outputClashes ?? []))]
  }
}

/**
 * The one-pipeline run, given by the front end, which has it loaded already: an import of it here
 * would take it out of the module it is bundled into for the start-up path (README, "Start-up
 * time"), and the plain trigger would read more before its request.
 */
export type TriggerAndFollow = typeof triggerAndFollow

/** The run of one target in production: the one-pipeline run with the target's settings. */
export function triggerAndFollowTarget(
  run: TriggerAndFollow,
  step: Settings,
  names: readonly string[],
  {
    clock,
    tempDir,
    onGitLabRequest,
    shared = { instance: {} }
  }: Pick<RunContext, 'clock' | 'tempDir' | 'onGitLabRequest'> & {
    shared?: Omit<SharedByTargets, 'apiTokenChecked'>
  } = {}
): RunOneTarget {
  const { instance, liveBudget } = shared
  return async (target, { log, signal, timeoutMs, hooks, apiTokenChecked }) => {
    if (liveBudget) await triggerOnBudget(liveBudget, clock ?? realClock, signal)
    return run(await targetSettings(step, target, names, timeoutMs), {
      log,
      signal,
      hooks,
      clock,
      tempDir,
      onGitLabRequest,
      shared: { instance, liveBudget, apiTokenChecked }
    })
  }
}

/**
 * A target's trigger request is one of the step's requests while other targets stream: it waits
 * until the last minute has room for it (leaving the reserve for the last reads), and is spent.
 */
async function triggerOnBudget(budget: RequestBudget, clock: Clock, signal: AbortSignal) {
  const roomAt = budget.roomLeavingReserveAt(clock.now())
  try {
    if (roomAt > clock.now()) await clock.sleep(roomAt - clock.now(), signal)
  } catch {
    return // Cancelled: the run says so without sending it.
  }
  budget.spend(1, clock.now())
}

/**
 * The product for several pipelines, as triggerAndFollow is for one: each target run as one
 * pipeline with its own settings (src/run/targets/target-settings.ts), together by runTargets.
 * The runs share what is learnt of the GitLab and, with job-logs live, one request budget
 * (contract section 6.3: 60 requests a minute in all), so that five targets streaming logs spend
 * what one does.
 */
export function triggerAndFollowTargets(
  step: Settings,
  targets: readonly Target[],
  context: TargetsContext &
    Pick<RunContext, 'tempDir' | 'onGitLabRequest'> & { triggerAndFollow: TriggerAndFollow }
): Promise<TargetsResult> {
  const names = targets.map(target => target.name)
  const clock = context.clock ?? realClock
  const several = targets.length > 1
  const shared = {
    instance: {},
    liveBudget: step.jobLogs === 'live' && several ? new RequestBudget(clock.now()) : undefined
  }
  const runOne = triggerAndFollowTarget(context.triggerAndFollow, step, names, {
    ...context,
    shared
  })
  const { apiToken } = step
  // Each target's run then skips its own check.
  const checkFirst = () =>
    checkApiTokenFor(
      targets.map(target => target.project),
      targets.some(target => Object.keys(target.inputs).length > 0),
      {
        client: new GitLabClient(clientOptions(step, { ...context, ...shared }, apiToken)),
        settings: step,
        // What is said about the token or GitLab concerns every target: said once.
        log: context.log,
        signal: context.signal,
        clock
      }
    )
  return runTargets(targets, step, runOne, {
    ...context,
    ...(apiToken && several ? { checkFirst } : {})
  })
}
