/** @type {import('jest').Config} */
export default {
  testEnvironment: 'node',
  roots: ['<rootDir>/__tests__'],
  testMatch: ['**/*.test.ts'],
  testPathIgnorePatterns: ['/fixtures/', '\\.stress\\.test\\.ts$'],
  extensionsToTreatAsEsm: ['.ts'],
  moduleNameMapper: { '^(\\.{1,2}/.*)\\.js$': '$1' },
  transform: {
    '^.+\\.ts$': ['ts-jest', { useESM: true, tsconfig: 'tsconfig.test.json', diagnostics: false }]
  },
  testTimeout: 120000,
  // Writes src/checklist/yaml/schema-validator.generated.js (scripts/write-validator.mjs), which src/ imports.
  globalSetup: '<rootDir>/scripts/jest-global-setup.mjs',
  // Under CI=true jest would use one worker on a 2-core machine; cargo builds and the GitHub stand-in's waits overlap well.
  maxWorkers: 2
}
