/**
 * The README and docs/ as the checks in __tests__/repo/ read them: fenced blocks with their line
 * numbers, sections by heading, and the first column of a table.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'

export const ROOT = resolve(import.meta.dirname, '..', '..')
export const read = (path: string): string => readFileSync(join(ROOT, path), 'utf8')

/** The Markdown files whose words users follow: README.md, CONTRIBUTING.md and docs/*.md. */
export const DOC_FILES = [
  'README.md',
  'CONTRIBUTING.md',
  ...readdirSync(join(ROOT, 'docs'))
    .filter(file => file.endsWith('.md'))
    .map(file => `docs/${file}`)
]

export interface FencedBlock {
  file: string
  /** 1-based line of the first line inside the fence. */
  line: number
  lang: string
  text: string
}

/** Every fenced code block of a Markdown text, indented (in a list item) or not. */
export function fencedBlocks(file: string, markdown: string): FencedBlock[] {
  const blocks: FencedBlock[] = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const open = /^( *)```(\S*)\s*$/.exec(lines[i])
    if (!open) continue
    const [, indent, lang] = open
    const body: string[] = []
    let j = i + 1
    for (; j < lines.length && lines[j].trim() !== '```'; j++)
      body.push(lines[j].slice(indent.length))
    blocks.push({ file, line: i + 2, lang, text: `${body.join('\n')}\n` })
    i = j
  }
  return blocks
}

/** The text under a heading (any level), up to the next heading of the same or a higher level. */
export function section(markdown: string, heading: string): string {
  const lines = markdown.split('\n')
  // Heading levels by line; 0 for other lines, and for `# comments` inside fenced code.
  let fenced = false
  const levels = lines.map(line => {
    if (/^ *```/.test(line)) fenced = !fenced
    return fenced ? 0 : (/^(#+) /.exec(line)?.[1].length ?? 0)
  })
  const start = lines.findIndex(
    (line, index) => levels[index] > 0 && line.replace(/^#+ /, '') === heading
  )
  if (start < 0) throw new Error(`no heading "${heading}"`)
  const end = levels.findIndex(
    (level, index) => index > start && level > 0 && level <= levels[start]
  )
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n')
}

/** The first cell of each body row of the first table in `markdown`, without its backticks. */
export function firstColumn(markdown: string): string[] {
  const rows = markdown.split('\n').filter(line => line.startsWith('|'))
  return rows.slice(2).map(row => row.split('|')[1].trim().replace(/^`|`$/g, ''))
}
