import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(__dirname, '../../..');
const RULES = resolve(ROOT, 'ops/prometheus/alerts.yml');
const RULE_TESTS = resolve(ROOT, 'ops/prometheus/alerts.test.yml');
/** Debian's `prometheus` package brings it; `npm test` installs it first (scripts/ensure-promtool.sh). */
const PROMTOOL = process.env.PROMTOOL_PATH || 'promtool';

function promtool(...args: string[]): { status: number | null; output: string } {
  const r = spawnSync(PROMTOOL, args, { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });
  if (r.error) throw new Error(`${PROMTOOL} cannot run (${(r.error as NodeJS.ErrnoException).code}): run scripts/ensure-promtool.sh or set PROMTOOL_PATH`);
  return { status: r.status, output: `${r.stdout}${r.stderr}` };
}

/** Every metric family the processes declare (`name: 'mnio_…'` in the metrics code). */
function declaredFamilies(): Set<string> {
  const files = execFileSync('git', ['ls-files', 'libs/platform/src/metrics', 'apps/worker/src', 'apps/api/src'], { cwd: ROOT, encoding: 'utf8' }).split('\n').filter((f) => f.endsWith('.ts'));
  const names = new Set<string>();
  for (const f of files) for (const m of readFileSync(resolve(ROOT, f), 'utf8').matchAll(/name: '(mnio_[a-z0-9_]+)'/g)) names.add(m[1]);
  return names;
}

describe('alerting rules (ops/prometheus/alerts.yml)', () => {
  it('pass promtool check rules', () => {
    const r = promtool('check', 'rules', RULES);
    expect([r.status, r.output]).toEqual([0, expect.stringContaining('SUCCESS')]);
  });

  it('pass their promtool unit tests (alerts.test.yml): each fires when it should, and only then', () => {
    const r = promtool('test', 'rules', RULE_TESTS);
    expect([r.status, r.output]).toEqual([0, expect.stringContaining('SUCCESS')]);
  });

  it('cover the alerts the runbook promises, on metrics the processes expose', () => {
    const rules = readFileSync(RULES, 'utf8');
    const alerts = [...rules.matchAll(/- alert: (\w+)/g)].map((m) => m[1]);
    expect(alerts).toEqual(expect.arrayContaining(['MnioOutboxStale', 'MnioDeadLettersPresent', 'MnioDeadLettersIncreasing', 'MnioAuditAnchorStale', 'MnioDatabaseUnreachable', 'MnioHighLatency', 'MnioIdentityReadBurst']));
    const docs = readFileSync(resolve(ROOT, 'docs/operations.md'), 'utf8');
    for (const alert of alerts) expect([alert, docs.includes(alert)]).toEqual([alert, true]);
    const declared = declaredFamilies();
    const used = new Set([...rules.matchAll(/\b(mnio_[a-z0-9_]+)/g)].map((m) => m[1].replace(/_(bucket|count|sum)$/, '')));
    expect(used.size).toBeGreaterThan(5);
    for (const metric of used) expect([metric, declared.has(metric)]).toEqual([metric, true]);
  });

  it('refuses a broken rule file (the check can fail)', () => {
    const r = spawnSync(PROMTOOL, ['check', 'rules', '/dev/stdin'], { input: 'groups:\n  - name: x\n    rules:\n      - alert: Broken\n        expr: rate(mnio_outbox_backlog[5m]\n', encoding: 'utf8' });
    expect(r.status).not.toBe(0);
  });
});
