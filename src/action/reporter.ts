// Web Crypto's global loads node:crypto on first use (a job log), not at start-up.
const randomUUID = () => globalThis.crypto.randomUUID()
import type { OutputName, Reporter, WatchState } from '../reporter.js'
import { STATE_KEYS } from './state.js'
import { issueCommand, printLine } from './workflow-commands.js'

type Core = typeof import('@actions/core')

/**
 * Reports through workflow commands on stdout and, for outputs, state and the job summary, through
 * @actions/core's file commands. Core is loaded on first use, which comes after the trigger request.
 */
export class ActionReporter implements Reporter {
  private core: Promise<Core> | undefined

  mask(secret: string): void {
    issueCommand('add-mask', secret)
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
  group(title: string, text: string): void {
    // A job log may contain "::" lines; stop-commands keeps the runner from acting on them.
    const resume = randomUUID()
    issueCommand('group', title)
    printLine(`::stop-commands::${resume}`)
    printLine(text)
    printLine(`::${resume}::`)
    issueCommand('endgroup', '')
  }
  async setOutput(name: OutputName, value: string | number): Promise<void> {
    ;(await this.loadCore()).setOutput(name, String(value))
  }
  async saveState(state: Partial<WatchState>): Promise<void> {
    const core = await this.loadCore()
    for (const [key, value] of Object.entries(state) as Array<[keyof WatchState, string]>)
      core.saveState(STATE_KEYS[key], value)
  }
  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    await (await this.loadCore()).summary.addRaw(markdown, true).write()
  }

  private loadCore(): Promise<Core> {
    this.core ??= import('@actions/core')
    return this.core
  }
}
