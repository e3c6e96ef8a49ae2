// The table of inputs (src/settings/inputs-table.ts) is the one place an input is defined:
// action.yml, the CLI's usage and the output names must say what it says.
import { readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { parse } from 'yaml'
import { INPUTS, INPUT_NAMES, inputSpec, unlessGiven } from '../../src/settings/inputs-table.js'
import { ACTION_OUTPUT_NAMES } from '../../src/settings/output-names.js'
import { TRIGGER_USAGE } from '../../src/cli/commands/trigger.js'
import { flagOf } from '../../src/cli/input-flags.js'

const ROOT = resolve(import.meta.dirname, '..', '..')
interface ActionYml {
  inputs: Record<string, { description?: string; required?: boolean; default?: string }>
  outputs: Record<string, { description?: string }>
}
const action = parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as ActionYml

describe('action.yml says what the table says', () => {
  it('has exactly the inputs of the table, in its order', () => {
    expect(Object.keys(action.inputs)).toEqual(INPUT_NAMES)
  })

  it.each(INPUT_NAMES)('%s: same default, a description', name => {
    const declared = action.inputs[name]
    expect(String(declared.default ?? '')).toBe(INPUTS[name].default)
    expect(declared.description?.trim().length).toBeGreaterThan(10)
  })

  it.each(INPUT_NAMES)('%s: required only when the code always needs it', name => {
    // GitHub warns about a missing `required: true` input, so one that another input makes
    // unnecessary (ref with pipeline-id) must not be marked required.
    expect(action.inputs[name].required === true).toBe(inputSpec(name).required === 'always')
  })

  it('says in the description when a conditionally required input is needed', () => {
    const conditional = INPUT_NAMES.filter(name => unlessGiven(name).length > 0)
    expect(conditional).toEqual(expect.arrayContaining(['ref', 'trigger-token']))
    for (const name of conditional) {
      expect(action.inputs[name].description).toMatch(/Needed to trigger/)
      for (const other of unlessGiven(name))
        expect(action.inputs[name].description).toContain(other)
    }
  })

  it('has exactly the outputs the code sets (settings/output-names.ts)', () => {
    expect(Object.keys(action.outputs).sort()).toEqual([...ACTION_OUTPUT_NAMES].sort())
    for (const name of ACTION_OUTPUT_NAMES)
      expect(action.outputs[name].description?.trim().length).toBeGreaterThan(5)
  })
})

describe("the CLI's usage says what the table says", () => {
  const optionsSection = TRIGGER_USAGE.slice(
    TRIGGER_USAGE.indexOf('Options:'),
    TRIGGER_USAGE.indexOf('Output:')
  )

  it.each(INPUT_NAMES.filter(name => inputSpec(name).cli))('shows the flag of %s', name => {
    const spec = inputSpec(name)
    const flag = flagOf(name)
    if (spec.secret) {
      // Tokens are shown as their variables, their flags with the warning that they are visible.
      expect(optionsSection).toContain(`  ${spec.env} `)
      expect(optionsSection).toMatch(new RegExp(`--${flag}.* also work`))
    } else if (spec.cli?.negatable) {
      expect(optionsSection).toContain(`  --no-${flag} `)
    } else {
      expect(optionsSection).toContain(`  --${flag}${spec.cli?.value ? ` ${spec.cli.value}` : ''} `)
    }
  })

  it('shows each default, and when each input is required', () => {
    expect(optionsSection).toMatch(/--timeout DURATION .*\(default 1h\)/)
    // Wrapped at 100 columns: a note may span two lines.
    expect(optionsSection).toMatch(/--project PROJECT [^(]*\(required\s+unless\s+--targets-file\)/)
    expect(optionsSection).toMatch(
      /--ref REF [^(]*\(required\s+unless\s+--pipeline-id\s+or\s+--targets-file\)/
    )
    expect(optionsSection).toMatch(
      /GITLAB_TRIGGER_TOKEN [^(]*\(required\s+unless\s+--pipeline-id\s+or\s+--targets-file\)/
    )
  })

  it('names no flag the CLI does not have, and no action input name as a flag', () => {
    const known = new Set([
      ...INPUT_NAMES.flatMap(name => {
        const flag = flagOf(name)
        return flag ? [flag, `no-${flag}`] : []
      }),
      'variables-file',
      'json',
      'help',
      'version'
    ])
    const named = [...TRIGGER_USAGE.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map(match => match[1])
    expect(named.length).toBeGreaterThan(20)
    for (const flag of named) expect(known).toContain(flag)
  })
})
