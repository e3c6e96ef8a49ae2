import type { LiveEvent, LiveJobRef } from './live-logs.js'
import { pieceText } from './log-lines.js'
import { formatBytes } from '../../runtime/bytes.js'

/**
 * What a front end prints for live log events. `text` and `title` hold GitLab's text (log lines,
 * job names): the front end makes them inert before they reach the runner or a terminal.
 */
export type DisplayLine =
  { kind: 'open-group'; title: string } | { kind: 'close-group' } | { kind: 'text'; text: string }

export interface DisplayState {
  /** The job whose group is open, if one is. */
  openJob?: string
}

export interface DisplayOptions {
  /** One job is running: its lines go in a group named after it; otherwise each is prefixed. */
  oneJob: boolean
}

/**
 * The one place for the rule "one job running: its lines in a group named after it; several:
 * each line prefixed with the job". Groups do not nest in the runner's log, so a GitLab section
 * is shown as its header line. Pass the returned state to the next call.
 */
export function presentLiveEvents(
  events: readonly LiveEvent[],
  { oneJob }: DisplayOptions,
  state: DisplayState = {}
): { lines: DisplayLine[]; state: DisplayState } {
  const lines: DisplayLine[] = []
  let openJob = state.openJob
  const close = () => {
    if (openJob !== undefined) lines.push({ kind: 'close-group' })
    openJob = undefined
  }
  for (const event of events) {
    const key = jobKey(event.job)
    if (event.kind === 'finished') {
      if (openJob === key) close()
      continue
    }
    const text = eventText(event)
    if (text === null) continue
    // Said about the run, not about a job: a line of its own.
    if (event.kind === 'budget') {
      close()
      lines.push({ kind: 'text', text })
    } else if (oneJob) {
      if (openJob !== key) {
        close()
        lines.push({ kind: 'open-group', title: `Log of ${event.job.label}` })
        openJob = key
      }
      lines.push({ kind: 'text', text })
    } else {
      close()
      lines.push({ kind: 'text', text: `[${event.job.label}] ${text}` })
    }
  }
  return { lines, state: { openJob } }
}

function jobKey(job: LiveJobRef): string {
  return `${job.label}#${job.id}`
}

function eventText(event: LiveEvent): string | null {
  switch (event.kind) {
    case 'line':
    case 'section-start':
    case 'section-end':
      return pieceText(event)
    case 'finished':
      return null
    case 'skipped':
      return `… ${event.lines} lines (${formatBytes(event.bytes)}) not shown; full log: ${event.job.web_url ?? 'in GitLab'}`
    case 'paused':
      return `(the log passed ${formatBytes(event.bytes)}: its last lines are shown when the job ends)`
    case 'unreadable':
      return `(could not read the log${event.final ? '' : ', trying again'}: ${event.message})`
    case 'budget':
      return `Live logs: at most ${event.perMinute} GitLab requests a minute${event.shared ? ' for all targets together' : ''}, status checks included, so with several jobs writing at once their logs are read in turn, and a log that stops growing is read less and less often (at least every ${event.ceilingMs / 1000} s); lines may show a few seconds late`
  }
}

/** Closes the group left open, before the front end prints anything else (job changes). */
export function closeLiveGroup(state: DisplayState): { lines: DisplayLine[]; state: DisplayState } {
  return { lines: state.openJob === undefined ? [] : [{ kind: 'close-group' }], state: {} }
}
