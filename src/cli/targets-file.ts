import { readFileSync } from 'node:fs'

/**
 * `--targets-file FILE`: the YAML of the action's `targets` input, read whole. A file that cannot
 * be read is a problem of usage (exit 2), named with the flag; the YAML is checked by
 * src/settings/targets.ts like the action's.
 */
export function readTargetsFile(file: string, problems: string[]): string {
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
    problems.push(
      `--targets-file cannot read "${file}": ${why}. Example: --targets-file targets.yml, a YAML list of pipelines such as "- project: my-group/api" with ref and trigger-token lines`
    )
    return ''
  }
}
