import type { Reporter } from '../run/reporter.js'

// The core and settings.ts word their messages for the action (`api-token`, `accept-statuses`);
// at a terminal the same settings are flags.
const INPUT_NAMES =
  /(?<![-\w])(gitlab-url|trigger-token|api-token|poll-interval|accept-statuses|cancel-on-timeout|cancel-on-abort|job-logs)(?![-\w])/g

/** `api-token` -> `--api-token`, for every action input name that is also a flag. */
export function inFlagNames(text: string): string {
  return text.replace(INPUT_NAMES, '--$1')
}

/** The CLI's reporter, with the core's messages in flag names. */
export function withFlagNames(reporter: Reporter): Reporter {
  return {
    mask: secret => reporter.mask(secret),
    info: line => reporter.info(inFlagNames(line)),
    debug: line => reporter.debug(inFlagNames(line)),
    notice: (message, title) => reporter.notice(inFlagNames(message), title),
    warning: (message, title) => reporter.warning(inFlagNames(message), title),
    error: (message, title) => reporter.error(inFlagNames(message), title),
    group: (title, text) => reporter.group(title, text),
    setOutput: (name, value) => reporter.setOutput(name, value),
    summary: markdown => reporter.summary(markdown),
    saveState: state => reporter.saveState(state)
  }
}
