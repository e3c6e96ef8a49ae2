import { describe, expect, it } from '@jest/globals'
import { INPUT_HELP, type FlagInput } from '../../src/cli/input-help.js'
import { cliWords } from '../../src/cli/input-flags.js'
import { FINAL_STATUSES } from '../../src/gitlab/statuses.js'
import { INPUT_NAMES, inputSpec } from '../../src/settings/inputs-table.js'
import { ACTION_WORDS } from '../../src/settings/input-words.js'
import { schemaOf } from '../../src/settings/fields.js'

const flagInputs = INPUT_NAMES.filter(name => inputSpec(name).cli !== undefined)
const words = cliWords()

const describedAs = (name: FlagInput) => {
  const help = INPUT_HELP[name]
  if ('off' in help) return help.off
  return typeof help.description === 'string' ? help.description : help.description(words)
}

describe('INPUT_HELP: what each flag of the CLI does', () => {
  it('has help for exactly the inputs the CLI has a flag for', () => {
    expect(flagInputs.length).toBeGreaterThan(10)
    expect(Object.keys(INPUT_HELP).sort()).toEqual([...flagInputs].sort())
  })

  it('says something for every flag', () => {
    for (const name of flagInputs) expect(describedAs(name as FlagInput).length).toBeGreaterThan(10)
  })

  it('words only the switches on by default as what --no-<flag> does', () => {
    for (const name of flagInputs) {
      const negatable = inputSpec(name).cli?.negatable === true
      expect({ name, off: 'off' in INPUT_HELP[name as FlagInput] }).toEqual({
        name,
        off: negatable
      })
    }
  })

  it('names other inputs as the CLI does: flags, and tokens by their variable', () => {
    expect(describedAs('wait')).toBe('follow the pipeline until it ends (needs GITLAB_API_TOKEN)')
    expect(describedAs('pipeline-id')).toContain('no GITLAB_TRIGGER_TOKEN or --ref needed')
    expect(describedAs('artifacts')).toContain('under --artifacts-dir/JOB/')
    expect(describedAs('api-token')).toContain('needed by --wait and --pipeline-id')
  })

  it('lists every final status in the help of accept-statuses', () => {
    for (const status of FINAL_STATUSES) expect(describedAs('accept-statuses')).toContain(status)
  })

  it('gives examples the input itself accepts', () => {
    const examples = Object.entries(INPUT_HELP).flatMap(([name, help]) =>
      'example' in help && help.example ? [[name, help.example] as const] : []
    )
    expect(examples.length).toBeGreaterThan(10)
    for (const [name, example] of examples) {
      const parsed = schemaOf(inputSpec(name as FlagInput).parse, ACTION_WORDS).safeParse(example)
      expect({ name, example, success: parsed.success }).toEqual({ name, example, success: true })
    }
  })
})
