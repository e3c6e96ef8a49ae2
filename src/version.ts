/**
 * The product's one name, in the two spellings GitHub and npm need. A test
 * (__tests__/repo/metadata.test.ts) checks that action.yml, package.json, the README and the CLI use
 * them, and that the version matches package.json. TOOL_NAME is also sent in the User-Agent.
 */
export const DISPLAY_NAME = 'GitLab Trigger and Wait'
export const TOOL_NAME = 'gitlab-trigger-and-wait'
export const VERSION = '1.0.0'
export const USER_AGENT = `${TOOL_NAME}/${VERSION}`
