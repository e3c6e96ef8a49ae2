// The job summary's Markdown as a terminal shows it, for `npm run demo`: GitHub renders the
// summary, a terminal does not, and raw Markdown (`flaky\-e2e`, `[log](…)`, `| --- |`) is hard
// to read there. Only what src/action/summary.ts writes is handled: headings, paragraphs,
// tables, links, code spans and backslash escapes.

/** Columns a string takes in a terminal: pictographs (✅, ⚠️) take two, U+FE0F none. */
export function displayWidth(text) {
  let width = 0
  for (const char of text) {
    if (char === '\uFE0F') continue
    width += /\p{Extended_Pictographic}/u.test(char) ? 2 : 1
  }
  return width
}

/** Inline Markdown to text: links keep their target, escapes and code marks go. */
function inline(text, { linkTargetOnly = false } = {}) {
  return text
    .replace(/\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/g, (_, label, url) =>
      linkTargetOnly ? url : `${label} ${url}`
    )
    .replace(/`([^`]*)`/g, '$1')
    .replace(/\\([!-/:-@[-`{-~])/g, '$1')
}

/** Cells of one table row, split at the pipes that are not escaped. */
function cells(row) {
  const inner = row.trim().replace(/^\|/, '').replace(/\|$/, '')
  return inner.split(/(?<!\\)\|/).map(cell => inline(cell.trim(), { linkTargetOnly: true }))
}

function table(rows) {
  const [header, , ...body] = rows.map(cells)
  const all = [header, ...body]
  const widths = header.map((_, column) =>
    Math.max(...all.map(row => displayWidth(row[column] ?? '')))
  )
  const line = row =>
    row
      .map((cell, column) => cell + ' '.repeat(widths[column] - displayWidth(cell)))
      .join('  ')
      .trimEnd()
  return [line(header), widths.map(width => '─'.repeat(width)).join('  '), ...body.map(line)]
}

/**
 * @param {string} markdown the GITHUB_STEP_SUMMARY text
 * @param {(text: string) => string} [bold]
 * @returns {string}
 */
export function summaryForTerminal(markdown, bold = text => text) {
  const out = []
  const lines = markdown.split('\n')
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (line.startsWith('|')) {
      const rows = []
      while (i < lines.length && lines[i].startsWith('|')) rows.push(lines[i++])
      i--
      out.push(...table(rows))
    } else if (/^#{1,6} /.test(line)) out.push(bold(inline(line.replace(/^#+ /, ''))))
    else out.push(inline(line))
  }
  return out.join('\n').replace(/\n{3,}/g, '\n\n')
}
