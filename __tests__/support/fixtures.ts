import {
  startSimulator,
  type JobPlan,
  type ProjectOptions,
  type Simulator,
  type SimulatorOptions
} from '../../test/simulator/gitlab-simulator.js'

export const PROJECT_ID = 42
export const PROJECT_PATH = 'acme/platform/app'
export const TRIGGER_TOKEN = 'glptt-0123456789abcdef0123456789abcdef01234567'
export const API_TOKEN = 'glpat-apitokenwithapiscope00'
export const READ_API_TOKEN = 'glpat-readapionlytoken000000'

/** A simulator with one project, its trigger token, an `api` and a `read_api` access token. */
export async function gitlabWith(
  project: Partial<ProjectOptions> = {},
  options: SimulatorOptions = {}
): Promise<Simulator> {
  const sim = await startSimulator(options)
  sim.addProject({ id: PROJECT_ID, path: PROJECT_PATH, refs: ['main', 'develop'], ...project })
  sim.addTriggerToken({ token: TRIGGER_TOKEN, projectId: PROJECT_ID })
  sim.addApiToken({ token: API_TOKEN, scopes: ['api'] })
  sim.addApiToken({ token: READ_API_TOKEN, scopes: ['read_api'] })
  return sim
}

/** The inputs a workflow would pass to trigger in the fixture project. */
export function triggerInputs(
  sim: Simulator,
  extra: Record<string, string> = {}
): Record<string, string> {
  return {
    'gitlab-url': sim.url,
    project: PROJECT_PATH,
    ref: 'main',
    'trigger-token': TRIGGER_TOKEN,
    ...extra
  }
}

/** The inputs for triggering and waiting, polling fast so tests stay short. */
export function waitInputs(
  sim: Simulator,
  extra: Record<string, string> = {}
): Record<string, string> {
  return triggerInputs(sim, {
    wait: 'true',
    'api-token': API_TOKEN,
    'poll-interval': '1s',
    timeout: '60s',
    ...extra
  })
}

export const triggerRequests = (sim: Simulator) =>
  sim.requests.filter(
    request => request.method === 'POST' && request.path.endsWith('/trigger/pipeline')
  )

export const job = (
  name: string,
  stage: string,
  durationMs: number,
  extra: Partial<JobPlan> = {}
): JobPlan => ({ name, stage, durationMs, ...extra })
