import base from './jest.config.js'

/** Long-running fault and volume tests, kept out of the default `npm test`. */
export default {
  ...base,
  testMatch: ['**/*.stress.test.ts'],
  testPathIgnorePatterns: ['/fixtures/'],
  testTimeout: 600000
}
