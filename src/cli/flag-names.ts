import type { RunLog } from '../run/run-log.js'

// The run and settings.ts word their messages for the action (`api-token`, `accept-statuses`);
// at a terminal the same settings are flags.
const INPUT_NAMES =
  /(?<![-\w])(gitlab-url|trigger-token|api-token|poll-interval|accept-statuses|cancel-on-timeout|cancel-on-abort|job-logs|outputs-from|artifacts-dir|pipeline-id|play-manual|follow-downstream)(?![-\w])/g

/** `api-token` -> `--api-token`, for every action input name that is also a flag. */
export function inFlagNames(text: string): string {
  return text.replace(INPUT_NAMES, '--$1')
}

/** The CLI's log, with the run's messages in flag names. */
export function withFlagNames(log: RunLog): RunLog {
  return {
    info: line => log.info(inFlagNames(line)),
    debug: line => log.debug(inFlagNames(line)),
    notice: (message, title) => log.notice(inFlagNames(message), title),
    warning: (message, title) => log.warning(inFlagNames(message), title),
    error: (message, title) => log.error(inFlagNames(message), title),
    group: (title, text) => log.group(title, text),
    // GitLab's log lines are passed as they are.
    ...(log.live ? { live: lines => log.live?.(lines) } : {})
  }
}
