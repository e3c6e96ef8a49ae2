import type { RunLog } from '../run/run-log.js'
import type { OutputName } from './outputs.js'
import { STATE_KEYS, type WatchState } from './state.js'

type Core = typeof import('@actions/core')

/**
 * The runner's files: step outputs (GITHUB_OUTPUT), post-step state (GITHUB_STATE) and the job
 * summary (GITHUB_STEP_SUMMARY), written through @actions/core. Core is loaded on first use,
 * which comes after the trigger request.
 */
export class RunnerFiles {
  private core: Promise<Core> | undefined
  private readonly unwritable = new Set<string>()

  constructor(private readonly log: RunLog) {}

  // A runner file that cannot be written (full disk, no permission, a missing directory) is a
  // warning, once per file: the pipeline was created and the wait must go on to its real end.
  async setOutputs(
    outputs: Partial<Record<OutputName, string | number>> | Record<string, string>
  ): Promise<void> {
    const core = await this.loadCore()
    for (const [name, value] of Object.entries(outputs))
      this.tryWrite('GITHUB_OUTPUT', `the output ${name}`, () =>
        core.setOutput(name, String(value))
      )
  }

  async saveState(state: Partial<WatchState>): Promise<void> {
    const core = await this.loadCore()
    for (const [key, value] of Object.entries(state) as Array<[keyof WatchState, string]>)
      this.tryWrite('GITHUB_STATE', `the state ${STATE_KEYS[key]}`, () =>
        core.saveState(STATE_KEYS[key], value)
      )
  }

  async writeSummary(markdown: string): Promise<void> {
    if (!process.env.GITHUB_STEP_SUMMARY) return
    const core = await this.loadCore()
    try {
      await core.summary.addRaw(markdown, true).write()
    } catch (error) {
      core.summary.emptyBuffer()
      this.writeFailed('GITHUB_STEP_SUMMARY', 'the job summary', error)
    }
  }

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
    this.log.warning(
      `Could not write ${what} to ${file} (${process.env[file] ?? 'not set'}): ${reason}. Later writes to it may fail too; the step goes on.`,
      `${file} not written`
    )
  }

  private loadCore(): Promise<Core> {
    this.core ??= import('@actions/core')
    return this.core
  }
}
