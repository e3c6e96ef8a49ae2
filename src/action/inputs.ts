import {
  INPUT_DEFAULTS,
  parseSettings,
  type InputName,
  type RawInputs,
  type Settings
} from '../settings/settings.js'
import type { Reporter } from '../run/reporter.js'

/** The runner passes input `api-token` as INPUT_API-TOKEN: upper-cased, hyphens kept. */
function readInput(name: InputName): string | undefined {
  return process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]
}

/** Reads every input into Settings; masks both tokens before anything else can be printed. */
export function readSettings(reporter: Reporter): Settings {
  const raw: RawInputs = {}
  for (const name of Object.keys(INPUT_DEFAULTS) as InputName[]) raw[name] = readInput(name)
  for (const secret of [raw['trigger-token'], raw['api-token']]) {
    if (secret?.trim()) reporter.mask(secret.trim())
  }
  return parseSettings(raw)
}
