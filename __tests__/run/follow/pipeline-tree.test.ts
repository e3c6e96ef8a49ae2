// The followed tree in-process against the simulator, checked by hand on its clock: job changes
// are said, a pipeline is read once its jobs stopped, and child pipelines are adopted.
import { afterEach, describe, expect, it } from '@jest/globals'
import type { Simulator } from '../../../test/simulator/gitlab-simulator.js'
import { GitLabClient } from '../../../src/gitlab/client.js'
import { quickReadPolicy } from '../../../src/gitlab/retry.js'
import { triggerPipeline } from '../../../src/gitlab/trigger.js'
import { PipelineTree } from '../../../src/run/follow/pipeline-tree.js'
import { recordingLog, simulatorClock } from '../../support/run-core.js'
import {
  API_TOKEN,
  PROJECT_ID,
  PROJECT_PATH,
  TRIGGER_TOKEN,
  gitlabWith,
  job
} from '../../support/fixtures.js'

let sim: Simulator | undefined
afterEach(async () => {
  await sim?.close()
  sim = undefined
})

async function treeOn(gitlab: Simulator, followDownstream = false) {
  const pipeline = await triggerPipeline(
    new GitLabClient({ gitlabUrl: gitlab.url }),
    PROJECT_PATH,
    {
      token: TRIGGER_TOKEN,
      ref: 'main',
      variables: {}
    }
  )
  const said: string[] = []
  const { log } = recordingLog()
  const clock = simulatorClock(gitlab)
  const tree = new PipelineTree(
    { pipeline, project: String(PROJECT_ID) },
    {
      client: new GitLabClient({
        gitlabUrl: gitlab.url,
        token: API_TOKEN,
        requestTimeoutMs: 5_000
      }),
      log,
      clock,
      retry: quickReadPolicy({ signal: new AbortController().signal, clock }),
      followDownstream,
      say: line => said.push(line)
    }
  )
  return { tree, said, clock }
}

/** Checks every `stepMs` until the top pipeline is done, at most `checks` times. */
async function followToEnd(gitlab: Simulator, tree: PipelineTree, stepMs: number, checks = 50) {
  for (let i = 0; i < checks && !tree.top.done; i++) {
    await tree.checkAll(true)
    gitlab.advance(stepMs)
  }
}

describe('PipelineTree', () => {
  it('says each job change once and reads the pipeline to its end', async () => {
    sim = await gitlabWith(
      { jobs: [job('build', 'build', 10_000), job('test', 'test', 10_000, { result: 'failed' })] },
      { manualClock: true }
    )
    const { tree, said } = await treeOn(sim)
    await followToEnd(sim, tree, 5_000)
    expect(tree.top.done).toBe(true)
    expect(tree.top.pipeline.status).toBe('failed')
    expect(tree.top.jobs.map(j => [j.name, j.status])).toEqual(
      expect.arrayContaining([
        ['build', 'success'],
        ['test', 'failed']
      ])
    )
    expect(said.filter(line => /build/.test(line) && /success/.test(line))).toHaveLength(1)
    expect(said.some(line => /test/.test(line) && /failed/.test(line))).toBe(true)
    expect(tree.hasRunningJob()).toBe(false)
  })

  it('between full reads, reads the pipeline only once none of its jobs is queued or running', async () => {
    sim = await gitlabWith({ jobs: [job('slow', 'build', 60_000)] }, { manualClock: true })
    const { tree } = await treeOn(sim)
    sim.advance(1_000)
    await tree.checkAll(false)
    const pipelineReads = () => sim!.requests.filter(r => /\/pipelines\/\d+$/.test(r.path)).length
    expect(tree.hasRunningJob()).toBe(true)
    expect(pipelineReads()).toBe(0)
    sim.advance(120_000)
    await tree.checkAll(false)
    expect(pipelineReads()).toBe(1)
    expect(tree.top.done).toBe(true)
  })

  it('adopts a child pipeline with follow-downstream, its jobs under a prefix', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('deploy', 'deploy', 1_000, {
            bridge: { strategy: 'depend', jobs: [job('child-job', 'test', 10_000)] }
          })
        ]
      },
      { manualClock: true }
    )
    const { tree, said } = await treeOn(sim, true)
    await followToEnd(sim, tree, 5_000)
    expect(tree.nodes).toHaveLength(2)
    const [top, child] = tree.nodes
    expect(child.parentId).toBe(top.pipeline.id)
    expect(child.trigger?.name).toBe('deploy')
    expect(child.prefix).toMatch(/deploy/)
    expect(child.jobs.map(j => j.name)).toEqual(['child-job'])
    expect(said.some(line => line.startsWith(child.prefix) && line.includes('child-job'))).toBe(
      true
    )
  })

  it('follows only the top pipeline without follow-downstream', async () => {
    sim = await gitlabWith(
      {
        jobs: [
          job('deploy', 'deploy', 1_000, {
            bridge: { strategy: 'depend', jobs: [job('child-job', 'test', 10_000)] }
          })
        ]
      },
      { manualClock: true }
    )
    const { tree } = await treeOn(sim, false)
    await followToEnd(sim, tree, 5_000)
    expect(tree.nodes).toHaveLength(1)
    expect(tree.top.bridges.map(b => b.name)).toEqual(['deploy'])
  })
})
