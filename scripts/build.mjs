// Builds dist/ from src/: the action bundle (dist/index.js, main and post step) and the
// command line (dist/cli.js). Both are CommonJS bundles made by ncc with its own options and
// nothing else: no pass over the text it emits. Start-up comes from what each entry imports
// before the trigger request (README, "Start-up time"); what is needed only after the request is
// imported with `await import()`, which ncc splits into chunks loaded on demand. dist/ is
// committed and CI checks that it matches a fresh build.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'

const ncc = createRequire(import.meta.url)('@vercel/ncc')

/** Bundles `entry` into `out`/index.js plus its chunks and licenses.txt, as CommonJS. */
async function bundle(entry, out) {
  // esm: false, or ncc would emit ES modules since package.json says "type": "module": Node loads
  // CommonJS faster, and ncc's chunks are then loaded by a plain require.
  const { code, assets } = await ncc(resolve(entry), {
    esm: false,
    license: 'licenses.txt',
    quiet: true
  })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'index.js'), code)
  for (const [name, asset] of Object.entries(assets)) {
    mkdirSync(dirname(join(out, name)), { recursive: true })
    writeFileSync(join(out, name), asset.source, { mode: asset.permissions })
  }
  // The repository's package.json says "type": "module"; these files are CommonJS.
  writeFileSync(join(out, 'package.json'), '{\n  "type": "commonjs"\n}\n')
}
rmSync('dist', { recursive: true, force: true })
await bundle('src/action/index.ts', 'dist')

// The post step (action.yml runs.post). Most runs saved no pipeline to watch, or finished
// watching it: the step then returns before loading the bundle, since every job pays for it.
// The state names are STATE_KEYS in src/action/state.ts. Telling the bundle by its entry file,
// not by saved state, that it is the post step means a main step killed before it could save
// anything is never mistaken for a post step that should trigger again.
writeFileSync(
  'dist/post.js',
  `// The action's post step: cancels a pipeline the main step was stopped while watching.
'use strict'
// STATE_pipelines: with targets, the JSON list of pipelines watched ("[]" once all ended).
const watching = process.env['STATE_pipeline-id'] || /\\d/.test(process.env.STATE_pipelines || '')
if (watching && !process.env.STATE_finished) {
  process.env.GITLAB_PIPELINE_TRIGGER_POST_STEP = 'true'
  require('./index.js')
}
`
)

// The CLI gets a folder of its own (ncc writes lazily loaded chunks beside each bundle), and
// dist/cli.js, the `bin`, starts it.
await bundle('src/cli/index.ts', 'dist/cli')
writeFileSync('dist/cli.js', "#!/usr/bin/env node\n'use strict'\nrequire('./cli/index.js')\n")
chmodSync('dist/cli.js', 0o755)
console.log('built dist/')
