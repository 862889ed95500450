import { repoRoot } from './pg-baseline';

/**
 * JavaScript that loads TypeScript the way Jest does (SWC with the repository's .swcrc, `@mnio/*` paths)
 * and then requires `entry`. Lets the benchmarks start their helper processes and threads from the sources
 * (the smoke run in `npm test`) as well as from `dist/` (`npm run bench`): give it to `node -e` or to a
 * `Worker` with `eval: true`.
 */
export function tsBootSource(entry: string): string {
  const root = repoRoot();
  return `
const fs = require('fs');
const { transformSync } = require('@swc/core');
const root = ${JSON.stringify(root)};
const swcrc = JSON.parse(fs.readFileSync(root + '/.swcrc', 'utf8'));
require.extensions['.ts'] = function (module, filename) {
  const out = transformSync(fs.readFileSync(filename, 'utf8'), { ...swcrc, swcrc: false, filename, sourceMaps: false });
  module._compile(out.code, filename);
};
require('tsconfig-paths').register({ baseUrl: root, paths: { '@mnio/*': ['libs/*/src'] } });
require(${JSON.stringify(entry)});
`;
}

/** True when this code runs from the TypeScript sources (Jest, the smoke run) rather than from dist/. */
export function runningFromSources(): boolean {
  return __filename.endsWith('.ts');
}
