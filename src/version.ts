/** Kept in step with package.json by a test; sent in the User-Agent of every request. */
export const TOOL_NAME = 'gitlab-pipeline-trigger'
export const VERSION = '1.0.0'
export const USER_AGENT = `${TOOL_NAME}/${VERSION}`
