import { EOL } from 'node:os'

// Workflow commands are lines on stdout (docs: workflow-commands.md; @actions/core command.ts).
// They are written here rather than through @actions/core because core loads undici when it is
// imported, which would delay the trigger request (README, "Start-up time").

const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

export function issueCommand(
  command: string,
  message: string,
  properties: Record<string, string | undefined> = {}
): void {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(value)}`)
    .join(',')
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`)
}

export function printLine(text: string): void {
  process.stdout.write(`${text}${EOL}`)
}
