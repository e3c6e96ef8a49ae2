import { marked } from 'marked'

/** GitHub-flavoured Markdown to HTML, as a reader of the job summary would see it. */
export function renderMarkdown(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false }) as string
}

const ENTITIES: Record<string, string> = {
  '&lt;': '<',
  '&gt;': '>',
  '&amp;': '&',
  '&quot;': '"',
  '&#39;': "'"
}

/** The text a reader sees in an HTML fragment: tags gone, entities decoded. */
export function visibleText(html: string): string {
  return html
    .replace(/<[^>]*>/g, '')
    .replace(/&(?:lt|gt|amp|quot|#39);/g, entity => ENTITIES[entity])
}

/**
 * The body rows of the first table of the rendered Markdown, each cell as the text a reader sees;
 * a cell that is one link reads `[text](href)`, so tests can check where it points.
 */
export function renderedTableRows(markdown: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(renderMarkdown(markdown))?.[1] ?? ''
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map(([, row]) =>
    [...row.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map(([, cell]) => {
      const link = /^<a href="([^"]*)">([^<]*)<\/a>$/.exec(cell.trim())
      return link ? `[${visibleText(link[2])}](${visibleText(link[1])})` : visibleText(cell).trim()
    })
  )
}
