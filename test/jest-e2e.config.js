const base = require('../jest.base');

/**
 * End-to-end specs: the real app over HTTP on one embedded FerretDB per run,
 * one database per spec file.
 */
module.exports = {
  ...base,
  roots: ['<rootDir>/test'],
  testRegex: '\\.e2e-spec\\.ts$',
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 60_000,
};
