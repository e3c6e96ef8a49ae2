import { describe, expect, it } from '@jest/globals'
import { ACTION_WORDS, InputError, parseSettings } from '../../src/settings/settings.js'
import { parseTargets, type StepValues } from '../../src/settings/targets.js'

const API_TOKEN = 'glptt-apiapiapiapiapiapiapiapiapi0'
const WEB_TOKEN = 'glptt-webwebwebwebwebwebwebwebweb0'

const STEP: StepValues = { variables: {}, inputs: {}, wait: true, words: ACTION_WORDS }

const TWO = `
- name: api
  project: my-group/api
  ref: main
  trigger-token: ${API_TOKEN}
- project: my-group/web
  ref: release/1.10
  trigger-token: ${WEB_TOKEN}
  after: api
`

async function parse(text: string, step: StepValues = STEP) {
  const masked: string[] = []
  const targets = await parseTargets(text, step, secret => masked.push(secret))
  return { targets, masked }
}

/** The messages of the InputError the text gives, and what was masked before it was thrown. */
async function problemsOf(text: string, step: StepValues = STEP) {
  const masked: string[] = []
  try {
    await parseTargets(text, step, secret => masked.push(secret))
  } catch (error) {
    if (!(error instanceof InputError)) throw error
    expect(error.issues.every(issue => String(issue.input) === 'targets')).toBe(true)
    return { messages: error.issues.map(issue => issue.message), masked }
  }
  throw new Error('parseTargets accepted the text')
}

describe('parseTargets', () => {
  it('reads each target, named after its project by default, with its after list', async () => {
    const { targets } = await parse(TWO)
    expect(targets).toEqual([
      {
        name: 'api',
        project: 'my-group/api',
        ref: 'main',
        triggerToken: API_TOKEN,
        variables: {},
        inputs: {},
        after: []
      },
      {
        name: 'my-group/web',
        project: 'my-group/web',
        ref: 'release/1.10',
        triggerToken: WEB_TOKEN,
        variables: {},
        inputs: {},
        after: ['api']
      }
    ])
  })

  it('masks every trigger token, before any problem is reported', async () => {
    const { masked } = await parse(TWO)
    expect(masked).toEqual(expect.arrayContaining([API_TOKEN, WEB_TOKEN]))
    const bad = await problemsOf(`${TWO}- project: my-group/docs\n  ref: main\n`)
    expect(bad.masked).toEqual(expect.arrayContaining([API_TOKEN, WEB_TOKEN]))
    // Even when the YAML cannot be read at all.
    const broken = await problemsOf(`- trigger-token: ${API_TOKEN}\n  ref: [main\n`)
    expect(broken.masked).toContain(API_TOKEN)
    expect(broken.messages.join('\n')).not.toContain(API_TOKEN)
  })

  it('merges the item variables and inputs over the step own, the item winning', async () => {
    const step: StepValues = {
      variables: { DEPLOY_ENV: 'staging', REGION: 'eu' },
      inputs: { replicas: 1, dry_run: true },
      wait: true,
      words: ACTION_WORDS
    }
    const { targets } = await parse(
      `- project: 4242
  ref: main
  trigger-token: ${API_TOKEN}
  variables:
    DEPLOY_ENV: production
    BUILD: 007
  inputs:
    replicas: 3
    tag: 41e50312
    version: 1.10
    list: [a, 2]
`,
      step
    )
    expect(targets[0].project).toBe('4242')
    expect(targets[0].name).toBe('4242')
    expect(targets[0].variables).toEqual({ DEPLOY_ENV: 'production', REGION: 'eu', BUILD: '007' })
    // Numbers written exactly keep their type; 41e50312 and 1.10 stay the text written.
    expect(targets[0].inputs).toEqual({
      replicas: 3,
      dry_run: true,
      tag: '41e50312',
      version: '1.10',
      list: ['a', 2]
    })
  })

  it('takes variables and inputs as text in the forms of the step inputs', async () => {
    const { targets } = await parse(`- project: my-group/api
  ref: main
  trigger-token: ${API_TOKEN}
  variables: |
    DEPLOY_ENV=production
  inputs: '{"replicas": 2}'
`)
    expect(targets[0].variables).toEqual({ DEPLOY_ENV: 'production' })
    expect(targets[0].inputs).toEqual({ replicas: 2 })
  })

  it('names the target and the field of each bad field, with the rules of the step inputs', async () => {
    const { messages } = await problemsOf(`- name: api
  project: https://gitlab.com/my-group/api
  ref: main
  trigger-token: ${API_TOKEN}
- name: web
  project: my-group/web
  trigger-token: glpat-personalaccesstoken0000
  variables: { "bad key": x }
  colour: blue
`)
    expect(messages).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^target "api": project must be the project id or path, not a URL/),
        expect.stringMatching(/^target "web": ref is required: .*e\.g\. main/),
        expect.stringMatching(/^target "web": trigger-token is a personal access token/),
        expect.stringMatching(/^target "web": variables "bad key" is not a valid variable key/),
        expect.stringMatching(/^target "web": unknown field "colour"; a target has name, project/)
      ])
    )
    expect(messages).toHaveLength(5)
  })

  it('refuses a variable that is not text, and names an item without name or project by its place', async () => {
    const { messages } = await problemsOf(`- ref: main
  trigger-token: ${API_TOKEN}
  variables: { LIST: [a, b] }
`)
    expect(messages).toEqual([
      expect.stringMatching(/^target 1 \(item 1 of the list\): project is required/),
      expect.stringMatching(
        /^target 1 \(item 1 of the list\): variables the value of "LIST" is an array/
      )
    ])
  })

  it('refuses two targets of one name, telling how a target without a name is named', async () => {
    const { messages } = await problemsOf(`- project: my-group/api
  ref: main
  trigger-token: ${API_TOKEN}
- project: my-group/api
  ref: develop
  trigger-token: ${API_TOKEN}
`)
    expect(messages).toEqual([
      expect.stringMatching(
        /^two targets are named "my-group\/api" \(a target without a name is named after its project\).*name: api-eu/
      )
    ])
  })

  it('refuses an after that names no target, and a circle of after, before anything is triggered', async () => {
    const unknown = await problemsOf(TWO.replace('after: api', 'after: [api, apii]'))
    expect(unknown.messages).toEqual([
      'target "my-group/web": after names "apii", which is not a target; the targets are "api", "my-group/web"'
    ])
    const circle =
      await problemsOf(`${TWO.replace('trigger-token: ' + API_TOKEN, `trigger-token: ${API_TOKEN}\n  after: c`)}- name: c
  project: my-group/c
  ref: main
  trigger-token: ${API_TOKEN}
  after: my-group/web
`)
    expect(circle.messages).toEqual([
      'after goes round in a circle ("api" → "c" → "my-group/web" → "api"), so none of them could start: remove one of these after'
    ])
    const self = await problemsOf(TWO.replace('after: api', 'after: my-group/web'))
    expect(self.messages[0]).toMatch(/circle \("my-group\/web" → "my-group\/web"\)/)
  })

  it('needs wait for after: a target cannot wait for pipelines that are not followed', async () => {
    const { messages } = await problemsOf(TWO, { ...STEP, wait: false })
    expect(messages).toEqual([
      expect.stringMatching(/^target "my-group\/web": after needs wait: true/)
    ])
  })

  it('says where the YAML is broken, what shape it must have, and gives an example', async () => {
    const broken = await problemsOf('- project: a/b\n  ref: [main\n')
    expect(broken.messages[0]).toMatch(
      /^is not valid YAML \(line \d+: .*\)\. Example:\ntargets: \|/
    )
    const map = await problemsOf('project: a/b\nref: main\n')
    expect(map.messages[0]).toMatch(/^must be a YAML list .*got a map/)
    const empty = await problemsOf('  \n')
    expect(empty.messages[0]).toMatch(/^is empty/)
    const scalar = await problemsOf('- my-group/api\n')
    expect(scalar.messages[0]).toMatch(/^item 1 is not a map of fields/)
    const list = await problemsOf(
      `- project: my-group/api\n  ref: [main]\n  trigger-token: ${API_TOKEN}\n`
    )
    expect(list.messages).toEqual(['target "my-group/api": ref must be text, got a list'])
  })

  it("needs no project, ref or trigger-token of the step's own with targets, and refuses pipeline-id with them", () => {
    const settings = parseSettings({
      targets: TWO,
      wait: 'true',
      'api-token': 'glpat-apitoken0000000000'
    })
    expect(settings.targets).toBe(TWO.trim())
    expect(settings.project).toBe('')
    expect(() =>
      parseSettings({ targets: TWO, 'pipeline-id': '12', 'api-token': 'glpat-apitoken0000000000' })
    ).toThrow(/^targets: cannot be given with pipeline-id/)
  })
})
