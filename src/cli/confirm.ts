import { createInterface } from 'node:readline'

/** Asks a person before something that cannot be undone. */
export interface Confirmer {
  /** stdin is a terminal, so someone can answer; otherwise the caller must not ask. */
  readonly interactive: boolean
  /** Prints the question and resolves true only for "y" or "yes"; Ctrl-C or Ctrl-D mean no. */
  confirm(question: string): Promise<boolean>
}

/** The process's own terminal: the question goes to stderr, so stdout keeps only results. */
export function terminalConfirmer(
  input: NodeJS.ReadStream = process.stdin,
  output: NodeJS.WriteStream = process.stderr
): Confirmer {
  return {
    interactive: input.isTTY === true,
    confirm: question =>
      new Promise(resolve => {
        const prompt = createInterface({ input, output, terminal: true })
        let answered = false
        const finish = (yes: boolean) => {
          if (answered) return
          answered = true
          prompt.close()
          resolve(yes)
        }
        // Without a listener readline would only pause on Ctrl-C, leaving the question open.
        prompt.on('SIGINT', () => {
          output.write('\n')
          finish(false)
        })
        // Ctrl-D: end the prompt's line before whatever is printed next.
        prompt.on('close', () => {
          if (!answered) output.write('\n')
          finish(false)
        })
        prompt.question(question, answer => finish(/^y(es)?$/i.test(answer.trim())))
      })
  }
}
