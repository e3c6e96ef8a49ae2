export declare const HEAVY_BEFORE_TRIGGER: readonly string[]
export declare const MAX_BYTES_BEFORE_TRIGGER: number
export interface Loaded {
  /** 'trigger' when recorded at the trigger POST, null when the process ended without one. */
  request: 'trigger' | null
  builtins: string[]
  /** JavaScript files under the root, relative to it, with their sizes. */
  files: Array<{ file: string; bytes: number }>
  bytes: number
}
export declare function startupProbe(root: string): {
  env: { NODE_OPTIONS: string }
  read(): Loaded
  dispose(): void
}
