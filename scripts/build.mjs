// Builds dist/ from src/: the action bundle (dist/index.js, main and post step) and the
// command line (dist/cli.js). Both are ESM bundles made by ncc; dist/ is committed and CI
// checks that it matches a fresh build.
import { execFileSync } from 'node:child_process'
import { chmodSync, rmSync, writeFileSync } from 'node:fs'

const ncc = (entry, out) =>
  execFileSync(
    process.execPath,
    [
      'node_modules/@vercel/ncc/dist/ncc/cli.js',
      'build',
      entry,
      '-o',
      out,
      '--license',
      'licenses.txt',
      '-q'
    ],
    { stdio: 'inherit' }
  )

rmSync('dist', { recursive: true, force: true })
ncc('src/index.ts', 'dist')
// The post step (action.yml runs.post) runs the same bundle, told by its entry file that it is
// the post step (src/action/state.ts explains why not by saved state).
writeFileSync(
  'dist/post.js',
  "// The action's post step: the main bundle, run as the post step.\nprocess.env.GITLAB_PIPELINE_TRIGGER_POST_STEP = 'true'\nawait import('./index.js')\n"
)

// The CLI gets a folder of its own (ncc writes lazily loaded chunks beside each bundle), and
// dist/cli.js, the `bin`, starts it.
ncc('src/cli/index.ts', 'dist/cli')
writeFileSync('dist/cli.js', "#!/usr/bin/env node\nimport './cli/index.js'\n")
chmodSync('dist/cli.js', 0o755)
console.log('built dist/')
