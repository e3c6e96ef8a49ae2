import * as path from 'node:path'
import { fail, input } from './fields.js'
import {
  ArtifactsLineError,
  OutputsFromLineError,
  parseArtifacts,
  parseOutputsFrom
} from './job-colon-lines.js'

// The inputs that bring results back from the pipeline and take control of it: outputs-from,
// artifacts, artifacts-dir, pipeline-id, play-manual, on-rerun (docs/contract.md, section 1).
// Each gets its input's text, the default already filled in for an empty one.

export const outputsFrom = input((text, ctx) => {
  try {
    return parseOutputsFrom(text)
  } catch (error) {
    if (error instanceof OutputsFromLineError) return fail(ctx, error.message)
    throw error
  }
})

export const artifacts = input((text, ctx) => {
  try {
    return parseArtifacts(text)
  } catch (error) {
    if (error instanceof ArtifactsLineError) return fail(ctx, error.message)
    throw error
  }
})

export const artifactsDir = input((text, ctx) => {
  const value = text.trim()
  if (path.isAbsolute(value) || /^[A-Za-z]:/.test(value))
    return fail(
      ctx,
      `"${value}" is absolute; give a directory relative to the workspace, e.g. gitlab-artifacts`
    )
  if (value.split(/[\\/]/).includes('..'))
    return fail(
      ctx,
      `"${value}" contains ".."; give a directory inside the workspace, e.g. gitlab-artifacts`
    )
  return value
})

export const pipelineId = input((text, ctx) => {
  const value = text.trim()
  if (value === '') return undefined
  if (!/^[1-9]\d*$/.test(value))
    return fail(
      ctx,
      `"${value}" is not a pipeline id: give the numeric id from the pipeline's URL (…/-/pipelines/1234), e.g. 1234`
    )
  // Past 2^53 a JavaScript number is rounded (9007199254740993 becomes …992): refused rather
  // than following a neighbour. GitLab's ids are far below it.
  if (!Number.isSafeInteger(Number(value)))
    return fail(
      ctx,
      `"${value}" is larger than the largest pipeline id this tool can follow exactly (${Number.MAX_SAFE_INTEGER}): check the id in the pipeline's URL (…/-/pipelines/1234)`
    )
  return Number(value)
})

export const playManual = input((text, ctx) => {
  const names = text
    .split(/[,\n]/)
    .map(name => name.trim())
    .filter(Boolean)
  if (names.includes('*') && names.length > 1)
    return fail(
      ctx,
      `"*" plays every blocking manual job: give it alone, or list names, e.g. deploy-prod`
    )
  return [...new Set(names)]
})

export type OnRerun = 'reuse' | 'new'

export const onRerun = input((text, ctx) => {
  const value = text.trim().toLowerCase()
  if (value === 'reuse' || value === 'new') return value as OnRerun
  return fail(ctx, `must be reuse or new, got "${value}"`)
})
