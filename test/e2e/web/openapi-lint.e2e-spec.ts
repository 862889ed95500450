import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApiDocument } from '../../../scripts/openapi-export';

interface Problem {
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
  location: { pointer: string }[];
}

/**
 * The OpenAPI document is one partners integrate against: Redocly's recommended ruleset finds no error in it
 * (every operation summarised, its 2xx and 4xx answers declared, security stated, no ambiguous paths…).
 * Warnings are printed, not failed. Redocly CLI runs in a child Node, as `npx redocly lint` would.
 */
describe('OpenAPI document ↔ Redocly recommended ruleset', () => {
  let dir: string;
  afterAll(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('has no error', async () => {
    dir = mkdtempSync(join(tmpdir(), 'mnio-openapi-'));
    const file = join(dir, 'openapi.json');
    writeFileSync(file, JSON.stringify(await openApiDocument()));
    const out = spawnSync(process.execPath, [require.resolve('@redocly/cli/bin/cli.js'), 'lint', '--extends=recommended', '--format=json', '--max-problems=1000', file], {
      encoding: 'utf8',
      maxBuffer: 64 << 20,
      env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    });
    const report = JSON.parse(out.stdout.slice(out.stdout.indexOf('{'))) as { totals: { errors: number; warnings: number }; problems: Problem[] };
    const says = (p: Problem) => `${p.ruleId}: ${p.message} (${p.location[0]?.pointer ?? ''})`;
    const warnings = report.problems.filter((p) => p.severity === 'warn');
    process.stdout.write(`redocly lint: ${report.totals.errors} errors, ${report.totals.warnings} warnings${warnings.length ? `\n  ${warnings.map(says).join('\n  ')}` : ''}\n`);
    expect(report.problems.filter((p) => p.severity === 'error').map(says)).toEqual([]);
  }, 120_000);
});
