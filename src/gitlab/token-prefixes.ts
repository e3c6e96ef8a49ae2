/**
 * The prefixes of GitLab's own tokens, each followed by `-` in a token (GitLab docs, "Token
 * prefixes": personal, pipeline trigger, OAuth application secret, deploy, runner, CI/CD job,
 * feed, incoming mail, agent, workspace, SCIM, feature flags client), and the legacy runner
 * registration token's prefix, which has no `-`. Both the CLI's masking and the outputs-from
 * masking find tokens by them.
 */
export const GITLAB_TOKEN_PREFIXES = [
  'glpat',
  'glptt',
  'gloas',
  'gldt',
  'glrtr',
  'glrt',
  'glcbt',
  'glft',
  'glimt',
  'glagent',
  'glwt',
  'glsoat',
  'glffct'
] as const

export const LEGACY_RUNNER_TOKEN_PREFIX = 'GR1348941'
