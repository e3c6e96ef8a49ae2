import { triggerAndFollow } from '../run/trigger-and-follow.js'
import { abortOnSignals } from '../runtime/signals.js'
import { VERSION } from '../version.js'
import {
  TRIGGER_USAGE,
  TRIGGER_USAGE_LINE,
  UsageError,
  parseTriggerArgs,
  settingsFrom
} from './flags.js'
import { withFlagNames } from './flag-names.js'
import { CliReporter } from './reporter.js'
import { secretsToMask } from './secrets.js'
import { runTokens } from './commands/tokens.js'

/** docs/contract.md section 4: 0 ok, 1 pipeline not accepted or wait timed out, 2 bad usage (nothing sent), 3 GitLab refused or unreachable. */
export type CliExitCode = 0 | 1 | 2 | 3

/** The command line: `tokens …`, or trigger (and follow) a pipeline. Returns the exit code. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CliExitCode> {
  const reporter = new CliReporter({ showDebug: Boolean(env.GITLAB_TRIGGER_DEBUG) })
  // Before parsing: a usage error may quote any argument, and one may be a token.
  for (const secret of secretsToMask(argv, env)) reporter.mask(secret)
  try {
    if (argv[0] === 'tokens') return await runTokens(argv.slice(1), env, reporter)
    return await runTrigger(argv, env, reporter)
  } catch (error) {
    if (error instanceof UsageError) {
      for (const problem of error.problems) reporter.error(problem)
      reporter.info(error.usage)
      return 2
    }
    reporter.error(
      `unexpected: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`
    )
    return 1
  }
}

async function runTrigger(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  reporter: CliReporter
): Promise<CliExitCode> {
  const command = parseTriggerArgs(argv, env)
  if (command.kind === 'help') {
    reporter.result(TRIGGER_USAGE)
    return 0
  }
  if (command.kind === 'version') {
    reporter.result(VERSION)
    return 0
  }
  const { inputs, json } = command
  for (const secret of [inputs.raw['trigger-token'], inputs.raw['api-token']]) {
    if (secret?.trim()) reporter.mask(secret.trim())
  }
  for (const warning of inputs.warnings) reporter.warning(warning)
  const settings = settingsFrom(inputs, TRIGGER_USAGE_LINE)

  const signal = abortOnSignals()
  const exitCode = await triggerAndFollow(settings, withFlagNames(reporter), signal)
  // stdout: the outputs as one JSON object (even `{}` when nothing was created, so `| jq` always
  // has something to read), or else just the pipeline's web URL once there is one.
  const webUrl = reporter.output('web-url')
  if (json) reporter.result(JSON.stringify(reporter.outputsAsJson()))
  else if (webUrl !== undefined) reporter.result(String(webUrl))
  return exitCode
}
