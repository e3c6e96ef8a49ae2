// Web Crypto's global loads node:crypto on first use (a job log), not at start-up.
const randomUUID = () => globalThis.crypto.randomUUID()
import type { OutputName, Reporter, WatchState } from '../run/reporter.js'
import { inertOneLine } from '../text/far-side.js'
import { STATE_KEYS } from './state.js'
import { addMask, issueCommand, printInertBlock, printLine } from './workflow-commands.js'

type Core = typeof import('@actions/core')

/**
 * Reports through workflow commands on stdout and, for outputs, state and the job summary, through
 * @actions/core's file commands. Core is loaded on first use, which comes after the trigger request.
 * Every line goes out through workflow-commands.ts, which makes GitLab's text in it inert.
 */
export class ActionReporter implements Reporter {
  private core: Promise<Core> | undefined

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
  group(title: string, text: string): void {
    // A job log is GitLab's text line for line: stop-commands keeps the runner from acting on
    // any of it, with a token no log written before this moment can know.
    issueCommand('group', inertOneLine(title))
    printInertBlock(text, randomUUID())
    issueCommand('endgroup', '')
  }
  // A runner file that cannot be written (full disk, no permission, a missing directory) is a
  // warning, once per file: the pipeline was created and the wait must go on to its real end.
  async setOutput(name: OutputName, value: string | number): Promise<void> {
    const core = await this.loadCore()
    this.tryWrite('GITHUB_OUTPUT', `the output ${name}`, () => core.setOutput(name, String(value)))
  }
  async saveState(state: Partial<WatchState>): Promise<void> {
    const core = await this.loadCore()
    for (const [key, value] of Object.entries(state) as Array<[keyof WatchState, string]>)
      this.tryWrite('GITHUB_STATE', `the state ${STATE_KEYS[key]}`, () =>
        core.saveState(STATE_KEYS[key], value)
      )
  }
  async summary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    const core = await this.loadCore()
    try {
      await core.summary.addRaw(markdown, true).write()
    } catch (error) {
      core.summary.emptyBuffer()
      this.writeFailed('GITHUB_STEP_SUMMARY', 'the job summary', error)
    }
  }

  private readonly unwritable = new Set<string>()
  private tryWrite(file: string, what: string, write: () => void): void {
    try {
      write()
    } catch (error) {
      this.writeFailed(file, what, error)
    }
  }
  private writeFailed(file: string, what: string, error: unknown): void {
    if (this.unwritable.has(file)) return
    this.unwritable.add(file)
    const reason = error instanceof Error ? error.message : String(error)
    this.warning(
      `Could not write ${what} to ${file} (${process.env[file] ?? 'not set'}): ${reason}. Later writes to it may fail too; the step goes on.`,
      `${file} not written`
    )
  }

  private loadCore(): Promise<Core> {
    this.core ??= import('@actions/core')
    return this.core
  }
}
