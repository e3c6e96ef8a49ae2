// What a built entry has loaded by the time it sends the trigger request: the facts behind the
// start-up design (README, "Start-up time"), for __tests__/e2e/startup.test.ts and
// `npm run bench`. A probe preloaded with NODE_OPTIONS=--require wraps http.request and, at the
// trigger POST (or at exit when there was none), writes down the Node built-ins loaded so far
// and the JavaScript files read (require.cache: ncc's bundles and chunks are CommonJS) with
// their sizes.
// Plain ESM JavaScript (typed by startup-probe.d.ts) so that scripts run it with plain node.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'

/** Built-ins that the trigger request does not need and that take long to load. */
export const HEAVY_BEFORE_TRIGGER = ['zlib', 'v8', 'vm']

/** The most JavaScript (120 KB, files under dist/) read before the trigger POST. */
export const MAX_BYTES_BEFORE_TRIGGER = 120_000

const probeSource = output => `'use strict'
const http = require('node:http')
const { statSync, writeFileSync } = require('node:fs')
const output = ${JSON.stringify(output)}
let written = false
function record(request) {
  if (written) return
  written = true
  writeFileSync(output, JSON.stringify({
    request,
    builtins: process.moduleLoadList.filter(m => m.startsWith('NativeModule ')).map(m => m.slice(13)),
    files: Object.keys(require.cache).map(file => ({ file, bytes: statSync(file).size }))
  }))
}
const request = http.request
http.request = function (url, ...rest) {
  const path = String(url instanceof URL ? url.pathname : (url && url.path) || url)
  if (path.endsWith('/trigger/pipeline')) record('trigger')
  return request.call(this, url, ...rest)
}
process.on('exit', () => record(null))
`

/**
 * Writes a probe into a fresh folder; `env` is what the child needs (merge it into its
 * environment), `read()` what it recorded, for files under `root` (paths relative to it).
 */
export function startupProbe(root) {
  const dir = mkdtempSync(join(tmpdir(), 'startup-probe-'))
  const output = join(dir, 'loaded.json')
  const script = join(dir, 'probe.cjs')
  writeFileSync(script, probeSource(output))
  return {
    env: { NODE_OPTIONS: `--require ${script}` },
    /** What was loaded when the trigger was sent (`request: 'trigger'`) or, without one, at exit. */
    read() {
      const { request, builtins, files } = JSON.parse(readFileSync(output, 'utf8'))
      rmSync(output, { force: true })
      const bundle = files
        .filter(({ file }) => file.startsWith(root))
        .map(({ file, bytes }) => ({ file: relative(root, file), bytes }))
      return {
        request,
        builtins,
        files: bundle,
        bytes: bundle.reduce((sum, { bytes }) => sum + bytes, 0)
      }
    },
    dispose: () => rmSync(dir, { recursive: true, force: true })
  }
}
