import { inputSpec, type InputName } from './inputs-table.js'

/**
 * How a front end names its inputs, so one message reads right in both: the run core and the
 * parsers word every mention of an input through these (Settings carries them), never by
 * rewriting text afterwards.
 */
export interface InputWords {
  /** The input as the user gave it: `accept-statuses` (action); `--accept-statuses`, or GITLAB_API_TOKEN when the token came from there (CLI). */
  name(input: InputName): string
  /** The input as the user should give it: for a token at a terminal, its variable (a flag is visible to other processes). */
  advise(input: InputName): string
  /** What to write to give the input this value: `wait: true` or `--wait`, `cancel-on-abort: false` or `--no-cancel-on-abort`. */
  set(input: InputName, value: string): string
}

/** The action's words: the input names of action.yml, values as a `with:` line; tokens from secrets. */
export const ACTION_WORDS: InputWords = {
  name: input => input,
  advise: input => input,
  set: (input, value) => {
    const { secret, env } = inputSpec(input)
    return secret && env ? `${input}: \${{ secrets.${env} }}` : `${input}: ${value}`
  }
}
