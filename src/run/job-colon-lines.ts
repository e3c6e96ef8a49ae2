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
