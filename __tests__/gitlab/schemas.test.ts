// The shapes of GitLab's answers the code relies on (docs/gitlab.md sections 2.4, 3.1, 4.1, 7).
import { describe, expect, it } from '@jest/globals'
import {
  bridgeSchema,
  jobSchema,
  lenientBridgeSchema,
  lenientJobSchema,
  pipelineSchema,
  tokenSelfGranularSchema,
  triggerTokenSchema,
  versionSchema
} from '../../src/gitlab/schemas.js'

const PIPELINE = {
  id: 7,
  iid: 1,
  project_id: 42,
  sha: 'a'.repeat(40),
  ref: 'main',
  status: 'created',
  web_url: 'https://gitlab.example.com/g/app/-/pipelines/7',
  duration: null
}
const JOB = {
  id: 11,
  name: 'build',
  stage: 'build',
  status: 'running',
  web_url: 'https://gitlab.example.com/g/app/-/jobs/11',
  duration: 3.5
}

describe('pipelineSchema', () => {
  it('keeps what the code uses and drops the fields GitLab adds', () => {
    const parsed = pipelineSchema.parse({ ...PIPELINE, source: 'trigger', yaml_errors: 'bad' })
    expect(parsed).toEqual({ ...PIPELINE, yaml_errors: 'bad' })
    expect(parsed).not.toHaveProperty('source')
  })

  it('refuses an answer without a field the code needs, or an id past 2^53', () => {
    expect(pipelineSchema.safeParse({ ...PIPELINE, status: undefined }).success).toBe(false)
    expect(pipelineSchema.safeParse({ ...PIPELINE, id: 2 ** 53 + 2 }).success).toBe(false)
    expect(pipelineSchema.safeParse({ ...PIPELINE, id: '7' }).success).toBe(false)
  })

  it('shows an implausible duration as unknown rather than failing the read', () => {
    for (const duration of [-1, 1e12, '12', undefined])
      expect(pipelineSchema.parse({ ...PIPELINE, duration }).duration).toBeNull()
    expect(pipelineSchema.parse({ ...PIPELINE, duration: 90 }).duration).toBe(90)
  })
})

describe('jobSchema and bridgeSchema', () => {
  it('defaults allow_failure to false and keeps a bridge its downstream pipeline', () => {
    expect(jobSchema.parse(JOB).allow_failure).toBe(false)
    const downstream = { id: 8, project_id: 43, web_url: 'u', status: 'running' }
    expect(
      bridgeSchema.parse({ ...JOB, downstream_pipeline: downstream }).downstream_pipeline
    ).toEqual(downstream)
    expect(bridgeSchema.parse({ ...JOB, downstream_pipeline: null }).downstream_pipeline).toBeNull()
  })

  it('refuses a job with a null name; the lenient form keeps it with stand-ins', () => {
    const odd = { ...JOB, name: null, stage: null, web_url: 7, allow_failure: 'yes', duration: 'x' }
    expect(jobSchema.safeParse(odd).success).toBe(false)
    expect(lenientJobSchema.parse(odd)).toMatchObject({
      id: 11,
      status: 'running',
      name: '(no name)',
      stage: '(no stage)',
      web_url: '',
      allow_failure: false,
      duration: null
    })
  })

  it('still requires the id and status the wait decides by, even leniently', () => {
    expect(lenientJobSchema.safeParse({ ...JOB, status: null }).success).toBe(false)
    expect(lenientJobSchema.safeParse({ ...JOB, id: null }).success).toBe(false)
  })

  it('drops an unreadable downstream pipeline of a lenient bridge, keeping the bridge', () => {
    const parsed = lenientBridgeSchema.parse({ ...JOB, downstream_pipeline: { id: 'x' } })
    expect(parsed.id).toBe(11)
    expect(parsed.downstream_pipeline).toBeNull()
  })
})

describe('the other answers', () => {
  it('keeps every field of a trigger token, as the CLI prints it as GitLab gave it', () => {
    const token = {
      id: 3,
      token: 'glptt-x',
      description: 'ci',
      owner: { username: 'me', id: 5 },
      extra: 1
    }
    expect(triggerTokenSchema.parse(token)).toEqual(token)
  })

  it('reads the version, and whether a token is fine-grained where GitLab says', () => {
    expect(versionSchema.parse({ version: '17.9.2-ee', revision: 'abc' })).toEqual({
      version: '17.9.2-ee'
    })
    expect(tokenSelfGranularSchema.parse({ scopes: ['api'], granular: true }).granular).toBe(true)
    expect(tokenSelfGranularSchema.parse({ scopes: ['read_api'] }).granular).toBeUndefined()
    expect(tokenSelfGranularSchema.safeParse({ scopes: 'api' }).success).toBe(false)
  })
})
