// Builds dist/ from src/: the action bundle (dist/index.js, main and post step) and the
// command line (dist/cli.js). Both are CommonJS bundles made by ncc: Node loads CommonJS faster
// than ES modules, and ncc then loads its lazily split chunks with a plain require (README,
// "Start-up time"). dist/ is committed and CI checks that it matches a fresh build.
import { chmodSync, mkdirSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, resolve } from 'node:path'
import { minify } from 'terser'

const ncc = createRequire(import.meta.url)('@vercel/ncc')

/**
 * Removes the code webpack marked unused and ncc keeps (most of zod: the schema types and
 * string formats never used), so Node has less to read and compile at start-up (README,
 * "Start-up time"). Only dead code goes: no renaming, no rewriting of what stays, comments
 * kept, laid out for reading. (ncc's own `minify` does not compress, and skips the lazily loaded
 * chunks.)
 */
async function withoutDeadCode(code) {
  const { code: kept } = await minify(code, {
    compress: {
      defaults: false,
      dead_code: true,
      // Turns webpack's `null && (unused pure expression)` into nothing, so what only it used goes too.
      evaluate: true,
      passes: 3,
      reduce_vars: true,
      side_effects: true,
      unused: true,
      keep_classnames: true,
      keep_fnames: true
    },
    mangle: false,
    format: { beautify: true, comments: 'all', indent_level: 2 }
  })
  return withModulesInParentheses(kept)
}

/**
 * Puts each bundled module's function back in the parentheses webpack wrote and terser drops:
 * V8 compiles a parenthesised function at once rather than pre-parsing it and parsing it again
 * when it is called, and every module in a loaded file is called. Without them the start-up
 * was slower than before the dead code went.
 */
async function withModulesInParentheses(code) {
  const { ast } = await minify(code, {
    compress: false,
    mangle: false,
    format: { ast: true, code: false }
  })
  const factories = []
  const seen = new Set()
  const visit = node => {
    if (!node || typeof node !== 'object' || seen.has(node)) return
    seen.add(node)
    if (Array.isArray(node)) return node.forEach(visit)
    // The modules: `var __webpack_modules__ = {…}` in a bundle, `exports.modules = {…}` in a chunk.
    const modules =
      (node.TYPE === 'VarDef' && node.name?.name === '__webpack_modules__' && node.value) ||
      (node.TYPE === 'Assign' &&
        node.left?.TYPE === 'Dot' &&
        node.left.property === 'modules' &&
        node.left.expression?.name === 'exports' &&
        node.right)
    if (modules?.TYPE === 'Object')
      for (const { value } of modules.properties)
        if (value.TYPE === 'Arrow' || value.TYPE === 'Function') factories.push(value)
    for (const [key, value] of Object.entries(node))
      if (!['start', 'end', 'parent_scope', 'enclosed', 'variables', 'block_scope'].includes(key))
        visit(value)
  }
  visit(ast)
  const spans = factories.map(factory => [factory.start.pos, endOf(code, factory)])
  let out = code
  for (const [start, end] of spans.reverse())
    out = `${out.slice(0, start)}(${out.slice(start, end)})${out.slice(end)}`
  return out
}

/** Where a module's function ends: just after the `}` that follows its last statement. */
function endOf(code, factory) {
  const last = factory.body.at(-1)
  if (last && !['}', ';'].includes(last.end.value))
    throw new Error(`build: unexpected end of the module at line ${factory.start.line}`)
  const bodyStart =
    factory.TYPE === 'Arrow' ? code.indexOf('=>', factory.start.pos) : factory.start.pos
  let at = last ? last.end.pos + 1 : code.indexOf('{', bodyStart) + 1
  for (;;) {
    if (/\s/.test(code[at])) at++
    else if (code.startsWith('/*', at)) at = code.indexOf('*/', at) + 2
    else if (code.startsWith('//', at)) at = code.indexOf('\n', at)
    else break
  }
  if (code[at] !== '}')
    throw new Error(`build: no end found for the module at line ${factory.start.line}`)
  return at + 1
}

/** Bundles `entry` into `out`/index.js plus its chunks and licenses.txt, as CommonJS. */
async function bundle(entry, out) {
  // esm: false, or ncc would emit ES modules since package.json says "type": "module".
  const { code, assets } = await ncc(resolve(entry), {
    esm: false,
    license: 'licenses.txt',
    quiet: true
  })
  mkdirSync(out, { recursive: true })
  writeFileSync(join(out, 'index.js'), await withoutDeadCode(code))
  for (const [name, asset] of Object.entries(assets)) {
    const source = name.endsWith('.js') ? await withoutDeadCode(String(asset.source)) : asset.source
    mkdirSync(dirname(join(out, name)), { recursive: true })
    writeFileSync(join(out, name), source, { mode: asset.permissions })
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
if (process.env['STATE_pipeline-id'] && !process.env.STATE_finished) {
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
