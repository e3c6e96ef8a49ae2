import { FINAL_STATUSES } from '../gitlab/statuses.js'
import type { INPUTS, InputName } from '../settings/inputs-table.js'
import type { InputWords } from '../settings/input-words.js'

// What each flag of settings/inputs-table.ts does, as the CLI's usage says it: the action loads
// the table before its trigger request, so the texts only the terminal shows live here.

/** The inputs the CLI has a flag for. */
export type FlagInput = {
  [K in InputName]: (typeof INPUTS)[K] extends { cli: object } ? K : never
}[InputName]

export type FlagHelp =
  | {
      /** What it does; words name other inputs as the CLI does. */
      description: string | ((words: InputWords) => string)
      /** A good value, for the message when it is missing. */
      example?: string
    }
  /** A switch on by default: what `--no-<flag>` does. */
  | { off: string }

export const INPUT_HELP: Record<FlagInput, FlagHelp> = {
  'gitlab-url': {
    description: 'the GitLab instance, possibly with a relative root',
    example: 'https://gitlab.example.com'
  },
  project: {
    description: 'numeric project id or full path, e.g. my-group/my-project',
    example: 'my-group/my-project'
  },
  ref: { description: 'branch or tag to run the pipeline on', example: 'main' },
  'trigger-token': { description: "the project's pipeline trigger token" },
  variables: { description: 'a CI/CD variable; repeatable', example: 'DEPLOY_ENV=staging' },
  inputs: {
    description:
      'a pipeline input (spec:inputs); repeatable. 3, 2.5, true, ["a","b"] keep their JSON type; anything else (007, 41e50312) is the string given',
    example: 'replicas=3'
  },
  wait: {
    description: words => `follow the pipeline until it ends (needs ${words.advise('api-token')})`
  },
  'api-token': {
    description: words =>
      `an access token with read_api (api to cancel or play); needed by ${words.advise('wait')} and ${words.advise('pipeline-id')}`
  },
  timeout: { description: 'longest wait: seconds (90) or 45s, 30m, 1h30m', example: '30m' },
  'poll-interval': { description: 'longest pause between status checks', example: '15s' },
  'accept-statuses': {
    description: `final statuses that count as success, e.g. success,manual; known: ${FINAL_STATUSES.join(', ')}`,
    example: 'success,manual'
  },
  'cancel-on-timeout': { off: 'leave the pipeline running when --timeout is reached' },
  'cancel-on-abort': { off: 'leave the pipeline running on Ctrl-C or SIGTERM while waiting' },
  'job-logs': {
    description:
      "job logs to print when the pipeline ends: none, failed or all; or live: every job's log as it runs, each line prefixed with the job when several run",
    example: 'failed'
  },
  'follow-downstream': {
    off: 'do not follow the child and multi-project pipelines trigger jobs start'
  },
  'outputs-from': {
    description:
      'after the pipeline ends, read PATH (dotenv, or .json) from the artifacts of the newest job JOB into job_outputs; repeatable',
    example: 'deploy:deploy.env'
  },
  artifacts: {
    description: words =>
      `download and extract that job's artifacts (or the files matching GLOB) under ${words.advise('artifacts-dir')}/JOB/; repeatable`,
    example: 'build:dist/**'
  },
  'artifacts-dir': {
    description:
      'where artifacts go, relative to the workspace (the working directory at a terminal)',
    example: 'gitlab-artifacts'
  },
  'pipeline-id': {
    description: words =>
      `follow this existing pipeline instead of triggering one (no ${words.advise('trigger-token')} or ${words.advise('ref')} needed; ${words.advise('api-token')} is)`,
    example: '1234'
  },
  'play-manual': {
    description:
      'comma-separated manual jobs to play when the pipeline reaches them, or * for every manual job that blocks it (needs the api scope)',
    example: 'deploy-prod'
  },
  targets: {
    description: words =>
      `several pipelines in one run, instead of ${words.advise('project')} and ${words.advise('ref')}: a YAML list, each item name, project, ref, trigger-token, optional variables, inputs and after (names to wait for), as the action's targets input; --json adds results`,
    example: 'targets.yml'
  }
}
