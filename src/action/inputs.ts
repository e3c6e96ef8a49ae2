import {
  INPUT_DEFAULTS,
  parseSettings,
  requestTimeoutFrom,
  type InputName,
  type RawInputs,
  type Settings
} from '../settings/settings.js'
import type { ActionLog } from './log.js'

/** The runner passes input `api-token` as INPUT_API-TOKEN: upper-cased, hyphens kept. */
function readInput(name: InputName): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
}

/** Reads every input (and GITLAB_REQUEST_TIMEOUT) into Settings; masks both tokens before anything else can be printed. */
export function readSettings(log: ActionLog): Settings {
  const raw: RawInputs = {}
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) raw[name] = readInput(name)
  for (const secret of [raw['trigger-token'], raw['api-token']]) {
    if (secret?.trim()) log.mask(secret.trim())
  }
  const settings = parseSettings(raw)
  return {
    ...settings,
    requestTimeoutMs: requestTimeoutFrom(process.env),
    workspace: process.env.GITHUB_WORKSPACE || process.cwd()
  }
}
