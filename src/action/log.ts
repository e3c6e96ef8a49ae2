// Web Crypto's global loads node:crypto on first use (a job log), not at start-up.
const randomUUID = () => globalThis.crypto.randomUUID()
import type { RunLog } from '../run/run-log.js'
import type { RequestInfo } from '../gitlab/client.js'
import type { DisplayLine } from '../run/logs/live-display.js'
import { inertOneLine } from '../text/far-side.js'
import { addMask, issueCommand, printInertBlock, printLine } from './workflow-commands.js'

/** The runner's debug logging (a debug re-run, or ACTIONS_STEP_DEBUG). */
export const runnerDebug = (env: NodeJS.ProcessEnv): boolean =>
  env.RUNNER_DEBUG === '1' || env.ACTIONS_STEP_DEBUG?.toLowerCase() === 'true'

/** One `::debug::` line per GitLab request (SPEC 6.4). */
export async function debugLines(log: ActionLog): Promise<(info: RequestInfo) => void> {
  const { requestLine } = await import('../gitlab/request-line.js')
  return info => log.debug(requestLine(info))
}

/**
 * The run's log as workflow commands on stdout. Every line goes out through
 * workflow-commands.ts, which makes GitLab's text in it inert.
 */
export class ActionLog implements RunLog {
  /** Hides a secret in everything printed afterwards; called before anything else is printed. */
  mask(secret: string): void {
    addMask(secret)
  }
  info(line: string): void {
    printLine(line)
  }
  debug(line: string): void {
    issueCommand('debug', line)
  }
  notice(message: string, title?: string): void {
    issueCommand('notice', message, { title })
  }
  warning(message: string, title?: string): void {
    issueCommand('warning', message, { title })
  }
  error(message: string, title?: string): void {
    issueCommand('error', message, { title })
  }
  /** Live log lines: a group per job while one runs, else prefixed lines; each line inert. */
  live(lines: readonly DisplayLine[]): void {
    for (const line of lines) {
      if (line.kind === 'open-group') issueCommand('group', inertOneLine(line.title))
      else if (line.kind === 'close-group') issueCommand('endgroup', '')
      else printLine(line.text)
    }
  }
  group(title: string, text: string): void {
    // A job log is GitLab's text line for line: stop-commands keeps the runner from acting on
    // any of it, with a token no log written before this moment can know.
    issueCommand('group', inertOneLine(title))
    printInertBlock(text, randomUUID())
    issueCommand('endgroup', '')
  }
}
