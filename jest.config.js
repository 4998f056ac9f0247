const base = require('./jest.base');

/** Unit specs live beside the code they test. */
module.exports = {
  ...base,
  roots: ['<rootDir>/apps', '<rootDir>/libs'],
  testRegex: '\\.spec\\.ts$',
};
