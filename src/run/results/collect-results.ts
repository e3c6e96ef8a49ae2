import * as path from 'node:path'
import type { GitLabClient } from '../../gitlab/client.js'
import { quickReadPolicy } from '../../gitlab/retry.js'
import { passed } from '../../gitlab/statuses.js'
import type { Clock } from '../../runtime/clock.js'
import { timeLimit } from '../../runtime/time-limit.js'
import type { Settings } from '../../settings/settings.js'
import { resolveArtifactsRequest } from '../../settings/job-colon-lines.js'
import { ArtifactsError, directoryKey, downloadArtifacts, jobDirectoryName } from './artifacts.js'
import { JobOutputsError, readJobOutputs } from './job-outputs.js'
import type { RunLog } from '../run-log.js'
import type { RunJob, RunPipeline } from '../run-result.js'
import { formatBytes } from '../../runtime/bytes.js'

// After the pipeline ended: outputs-from and artifacts read from its finished jobs
// (docs/contract.md, "Results from the pipeline").

export interface CollectedResults {
  /** Every key read by outputs-from, in the order of the lines, a later line winning. */
  jobOutputs?: Record<string, string>
  /** Values to mask before any output is set. */
  maskedValues: string[]
  /** Keys that match the action's own outputs: in job-outputs only. */
  outputClashes: string[]
  /** Absolute artifacts-dir, once artifacts were asked for. */
  artifactsDir?: string
  /** What could not be read, each naming the job and the path or archive. */
  problems: string[]
}

export interface CollectContext {
  client: GitLabClient
  project: string
  jobs: readonly RunJob[]
  /** The followed pipelines, so a downstream job is read from its own project. */
  pipelines?: readonly RunPipeline[]
  settings: Settings
  log: RunLog
  clock: Clock
  signal: AbortSignal
  /** Epoch ms on `clock` by which all of it ends (the step's end: timeout plus grace). */
  deadline: number
  /** Where archives wait while they are extracted (RUNNER_TEMP on a runner). */
  tempDir?: string
}

/**
 * The newest job of that name (bridges have no artifacts) that succeeded or was allowed to fail;
 * otherwise why not.
 */
export function finishedJobNamed(
  jobs: readonly RunJob[],
  name: string
): { id: number; name: string; pipeline_id?: number } | string {
  const named = jobs
    .filter(job => job.name === name && !('downstream_pipeline' in job))
    .sort((a, b) => b.id - a.id)
  const newest = named[0]
  if (!newest) return 'the pipeline has no job of that name'
  if (passed(newest)) return { id: newest.id, name: newest.name, pipeline_id: newest.pipeline_id }
  return `job ${newest.id} ended ${newest.status}, so its artifacts are not read (only a job that succeeded or was allowed to fail)`
}

/** The project of a job's pipeline: a multi-project downstream job lives in another one. */
function projectOfJob(context: CollectContext, job: { pipeline_id?: number }): string {
  const pipeline = context.pipelines?.find(candidate => candidate.id === job.pipeline_id)
  return pipeline ? String(pipeline.project_id) : context.project
}

/** Reads outputs-from files and downloads artifacts; never throws for what GitLab sends. */
export async function collectResults(context: CollectContext): Promise<CollectedResults> {
  const { settings, log, clock } = context
  const collected: CollectedResults = { maskedValues: [], outputClashes: [], problems: [] }
  if (settings.outputsFrom.length === 0 && settings.artifacts.length === 0) return collected
  // Ends with the run's cancellation or at the step's end, whatever GitLab does.
  const limit = timeLimit(Math.max(0, context.deadline - clock.now()), context.signal)
  const retry = quickReadPolicy({ deadline: context.deadline, signal: limit.signal, clock })
  try {
    if (settings.outputsFrom.length > 0) await readOutputs(context, collected, retry)
    if (settings.artifacts.length > 0) await readArtifacts(context, collected, retry, limit.signal)
  } finally {
    limit.dispose()
  }
  for (const problem of collected.problems) log.error(problem, 'GitLab results not read')
  return collected
}

type Retry = ReturnType<typeof quickReadPolicy>

async function readOutputs(
  context: CollectContext,
  collected: CollectedResults,
  retry: Retry
): Promise<void> {
  const { client, jobs, settings, log } = context
  const values: Record<string, string> = {}
  const outputsFrom = settings.words.name('outputs-from')
  for (const request of settings.outputsFrom) {
    if (retry.signal?.aborted) {
      collected.problems.push(
        `${outputsFrom} ${request.job}:${request.path}: not read, the time limit was reached or the run was cancelled`
      )
      continue
    }
    const job = finishedJobNamed(jobs, request.job)
    if (typeof job === 'string') {
      collected.problems.push(`${outputsFrom} ${request.job}:${request.path}: ${job}`)
      continue
    }
    try {
      const read = await readJobOutputs(client, projectOfJob(context, job), job, request.path, {
        retry
      })
      for (const [key, value] of Object.entries(read.values))
        Object.defineProperty(values, key, { value, enumerable: true, writable: true })
      collected.maskedValues.push(...read.masked)
      collected.outputClashes.push(...read.clashes)
      log.info(
        `Read ${Object.keys(read.values).length} output(s) from ${request.path} of job ${job.name} (#${job.id})`
      )
    } catch (error) {
      collected.problems.push(
        error instanceof JobOutputsError
          ? `${outputsFrom} ${error.job}:${error.path}: ${error.detail}`
          : `${outputsFrom} ${request.job}:${request.path}: not read (${reasonOf(error)})`
      )
    }
  }
  collected.jobOutputs = values
  const clashes = [...new Set(collected.outputClashes)]
  collected.outputClashes = clashes
  if (clashes.length > 0)
    log.warning(
      `outputs-from: ${clashes.join(', ')} would stand for the action's own output(s) of that name, so they are only in job-outputs; rename them in the file to have outputs of their own`,
      'outputs-from key clashes'
    )
}

async function readArtifacts(
  context: CollectContext,
  collected: CollectedResults,
  retry: Retry,
  signal: AbortSignal
): Promise<void> {
  const { client, jobs, settings, log } = context
  const dir = path.resolve(context.settings.workspace ?? process.cwd(), settings.artifactsDir)
  collected.artifactsDir = dir
  const names = new Set(jobs.map(job => job.name))
  const directories = new Map<string, string>()
  for (const raw of settings.artifacts) {
    const request = resolveArtifactsRequest(raw, names)
    const where = `${settings.words.name('artifacts')} ${request.line}`
    if (signal.aborted) {
      collected.problems.push(
        `${where}: not downloaded, the time limit was reached or the run was cancelled`
      )
      continue
    }
    const job = finishedJobNamed(jobs, request.job)
    if (typeof job === 'string') {
      collected.problems.push(`${where}: ${job}`)
      continue
    }
    // Two jobs whose names differ only in characters a file name cannot hold, or in case, would share one.
    const directory = jobDirectoryName(job.name)
    const other = directories.get(directoryKey(directory))
    if (other !== undefined && other !== job.name) {
      collected.problems.push(
        `${where}: jobs ${other} and ${job.name} would both go to ${directory}/; download them in separate steps with different ${settings.words.name('artifacts-dir')}`
      )
      continue
    }
    directories.set(directoryKey(directory), job.name)
    log.info(
      `Downloading the artifacts of job ${job.name} (#${job.id}) into ${path.join(dir, directory)}`
    )
    try {
      const extracted = await downloadArtifacts(client, projectOfJob(context, job), job, {
        artifactsDir: dir,
        glob: request.glob,
        tempDir: context.tempDir,
        retry,
        signal,
        onProgress: progress =>
          log.info(
            `${progress.job}: ${progress.phase === 'download' ? 'downloaded' : 'extracted'} ${formatBytes(progress.bytes)}${progress.totalBytes ? ` of ${formatBytes(progress.totalBytes)}` : ''}`
          )
      })
      log.info(
        `Extracted ${extracted.files.length} file(s), ${formatBytes(extracted.bytes)}, of job ${job.name} into ${extracted.dir}`
      )
    } catch (error) {
      collected.problems.push(
        error instanceof ArtifactsError
          ? error.message
          : `${where}: not downloaded (${reasonOf(error)})`
      )
    }
  }
}

function reasonOf(error: unknown): string {
  if (error instanceof Error && error.name === 'AbortError')
    return 'the time limit was reached or the run was cancelled'
  return error instanceof Error ? error.message : String(error)
}
