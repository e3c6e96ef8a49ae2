import js from '@eslint/js'
import globals from 'globals'
import tseslint from 'typescript-eslint'

// src/ imports point one way (CONTRIBUTING.md, "Layers"): the front ends (action/, cli/) use the
// run core (run/), which uses settings/ and the GitLab client (gitlab/), which use runtime/.
// text/ (how GitLab's text is shown) is used by the front ends only. Each folder lists the folders
// it must not import; a relative import that reaches one of them fails the lint.
const layers = {
  'src/action/**': ['cli'],
  'src/cli/**': ['action'],
  'src/run/**': ['action', 'cli', 'text'],
  'src/settings/**': ['action', 'cli', 'run', 'text'],
  'src/gitlab/**': ['action', 'cli', 'run', 'settings', 'text'],
  'src/runtime/**': ['action', 'cli', 'run', 'settings', 'gitlab', 'text'],
  'src/text/**': ['action', 'cli', 'run', 'settings', 'gitlab', 'runtime']
}

const layerRules = Object.entries(layers).map(([files, forbidden]) => ({
  files: [files],
  rules: {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            regex: `^(\\.\\.?/)+(${forbidden.join('|')})/`,
            message: `${files.split('/')[1]}/ must not import ${forbidden.map(name => name + '/').join(', ')}: imports point one way (CONTRIBUTING.md, "Layers").`
          }
        ]
      }
    ]
  }
}))

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: globals.node },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }]
    }
  },
  ...layerRules
)
