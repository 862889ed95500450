import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * The pages load only the DSFR stylesheets listed in src/app/dsfr.css. Every DSFR class that the sources, or the
 * react-dsfr components they import, name must still be defined by those files: a component used without its
 * stylesheet would show unstyled.
 */
const here = dirname(fileURLToPath(import.meta.url));
const src = resolve(here, '..');
const reactDsfr = resolve(here, '../../../../node_modules/@codegouvfr/react-dsfr');

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    if (statSync(p).isDirectory()) return files(p);
    return /\.tsx?$/.test(f) && !/\.test\.tsx?$/.test(f) && !p.includes(`${join('src', 'test')}`) ? [p] : [];
  });
}

/** A react-dsfr module and the modules of the package it imports, relatively, in turn. */
function moduleAndItsImports(file: string, seen: Set<string>): void {
  if (seen.has(file) || !existsSync(file)) return;
  seen.add(file);
  for (const [, spec] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*["'](\.{1,2}\/[^"']+)["']/g)) {
    const base = resolve(dirname(file), spec);
    const candidate = [base, `${base}.js`, join(base, 'index.js')].find((c) => existsSync(c) && statSync(c).isFile());
    if (candidate && candidate.endsWith('.js')) moduleAndItsImports(candidate, seen);
  }
}

const CLASS = /\bfr-[a-zA-Z0-9_-]*[a-zA-Z0-9]/g;
const defines = (css: string, cls: string) => new RegExp(`\\.${cls.replace(/[-]/g, '\\-')}(?![\\w-])`).test(css);

describe('DSFR stylesheets', () => {
  const sources = files(src);
  const dsfrModules = new Set<string>();
  for (const f of sources) {
    for (const [, name] of readFileSync(f, 'utf8').matchAll(/from '@codegouvfr\/react-dsfr\/([^']+)'/g)) {
      const base = join(reactDsfr, name);
      moduleAndItsImports(existsSync(`${base}.js`) ? `${base}.js` : join(base, 'index.js'), dsfrModules);
    }
  }
  const loaded = [...readFileSync(join(here, 'dsfr.css'), 'utf8').matchAll(/@import '@codegouvfr\/react-dsfr\/([^']+)';/g)].map(([, p]) => readFileSync(join(reactDsfr, p), 'utf8')).join('\n');
  const whole = readFileSync(join(reactDsfr, 'dsfr/dsfr.css'), 'utf8');

  it('reads the sources and the react-dsfr components they use', () => {
    expect(sources.length).toBeGreaterThan(50);
    expect([...dsfrModules].some((m) => m.endsWith('Header/Header.js'))).toBe(true);
    expect(loaded.length).toBeGreaterThan(100_000);
  });

  it('defines every DSFR class that the pages name', () => {
    const named = new Set<string>();
    for (const f of [...sources, ...dsfrModules]) for (const [cls] of readFileSync(f, 'utf8').matchAll(CLASS)) named.add(cls);
    expect(named.has('fr-header')).toBe(true);
    const missing = [...named].filter((cls) => defines(whole, cls) && !defines(loaded, cls));
    expect(missing).toEqual([]);
  });
});
