// A worker thread's entry for specs: jest compiles TypeScript in its own module loader, which a
// worker thread does not share, so this loads `workerData.typescriptEntry` through swc, as jest would.
const { readFileSync } = require('node:fs');
const { workerData } = require('node:worker_threads');
const { transformSync } = require('@swc/core');

require.extensions['.ts'] = (module, filename) => {
  const { code } = transformSync(readFileSync(filename, 'utf8'), {
    filename,
    jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
    module: { type: 'commonjs' },
  });
  module._compile(code, filename);
};

require(workerData.typescriptEntry);
