/** Columns a string takes in a terminal: pictographs (✅, ⚠️) take two, U+FE0F none. */
export declare function displayWidth(text: string): number
/** The job summary's Markdown as plain text for a terminal (scripts/summary-text.mjs). */
export declare function summaryForTerminal(
  markdown: string,
  bold?: (text: string) => string
): string
