/**
 * The README's figures about what the build ships are the ones scripts/readme-figures.ts measures
 * in dist/ (which `npm test` has just rebuilt from src/): a figure typed by hand, or left behind
 * by a change to the bundles, fails here. `npm run readme:figures` writes them.
 */
import { describe, expect, it } from '@jest/globals'
import {
  BEGIN,
  END,
  measureFigures,
  renderFigures,
  withFigures,
  type Figures
} from '../../scripts/readme-figures.js'
import { read } from './doc-text.js'

const between = (text: string) => text.slice(text.indexOf(BEGIN), text.indexOf(END) + END.length)

describe('README figures (npm run readme:figures)', () => {
  it('are what the script measures in dist/ now', async () => {
    const readme = read('README.md')
    const measured = withFigures(readme, renderFigures(await measureFigures()))
    expect(between(readme)).toBe(between(measured))
  })

  it('show each size in KB with the files it counts', () => {
    const figures: Figures = {
      files: {
        'dist/index.js': 14_748,
        'dist/881.index.js': 85_526,
        'dist/cli/index.js': 394_767,
        'dist/cli/779.index.js': 1_041_225
      },
      loadedBeforeTrigger: {
        action: ['dist/881.index.js', 'dist/index.js'],
        cli: ['dist/cli.js', 'dist/cli/index.js']
      },
      packageBytes: 1_439_400,
      packageFiles: 6
    }
    const table = renderFigures(figures).split('\n')
    expect(table).toContain(
      '| the action: loaded before the trigger request | 100 KB | `dist/881.index.js`, `dist/index.js` |'
    )
    expect(table).toContain(
      '| the CLI: chunks, each loaded when first needed | 1,041 KB | `dist/cli/779.index.js` |'
    )
    expect(table.at(-1)).toBe(
      "| the npm package's code (package.json `files`) | 1,439 KB | 6 files |"
    )
  })

  it('are written only between the markers, which must exist', () => {
    const text = `before\n${BEGIN}\nold\n${END}\nafter\n`
    expect(withFigures(text, 'new')).toBe(`before\n${BEGIN}\nnew\n${END}\nafter\n`)
    expect(() => withFigures('no markers', 'new')).toThrow(/lacks the markers/)
  })
})
