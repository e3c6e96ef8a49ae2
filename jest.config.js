/** Jest in ESM mode with ts-jest; run through `npm test`, which sets --experimental-vm-modules. */
export default {
  testEnvironment: 'node',
  extensionsToTreatAsEsm: ['.ts'],
  moduleFileExtensions: ['ts', 'js'],
  resolver: 'ts-jest-resolver',
  testMatch: ['**/__tests__/**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', useESM: true }]
  },
  // The end-to-end tests run dist/: it is rebuilt first when src/ changed since its last build.
  globalSetup: './test/harness/fresh-dist.js',
  // `npm test -- --coverage`: what the in-process tests cover (child processes are not measured).
  collectCoverageFrom: ['src/**/*.ts'],
  coverageReporters: ['text-summary', 'text', 'json-summary'],
  testTimeout: 30000
}
