import type { Document } from 'yaml'
import { GITLAB_TOKEN_PREFIXES } from '../gitlab/token-prefixes.js'
import type { PipelineInputValue } from './pipeline-values.js'
import {
  InputError,
  parseSettings,
  type InputName,
  type InputWords,
  type RawInputs,
  type Settings
} from './settings.js'

// `targets` (docs/contract.md section 6.1): several pipelines in one step, each with its own
// project, ref and trigger token, triggered side by side or in order (`after`). The YAML is read
// with the `yaml` package, loaded only when targets are given so the one-pipeline path does not
// pay for it at start-up.

/** One pipeline of the step, its variables and inputs already merged over the step's own. */
export interface Target {
  /** Unique label: in every log line, annotation, summary section and `results` entry. */
  name: string
  /** Numeric id or full path, as the `project` input. */
  project: string
  ref: string
  triggerToken: string
  variables: Record<string, string>
  inputs: Record<string, PipelineInputValue>
  /** Names of the targets whose pipelines must end in accept-statuses before this one starts. */
  after: string[]
}

/** The step's own values that every target starts from. */
export type StepValues = Pick<Settings, 'variables' | 'inputs' | 'wait' | 'words'>

export const TARGET_FIELDS = [
  'name',
  'project',
  'ref',
  'trigger-token',
  'variables',
  'inputs',
  'after'
] as const

const TARGETS: InputName = 'targets'

const EXAMPLE = `Example:
targets: |
  - name: api
    project: my-group/api
    ref: main
    trigger-token: \${{ secrets.API_TRIGGER_TOKEN }}
  - name: web
    project: my-group/web
    ref: main
    trigger-token: \${{ secrets.WEB_TRIGGER_TOKEN }}
    after: api`

/**
 * Reads the `targets` YAML. Every trigger token found in it is given to `mask` first, before any
 * problem is reported (a message never shows a token, but the front end may print the text).
 * Throws InputError naming the target and the field, with every problem at once.
 */
export async function parseTargets(
  text: string,
  step: StepValues,
  mask: (secret: string) => void
): Promise<Target[]> {
  const masked = new Set<string>()
  const maskOnce = (token: string) => {
    if (!masked.has(token)) mask(token)
    masked.add(token)
  }
  tokensInText(text).forEach(maskOnce)
  const items = await readYamlList(text)
  for (const item of items) {
    const token = isMap(item) ? item['trigger-token'] : undefined
    if (typeof token === 'string' && token.trim()) maskOnce(token.trim())
  }
  const problems: string[] = []
  const targets: Target[] = []
  items.forEach((item, index) => {
    const target = parseTarget(item, index, step, problems)
    if (target) targets.push(target)
  })
  if (problems.length === 0) problems.push(...nameProblems(targets))
  if (problems.length === 0) problems.push(...afterProblems(targets))
  if (problems.length > 0) throw targetsError(problems)
  return targets
}

function targetsError(messages: string[]): InputError {
  return new InputError(messages.map(message => ({ input: TARGETS, message })))
}

const isMap = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Tokens written straight into the text (the CLI's `--targets-file`), found even when the YAML
 * does not parse: the value of each `trigger-token:` and anything shaped like a GitLab token.
 */
function tokensInText(text: string): string[] {
  const found = new Set<string>()
  for (const match of text.matchAll(/trigger-token["']?\s*:\s*["']?([^\s"'#,{}[\]]+)/g))
    found.add(match[1])
  const prefixes = GITLAB_TOKEN_PREFIXES.join('|')
  for (const match of text.matchAll(new RegExp(`\\b(?:${prefixes})-[A-Za-z0-9_-]{8,}`, 'g')))
    found.add(match[0])
  return [...found]
}

/** The YAML as a list of items, or InputError. Never quotes the text: it may hold tokens. */
async function readYamlList(text: string): Promise<unknown[]> {
  const { parseDocument } = await import('yaml')
  const doc = parseDocument(text, { prettyErrors: false, uniqueKeys: true })
  if (doc.errors.length > 0) {
    const error = doc.errors[0]
    const line = text.slice(0, error.pos[0]).split('\n').length
    throw targetsError([`is not valid YAML (line ${line}: ${error.message}). ${EXAMPLE}`])
  }
  await keepWrittenText(doc)
  const value: unknown = doc.toJS()
  if (value === null || value === undefined || (Array.isArray(value) && value.length === 0))
    throw targetsError([`is empty: list the pipelines to trigger. ${EXAMPLE}`])
  if (!Array.isArray(value))
    throw targetsError([
      `must be a YAML list (one "- " item per pipeline), got ${isMap(value) ? 'a map' : 'one value'}. ${EXAMPLE}`
    ])
  return value
}

/**
 * YAML would read `ref: 1.10` as the number 1.1 and `version: 007` as 7. Every plain number or
 * boolean keeps the text written, except in `inputs`, where a value typed exactly as a number
 * (`3`, `2.5`) or `true`/`false` keeps its type: the rule of the `inputs` input's lines
 * (src/settings/pipeline-values.ts, lineValue).
 */
async function keepWrittenText(doc: Document): Promise<void> {
  const { visit, isPair, isScalar } = await import('yaml')
  visit(doc, {
    Scalar(_key, node, path) {
      if (node.type !== 'PLAIN' || node.source === undefined) return
      if (typeof node.value !== 'number' && typeof node.value !== 'boolean') return
      // path: the document, the list, the item, the item's field, then inside the field's value.
      const field = path[3]
      const inInputs =
        isPair(field) && isScalar(field.key) && field.key.value === 'inputs' && path.length > 4
      const exact =
        typeof node.value === 'number'
          ? String(node.value) === node.source
          : node.source === String(node.value)
      if (!(inInputs && exact)) node.value = node.source
    }
  })
}

/** One item, or undefined with its problems pushed. */
function parseTarget(
  item: unknown,
  index: number,
  step: StepValues,
  problems: string[]
): Target | undefined {
  if (!isMap(item)) {
    problems.push(
      `item ${index + 1} is not a map of fields (name, project, ref, trigger-token, …). ${EXAMPLE}`
    )
    return undefined
  }
  const before = problems.length
  // undefined: not given; null: given, but not text (said once, not again as missing).
  const text = (field: string): string | undefined | null => {
    const value = item[field]
    if (value === undefined || value === null) return undefined
    if (typeof value === 'string') return value
    problems.push(`${label(item, index)}: ${field} must be text, got a ${kindOf(value)}`)
    return null
  }
  for (const field of Object.keys(item))
    if (!(TARGET_FIELDS as readonly string[]).includes(field))
      problems.push(
        `${label(item, index)}: unknown field "${field}"; a target has ${TARGET_FIELDS.join(', ')}`
      )
  const name = text('name')
  const checked = checkedFields(
    { project: text('project'), ref: text('ref'), 'trigger-token': text('trigger-token') },
    item,
    { where: label(item, index), words: step.words },
    problems
  )
  const after = afterNames(item.after, label(item, index), problems)
  if (after.length > 0 && !step.wait)
    problems.push(
      `${label(item, index)}: after needs ${step.words.set('wait', 'true')} (and ${step.words.advise('api-token')}), since this target starts once the ones it names have ended`
    )
  if (problems.length > before) return undefined
  return {
    name: (name ?? '').trim() || checked.project,
    project: checked.project,
    ref: checked.ref,
    triggerToken: checked.triggerToken,
    // The item's values win over the step's.
    variables: { ...step.variables, ...checked.variables },
    inputs: { ...step.inputs, ...checked.inputs },
    after
  }
}

/** How a problem names the item: its name, else its project, else its place in the list. */
function label(item: Record<string, unknown>, index: number): string {
  for (const field of ['name', 'project'])
    if (typeof item[field] === 'string' && item[field].trim())
      return `target "${item[field].trim()}"`
  return `target ${index + 1} (item ${index + 1} of the list)`
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return 'list'
  return isMap(value) ? 'map' : typeof value
}

type CheckedFields = Pick<Settings, 'project' | 'ref' | 'triggerToken' | 'variables' | 'inputs'>

/**
 * project, ref, trigger-token, variables and inputs, checked by the rules of the step's own inputs
 * (settings.ts). A field given as something else than text (null) was reported already. variables
 * and inputs are maps, or text in the forms the step's own inputs take.
 */
function checkedFields(
  raw: Record<'project' | 'ref' | 'trigger-token', string | undefined | null>,
  item: Record<string, unknown>,
  { where, words }: { where: string; words: InputWords },
  problems: string[]
): CheckedFields {
  const given: RawInputs = {
    project: raw.project ?? '',
    ref: raw.ref ?? '',
    'trigger-token': raw['trigger-token'] ?? ''
  }
  const fields: InputName[] = (['project', 'ref', 'trigger-token'] as const).filter(
    field => raw[field] !== null
  )
  for (const field of ['variables', 'inputs'] as const) {
    const value = item[field]
    if (value === undefined || value === null) continue
    if (typeof value !== 'string' && !isMap(value)) {
      problems.push(
        `${where}: ${field} must be a map, e.g. ${field === 'variables' ? 'variables: { DEPLOY_ENV: staging }' : 'inputs: { replicas: 3 }'}; got a ${kindOf(value)}`
      )
      continue
    }
    given[field] = typeof value === 'string' ? value : JSON.stringify(value)
    fields.push(field)
  }
  try {
    const { project, ref, triggerToken, variables, inputs } = parseSettings(given, {
      only: fields,
      words
    })
    return { project, ref, triggerToken, variables, inputs }
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    for (const issue of error.issues) problems.push(`${where}: ${issue.input} ${issue.message}`)
    return { project: '', ref: '', triggerToken: '', variables: {}, inputs: {} }
  }
}

function afterNames(value: unknown, where: string, problems: string[]): string[] {
  if (value === undefined || value === null) return []
  const names = Array.isArray(value) ? value : [value]
  if (names.length === 0 || !names.every(name => typeof name === 'string' && name.trim())) {
    problems.push(
      `${where}: after must be a target's name or a list of names, e.g. after: api or after: [api, worker]`
    )
    return []
  }
  return [...new Set(names.map(name => (name as string).trim()))]
}

/** Names are labels in every line: unique, and one line of text. */
function nameProblems(targets: readonly Target[]): string[] {
  const problems: string[] = []
  const seen = new Set<string>()
  for (const target of targets) {
    // eslint-disable-next-line no-control-regex -- control characters are what is refused
    if (/[\x00-\x1f\x7f]/.test(target.name))
      problems.push(`target "${target.name}": name must be one line of text, e.g. name: api`)
    else if (seen.has(target.name))
      problems.push(
        `two targets are named "${target.name}" (a target without a name is named after its project): give each its own name, e.g. name: ${target.name.split('/').pop()}-eu`
      )
    seen.add(target.name)
  }
  return problems
}

/** Every `after` names a target, and no target waits, directly or not, for itself. */
export function afterProblems(targets: readonly Target[]): string[] {
  const byName = new Map(targets.map(target => [target.name, target]))
  const problems: string[] = []
  for (const target of targets)
    for (const name of target.after)
      if (!byName.has(name))
        problems.push(
          `target "${target.name}": after names "${name}", which is not a target; the targets are ${targets.map(t => `"${t.name}"`).join(', ')}`
        )
  if (problems.length > 0) return problems
  const cycle = findCycle(targets, byName)
  if (cycle)
    problems.push(
      `after goes round in a circle (${cycle.map(name => `"${name}"`).join(' → ')}), so none of them could start: remove one of these after`
    )
  return problems
}

/** The first cycle of `after`, as the names along it back to the first, or undefined. */
function findCycle(
  targets: readonly Target[],
  byName: ReadonlyMap<string, Target>
): string[] | undefined {
  const done = new Set<string>()
  const visit = (name: string, path: string[]): string[] | undefined => {
    if (path.includes(name)) return [...path.slice(path.indexOf(name)), name]
    if (done.has(name)) return undefined
    for (const next of byName.get(name)?.after ?? []) {
      const cycle = visit(next, [...path, name])
      if (cycle) return cycle
    }
    done.add(name)
    return undefined
  }
  for (const target of targets) {
    const cycle = visit(target.name, [])
    if (cycle) return cycle
  }
  return undefined
}
