import type * as OpenIdClient from 'openid-client';

/**
 * `openid-client` (v6) is published as ECMAScript modules only, while the API is compiled to CommonJS. Node ≥ 20.19
 * loads an ES module graph without top-level await through `require()`, so the library is required, not imported.
 * The `require` used is Node's own, taken from `process.getBuiltinModule('node:module')`: under Jest, the `require`
 * a module receives is Jest's, which would try to run the ESM files as CommonJS; Node's loads them natively, outside
 * Jest's module registry (so nothing of it is transformed or mocked). Types come from the package as usual.
 */
export function loadOpenIdClient(): typeof OpenIdClient {
  const { createRequire } = process.getBuiltinModule('node:module');
  return createRequire(__filename)('openid-client') as typeof OpenIdClient;
}
