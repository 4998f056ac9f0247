const base = require('./jest.base');

/**
 * Unit specs live beside the code they test. Specs of services and repositories ("medium" specs,
 * see test/support/medium.ts) use the real database: one embedded FerretDB per run, as in the
 * e2e suite, and a database per spec file.
 */
module.exports = {
  ...base,
  roots: ['<rootDir>/apps', '<rootDir>/libs', '<rootDir>/bench'],
  testRegex: '\\.spec\\.ts$',
  // The web client's tests run in Vitest.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30_000,
};
