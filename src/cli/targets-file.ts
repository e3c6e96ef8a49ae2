import { readFileSync } from 'node:fs'

/**
 * A file named by a flag, read whole; a file that cannot be read is a problem of usage (exit 2),
 * named with the flag and an example of a good one. Undefined then.
 */
export function readFlagFile(
  flag: string,
  file: string,
  example: string,
  problems: string[]
): string | undefined {
  try {
    return readFileSync(file, 'utf8')
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    const why =
      code === 'ENOENT'
        ? 'no such file'
        : code === 'EISDIR'
          ? 'it is a directory'
          : (error as Error).message
    problems.push(`${flag} cannot read "${file}": ${why}. Example: ${example}`)
    return undefined
  }
}

/**
 * `--targets-file FILE`: the YAML of the action's `targets` input, read whole; the YAML is checked
 * by src/settings/targets.ts like the action's.
 */
export function readTargetsFile(file: string, problems: string[]): string {
  return (
    readFlagFile(
      '--targets-file',
      file,
      '--targets-file targets.yml, a YAML list of pipelines such as "- project: my-group/api" with ref and trigger-token lines',
      problems
    ) ?? ''
  )
}
