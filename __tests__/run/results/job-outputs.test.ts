import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { GitLabClient } from '../../../src/gitlab/client.js'
import {
  JobOutputsError,
  parseJobOutputs,
  readJobOutputs
} from '../../../src/run/results/job-outputs.js'
import { startArtifactServer, type ArtifactServer } from '../../support/artifact-server.js'

const where = { job: 'deploy', path: 'deploy.env' }
const parse = (text: string, path = 'deploy.env') =>
  parseJobOutputs(Buffer.from(text), { job: 'deploy', path })
const failure = (run: () => unknown): JobOutputsError => {
  try {
    run()
  } catch (error) {
    expect(error).toBeInstanceOf(JobOutputsError)
    return error as JobOutputsError
  }
  throw new Error('expected a JobOutputsError')
}

describe('parseJobOutputs', () => {
  it('reads dotenv with comments, quotes and export through Node', () => {
    const outputs = parse(
      [
        '# written by the deploy job',
        'export DEPLOY_URL=https://review.example.com',
        'IMAGE="registry.example.com/app@sha256:0123abcd"',
        "GREETING='hello world'",
        'EMPTY=',
        ''
      ].join('\n')
    )
    expect(outputs.values).toEqual({
      DEPLOY_URL: 'https://review.example.com',
      IMAGE: 'registry.example.com/app@sha256:0123abcd',
      GREETING: 'hello world',
      EMPTY: ''
    })
    expect(outputs.masked).toEqual([])
    expect(outputs.clashes).toEqual([])
  })

  it('reads .json as a flat object, numbers and booleans as their JSON text', () => {
    const outputs = parse(
      '{"url": "https://x.example", "replicas": 3, "ratio": 0.5, "ok": true}',
      'out.JSON'
    )
    expect(outputs.values).toEqual({
      url: 'https://x.example',
      replicas: '3',
      ratio: '0.5',
      ok: 'true'
    })
  })

  it.each([
    ['{"a": {"b": 1}}', '"a" is an object'],
    ['{"list": [1, 2]}', '"list" is a list'],
    ['{"gone": null}', '"gone" is null']
  ])('refuses a nested or null JSON value, naming the key: %s', (text, says) => {
    const error = failure(() => parse(text, 'outputs.json'))
    expect(error.problem).toBe('invalid')
    expect(error.message).toContain(says)
    expect(error.message).toContain('outputs-from deploy:outputs.json')
  })

  it('refuses JSON that is not an object, or not JSON', () => {
    expect(failure(() => parse('[1]', 'o.json')).problem).toBe('invalid')
    expect(failure(() => parse('{"a": ', 'o.json')).problem).toBe('unreadable')
  })

  it.each(['1ST=x', 'MY KEY=x', 'dots.in.key=x', 'ünïcode=x'])(
    'refuses %j: the key is not a valid output name',
    line => {
      const error = failure(() => parse(line))
      expect(error.problem).toBe('invalid')
      expect(error.message).toMatch(/the key ".+" is not a valid output name/)
      expect(error.job).toBe('deploy')
      expect(error.path).toBe('deploy.env')
    }
  )

  it('keeps a key named like an own output in values but lists it as a clash, ignoring case', () => {
    const outputs = parse('STATUS=deployed\nweb-url=https://x\nREPLICAS=2')
    expect(outputs.values).toEqual({ STATUS: 'deployed', 'web-url': 'https://x', REPLICAS: '2' })
    expect(outputs.clashes).toEqual(['STATUS', 'web-url'])
  })

  it('treats __proto__ as an ordinary key', () => {
    const outputs = parse('{"__proto__": "x"}', 'o.json')
    expect(Object.keys(outputs.values)).toEqual(['__proto__'])
    expect(Object.getPrototypeOf(outputs.values)).toBe(Object.prototype)
  })

  it('masks values holding GitLab or GitHub tokens, the token alone as well', () => {
    const outputs = parse(
      [
        'CLONE_URL=https://oauth2:glpat-abcdefghijKLMNOP1234@gitlab.example.com/app.git',
        'TRIGGER=glptt-0123456789abcdef',
        'GH=ghp_0123456789abcdefghijABCDEFGHIJ',
        'URL=https://review.example.com'
      ].join('\n')
    )
    // Node's parser gives dotenv keys in its own order, so the order is not asserted.
    expect([...outputs.masked].sort()).toEqual(
      [
        'https://oauth2:glpat-abcdefghijKLMNOP1234@gitlab.example.com/app.git',
        'glpat-abcdefghijKLMNOP1234',
        'glptt-0123456789abcdef',
        'ghp_0123456789abcdefghijABCDEFGHIJ'
      ].sort()
    )
  })

  it('masks a JSON Web Token and a private key, line by line', () => {
    const jwt = 'eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxMjM0NTY3ODkwIn0.c2lnbmF0dXJl'
    const outputs = parse(
      `{"id_token": "x ${jwt}", "key": "-----BEGIN RSA PRIVATE KEY-----\\nMIIEabc\\n-----END RSA PRIVATE KEY-----"}`,
      'o.json'
    )
    expect(outputs.masked).toContain(jwt)
    expect(outputs.masked).toContain(`x ${jwt}`)
    expect(outputs.masked).toContain('MIIEabc')
    expect(outputs.masked).toContain('-----BEGIN RSA PRIVATE KEY-----')
  })

  it('masks by a key that says secret only from 8 characters on, as GitLab does', () => {
    const outputs = parse('DB_PASSWORD=correct-horse\nAPI_KEY=short\nCOMMIT_AUTHOR=Jane Doe-Smith')
    expect(outputs.masked).toEqual(['correct-horse'])
  })

  it('does not mask digests, commit SHAs or ids that merely look random', () => {
    const outputs = parse(
      'DIGEST=sha256:9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08\nSHA=0123456789abcdef0123456789abcdef01234567'
    )
    expect(outputs.masked).toEqual([])
  })

  it('refuses a file that is not UTF-8, and drops a byte order mark', () => {
    expect(failure(() => parseJobOutputs(Buffer.from([0x41, 0x3d, 0xff]), where)).problem).toBe(
      'unreadable'
    )
    expect(parse('\uFEFFA=1').values).toEqual({ A: '1' })
  })
})

describe('readJobOutputs against GitLab', () => {
  let server: ArtifactServer
  let client: GitLabClient
  beforeAll(async () => {
    server = await startArtifactServer(42, {
      7: {
        files: {
          'deploy.env': 'DEPLOY_URL=https://review.example.com\nTOKEN=glpat-abcdefghij0123456789\n',
          'dir/out put.json': '{"a": 1}',
          'big.env': `A=${'x'.repeat(2 * 1024 * 1024)}`
        }
      },
      8: {}
    })
    client = new GitLabClient({
      gitlabUrl: server.url,
      token: 'glpat-artifacts-test',
      requestTimeoutMs: 5000
    })
  })
  afterAll(() => server.close())

  it('reads one file from the job and returns its values and what to mask', async () => {
    const outputs = await readJobOutputs(client, '42', { id: 7, name: 'deploy' }, 'deploy.env')
    expect(outputs.values).toEqual({
      DEPLOY_URL: 'https://review.example.com',
      TOKEN: 'glpat-abcdefghij0123456789'
    })
    expect(outputs.masked).toEqual(['glpat-abcdefghij0123456789'])
    expect(server.requests.at(-1)).toEqual({
      line: 'GET /api/v4/projects/42/jobs/7/artifacts/deploy.env',
      token: 'glpat-artifacts-test'
    })
  })

  it('encodes each segment of the path and keeps the slashes', async () => {
    const outputs = await readJobOutputs(client, '42', { id: 7, name: 'b' }, 'dir/out put.json')
    expect(outputs.values).toEqual({ a: '1' })
    expect(server.requests.at(-1)?.line).toBe(
      'GET /api/v4/projects/42/jobs/7/artifacts/dir/out%20put.json'
    )
  })

  it.each([
    [7, 'missing.env'],
    [8, 'deploy.env'],
    [99, 'deploy.env']
  ])('says which job and file are missing on a 404 (job %d, %s)', async (id, path) => {
    const error = await readJobOutputs(client, '42', { id, name: 'deploy' }, path).catch(e => e)
    expect(error).toBeInstanceOf(JobOutputsError)
    expect(error.problem).toBe('missing')
    expect(error.message).toContain(`outputs-from deploy:${path}: job ${id} has no such file`)
    expect(error.message).toContain('artifacts:paths')
  })

  it('refuses a file over the limit, naming job and path, without reading it all', async () => {
    const error = await readJobOutputs(client, '42', { id: 7, name: 'deploy' }, 'big.env').catch(
      e => e
    )
    expect(error).toBeInstanceOf(JobOutputsError)
    expect(error.problem).toBe('too-large')
    expect(error.message).toBe(
      'outputs-from deploy:big.env: the file is larger than 1 MiB, the most outputs-from reads; write only the values the workflow needs into it'
    )
  })

  it('honours a smaller limit', async () => {
    const error = await readJobOutputs(client, '42', { id: 7, name: 'deploy' }, 'deploy.env', {
      maxBytes: 10
    }).catch(e => e)
    expect(error.problem).toBe('too-large')
    expect(error.message).toContain('larger than 10 bytes')
  })

  it('reports another refusal in GitLab words, naming job and path', async () => {
    const anonymous = new GitLabClient({ gitlabUrl: server.url, token: 'glpat-wrong' })
    const error = await readJobOutputs(
      anonymous,
      '42',
      { id: 7, name: 'deploy' },
      'deploy.env'
    ).catch(e => e)
    expect(error.problem).toBe('gitlab')
    expect(error.message).toMatch(/^outputs-from deploy:deploy.env: GitLab answered 401/)
  })

  it('rejects with the reason and sends nothing once the signal has aborted', async () => {
    const before = server.requests.length
    const reason = new Error('run cancelled')
    const error = await readJobOutputs(client, '42', { id: 7, name: 'deploy' }, 'deploy.env', {
      signal: AbortSignal.abort(reason)
    }).catch(e => e)
    expect(error).toBe(reason)
    expect(server.requests.length).toBe(before)
  })
})
