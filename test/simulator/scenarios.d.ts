/** Ready-made simulator projects for demos and end-to-end tests. Implementation: scenarios.js. */
import type { JobPlan, Simulator } from './gitlab-simulator.js'

export declare const DEMO_PROJECT_ID: 42
export declare const DEMO_PROJECT_PATH: 'acme/platform/app'
export declare const DEMO_TRIGGER_TOKEN: string
/** scope `api` */
export declare const DEMO_API_TOKEN: string
/** scope `read_api` (can wait, cannot cancel) */
export declare const DEMO_READ_API_TOKEN: string

export type ScenarioName = 'demo' | 'success' | 'tree'

/** `demo` and `success`: the project of the `docs` trigger job's pipeline (44, acme/platform/docs) */
export declare const DOCS_PROJECT_ID: 44
export declare const DOCS_PROJECT_PATH: 'acme/platform/docs'
/** `tree`: the multi-project pipeline's project (43, acme/platform/deploy) */
export declare const DEPLOY_PROJECT_ID: 43
export declare const DEPLOY_PROJECT_PATH: 'acme/platform/deploy'

/**
 * Pipeline plans by scenario name: `demo` fails after ~8 s, `success` passes after ~10 s, `tree` is
 * parent -> child -> multi-project (40 jobs, growing runner logs) and passes after ~16 s.
 */
export declare const scenarioPlans: Record<ScenarioName, JobPlan[]>

/** What serve.js prints: everything a client needs to talk to the seeded simulator. */
export interface SeededScenario {
  url: string
  project: string
  projectId: number
  triggerToken: string
  apiToken: string
  readApiToken: string
}

/**
 * Adds project 42 `acme/platform/app` (refs main, develop), its trigger token and two api tokens;
 * `tree` also adds project 43 `acme/platform/deploy`.
 */
export declare function seedScenario(simulator: Simulator, scenario?: ScenarioName): SeededScenario
