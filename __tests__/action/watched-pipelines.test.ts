import { describe, expect, it } from '@jest/globals'
import { WatchedPipelines, watchedPipelinesFrom } from '../../src/action/watched-pipelines.js'

describe('WatchedPipelines', () => {
  it('saves the whole list each time a pipeline starts or ends being watched', () => {
    const saved: string[] = []
    const watched = new WatchedPipelines(json => void saved.push(json))
    watched.started(11, '101')
    watched.started(12, '102')
    watched.ended(11)
    expect(saved.map(watchedPipelinesFrom)).toEqual([
      [{ pipelineId: '11', projectId: '101' }],
      [
        { pipelineId: '11', projectId: '101' },
        { pipelineId: '12', projectId: '102' }
      ],
      [{ pipelineId: '12', projectId: '102' }]
    ])
  })

  it('reads nothing from state that is missing or not its own', () => {
    expect(watchedPipelinesFrom(undefined)).toEqual([])
    expect(watchedPipelinesFrom('not json')).toEqual([])
    expect(watchedPipelinesFrom('{"pipelineId":"1"}')).toEqual([])
    expect(
      watchedPipelinesFrom(
        '[{"pipelineId":"1; rm","projectId":"2"},{"pipelineId":"3","projectId":"4"}]'
      )
    ).toEqual([{ pipelineId: '3', projectId: '4' }])
  })
})
