/** What the tool was doing when GitLab failed; decides the hint shown to the user. */
export type Operation = 'trigger' | 'check-token' | 'read' | 'cancel' | 'tokens' | 'play' | 'retry'

export type FailureKind =
  /** GitLab answered with an error status. */
  | 'http'
  /** No connection could be made, so the request never reached GitLab. */
  | 'unreachable'
  /** The connection broke after the request may have been sent. */
  | 'connection-lost'
  /** GitLab did not answer in time. */
  | 'timeout'
  /** The answer could not be read (cut short, stalled, not JSON). */
  | 'unreadable'
  /**
   * A complete JSON answer without a field the code needs: asking again gives the same answer,
   * so it is never retried.
   */
  | 'unexpected'

export interface GitLabErrorOptions {
  kind: FailureKind
  /** e.g. `POST /projects/42/trigger/pipeline` (never contains a token) */
  request: string
  /** GitLab's own words, as it wrote them, or what went wrong on the wire. */
  gitlabMessage: string
  /** What the user can do about it; empty when there is nothing to add. */
  hint?: string
  status?: number
  /** From `Retry-After` on a 429, at most a day (gitlab/refusal.ts). */
  retryAfterMs?: number
  /** `Retry-After` as sent, when it asked for longer than a day and was clamped. */
  retryAfterClamped?: string
  /** The system error code of a connection failure, e.g. ECONNREFUSED. */
  code?: string
}

/** The one error type of the GitLab client: callers decide by `kind` and `status`, never by text. */
export class GitLabError extends Error {
  readonly kind: FailureKind
  readonly request: string
  readonly gitlabMessage: string
  readonly hint: string
  readonly status?: number
  readonly retryAfterMs?: number
  readonly retryAfterClamped?: string
  readonly code?: string

  constructor(options: GitLabErrorOptions) {
    const { status, gitlabMessage, hint = '' } = options
    const answer =
      status === undefined
        ? gitlabMessage
        : `GitLab answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ''}`
    super(hint ? `${answer}${/[.!?]$/.test(answer) ? '' : '.'} ${hint}` : answer)
    this.name = 'GitLabError'
    this.kind = options.kind
    this.request = options.request
    this.gitlabMessage = gitlabMessage
    this.hint = hint
    this.status = status
    this.retryAfterMs = options.retryAfterMs
    this.retryAfterClamped = options.retryAfterClamped
    this.code = options.code
  }

  /** The same failure with some of its parts replaced (a better hint, say). */
  with(changes: Partial<GitLabErrorOptions>): GitLabError {
    const { kind, request, gitlabMessage, hint, status, retryAfterMs, retryAfterClamped, code } =
      this
    return new GitLabError({
      ...{ kind, request, gitlabMessage, hint, status, retryAfterMs, retryAfterClamped, code },
      ...changes
    })
  }

  /** True when GitLab cannot have acted on the request: safe to send again even for a POST. */
  get neverSent(): boolean {
    return this.kind === 'unreachable' || this.status === 429
  }

  /**
   * Worth sending the trigger again (docs/contract.md section 3.2): a 429, or a connection refused or a
   * name lookup that failed for now; an unknown host (ENOTFOUND) is a typo, not a passing fault.
   */
  get worthResending(): boolean {
    return (
      this.status === 429 ||
      (this.kind === 'unreachable' && (this.code === 'ECONNREFUSED' || this.code === 'EAI_AGAIN'))
    )
  }

  /** Worth another try while waiting: rate limits, server errors and broken connections. */
  get transient(): boolean {
    if (this.kind === 'http')
      return this.status === 429 || this.status === 408 || (this.status ?? 0) >= 500
    return this.kind !== 'unexpected'
  }
}
