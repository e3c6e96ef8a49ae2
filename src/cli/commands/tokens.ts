import { GitLabClient, type RequestInfo } from '../../gitlab/client.js'
import {
  createTriggerToken,
  deleteTriggerToken,
  getTriggerToken,
  listTriggerTokens,
  updateTriggerToken
} from '../../gitlab/endpoints.js'
import { GitLabError } from '../../gitlab/errors.js'
import type { TriggerToken } from '../../gitlab/schemas.js'
import { TOOL_NAME } from '../../version.js'
import { inputSpec } from '../../settings/inputs-table.js'
import type { InputWords } from '../../settings/settings.js'
import {
  CONNECTION_FLAGS,
  CONNECTION_INPUTS,
  UsageError,
  closestName,
  readFlags,
  settingsFrom,
  requestTimeoutOrUsageError,
  type FlagValues
} from '../flags.js'
import { cliInputs, cliWords, optionLines, usageLine } from '../input-flags.js'
import { inertOneLine, withoutTerminalControls } from '../../text/far-side.js'
import { terminalConfirmer, type Confirmer } from '../confirm.js'
import type { CliReporter } from '../reporter.js'

/** The subcommands: what each takes after its name, and what it does. */
const ACTIONS = {
  list: { args: '', about: 'every trigger token of the project' },
  get: { args: 'ID', about: 'one trigger token' },
  create: {
    args: '--description TEXT',
    about: 'a new trigger token; printed once: store it as a secret'
  },
  update: { args: 'ID --description TEXT', about: "change a token's description" },
  delete: {
    args: 'ID [--yes]',
    about:
      'revoke a token; pipelines can no longer be triggered with it. Asks first on a terminal; elsewhere (scripts, CI) needs --yes'
  }
} as const
type Action = keyof typeof ACTIONS
const ACTION_NAMES = Object.keys(ACTIONS) as Action[]
const NEEDS_ID: readonly Action[] = ['get', 'update', 'delete']
const NEEDS_DESCRIPTION: readonly Action[] = ['create', 'update']

const TOKENS_FLAGS = {
  ...CONNECTION_FLAGS,
  description: { type: 'string', example: '"deploys from Jenkins"' },
  yes: { type: 'boolean', short: 'y' }
} as const

/** What the tokens commands need: where, which project, and a token that may manage its triggers. */
export interface TokensSettings {
  gitlabUrl: string
  project: string
  apiToken: string
  /** GITLAB_REQUEST_TIMEOUT; the client's default when unset. */
  requestTimeoutMs?: number
}

const API_TOKEN_ENV = inputSpec('api-token').env
const USAGE_LINE = `usage: ${TOOL_NAME} tokens list|get ID|create --description TEXT|update ID --description TEXT|delete ID [--yes] --project my-group/my-project   (tokens --help)`
const COLUMN = 33
const NEEDS_TOKEN = `Needs ${API_TOKEN_ENV}: an access token with the api scope of a Maintainer of the project.`
const CONNECTION_LINES = optionLines(['project', 'gitlab-url'], COLUMN).join('\n')

export const TOKENS_USAGE = `Usage: ${TOOL_NAME} tokens COMMAND --project PROJECT [--gitlab-url URL] [--json]

Manages the project's pipeline trigger tokens.
${NEEDS_TOKEN}

Commands:
${ACTION_NAMES.map(name => usageLine(`${name} ${ACTIONS[name].args}`.trim(), ACTIONS[name].about, COLUMN)).join('\n')}

Options:
${CONNECTION_LINES}
  --json                         print GitLab's answer as JSON on stdout
  -y, --yes                      delete without asking
  -h, --help                     print this help (tokens COMMAND --help: that command's)

GitLab shows a token in full only to its owner; tokens owned by someone else come back
shortened to 4 characters, and are printed as GitLab gives them.

Exit codes: 0 done, 1 delete not confirmed (nothing sent), 2 bad usage (nothing sent),
3 GitLab refused the request or could not be reached.
`

/** `tokens create --help`: one subcommand's usage. */
export function tokensActionUsage(action: Action): string {
  const { args, about } = ACTIONS[action]
  const extra = [
    ...(NEEDS_DESCRIPTION.includes(action)
      ? [
          usageLine(
            '--description TEXT',
            'what the token is for, e.g. "deploys from Jenkins"',
            COLUMN
          )
        ]
      : []),
    ...(action === 'delete' ? ['  -y, --yes                      delete without asking'] : [])
  ]
  return `Usage: ${TOOL_NAME} tokens ${`${action} ${args}`.trim()} --project PROJECT [--gitlab-url URL] [--json]

${about[0].toUpperCase()}${about.slice(1)}.
${NEEDS_TOKEN}

Options:
${[CONNECTION_LINES, ...extra].join('\n')}
  --json                         print GitLab's answer as JSON on stdout
  -h, --help                     print this help
`
}

/** `tokens list|get|create|update|delete`: GitLab's pipeline trigger tokens API. Throws UsageError. */
export async function runTokens(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  reporter: CliReporter,
  confirmer: Confirmer = terminalConfirmer()
): Promise<0 | 1 | 3> {
  const { values, positionals } = readFlags(argv, TOKENS_FLAGS, USAGE_LINE, 2)
  if (values.help) {
    const action = positionals[0]
    reporter.result(
      Object.hasOwn(ACTIONS, action) ? tokensActionUsage(action as Action) : TOKENS_USAGE
    )
    return 0
  }
  const request = tokensRequest(values, positionals, env, reporter, confirmer.interactive)
  if (request.action === 'delete' && !request.confirmed) {
    const yes = await confirmer.confirm(
      `Delete trigger token ${request.id} of ${request.settings.project}? Pipelines can no longer be triggered with it. [y/N] `
    )
    if (!yes) {
      reporter.info(`Not deleted: trigger token ${request.id} is unchanged`)
      return 1
    }
  }
  try {
    await callTokensApi(request, reporter, await reporter.requestLines())
    return 0
  } catch (error) {
    if (!(error instanceof GitLabError)) throw error
    reporter.error(error.message)
    return 3
  }
}

interface TokensRequest {
  action: Action
  id: number
  description: string
  confirmed: boolean
  json: boolean
  settings: TokensSettings
  words: InputWords
}

/** The command line as a request, every problem found before any is sent; throws UsageError. */
function tokensRequest(
  values: FlagValues,
  positionals: readonly string[],
  env: NodeJS.ProcessEnv,
  reporter: CliReporter,
  interactive: boolean
): TokensRequest {
  const inputs = cliInputs(CONNECTION_INPUTS, values, env)
  const apiToken = inputs.raw['api-token']?.trim()
  if (apiToken) reporter.mask(apiToken)
  for (const warning of inputs.warnings) reporter.warning(warning)
  const { action, id } = parseCommand(positionals, values.description, inputs.problems)
  const confirmed = values.yes === true
  if (confirmed && action !== undefined && action !== 'delete')
    inputs.problems.push(`--yes only applies to tokens delete; leave it out of tokens ${action}`)
  // Nobody can answer the question: refuse before any request rather than guess.
  if (action === 'delete' && !confirmed && !interactive) {
    inputs.problems.push(
      `tokens delete revokes the token for good and asks first, but stdin is not a terminal: add --yes to delete without asking, e.g. tokens delete ${Number.isInteger(id) ? id : 12} --yes --project my-group/my-project`
    )
  }
  const words = cliWords(inputs.labels)
  if (!apiToken) inputs.problems.push(missingToken(words))
  const parsed = settingsFrom(inputs, USAGE_LINE, CONNECTION_INPUTS)
  // settingsFrom has thrown unless the command and the token are there.
  if (!action || !parsed.apiToken) throw new UsageError(['tokens: nothing to do'], USAGE_LINE)
  return {
    action,
    id,
    description: typeof values.description === 'string' ? values.description : '',
    confirmed,
    json: values.json === true,
    words,
    settings: {
      gitlabUrl: parsed.gitlabUrl,
      project: parsed.project,
      apiToken: parsed.apiToken,
      requestTimeoutMs: requestTimeoutOrUsageError(env, USAGE_LINE)
    }
  }
}

function missingToken(words: InputWords): string {
  const label = words.name('api-token')
  return `${label} ${label.startsWith('--') ? 'is empty' : 'is not set'}: managing trigger tokens needs an access token with the api scope of a project Maintainer, e.g. ${words.set('api-token', 'glpat-…')}`
}

/** Sends the request and prints GitLab's answer; throws GitLabError. */
async function callTokensApi(
  request: TokensRequest,
  reporter: CliReporter,
  onRequest: ((info: RequestInfo) => void) | undefined
): Promise<void> {
  const { action, id, description, json, settings, words } = request
  const client = new GitLabClient({
    gitlabUrl: settings.gitlabUrl,
    token: settings.apiToken,
    requestTimeoutMs: settings.requestTimeoutMs,
    onRequest,
    inputNames: {
      apiToken: words.name('api-token'),
      triggerToken: words.advise('trigger-token'),
      gitlabUrl: words.name('gitlab-url')
    }
  })
  const { project } = settings
  switch (action) {
    case 'list': {
      const tokens = await listTriggerTokens(client, project)
      if (json) reporter.result(JSON.stringify(tokens))
      else if (tokens.length === 0) reporter.info(`${project} has no pipeline trigger tokens`)
      else reporter.result(tokenTable(tokens))
      return
    }
    case 'get': {
      const token = await getTriggerToken(client, project, id)
      reporter.result(json ? JSON.stringify(token) : tokenDetails(token))
      return
    }
    case 'create': {
      const token = await createTriggerToken(client, project, description)
      // The one place the new token is printed; the note goes to stderr so stdout stays the token.
      reporter.result(
        json ? JSON.stringify(token) : `Created trigger token ${token.id}: ${token.token}`
      )
      reporter.info(
        `Store it now as a secret, e.g. ${inputSpec('trigger-token').env} in your CI: whoever has it can start pipelines in ${project} as you.`
      )
      return
    }
    case 'update': {
      const token = await updateTriggerToken(client, project, id, description)
      reporter.result(
        json
          ? JSON.stringify(token)
          : `Updated trigger token ${token.id}: ${JSON.stringify(token.description ?? '')}`
      )
      return
    }
    case 'delete': {
      await deleteTriggerToken(client, project, id)
      // GitLab answers 204 without a body; --json still gets one object to read.
      reporter.result(json ? JSON.stringify({ id, deleted: true }) : `Deleted trigger token ${id}`)
      return
    }
  }
}

/** The subcommand and its ID; what is wrong goes to `problems`, reported with the other input problems. */
function parseCommand(
  positionals: readonly string[],
  description: unknown,
  problems: string[]
): { action?: Action; id: number } {
  const [action, id] = positionals
  if (!Object.hasOwn(ACTIONS, action ?? '')) {
    const got = action === undefined ? 'no command' : `"${action}"`
    const guess = action === undefined ? undefined : closestName(action, ACTION_NAMES)
    problems.push(
      `tokens needs one of ${ACTION_NAMES.join(', ')}; got ${got}${guess ? `; did you mean tokens ${guess}?` : ''}`
    )
    return { id: NaN }
  }
  const known = action as Action
  if (NEEDS_ID.includes(known) && !/^[1-9]\d*$/.test(id ?? '')) {
    problems.push(
      `tokens ${known} needs the token's numeric ID${id === undefined ? '' : `, got "${id}"`}, e.g. tokens ${known} 12 --project my-group/my-project (tokens list shows the IDs)`
    )
  }
  if (!NEEDS_ID.includes(known) && id !== undefined)
    problems.push(`tokens ${known} takes no ID; got "${id}"`)
  if (
    NEEDS_DESCRIPTION.includes(known) &&
    !(typeof description === 'string' && description.trim())
  ) {
    problems.push(
      `tokens ${known} needs --description TEXT, e.g. --description "deploys from Jenkins"`
    )
  }
  return { action: known, id: Number(id) }
}

/** `2024-01-07T09:53:58.235Z` -> `2024-01-07 09:53 UTC`. */
function when(timestamp: string | null | undefined, none: string): string {
  if (!timestamp) return none
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2}).*Z$/.exec(timestamp)
  return match ? `${match[1]} ${match[2]} UTC` : timestamp
}

/** What is shown of a token: a table column in `list`, a line in `get`. */
const FIELDS: ReadonlyArray<{ heading: string; show: (token: TriggerToken) => string }> = [
  { heading: 'ID', show: token => String(token.id) },
  { heading: 'Description', show: token => token.description ?? '' },
  { heading: 'Owner', show: token => token.owner?.username ?? '' },
  { heading: 'Created', show: token => when(token.created_at, 'unknown') },
  { heading: 'Last used', show: token => when(token.last_used, 'never') },
  { heading: 'Expires', show: token => when(token.expires_at, 'never') },
  { heading: 'Token', show: token => token.token }
]

function tokenTable(tokens: readonly TriggerToken[]): string {
  const rows = [
    FIELDS.map(field => field.heading.toUpperCase()),
    // GitLab's text on one line, without controls, so it cannot add rows or shift columns.
    ...tokens.map(token =>
      FIELDS.map(field => withoutTerminalControls(inertOneLine(field.show(token))))
    )
  ]
  const widths = FIELDS.map((_, column) => Math.max(...rows.map(row => row[column].length)))
  // The last column is not padded: no trailing spaces.
  return rows
    .map(row =>
      row
        .map((cell, column) => (column === row.length - 1 ? cell : cell.padEnd(widths[column])))
        .join('  ')
    )
    .join('\n')
}

function tokenDetails(token: TriggerToken): string {
  const width = Math.max(...FIELDS.map(field => field.heading.length)) + 2
  return FIELDS.map(field => `${`${field.heading}:`.padEnd(width)}${field.show(token)}`).join('\n')
}
