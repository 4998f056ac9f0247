const base = require('./jest.base');

/** Unit specs live beside the code they test. */
module.exports = {
  ...base,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testRegex: '\\.spec\\.ts$',
  // The web client's tests run in Vitest.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/apps/web/'],
};
