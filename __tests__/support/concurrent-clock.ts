// A clock tied to the simulator's manual clock for several runs at once (the targets of one
// step). run-core.ts's simulatorClock moves GitLab's time on by every pause as it is asked, which
// suits one run; with several, their pauses would add up. Here a pause waits for its time: once
// no run has asked for a pause for a moment (2 ms of real time, longer than a loopback request),
// GitLab's time jumps to the earliest pause's end and that run goes on.
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import type { Clock } from '../../src/runtime/clock.js'

interface Sleeper {
  at: number
  wake(): void
}

export function concurrentSimulatorClock(gitlab: Simulator): Clock & { slept: number[] } {
  const slept: number[] = []
  const sleepers: Sleeper[] = []
  let timer: NodeJS.Timeout | undefined
  const wakeNext = () => {
    timer = undefined
    sleepers.sort((a, b) => a.at - b.at)
    const next = sleepers.shift()
    if (next === undefined) return
    if (next.at > gitlab.now()) gitlab.advance(next.at - gitlab.now())
    next.wake()
    if (sleepers.length > 0) schedule()
  }
  const schedule = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = setTimeout(wakeNext, 2)
  }
  return {
    slept,
    now: () => gitlab.now(),
    sleep(ms, signal) {
      return new Promise((resolve, reject) => {
        if (signal?.aborted) return reject(signal.reason)
        slept.push(ms)
        const sleeper: Sleeper = {
          at: gitlab.now() + ms,
          wake: () => {
            signal?.removeEventListener('abort', onAbort)
            resolve()
          }
        }
        const onAbort = () => {
          const index = sleepers.indexOf(sleeper)
          if (index >= 0) sleepers.splice(index, 1)
          reject(signal?.reason)
        }
        signal?.addEventListener('abort', onAbort, { once: true })
        sleepers.push(sleeper)
        schedule()
      })
    }
  }
}
