import {
  INPUT_NAMES,
  parseSettings,
  requestTimeoutFrom,
  type InputName,
  type RawInputs,
  type Settings
} from '../settings/settings.js'
import { inputSpec } from '../settings/inputs-table.js'
import type { ActionLog } from './log.js'

/** The runner passes input `api-token` as INPUT_API-TOKEN: upper-cased, hyphens kept. */
function readInput(name: InputName): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
}

/** Reads every input (and GITLAB_REQUEST_TIMEOUT) into Settings; masks the tokens before anything else can be printed. */
export function readSettings(log: ActionLog): Settings {
  const raw: RawInputs = {}
  for (const name of INPUT_NAMES) {
    raw[name] = readInput(name)
    const secret = raw[name]?.trim()
    if (secret && inputSpec(name).secret) log.mask(secret)
  }
  const settings = parseSettings(raw)
  return {
    ...settings,
    requestTimeoutMs: requestTimeoutFrom(process.env),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd()
  }
}
