import { execFileSync, execSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, realpathSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { MigrationInterface, QueryRunner } from 'typeorm';
import { migrationNames } from '@mnio/platform';
import { expandContractFindings, MigrationClass } from '../../../db/expand-contract';
import { MIGRATIONS } from '../../../db/migrations';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { appUrlFor, migrate } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';
import { caseBody } from '../../support/cases';
import { freePort, ROOT, runEntry, RunningEntry, spawnEntry } from '../../support/entry';
import { clearPrefix, sleep, waitFor } from '../../support/stack';

/**
 * Expand-then-contract (ADR 0012): a release's migrations never break the previous release's processes, which
 * keep serving while they apply. Two halves:
 * - static: every migration after BASELINE is read statement by statement (db/expand-contract.ts) and may
 *   only expand, unless it declares itself the contract step of an expansion an earlier release shipped;
 * - live: the previous release's API — its own code, taken from git (`git archive`) and run from source with
 *   this checkout's node_modules — on a database its own migrations made, serves reads and writes while this
 *   code's migrations apply, and not one request fails. A deliberately breaking change then shows the same
 *   load does notice a break.
 */

/**
 * Migrations up to here were written before mnio's first release, when no previous release ran beside them
 * (the static check flags several of them: plain CREATE INDEX on existing tables, a CHECK added to the
 * anchors; the reporting counts' and ProConnect's plain indexes on small tables; the unaccompanied-minor CHECK on
 * a column no earlier code writes). mnio's first release is the round that brought this check, whose last
 * migration is the baseline. Every later migration must be expand-only. Move it only forward, and only to a
 * migration that has shipped in a release.
 */
const BASELINE = 'CaseReferenceSequences1764320090000';
const CURRENT = migrationNames(MIGRATIONS);

function git(args: string[]): string {
  return execFileSync('git', args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
}

/** The migration names a commit's db/migrations/index.ts lists, in order (null when the file is absent there). */
function migrationsAt(rev: string): string[] | null {
  let src: string;
  try {
    src = git(['show', `${rev}:db/migrations/index.ts`]);
  } catch {
    return null;
  }
  return src.slice(src.indexOf('MIGRATIONS')).match(/\b[A-Z][A-Za-z0-9]*\d{13}\b/g) ?? [];
}

/**
 * The previous release: `MNIO_PREVIOUS_RELEASE` (a tag or commit) when set, else the newest commit whose
 * migrations are a strict subset of this code's — HEAD itself when this checkout adds migrations not yet
 * committed, else the parent of the newest commit that changed the list.
 */
function previousRelease(): { rev: string; names: string[] } {
  const strictSubset = (l: string[] | null): l is string[] => !!l && l.length < CURRENT.length && l.every((n) => CURRENT.includes(n));
  const pinned = process.env.MNIO_PREVIOUS_RELEASE;
  if (pinned) {
    const names = migrationsAt(pinned);
    if (!names) throw new Error(`MNIO_PREVIOUS_RELEASE=${pinned} has no db/migrations/index.ts`);
    return { rev: git(['rev-parse', pinned]), names };
  }
  const head = migrationsAt('HEAD');
  if (strictSubset(head)) return { rev: git(['rev-parse', 'HEAD']), names: head };
  for (const commit of git(['log', '--format=%H', '--', 'db/migrations/index.ts']).split('\n').filter(Boolean)) {
    const parent = migrationsAt(`${commit}^`);
    if (strictSubset(parent)) return { rev: git(['rev-parse', `${commit}^`]), names: parent };
  }
  throw new Error('no earlier commit with fewer migrations');
}

/** A migration made of the given statements, for the check's own tests. */
function fake(name: string, statements: string[], extra: { transaction?: boolean; contractOf?: string } = {}): MigrationClass {
  return class implements MigrationInterface {
    name = name;
    transaction = extra.transaction;
    contractOf = extra.contractOf;
    async up(q: QueryRunner) {
      for (const s of statements) await q.query(s);
    }
    async down() {}
  };
}

describe('expand-then-contract: the static check of the migrations', () => {
  it('finds every migration after the baseline expand-only', async () => {
    const findings = await expandContractFindings(MIGRATIONS, BASELINE, previousRelease().names);
    expect(findings.map((f) => `${f.migration}: ${f.problem} — ${f.statement}`)).toEqual([]);
  });

  it('refuses each statement that would break the previous release or hold its writes', async () => {
    const base = fake('Base1764300000000', []);
    const cases: [string, RegExp][] = [
      ['ALTER TABLE cases DROP COLUMN narrative', /drop column narrative on cases/],
      ['ALTER TABLE cases DROP CONSTRAINT cases_pkey', /drop constraint cases_pkey on cases/],
      ['ALTER TABLE memberships DROP CONSTRAINT IF EXISTS memberships_user_id_fkey', /drop constraint if exists memberships_user_id_fkey/],
      ['ALTER TABLE cases RENAME COLUMN reference TO ref', /renames cases/],
      ['ALTER TABLE cases RENAME TO dossiers', /renames cases/],
      ['ALTER TABLE cases ALTER COLUMN sex TYPE varchar(10)', /changes a column's type on cases/],
      ['ALTER TABLE cases ALTER COLUMN nationality SET NOT NULL', /SET NOT NULL on cases/],
      ['ALTER TABLE cases ALTER COLUMN events DROP DEFAULT', /drop default on cases/],
      ['ALTER TABLE cases ADD COLUMN language text NOT NULL', /NOT NULL column without DEFAULT to cases/],
      ['ALTER TABLE cases ADD COLUMN a text, ADD COLUMN b int NOT NULL', /NOT NULL column without DEFAULT to cases/],
      [`ALTER TABLE cases ADD CONSTRAINT cases_sex_chk CHECK (sex IN ('female', 'male')) NOT VALID`, /adds a constraint to cases/],
      ['ALTER TABLE cases ADD COLUMN host uuid REFERENCES organisations(id)', /adds a constraint to cases/],
      ['CREATE INDEX cases_sex_idx ON cases (sex)', /without CONCURRENTLY holds its writes/],
      ['CREATE UNIQUE INDEX CONCURRENTLY cases_x_idx ON cases (reference, sex)', /a UNIQUE index on cases/],
      ['DROP TABLE reporting_cases', /drops table reporting_cases/],
      ['DROP INDEX IF EXISTS cases_forms_idx', /drops index cases_forms_idx/],
      ['DROP FUNCTION audit_refuse_change()', /drops function audit_refuse_change/],
      ['ALTER INDEX cases_forms_idx RENAME TO cases_forms2_idx', /renames index cases_forms_idx/],
      ['DELETE FROM notifications WHERE read_at IS NOT NULL', /deletes rows of notifications/],
      ['TRUNCATE outbox_messages', /deletes rows of outbox_messages/],
    ];
    for (const [sql, problem] of cases) {
      const findings = await expandContractFindings([base, fake('Bad1764300000001', [sql], { transaction: false })], 'Base1764300000000');
      expect({ sql, problems: findings.map((f) => f.problem) }).toEqual({ sql, problems: expect.arrayContaining([expect.stringMatching(problem)]) });
    }
    const inTransaction = await expandContractFindings([base, fake('Tx1764300000002', ['CREATE INDEX CONCURRENTLY cases_sex_idx ON cases (sex)'])], 'Base1764300000000');
    expect(inTransaction.map((f) => f.problem)).toEqual([expect.stringContaining('CONCURRENTLY cannot run in a transaction')]);
  });

  it('lets through what only expands: new tables with their constraints and indexes, nullable or defaulted columns, backfills, concurrent indexes', async () => {
    const good = fake('Good1764300000001', [
      `CREATE TABLE case_languages (case_id uuid NOT NULL REFERENCES cases(id), language text NOT NULL, PRIMARY KEY (case_id, language))`,
      `CREATE UNIQUE INDEX case_languages_idx ON case_languages (language, case_id)`,
      `ALTER TABLE case_languages ADD CONSTRAINT case_languages_chk CHECK (language <> '')`,
      `ALTER TABLE cases ADD COLUMN language text, ADD COLUMN priority int NOT NULL DEFAULT 0`,
      `ALTER TABLE cases ALTER COLUMN language SET DEFAULT 'fr'`,
      `ALTER TABLE memberships DROP CONSTRAINT IF EXISTS memberships_role_check`,
      `UPDATE cases SET language = 'fr' WHERE language IS NULL`,
      `CREATE FUNCTION case_language_fill() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN NEW.language := coalesce(NEW.language, 'fr'); RETURN NEW; END $$`,
      `-- no DROP COLUMN here, only in a comment
       SELECT 'DROP TABLE cases; ALTER TABLE cases RENAME TO x'`,
    ]);
    const concurrent = fake('Index1764300000002', ['DROP INDEX CONCURRENTLY IF EXISTS cases_language_idx', 'CREATE INDEX CONCURRENTLY cases_language_idx ON cases (language)'], { transaction: false });
    expect(await expandContractFindings([fake('Base1764300000000', []), good, concurrent], 'Base1764300000000')).toEqual([]);
  });

  it('allows a contract step only as a migration of its own naming an expansion the previous release already had', async () => {
    const expand = fake('AddLanguage1764300000001', ['ALTER TABLE cases ADD COLUMN language text']);
    const contract = fake('DropLegacyLanguage1764300000002', ['ALTER TABLE cases DROP COLUMN legacy_language'], { contractOf: 'AddLanguage1764300000001' });
    const all = [fake('Base1764300000000', []), expand, contract];
    expect(await expandContractFindings(all, 'Base1764300000000', ['Base1764300000000', 'AddLanguage1764300000001'])).toEqual([]);
    // The same release as its expansion: the previous release is still running without the expansion.
    expect((await expandContractFindings(all, 'Base1764300000000', ['Base1764300000000'])).map((f) => f.problem)).toEqual([
      expect.stringContaining('which the previous release does not have yet'),
    ]);
    const orphan = fake('DropSomething1764300000003', ['ALTER TABLE cases DROP COLUMN narrative'], { contractOf: 'Nothing1764300000000' });
    expect((await expandContractFindings([fake('Base1764300000000', []), orphan], 'Base1764300000000')).map((f) => f.problem)).toEqual([
      expect.stringContaining('which is not an earlier migration'),
    ]);
  });
});

interface Outcome {
  what: string;
  status: number;
  started: number;
  ended: number;
}

describe("expand-then-contract: the previous release's API keeps serving while this code's migrations apply", () => {
  const previous = previousRelease();
  let dir: string;
  let owner: string;
  let app: string;
  let prefix: string;
  let api: RunningEntry | undefined;
  let base: string;

  beforeAll(async () => {
    // The previous release's tree, from git, with this checkout's dependencies (same package-lock in practice).
    dir = mkdtempSync(join(tmpdir(), 'mnio-previous-'));
    execSync(`git archive --format=tar ${previous.rev} | tar -x -C ${JSON.stringify(dir)}`, { cwd: ROOT, stdio: 'ignore' });
    symlinkSync(realpathSync(join(ROOT, 'node_modules')), join(dir, 'node_modules'));

    const url = new URL(process.env.DATABASE_OWNER_URL!);
    url.pathname = `${url.pathname}_ec${randomBytes(3).toString('hex')}`;
    owner = url.toString();
    app = appUrlFor(owner);
    prefix = `${process.env.QUEUE_PREFIX}_ec`;
    await ensureDatabase(owner);
    const env = { DATABASE_OWNER_URL: owner, DATABASE_URL: app };
    // Migrated and seeded by the previous release's own code, as production was before the upgrade.
    const setUp = await runEntry(
      `-econst { migrate } = require('./scripts/migrate'); const { seedDemo } = require('./db/seeds/demo');
       migrate(process.env.DATABASE_OWNER_URL, process.env.DATABASE_URL).then(() => seedDemo(process.env.DATABASE_OWNER_URL))
         .then(() => process.exit(0), (e) => { process.stderr.write(e.message + '\\n'); process.exit(1); });`,
      env,
      dir,
    );
    if (setUp.code !== 0) throw new Error(`the previous release's migrations failed: ${setUp.output}`);

    const port = await freePort();
    base = `http://127.0.0.1:${port}`;
    api = spawnEntry('apps/api/src/main.ts', { ...env, PORT: String(port), HOST: '127.0.0.1', QUEUE_PREFIX: prefix, MNIO_METRICS_PORT: '0', LOG_LEVEL: 'error' }, dir);
    await waitFor(
      async () => {
        if (api!.child.exitCode !== null) throw new Error(`the previous API exited ${api!.child.exitCode}: ${api!.output()}`);
        return (await fetch(`${base}/health/ready`).catch(() => null))?.status === 200;
      },
      "the previous release's API to start",
      150_000,
      500,
    );
  }, 300_000);

  afterAll(async () => {
    await api?.stop();
    if (owner) await dropDatabase(owner);
    if (prefix) await clearPrefix(process.env.REDIS_URL!, prefix);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  async function signIn(email: string): Promise<string> {
    const res = await fetch(`${base}/api/auth/login`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password: DEMO_PASSWORD }) });
    if (res.status !== 200) throw new Error(`sign-in failed: ${res.status}`);
    return `Bearer ${((await res.json()) as { accessToken: string }).accessToken}`;
  }

  /** One user's work, in a loop until `stop()`: record a case, read it, display its identity (an audited read), list cases. */
  function load(token: string, territory: string, outcomes: Outcome[], running: () => boolean): Promise<void> {
    const call = async (what: string, path: string, init: RequestInit = {}): Promise<unknown> => {
      const started = Date.now();
      let status = 0;
      let body: unknown;
      try {
        const res = await fetch(`${base}${path}`, { ...init, headers: { authorization: token, 'content-type': 'application/json', ...init.headers } });
        status = res.status;
        body = await res.json().catch(() => undefined);
      } finally {
        outcomes.push({ what, status, started, ended: Date.now() });
      }
      return body;
    };
    return (async () => {
      while (running()) {
        const created = (await call('record a case', '/api/cases', { method: 'POST', body: JSON.stringify(caseBody({ territory })) })) as { id?: string } | undefined;
        if (!created?.id) continue;
        await call('read a case', `/api/cases/${created.id}`);
        await call('display an identity', `/api/cases/${created.id}/identity?reason=follow_up`);
        await call('list cases', '/api/cases?limit=20');
      }
    })();
  }

  /** The previous API's logged errors (codes and routes only: the logs hold no personal data). */
  const loggedErrors = () =>
    (api?.output() ?? '')
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { level: number; req?: { path?: string }; err?: { code?: string; type?: string } })
      .filter((l) => l.level >= 50)
      .map((l) => `${l.req?.path ?? '-'} ${l.err?.type ?? ''} ${l.err?.code ?? ''}`);
  const failed = (o: Outcome) => o.status < 200 || o.status >= 300;
  /** Failures counted by request and status (`record a case 500: 3`), for a readable assertion. */
  const failures = (outcomes: Outcome[]) => {
    const counts = new Map<string, number>();
    for (const o of outcomes.filter(failed)) counts.set(`${o.what} ${o.status || 'no answer'}`, (counts.get(`${o.what} ${o.status || 'no answer'}`) ?? 0) + 1);
    return Object.fromEntries(counts);
  };

  it('serves reads and writes without one failure while the migrations apply', async () => {
    // Case workers of two territories, each recording in their own.
    const users: [string, string][] = [['asso.93@demo.mnio.test', '93'], ['ase.93@demo.mnio.test', '93'], ['asso.75@demo.mnio.test', '75']];
    const tokens = await Promise.all(users.map(([email]) => signIn(email)));
    const outcomes: Outcome[] = [];
    let go = true;
    const loops = tokens.map((t, i) => load(t, users[i][1], outcomes, () => go));
    let migrationStart = 0;
    let migrationEnd = 0;
    let applied: string[] = [];
    try {
      await waitFor(() => outcomes.length >= 12, 'some load before migrating', 60_000);
      migrationStart = Date.now();
      applied = await migrate(owner, app);
      migrationEnd = Date.now();
      const after = outcomes.length;
      await waitFor(() => outcomes.length >= after + 12, 'some load after migrating', 60_000);
      await sleep(500);
    } finally {
      go = false;
      await Promise.all(loops);
    }
    expect(applied).toEqual(CURRENT.filter((n) => !previous.names.includes(n)));
    expect({ failures: failures(outcomes), logged: loggedErrors() }).toEqual({ failures: {}, logged: [] });
    // Requests in flight while the migrations ran (the concurrent index build waits for their transactions).
    const during = outcomes.filter((o) => o.started <= migrationEnd && o.ended >= migrationStart);
    expect(during.length).toBeGreaterThan(0);
    expect(new Set(outcomes.map((o) => o.what))).toEqual(new Set(['record a case', 'read a case', 'display an identity', 'list cases']));
  }, 180_000);

  it('notices a break: the same load fails once a column the previous release reads is renamed (what the rule forbids)', async () => {
    const token = await signIn('asso.93@demo.mnio.test');
    const { Client } = await import('pg');
    const db = new Client({ connectionString: owner });
    await db.connect();
    try {
      await db.query(`ALTER TABLE cases RENAME COLUMN reference TO reference_renamed`);
    } finally {
      await db.end();
    }
    const outcomes: Outcome[] = [];
    let go = true;
    const loop = load(token, '93', outcomes, () => go);
    await waitFor(() => outcomes.length >= 3, 'some load on the broken schema', 60_000);
    go = false;
    await loop;
    expect(Object.keys(failures(outcomes)).length).toBeGreaterThan(0);
  }, 120_000);
});
