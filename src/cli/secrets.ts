// What to hide from everything the CLI prints, found before its arguments are parsed: usage
// errors quote arguments, and an argument may be a token given to a misspelt flag.
import { GITLAB_TOKEN_PREFIXES, LEGACY_RUNNER_TOKEN_PREFIX } from '../gitlab/token-prefixes.js'
import { INPUT_NAMES, inputSpec } from '../settings/inputs-table.js'

/**
 * GitLab's token prefixes, after an optional instance prefix (`acme-glpat-…`), and the legacy
 * runner registration prefix.
 */
const TOKEN_LIKE = new RegExp(
  String.raw`\b(?:${GITLAB_TOKEN_PREFIXES.join('|')})-[A-Za-z0-9_.-]+|\b${LEGACY_RUNNER_TOKEN_PREFIX}[A-Za-z0-9_-]+`,
  'g'
)

const MIN_FLAG_SECRET = 6
/** The variables the tokens are read from (settings/inputs-table.ts). */
const TOKEN_ENV = INPUT_NAMES.flatMap(name => {
  const { secret, env } = inputSpec(name)
  return secret && env ? [env] : []
})

/** A flag whose value is (or may be) a token: the two token flags, and anything named like them. */
const TOKEN_FLAG = /tok|secret|pass|^(?:api|trigger)-?t/i

/** Every string to mask: both tokens from the environment, token-like text, values of token flags. */
export function secretsToMask(argv: readonly string[], env: NodeJS.ProcessEnv): string[] {
  const secrets = new Set<string>()
  const add = (value: string | undefined, minimum = 1) => {
    for (const candidate of [value, value?.trim()])
      if (candidate && candidate.length >= minimum) secrets.add(candidate)
  }
  for (const name of TOKEN_ENV) add(env[name])
  for (const [index, arg] of argv.entries()) {
    for (const [match] of arg.matchAll(TOKEN_LIKE)) add(match)
    const flag = /^--?([^=]+)(?:=([\s\S]*))?$/.exec(arg)
    if (!flag || !TOKEN_FLAG.test(flag[1])) continue
    // Short values are no tokens, and masking them would garble every message.
    if (flag[2] !== undefined) add(flag[2], MIN_FLAG_SECRET)
    else if (index + 1 < argv.length && !argv[index + 1].startsWith('-'))
      add(argv[index + 1], MIN_FLAG_SECRET)
  }
  return [...secrets]
}
