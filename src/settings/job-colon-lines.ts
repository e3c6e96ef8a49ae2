/**
 * The `JOB` / `JOB:REST` lines of `outputs-from` and `artifacts`: blank lines and lines starting
 * with `#` skipped, each line split at its LAST `:`, because GitLab job names often contain one
 * (`deploy:prod:deploy.env` is the file `deploy.env` of the job `deploy:prod`).
 */
export interface JobColonLine {
  /** The line, trimmed. */
  line: string
  /** `line N ("…")`, to name the line in an error. */
  where: string
  /** What stands before the last `:` (the whole line when it has none), trimmed. */
  job: string
  /** What stands after the last `:`, trimmed; undefined when the line has no `:`. */
  rest: string | undefined
}

export function jobColonLines(text: string): JobColonLine[] {
  const lines: JobColonLine[] = []
  for (const [index, raw] of text.split(/\r?\n/).entries()) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#')) continue
    const colon = line.lastIndexOf(':')
    lines.push({
      line,
      where: `line ${index + 1} ("${line}")`,
      job: (colon < 0 ? line : line.slice(0, colon)).trim(),
      rest: colon < 0 ? undefined : line.slice(colon + 1).trim()
    })
  }
  return lines
}

/**
 * Why a path or glob cannot name something inside an artifacts archive (relative to the project
 * directory, as in the job's `artifacts:paths`), or undefined.
 */
export function archivePathProblem(path: string): string | undefined {
  if (path.includes('\\')) return 'contains "\\": use "/" between directories'
  if (path.startsWith('/')) return 'is absolute'
  if (/^[A-Za-z]:/.test(path)) return 'starts with a drive letter'
  if (path.split('/').includes('..')) return 'contains ".."'
  return undefined
}

/** One `artifacts` line: the job's whole archive, or the entries matching `glob`. */
export interface ArtifactsRequest {
  /** The line as written, for resolveArtifactsRequest. */
  line: string
  job: string
  glob: string | undefined
}

/** A line of `artifacts` (or one `--artifacts` flag) that cannot be read. */
export class ArtifactsLineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'ArtifactsLineError'
  }
}

const ARTIFACTS_EXAMPLE = 'e.g. build, or build:dist/** for the files under dist/'

/**
 * Reads `JOB` or `JOB:GLOB` lines; blank lines and lines starting with `#` are skipped. A line is
 * split at its last `:`; a job whose name contains `:` is named whole with a trailing `:`
 * (`build:linux:`), or resolved against the pipeline's job names by resolveArtifactsRequest.
 */
export function parseArtifacts(text: string): ArtifactsRequest[] {
  const requests: ArtifactsRequest[] = []
  const seen = new Set<string>()
  for (const { where, line, job, rest } of jobColonLines(text)) {
    const glob = rest ?? ''
    if (job === '') throw new ArtifactsLineError(`${where} names no job: ${ARTIFACTS_EXAMPLE}`)
    const problem = glob === '' ? undefined : archivePathProblem(glob)
    if (problem)
      throw new ArtifactsLineError(
        `${where}: the glob ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${ARTIFACTS_EXAMPLE}`
      )
    if (seen.has(line)) throw new ArtifactsLineError(`${where} repeats an earlier line`)
    seen.add(line)
    requests.push({ line, job, glob: glob === '' ? undefined : glob })
  }
  return requests
}

/**
 * `build:linux` is the job `build` with the glob `linux`, unless the pipeline has a job named
 * `build:linux`: then it is that job's whole archive.
 */
export function resolveArtifactsRequest(
  request: ArtifactsRequest,
  jobNames: ReadonlySet<string>
): ArtifactsRequest {
  if (request.glob !== undefined && jobNames.has(request.line))
    return { line: request.line, job: request.line, glob: undefined }
  return request
}

/** One `outputs-from` line: read `path` from the artifacts of the newest job named `job`. */
export interface OutputsFromRequest {
  job: string
  path: string
}

/** A line of `outputs-from` (or one `--outputs-from` flag) that is not `JOB:PATH`. */
export class OutputsFromLineError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'OutputsFromLineError'
  }
}

const OUTPUTS_FROM_EXAMPLE = 'e.g. deploy:deploy.env or build:dist/outputs.json'

/** Reads `JOB:PATH` lines (jobColonLines above); a path containing `:` cannot be named. */
export function parseOutputsFrom(text: string): OutputsFromRequest[] {
  const requests: OutputsFromRequest[] = []
  const seen = new Set<string>()
  for (const { where, job, rest: path } of jobColonLines(text)) {
    if (path === undefined)
      throw new OutputsFromLineError(
        `${where} has no ":": write JOB:PATH, the job's name and the file's path in its artifacts, ${OUTPUTS_FROM_EXAMPLE}`
      )
    if (job === '')
      throw new OutputsFromLineError(`${where} names no job before ":": ${OUTPUTS_FROM_EXAMPLE}`)
    if (path === '')
      throw new OutputsFromLineError(`${where} names no file after ":": ${OUTPUTS_FROM_EXAMPLE}`)
    const problem = artifactPathProblem(path)
    if (problem)
      throw new OutputsFromLineError(
        `${where}: the path ${problem}; give it relative to the project directory, as in the job's artifacts:paths, ${OUTPUTS_FROM_EXAMPLE}`
      )
    const key = `${job}\0${path}`
    if (seen.has(key))
      throw new OutputsFromLineError(`${where} repeats an earlier line; name each file once`)
    seen.add(key)
    requests.push({ job, path })
  }
  return requests
}

/** Why a path cannot name a file inside an artifacts archive, or undefined. */
function artifactPathProblem(path: string): string | undefined {
  const problem = archivePathProblem(path)
  if (problem) return problem
  if (path.endsWith('/')) return 'names a directory, not a file'
  if (path.split('/').some(segment => segment === '' || segment === '.'))
    return 'contains an empty or "." segment'
  // eslint-disable-next-line no-control-regex
  if (/[\u0000-\u001f\u007f]/.test(path)) return 'contains a control character'
  return undefined
}
