// What the in-process tests of the run core share: a clock tied to the simulator's manual clock
// and a RunLog that keeps every line.
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import type { RunLog } from '../../src/run/run-log.js'
import type { DisplayLine } from '../../src/run/logs/live-display.js'
import type { Clock } from '../../src/runtime/clock.js'

/** The run's clock is GitLab's: sleeping moves the simulator on by that long. */
export function simulatorClock(gitlab: Simulator): Clock & { slept: number[] } {
  const slept: number[] = []
  return {
    slept,
    now: () => gitlab.now(),
    async sleep(ms, signal) {
      if (signal?.aborted) throw signal.reason
      slept.push(ms)
      gitlab.advance(ms)
    }
  }
}

/** A RunLog that keeps every line, by kind, and the live log lines it was given. */
export function recordingLog() {
  const lines: Array<{ kind: string; text: string; title?: string }> = []
  const live: DisplayLine[] = []
  const log: RunLog = {
    info: text => lines.push({ kind: 'info', text }),
    debug: text => lines.push({ kind: 'debug', text }),
    notice: (text, title) => lines.push({ kind: 'notice', text, title }),
    warning: (text, title) => lines.push({ kind: 'warning', text, title }),
    error: (text, title) => lines.push({ kind: 'error', text, title }),
    group: (title, text) => lines.push({ kind: 'group', text, title }),
    live: shown => {
      live.push(...shown)
      for (const line of shown) lines.push({ kind: 'live', text: JSON.stringify(line) })
    }
  }
  const of = (kind: string) => lines.filter(line => line.kind === kind).map(line => line.text)
  return { log, lines, live, of }
}
