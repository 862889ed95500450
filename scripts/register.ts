import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { renderRegister } from '../libs/privacy/src/register/render-register';

/** The repository root, from scripts/ as from dist/scripts/. */
function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'nest-cli.json'))) dir = dirname(dir);
  return dir;
}

/**
 * `npm run register`: writes docs/register.md (GDPR article 30) from the privacy context's catalogue of processing
 * purposes. `-- --check` only compares, and exits 1 when the file is not what the code generates.
 */
function main(): void {
  const file = join(repoRoot(), 'docs/register.md');
  const generated = renderRegister();
  if (process.argv.includes('--check')) {
    const same = existsSync(file) && readFileSync(file, 'utf8') === generated;
    process.stdout.write(same ? 'docs/register.md is up to date\n' : 'docs/register.md differs from the code: run npm run register\n');
    process.exitCode = same ? 0 : 1;
    return;
  }
  writeFileSync(file, generated);
  process.stdout.write(`docs/register.md written (${generated.length} characters)\n`);
}

main();
