/**
 * The action's outputs, named as in action.yml (__tests__/settings/inputs-table.test.ts holds
 * the two together): the names action/outputs.ts sets, and those a key read by outputs-from
 * must not stand for (run/results/job-outputs.ts).
 */
export const ACTION_OUTPUT_NAMES = [
  'pipeline-id',
  'pipeline-iid',
  'web-url',
  'project-id',
  'sha',
  'ref',
  'status',
  'duration',
  'jobs',
  'job-outputs',
  'artifacts-dir',
  'pipelines',
  'results'
] as const

export type OutputName = (typeof ACTION_OUTPUT_NAMES)[number]
