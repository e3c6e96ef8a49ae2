import * as util from 'node:util'
import type { GitLabClient } from '../../gitlab/client.js'
import { streamJobArtifactFile } from '../../gitlab/endpoints.js'
import { GitLabError } from '../../gitlab/errors.js'
import { GITLAB_TOKEN_PREFIXES, LEGACY_RUNNER_TOKEN_PREFIX } from '../../gitlab/token-prefixes.js'
import { formatBytes } from '../../runtime/bytes.js'
import { ACTION_OUTPUT_NAMES } from '../../settings/output-names.js'

// `outputs-from`: one file read from a finished job's artifacts becomes step outputs
// (docs/contract.md sections 3.8 and 5.2). The file's
// content is data from the far side: keys are checked, values that are secrets are masked.

/** The most read from one `outputs-from` file; a bigger file is refused, not cut. */
export const MAX_OUTPUTS_FILE_BYTES = 1024 * 1024

/**
 * Outputs the action sets itself (settings/output-names.ts). GitHub compares output names without regard to case, so a key
 * such as `STATUS` would stand for `status` too: such a key is kept in `job-outputs` but not set
 * as an output of its own (`clashes`), so the action's own output keeps its meaning.
 */
export { ACTION_OUTPUT_NAMES }

/** GitHub's rule for an output name (the runner's file command accepts no other). */
const OUTPUT_NAME = /^[A-Za-z_][A-Za-z0-9_-]*$/

export interface JobOutputs {
  /** Every key and its value as a string (JSON in the file's order; dotenv in Node's parser's). */
  values: Record<string, string>
  /** Texts to register with `::add-mask::` before any value is set or printed. */
  masked: string[]
  /** Keys that match one of the action's own outputs (see ACTION_OUTPUT_NAMES): not set on their own. */
  clashes: string[]
}

export type JobOutputsProblem =
  /** The job, its artifacts or the file is not there (404). */
  | 'missing'
  /** The file is larger than the limit. */
  | 'too-large'
  /** The file is not UTF-8 text, or not the JSON it claims to be. */
  | 'unreadable'
  /** A key is not a valid output name, or a JSON value is not a string, number or boolean. */
  | 'invalid'
  /** GitLab refused the read for another reason, or could not be reached. */
  | 'gitlab'

/** Why `outputs-from` could not read a file; names the job and the path. */
export class JobOutputsError extends Error {
  constructor(
    readonly problem: JobOutputsProblem,
    readonly job: string,
    readonly path: string,
    readonly detail: string,
    options?: { cause?: unknown }
  ) {
    super(`outputs-from ${job}:${path}: ${detail}`, options)
    this.name = 'JobOutputsError'
  }
}

/** Which job to read from: its id for the request, its name for messages. */
export interface JobToRead {
  id: number
  name: string
}

type StreamRetry = Parameters<GitLabClient['stream']>[2]

export interface ReadJobOutputsOptions {
  /** Retries before the first byte (as GitLabClient.stream); its signal ends the read. */
  retry?: StreamRetry
  /** Ends the read when no `retry` is given. */
  signal?: AbortSignal
  /** Defaults to MAX_OUTPUTS_FILE_BYTES. */
  maxBytes?: number
}

/**
 * Reads `path` from the artifacts of `job` (streamed, refused past `maxBytes`) and parses it with
 * parseJobOutputs. Throws JobOutputsError naming the job and the path; once the signal aborts,
 * rejects with its reason.
 */
export async function readJobOutputs(
  client: GitLabClient,
  project: string,
  job: JobToRead,
  path: string,
  options: ReadJobOutputsOptions = {}
): Promise<JobOutputs> {
  const maxBytes = options.maxBytes ?? MAX_OUTPUTS_FILE_BYTES
  const chunks: Buffer[] = []
  let size = 0
  const tooLarge = () =>
    new JobOutputsError(
      'too-large',
      job.name,
      path,
      `the file is larger than ${formatBytes(maxBytes)}, the most outputs-from reads; write only the values the workflow needs into it`
    )
  const retry: StreamRetry =
    options.retry ??
    (options.signal ? { maxAttempts: 1, retryIf: () => false, signal: options.signal } : undefined)
  try {
    await streamJobArtifactFile(
      client,
      project,
      job.id,
      path,
      chunk => {
        size += chunk.length
        if (size > maxBytes) throw tooLarge()
        chunks.push(chunk)
      },
      retry
    )
  } catch (error) {
    if (error instanceof JobOutputsError) throw error
    if (retry?.signal?.aborted) throw retry.signal.reason
    if (error instanceof GitLabError && error.status === 404) {
      // GitLab answers 404 alike for an unknown job, a job without artifacts (expired, erased, or
      // none kept) and a path not in the archive (docs/gitlab.md, "Artifacts, manual jobs, retry").
      throw new JobOutputsError(
        'missing',
        job.name,
        path,
        `job ${job.id} has no such file in its artifacts (GitLab answered 404). List the file under the job's artifacts:paths (an artifacts:reports:dotenv file alone is not in the archive), and check that the artifacts have not expired`,
        { cause: error }
      )
    }
    const detail = error instanceof Error ? error.message : String(error)
    throw new JobOutputsError('gitlab', job.name, path, detail, { cause: error })
  }
  return parseJobOutputs(Buffer.concat(chunks), { job: job.name, path })
}

/**
 * Turns a file's bytes into outputs: `.json` as one flat object of strings, numbers and booleans,
 * anything else as dotenv (`KEY=VALUE`, `#` comments, quotes, `export`) read by Node's own
 * `util.parseEnv` (Node 20.12 and later). Throws JobOutputsError naming the job and the path.
 */
export function parseJobOutputs(bytes: Buffer, where: { job: string; path: string }): JobOutputs {
  const fail = (problem: JobOutputsProblem, detail: string) =>
    new JobOutputsError(problem, where.job, where.path, detail)
  let text: string
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    throw fail('unreadable', 'the file is not UTF-8 text')
  }
  text = text.replace(/^\uFEFF/, '')

  const entries = where.path.toLowerCase().endsWith('.json')
    ? jsonEntries(text, fail)
    : dotenvEntries(text, fail)

  const values: Record<string, string> = {}
  const masked = new Set<string>()
  const clashes: string[] = []
  const ownNames = new Set(ACTION_OUTPUT_NAMES.map(name => name.toLowerCase()))
  for (const [key, value] of entries) {
    if (!OUTPUT_NAME.test(key))
      throw fail(
        'invalid',
        `the key ${JSON.stringify(key)} is not a valid output name: start with a letter or _, then use letters, digits, _ and - only, e.g. DEPLOY_URL`
      )
    // defineProperty: a key such as __proto__ is an ordinary key here.
    Object.defineProperty(values, key, { value, enumerable: true, writable: true })
    if (ownNames.has(key.toLowerCase())) clashes.push(key)
    for (const secret of secretsIn(key, value)) masked.add(secret)
  }
  return { values, masked: [...masked], clashes }
}

type Fail = (problem: JobOutputsProblem, detail: string) => JobOutputsError

function jsonEntries(text: string, fail: Fail): Array<[string, string]> {
  let parsed: unknown
  try {
    parsed = JSON.parse(text)
  } catch (error) {
    throw fail('unreadable', `the file is not valid JSON (${(error as Error).message})`)
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed))
    throw fail(
      'invalid',
      'the JSON is not an object; write one flat object, e.g. {"DEPLOY_URL": "https://…", "REPLICAS": 3}'
    )
  return Object.entries(parsed).map(([key, value]): [string, string] => {
    if (typeof value === 'string') return [key, value]
    if (typeof value === 'number' || typeof value === 'boolean') return [key, String(value)]
    const kind = value === null ? 'null' : Array.isArray(value) ? 'a list' : 'an object'
    throw fail(
      'invalid',
      `the value of ${JSON.stringify(key)} is ${kind}; outputs-from reads a flat object of strings, numbers and booleans`
    )
  })
}

function dotenvEntries(text: string, fail: Fail): Array<[string, string]> {
  // util.parseEnv came in Node 20.12; the action runs on Node 24, the CLI may meet an older Node.
  const parseEnv = (util as { parseEnv?: (content: string) => Record<string, string> }).parseEnv
  if (!parseEnv)
    throw fail('unreadable', `reading a dotenv file needs Node 20.12 or later (${process.version})`)
  return Object.entries(parseEnv(text))
}

// GitLab's own token prefixes (src/gitlab/token-prefixes.ts), then GitHub's.
const TOKEN_PATTERN = new RegExp(
  `(?:${[
    ...GITLAB_TOKEN_PREFIXES.map(prefix => `${prefix}-`),
    LEGACY_RUNNER_TOKEN_PREFIX,
    'ghp_',
    'gho_',
    'ghu_',
    'ghs_',
    'ghr_',
    'github_pat_'
  ].join('|')})[A-Za-z0-9_.-]{8,}`,
  'g'
)
// A JSON Web Token (header.payload.signature, both JSON parts base64url of `{"`).
const JWT_PATTERN = /eyJ[A-Za-z0-9_-]{8,}\.eyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]+/g
const PRIVATE_KEY = /-----BEGIN [A-Z ]*PRIVATE KEY-----/
// Keys whose name says the value is a secret. GitLab's masked CI/CD variables cannot be told
// from here: the dotenv file holds their plain value, and reading the job's project's variables
// (GET /projects/:id/variables) needs the Maintainer role and the api scope, far more than
// read_api; a "masked and hidden" variable's value is never given out at all. So the name of the
// key stands in for GitLab's masked flag.
const SECRET_KEY = /TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE|CREDENTIAL|API_?KEY|AUTH(?!OR)/i
// GitLab masks no value shorter than 8 characters; masking a short one would star out every
// occurrence of, say, "true" in the log.
const MIN_MASKED_BY_NAME = 8

/**
 * What to mask for one key: the whole value when its key says secret (8 characters or more) or
 * when it holds a token or a private key; then also each token alone, and each line of a
 * multi-line value (the runner masks line by line). No guess by entropy: digests, ids and URLs
 * look random, and GitHub drops a masked value from job outputs, which would break the chain.
 */
function secretsIn(key: string, value: string): string[] {
  const tokens = [...value.matchAll(TOKEN_PATTERN), ...value.matchAll(JWT_PATTERN)].map(
    match => match[0]
  )
  const namedSecret = SECRET_KEY.test(key) && value.trim().length >= MIN_MASKED_BY_NAME
  if (tokens.length === 0 && !PRIVATE_KEY.test(value) && !namedSecret) return []
  const lines = value
    .split(/\r\n|\r|\n/)
    .map(line => line.trim())
    .filter(line => line !== '')
  return [value, ...(lines.length > 1 ? lines : []), ...tokens]
}
