/**
 * What GitHub Marketplace and npm read before anyone runs the code: the action's name and
 * description within the Marketplace's limits, and one name everywhere a user meets it
 * (action.yml, package.json and its bin, the README's title, `uses:` and `npx` lines, the
 * example workflows, the CLI's help and User-Agent).
 */
import { readFileSync, readdirSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { TRIGGER_USAGE } from '../../src/cli/commands/trigger.js'
import { TOKENS_USAGE } from '../../src/cli/commands/tokens.js'
import { DISPLAY_NAME, TOOL_NAME, USER_AGENT, VERSION } from '../../src/version.js'

const ROOT = resolve(import.meta.dirname, '..', '..')
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8')
const action = parse(read('action.yml')) as { name: string; description: string; author: string }
const pkg = JSON.parse(read('package.json')) as {
  name: string
  version: string
  bin: Record<string, string>
}
const readme = read('README.md')
const examples = readdirSync(join(ROOT, '.github/workflows/examples')).map(file =>
  read(`.github/workflows/examples/${file}`)
)

/** Marketplace listings of other actions that do the same job (names must be unique there). */
const TAKEN_NAMES = ['GitLab Pipeline Trigger', 'Trigger GitLab pipeline', 'Trigger GitLab CI Job']

describe('Marketplace metadata (action.yml)', () => {
  it('has a description under 125 characters, the most the Marketplace accepts', () => {
    // The publish form refuses longer ones: "Description must be less than 125 characters."
    expect(action.description.trim().length).toBeGreaterThan(20)
    expect(action.description.length).toBeLessThan(125)
    expect(action.description).not.toMatch(/\n/)
  })

  it('has a short name that is not another action listing', () => {
    // GitHub documents no length limit for an action's name; 255 is the limit of a Marketplace
    // listing name (apps), and the slug and page title read best far below it.
    expect(action.name.length).toBeLessThanOrEqual(255)
    expect(action.name.length).toBeLessThanOrEqual(40)
    const taken = TAKEN_NAMES.map(name => name.toLowerCase())
    expect(taken).not.toContain(action.name.toLowerCase())
  })

  it('is named DISPLAY_NAME, whose Marketplace slug is the npm package name', () => {
    expect(action.name).toBe(DISPLAY_NAME)
    expect(DISPLAY_NAME.toLowerCase().replace(/[^a-z0-9]+/g, '-')).toBe(TOOL_NAME)
    expect(action.author).toContain(TOOL_NAME)
  })
})

describe('one name everywhere', () => {
  it('package.json: the package, its one command and its version', () => {
    expect(pkg.name).toBe(TOOL_NAME)
    // npm's rules for a new package name: lower case, URL-safe, at most 214 characters.
    expect(pkg.name).toMatch(/^[a-z0-9][a-z0-9._-]*$/)
    expect(pkg.name.length).toBeLessThanOrEqual(214)
    expect(pkg.bin).toEqual({ [TOOL_NAME]: 'dist/cli.js' })
    expect(pkg.version).toBe(VERSION)
  })

  it("the CLI's help and User-Agent", () => {
    expect(TRIGGER_USAGE).toMatch(new RegExp(`^Usage: ${TOOL_NAME} --project`))
    expect(TOKENS_USAGE).toMatch(new RegExp(`^Usage: ${TOOL_NAME} tokens`))
    expect(USER_AGENT).toBe(`${TOOL_NAME}/${VERSION}`)
  })

  it("the README's title, and every `uses:` and `npx` line of the README and the examples", () => {
    expect(readme.split('\n')[0]).toBe(`# ${DISPLAY_NAME}`)
    const uses = [readme, ...examples].flatMap(text => [
      ...text.matchAll(/uses: [\w.-]+\/(gitlab[^@\s]*)@/g)
    ])
    expect(uses.length).toBeGreaterThan(5)
    // The owner is package.json's `repository` (__tests__/repo/repository-name.test.ts).
    for (const [, name] of uses) expect(name).toBe(TOOL_NAME)
    const npx = [...readme.matchAll(/npx (?:--yes |--no )?(?:-- )?(gitlab[\w-]*)/g)]
    expect(npx.length).toBeGreaterThan(1)
    for (const [, name] of npx) expect(name).toBe(TOOL_NAME)
  })
})

describe('repository automation', () => {
  it('Dependabot updates npm and GitHub Actions, grouped', () => {
    const config = parse(read('.github/dependabot.yml')) as {
      version: number
      updates: Array<{ 'package-ecosystem': string; groups?: Record<string, unknown> }>
    }
    expect(config.version).toBe(2)
    const ecosystems = config.updates.map(update => update['package-ecosystem'])
    expect(ecosystems.sort()).toEqual(['github-actions', 'npm'])
    for (const update of config.updates) {
      expect(Object.keys(update.groups ?? {}).length).toBeGreaterThan(0)
    }
  })
})
