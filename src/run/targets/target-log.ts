import type { DisplayLine } from '../logs/live-display.js'
import type { RunLog } from '../run-log.js'

/**
 * The live-log group that is open in the shared log, and which target opened it: the runner's
 * groups do not nest, so while one target has a group open, another's group is shown as a line.
 */
export interface SharedGroups {
  openBy?: string
}

/**
 * The step's one log, as one target sees it: every line, annotation and group says which target it
 * belongs to (`[api] Pipeline #12 …`, annotation titles `api: …`).
 */
export function targetLog(log: RunLog, name: string, groups: SharedGroups = {}): RunLog {
  const line = (text: string) => `[${name}] ${text}`
  const title = (text: string | undefined) => (text === undefined ? name : `${name}: ${text}`)
  const targetLog: RunLog = {
    info: text => log.info(line(text)),
    debug: text => log.debug(line(text)),
    notice: (message, heading) => log.notice(line(message), title(heading)),
    warning: (message, heading) => log.warning(line(message), title(heading)),
    error: (message, heading) => log.error(line(message), title(heading)),
    group: (heading, text) => log.group(line(heading), text)
  }
  const live = log.live?.bind(log)
  if (live) targetLog.live = lines => live(liveLines(lines, name, groups))
  return targetLog
}

function liveLines(lines: readonly DisplayLine[], name: string, groups: SharedGroups) {
  const shown: DisplayLine[] = []
  for (const display of lines) {
    if (display.kind === 'text') shown.push({ kind: 'text', text: `[${name}] ${display.text}` })
    else if (display.kind === 'open-group') {
      if (groups.openBy === undefined || groups.openBy === name) {
        groups.openBy = name
        shown.push({ kind: 'open-group', title: `[${name}] ${display.title}` })
      } else shown.push({ kind: 'text', text: `[${name}] ${display.title}` })
    } else if (groups.openBy === name) {
      groups.openBy = undefined
      shown.push(display)
    }
  }
  return shown
}
