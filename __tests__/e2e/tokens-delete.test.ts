/**
 * `tokens delete` cannot be undone, so it asks first. On a terminal it asks and deletes only on
 * "y"/"yes"; when stdin is not a terminal (a script, CI) nobody can answer, so without --yes it
 * refuses before any request. Both run dist/cli.js against the GitLab simulator: the terminal case
 * under a real pseudo-terminal made by util-linux `script`, the other with stdin from /dev/null.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../test/simulator/gitlab-simulator.js'
import { API_TOKEN, PROJECT_PATH, gitlabWith } from '../support/fixtures.js'
import { CLI_ENTRY as CLI, NODE, startProcess } from '../../test/harness/run-step.js'

interface Run {
  code: number | null
  stdout: string
  stderr: string
}

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

const deleteArgs = (gitlab: Simulator, ...extra: string[]) => [
  'tokens',
  'delete',
  '1',
  '--project',
  PROJECT_PATH,
  '--gitlab-url',
  gitlab.url,
  ...extra
]

/**
 * Runs a command with `stdin` written to its standard input (then closed), or /dev/null. With
 * `afterPrompt`, the input is written only once the `[y/N]` question is on stdout, as a person
 * would type it (a Ctrl-C typed earlier would reach the terminal before the CLI reads it).
 */
async function run(
  command: string,
  args: string[],
  stdin?: string,
  afterPrompt = false
): Promise<Run> {
  const { exitCode, stdout, stderr } = await startProcess(command, args, {
    env: { PATH: process.env.PATH ?? '', GITLAB_API_TOKEN: API_TOKEN, TERM: 'dumb' },
    stdin,
    stdinAfter: afterPrompt ? /\[y\/N\] / : undefined
  }).result
  return { code: exitCode, stdout, stderr }
}

const quote = (word: string) => `'${word.replace(/'/g, `'\\''`)}'`

/**
 * The CLI on a pseudo-terminal: `script -q -e -c CMD /dev/null` runs CMD with stdin, stdout and
 * stderr on a new pty, copies our stdin to it (the typed answer) and exits with CMD's code. All
 * of the CLI's output arrives on script's stdout, with the terminal's echo of the answer.
 */
const onTerminal = (args: string[], answer: string, afterPrompt = false) =>
  run(
    'script',
    ['-q', '-e', '-c', [NODE, CLI, ...args].map(quote).join(' '), '/dev/null'],
    answer,
    afterPrompt
  )

const deletes = (gitlab: Simulator) =>
  gitlab.requests.filter(request => request.method === 'DELETE')

describe('tokens delete when stdin is not a terminal', () => {
  it('refuses without --yes, exit 2, and sends nothing', async () => {
    sim = await gitlabWith()
    const result = await run(NODE, [CLI, ...deleteArgs(sim)])

    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(
      /^error: tokens delete revokes the token for good and asks first, but stdin is not a terminal: add --yes to delete without asking, e\.g\. tokens delete 1 --yes /m
    )
    expect(result.stdout).toBe('')
    expect(sim.requests).toEqual([])
  })

  it('deletes with --yes (or -y) without asking', async () => {
    sim = await gitlabWith()
    const result = await run(NODE, [CLI, ...deleteArgs(sim, '-y')])

    expect(result.code).toBe(0)
    expect(result.stdout).toBe('Deleted trigger token 1\n')
    expect(result.stderr).not.toMatch(/\[y\/N\]/)
    expect(deletes(sim)).toEqual([expect.objectContaining({ status: 204 })])
  })

  it('refuses --yes on the other token commands, which have nothing to confirm', async () => {
    sim = await gitlabWith()
    const result = await run(NODE, [
      CLI,
      'tokens',
      'list',
      '--yes',
      '--project',
      PROJECT_PATH,
      '--gitlab-url',
      sim.url
    ])

    expect(result.code).toBe(2)
    expect(result.stderr).toMatch(/^error: --yes only applies to tokens delete/m)
    expect(sim.requests).toEqual([])
  })
})

describe('tokens delete on a terminal (a pseudo-terminal from util-linux script)', () => {
  it('asks, and keeps the token when the answer is not yes: exit 1, nothing sent', async () => {
    sim = await gitlabWith()
    const result = await onTerminal(deleteArgs(sim), 'n\n')

    expect(result.stdout).toContain(
      `Delete trigger token 1 of ${PROJECT_PATH}? Pipelines can no longer be triggered with it. [y/N] `
    )
    expect(result.stdout).toMatch(/Not deleted: trigger token 1 is unchanged/)
    expect(result.stdout).not.toMatch(/Deleted trigger token/)
    expect(result.code).toBe(1)
    expect(sim.requests).toEqual([])
  })

  it.each([
    ['Ctrl-C', '\u0003'],
    ['Ctrl-D', '\u0004']
  ])('takes %s at the question as no', async (_, key) => {
    sim = await gitlabWith()
    const result = await onTerminal(deleteArgs(sim), key, true)

    expect(result.stdout).toMatch(/\[y\/N\] [^\n]*\r?\nNot deleted: trigger token 1 is unchanged/)
    expect(result.code).toBe(1)
    expect(sim.requests).toEqual([])
  })

  it('deletes once the answer is yes', async () => {
    sim = await gitlabWith()
    const result = await onTerminal(deleteArgs(sim), 'yes\n')

    expect(result.stdout).toMatch(/\[y\/N\] /)
    expect(result.stdout).toMatch(/^Deleted trigger token 1\r?$/m)
    expect(result.code).toBe(0)
    expect(deletes(sim)).toEqual([expect.objectContaining({ status: 204 })])
  })

  it('does not ask with --yes', async () => {
    sim = await gitlabWith()
    const result = await onTerminal(deleteArgs(sim, '--yes'), '')

    expect(result.stdout).not.toMatch(/\[y\/N\]/)
    expect(result.code).toBe(0)
    expect(deletes(sim)).toHaveLength(1)
  })
})
