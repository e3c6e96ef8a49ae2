// `tokens` in-process against the simulator, through a captured reporter and a confirmer that
// answers as told (the real prompt is tested through dist/ by e2e/tokens-delete.test.ts).
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { TOKENS_USAGE, runTokens, tokensActionUsage } from '../../../src/cli/commands/tokens.js'
import type { Confirmer } from '../../../src/cli/confirm.js'
import { UsageError } from '../../../src/cli/flags.js'
import { CliReporter } from '../../../src/cli/reporter.js'
import { API_TOKEN, PROJECT_PATH, gitlabWith } from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

function captured(showDebug = false) {
  const out: string[] = []
  const err: string[] = []
  const reporter = new CliReporter(
    { colour: false, showDebug },
    { stdout: text => out.push(text), stderr: text => err.push(text) }
  )
  return { reporter, stdout: () => out.join(''), stderr: () => err.join('') }
}

const answering = (yes: boolean, interactive = true) => {
  const asked: string[] = []
  const confirmer: Confirmer = {
    interactive,
    confirm: async question => {
      asked.push(question)
      return yes
    }
  }
  return { confirmer, asked }
}

async function tokens(
  gitlab: Simulator,
  argv: string[],
  confirmer = answering(false).confirmer,
  token = API_TOKEN
) {
  const io = captured()
  const code = await runTokens(
    [...argv, '--gitlab-url', gitlab.url, '--project', PROJECT_PATH],
    { GITLAB_API_TOKEN: token },
    io.reporter,
    confirmer
  )
  return { code, ...io }
}

const deletes = (gitlab: Simulator) => gitlab.requests.filter(r => r.method === 'DELETE')

describe('tokens help', () => {
  it("prints the whole usage, or one command's", async () => {
    const io = captured()
    expect(await runTokens(['--help'], {}, io.reporter)).toBe(0)
    expect(io.stdout()).toBe(`${TOKENS_USAGE}\n`)
    const one = captured()
    expect(await runTokens(['create', '--help'], {}, one.reporter)).toBe(0)
    expect(one.stdout()).toBe(`${tokensActionUsage('create')}\n`)
    expect(one.stdout()).toContain('--description TEXT')
  })
})

describe('tokens on GitLab', () => {
  it('creates a token, lists it as JSON and gets it', async () => {
    sim = await gitlabWith()
    const created = await tokens(sim, ['create', '--description', 'deploys from Jenkins', '--json'])
    expect(created.code).toBe(0)
    const token = JSON.parse(created.stdout())
    expect(token).toMatchObject({
      description: 'deploys from Jenkins',
      token: expect.stringMatching(/^glptt-/)
    })
    const listed = await tokens(sim, ['list', '--json'])
    expect(JSON.parse(listed.stdout()).map((t: { id: number }) => t.id)).toContain(token.id)
    const got = await tokens(sim, ['get', String(token.id), '--json'])
    expect(JSON.parse(got.stdout())).toMatchObject({
      id: token.id,
      description: 'deploys from Jenkins'
    })
  })

  it('asks before deleting, and sends nothing when the answer is no', async () => {
    sim = await gitlabWith()
    const { id } = JSON.parse(
      (await tokens(sim, ['create', '--description', 'x', '--json'])).stdout()
    )
    const no = answering(false)
    const kept = await tokens(sim, ['delete', String(id)], no.confirmer)
    expect(kept.code).toBe(1)
    expect(no.asked).toEqual([
      expect.stringMatching(new RegExp(`^Delete trigger token ${id} of ${PROJECT_PATH}\\?`))
    ])
    expect(kept.stderr()).toContain(`Not deleted: trigger token ${id} is unchanged`)
    expect(deletes(sim)).toEqual([])
    const yes = answering(true)
    expect((await tokens(sim, ['delete', String(id)], yes.confirmer)).code).toBe(0)
    expect(deletes(sim)).toHaveLength(1)
  })

  it('deletes without asking with --yes', async () => {
    sim = await gitlabWith()
    const { id } = JSON.parse(
      (await tokens(sim, ['create', '--description', 'x', '--json'])).stdout()
    )
    const asked = answering(false)
    expect((await tokens(sim, ['delete', String(id), '--yes'], asked.confirmer)).code).toBe(0)
    expect(asked.asked).toEqual([])
    expect(deletes(sim)).toHaveLength(1)
  })

  it('exits 3 with the hint when GitLab refuses, the token never printed', async () => {
    sim = await gitlabWith()
    const unknown = 'glpat-unknowntoken00000000'
    const refused = await tokens(sim, ['list'], undefined, unknown)
    expect(refused.code).toBe(3)
    expect(refused.stderr()).toMatch(
      /^error: GitLab answered 401.*managing trigger tokens needs an access token with the api scope/m
    )
    expect(refused.stderr()).not.toContain(unknown)
  })
})

describe('tokens debug lines', () => {
  it('prints a line per request with GITLAB_TRIGGER_DEBUG=1, never the token', async () => {
    sim = await gitlabWith()
    const io = captured(true)
    const code = await runTokens(
      ['list', '--gitlab-url', sim.url, '--project', PROJECT_PATH],
      { GITLAB_API_TOKEN: API_TOKEN, GITLAB_TRIGGER_DEBUG: '1' },
      io.reporter
    )
    expect(code).toBe(0)
    expect(io.stderr()).toMatch(
      /^debug: GitLab request: GET \/projects\/.*\/triggers -> 200 in \d+ms/m
    )
    expect(io.stderr() + io.stdout()).not.toContain(API_TOKEN)
  })
})

describe('tokens usage errors, found before any request', () => {
  it('refuses a delete nobody can confirm, --yes on another command, and a missing token', async () => {
    sim = await gitlabWith()
    await expect(tokens(sim, ['delete', '12'], answering(true, false).confirmer)).rejects.toThrow(
      /stdin is not a terminal: add --yes/
    )
    await expect(tokens(sim, ['list', '--yes'])).rejects.toThrow(
      /--yes only applies to tokens delete/
    )
    await expect(tokens(sim, ['list'], undefined, '')).rejects.toBeInstanceOf(UsageError)
    expect(sim.requests).toEqual([])
  })
})
