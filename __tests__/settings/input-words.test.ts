import { describe, expect, it } from '@jest/globals'
import { ACTION_WORDS } from '../../src/settings/input-words.js'

describe('ACTION_WORDS: how messages name inputs in a workflow file', () => {
  it('leaves the action its input names and with: lines', () => {
    expect(ACTION_WORDS.name('accept-statuses')).toBe('accept-statuses')
    expect(ACTION_WORDS.set('cancel-on-abort', 'false')).toBe('cancel-on-abort: false')
    expect(ACTION_WORDS.set('api-token', '')).toBe('api-token: ${{ secrets.GITLAB_API_TOKEN }}')
  })
})
