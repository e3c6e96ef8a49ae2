import type { Operation } from './errors.js'

/** How the user names the two tokens in the front end they use: `api-token`, GITLAB_API_TOKEN, `--api-token`. */
/** The inputs hints name, in the user's front end's words (`api-token`, `GITLAB_API_TOKEN`, …). */
export interface InputNames {
  apiToken: string
  triggerToken: string
  gitlabUrl: string
}

/** The action's input names. */
export const ACTION_INPUT_NAMES: InputNames = {
  apiToken: 'api-token',
  triggerToken: 'trigger-token',
  gitlabUrl: 'gitlab-url'
}

interface HintContext {
  operation: Operation
  status: number
  message: string
  ref?: string
  /** The action's names unless given. */
  inputNames?: InputNames
}

/** What to do about a GitLab refusal, in the user's terms (docs/contract.md section 3.7). */
export function hintFor(context: HintContext): string {
  const { operation, status, message, ref, inputNames = ACTION_INPUT_NAMES } = context
  if (operation === 'trigger') return triggerHint(status, message, ref, inputNames.triggerToken)
  // The token as the user gave it: `api-token`, GITLAB_API_TOKEN or --api-token.
  const theApiToken = `The API token (${inputNames.apiToken})`
  if (status === 401 && operation === 'tokens') {
    return `${theApiToken} is invalid, expired or revoked: managing trigger tokens needs an access token with the api scope`
  }
  if (status === 401) {
    return `${theApiToken} is invalid, expired or revoked: create a new access token with the read_api scope (api to cancel)`
  }
  if (status === 403) {
    if (operation === 'cancel')
      return `${theApiToken} cannot cancel pipelines: it needs the api scope and at least the Developer role`
    if (operation === 'play' || operation === 'retry')
      return `${theApiToken} cannot ${operation === 'play' ? 'play manual jobs' : 'retry pipelines'}: it needs the api scope and a role allowed to run the job (Developer, or what a protected branch or environment asks)`
    if (operation === 'tokens')
      return 'Managing trigger tokens needs an access token with the api scope and the Maintainer role'
    return `${theApiToken} lacks permission: it needs the read_api scope and at least the Reporter role in the project`
  }
  if (status === 404 && operation === 'tokens') {
    return 'No such project or trigger token, or the API token cannot see the project: check the project and the token id'
  }
  if (status === 404) {
    return `${theApiToken} cannot see this project or pipeline: check the project path or id and that the token belongs to a member of the project`
  }
  if (status === 429) return 'GitLab is rate limiting these requests; try again later'
  if (status >= 500) return 'GitLab had an internal error; try again later'
  return ''
}

function triggerHint(status: number, message: string, ref = 'the ref', tokenName: string): string {
  if (status === 404) {
    return `The trigger token is wrong or revoked, the project does not exist, or the token belongs to another project. A personal access token cannot be used as ${tokenName}: create a pipeline trigger token in Settings > CI/CD > Pipeline trigger tokens`
  }
  if (/Reference not found/i.test(message))
    return `The ref "${ref}" does not exist in the project: push it or pick an existing branch or tag`
  if (/filtered out by workflow rules|rules configuration prevented any jobs/i.test(message)) {
    return 'workflow:rules or the jobs\' rules exclude pipelines whose CI_PIPELINE_SOURCE is "trigger": add a rule such as `- if: $CI_PIPELINE_SOURCE == "trigger"`'
  }
  if (/Insufficient permissions to set pipeline variables/i.test(message)) {
    return 'The project\'s "Minimum role to use pipeline variables" setting forbids variables for the trigger token\'s owner: pass inputs instead (spec:inputs), or change that setting in Settings > CI/CD > Variables'
  }
  if (/Too many pipelines created/i.test(message)) {
    return "GitLab's limit on pipelines created per minute for this project was reached (a 400, not a 429): wait a minute and run again"
  }
  if (status === 422) {
    // Any pipeline persisted with a failure reason, not only a configuration error (docs/gitlab.md 10).
    return "GitLab created the pipeline as failed; its text says why: an error in the CI/CD configuration (the project's configuration file, an include, or the inputs it declares), or a limit such as the pipeline size or the number of active jobs"
  }
  if (status === 403)
    return 'GitLab refused the trigger (requests that look like a pipeline webhook are refused)'
  if (status === 401)
    return 'The token was taken as a CI/CD job token that cannot be used; pass a pipeline trigger token'
  if (status === 429) return 'GitLab is rate limiting requests from this address; try again later'
  if (status >= 500) {
    return "GitLab, or a proxy in front of it, failed after the request arrived, so the pipeline may have been created anyway: look at the project's pipelines before running this again"
  }
  if (status === 400) return 'Check the ref, variables and inputs'
  return ''
}
