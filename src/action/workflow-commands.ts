import { EOL } from 'node:os'
import { inertOneLine, inertText } from '../text/far-side.js'

// Workflow commands are lines on stdout (docs: workflow-commands.md; @actions/core command.ts).
// They are written here rather than through @actions/core because core loads undici when it is
// imported, which would delay the trigger request (README, "Start-up time").
//
// Every line this module prints is made inert first (text/far-side.ts): the text in it may come
// from GitLab, and only the commands issued here may reach the runner.

const escapeData = (text: string) =>
  text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A')
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C')

/**
 * `::command props::message`. The message may span lines (each made inert, so the annotation and
 * its echo in the log show text, not commands); property values stay on one line.
 */
export function issueCommand(
  command: string,
  message: string,
  properties: Record<string, string | undefined> = {}
): void {
  writeCommand(command, inertText(message), properties)
}

/** `::add-mask::secret`, the secret exactly as given: it is ours, and the runner must match it. */
export function addMask(secret: string): void {
  writeCommand('add-mask', secret, {})
}

/** A plain log line: line breaks become a visible mark, and no command can start in it. */
export function printLine(text: string): void {
  process.stdout.write(`${inertOneLine(text)}${EOL}`)
}

/**
 * Lines of text (a job log) between `::stop-commands::` and its resume token, each line inert as
 * well: stop-commands also silences the legacy `##[` form (the runner checks the stop before the
 * command's form), and the inert lines keep the text harmless even where that were not so.
 */
export function printInertBlock(text: string, resumeToken: string): void {
  writeRaw(`::stop-commands::${resumeToken}`)
  process.stdout.write(`${inertText(text).split('\n').join(EOL)}${EOL}`)
  writeRaw(`::${resumeToken}::`)
}

function writeCommand(
  command: string,
  message: string,
  properties: Record<string, string | undefined>
): void {
  const props = Object.entries(properties)
    .filter((entry): entry is [string, string] => entry[1] !== undefined && entry[1] !== '')
    .map(([key, value]) => `${key}=${escapeProperty(inertOneLine(value))}`)
    .join(',')
  writeRaw(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}`)
}

function writeRaw(line: string): void {
  process.stdout.write(`${line}${EOL}`)
}
