// npm run lint:workflows (second half): checks action.yml against GitHub's own action metadata
// schema, the one behind the Actions extension for VS Code (@actions/languageservice), so a key,
// `runs.using` value or branding icon that GitHub would reject fails here first. actionlint does
// not read action.yml. Run through tsx: @actions/workflow-parser imports JSON without import
// attributes, which plain Node 20 refuses (ERR_IMPORT_ASSERTION_TYPE_MISSING).
//
//   npx tsx scripts/validate-action.ts [FILE ...]     (default: action.yml)
import { readFileSync } from 'node:fs'
import { pathToFileURL } from 'node:url'
import { validateAction } from '@actions/languageservice/validate-action'
import { TextDocument } from 'vscode-languageserver-textdocument'

// LSP DiagnosticSeverity: 1 Error, 2 Warning, 3 Information, 4 Hint.
const SEVERITY = ['', 'error', 'warning', 'info', 'hint']

const files = process.argv.length > 2 ? process.argv.slice(2) : ['action.yml']
let errors = 0
for (const file of files) {
  const text = readFileSync(file, 'utf8')
  const document = TextDocument.create(pathToFileURL(file).href, 'yaml', 1, text)
  const diagnostics = await validateAction(document)
  for (const { range, severity = 1, message } of diagnostics) {
    const { line, character } = range.start
    console.log(`${file}:${line + 1}:${character + 1}: ${SEVERITY[severity]}: ${message}`)
    if (severity === 1) errors++
  }
  if (diagnostics.length === 0) console.log(`${file}: valid action metadata`)
}
if (errors > 0) {
  console.error(`${errors} error(s) in action metadata`)
  process.exit(1)
}
