/* eslint-disable */
// Lets `node -r tsconfig-paths/register -r ./test/support/ts-register.cjs scripts/<x>.ts` run a script's real
// entry from its TypeScript source (compiled by swc, as Jest does), so tests can check its exit code
// without building dist/.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');
const { transformSync } = require('@swc/core');

const swc = JSON.parse(readFileSync(join(__dirname, '..', '..', '.swcrc'), 'utf8'));
require.extensions['.ts'] = function compile(module, filename) {
  const { code } = transformSync(readFileSync(filename, 'utf8'), { ...swc, swcrc: false, filename, sourceMaps: 'inline' });
  module._compile(code, filename);
};
