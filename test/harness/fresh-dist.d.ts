export declare const builtFromFile: (root: string) => string
export declare function ensureFreshDist(options?: {
  root?: string
  log?: (message: string) => void
}): boolean
export default function globalSetup(): void
