/** What the tool was doing when GitLab failed; decides the hint shown to the user. */
export type Operation = 'trigger' | 'check-token' | 'read' | 'cancel' | 'tokens'

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

/** The one error type of the GitLab client: callers decide by `kind` and `status`, never by text. */
export class GitLabError extends Error {
  constructor(
    readonly kind: FailureKind,
    /** e.g. `POST /projects/42/trigger/pipeline` (never contains a token) */
    readonly request: string,
    /** GitLab's own words, as it wrote them, or what went wrong on the wire. */
    readonly gitlabMessage: string,
    /** What the user can do about it. */
    readonly hint: string,
    readonly status?: number,
    /** From `Retry-After` on a 429. */
    readonly retryAfterMs?: number,
    /** The system error code of a connection failure, e.g. ECONNREFUSED. */
    readonly code?: string
  ) {
    const answer =
      status === undefined
        ? gitlabMessage
        : `GitLab answered ${status}${gitlabMessage ? `: ${gitlabMessage}` : ''}`
    super(hint ? `${answer}${/[.!?]$/.test(answer) ? '' : '.'} ${hint}` : answer)
    this.name = 'GitLabError'
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
