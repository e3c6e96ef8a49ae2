import { UsageError } from './flags.js'
import { CliReporter } from './reporter.js'
import { secretsToMask } from './secrets.js'
import { runTrigger } from './commands/trigger.js'

/** docs/contract.md section 4: 0 ok, 1 pipeline not accepted or wait timed out, 2 bad usage (nothing sent), 3 GitLab refused or unreachable. */
export type CliExitCode = 0 | 1 | 2 | 3

/** The command line: `tokens …`, or trigger (and follow) a pipeline. Returns the exit code. */
export async function run(argv: readonly string[], env: NodeJS.ProcessEnv): Promise<CliExitCode> {
  const reporter = new CliReporter({ showDebug: Boolean(env.GITLAB_TRIGGER_DEBUG) })
  // Before parsing: a usage error may quote any argument, and one may be a token.
  for (const secret of secretsToMask(argv, env)) reporter.mask(secret)
  try {
    // The tokens commands are loaded only when asked for: a trigger does not read them.
    if (argv[0] === 'tokens') {
      const { runTokens } = await import('./commands/tokens.js')
      return await runTokens(argv.slice(1), env, reporter)
    }
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
