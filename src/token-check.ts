import type { GitLabClient } from './gitlab/client.js'
import type { GitLabError } from './gitlab/errors.js'
import { getProject, getTokenSelf } from './gitlab/endpoints.js'
import type { Reporter } from './reporter.js'
import type { Settings } from './settings.js'

/**
 * Before triggering, makes sure the api-token can read the project, so a wrong token fails the
 * step without leaving a pipeline running that nobody watches (docs/contract.md section 3.1). Throws GitLabError.
 */
export async function checkApiToken(
  client: GitLabClient,
  settings: Settings,
  reporter: Reporter,
  signal: AbortSignal
): Promise<void> {
  const quickRetry = { retryIf: (error: GitLabError) => error.transient, maxAttempts: 3, signal }
  await getProject(client, settings.project, quickRetry)
  if (!settings.cancelOnAbort && !settings.cancelOnTimeout) return
  try {
    const token = await getTokenSelf(client, quickRetry)
    if (!token.scopes.includes('api')) {
      reporter.warning(
        `The api-token has the scopes ${token.scopes.join(', ') || '(none)'} but not api: it can wait, but cancelling the downstream pipeline on timeout or cancellation will not be possible. Give the token the api scope, or set cancel-on-timeout and cancel-on-abort to false.`,
        'api-token cannot cancel'
      )
    }
  } catch (error) {
    // OAuth and CI job tokens, and GitLab before 15.5, cannot describe themselves (docs/gitlab.md 10); not a reason to stop.
    reporter.debug(`Could not read the api-token's scopes: ${(error as Error).message}`)
  }
}
