import { randomUUID } from 'node:crypto'
import * as core from '@actions/core'
import type { OutputName, Reporter, WatchState } from '../reporter.js'
import { saveWatchState } from './state.js'

/** Reports through workflow commands and the runner's files (GITHUB_OUTPUT, GITHUB_STEP_SUMMARY). */
export class ActionReporter implements Reporter {
  mask(secret: string): void {
    core.setSecret(secret)
  }
  info(line: string): void {
    core.info(line)
  }
  debug(line: string): void {
    core.debug(line)
  }
  notice(message: string, title?: string): void {
    core.notice(message, { title })
  }
  warning(message: string, title?: string): void {
    core.warning(message, { title })
  }
  error(message: string, title?: string): void {
    core.error(message, { title })
  }
  group(title: string, text: string): void {
    // A job log may contain "::" lines; stop-commands keeps the runner from acting on them.
    const resume = randomUUID()
    core.startGroup(title)
    core.info(`::stop-commands::${resume}`)
    core.info(text)
    core.info(`::${resume}::`)
    core.endGroup()
  }
  setOutput(name: OutputName, value: string | number): void {
    core.setOutput(name, String(value))
  }
  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await core.summary.addRaw(markdown, true).write()
  }
  saveState(state: Partial<WatchState>): void {
    saveWatchState(state)
  }
}
