import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { EX_SCHEMA_NEWER, EX_SCHEMA_PENDING, migrationNames } from '@mnio/platform';
import { MIGRATIONS } from '../../../db/migrations';
import { appUrlFor, migrate, revertLast } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';
import { useApi, TestApi } from '../../support/app';
import { freePort, runEntry, spawnEntry } from '../../support/entry';
import { waitFor } from '../../support/stack';

const NAMES = migrationNames(MIGRATIONS);
const LAST = NAMES[NAMES.length - 1];
const FUTURE = 'FromANewerRelease1764329999999';

/**
 * The database's schema against the code's migrations: `npm run migrate:status` and its exit codes, the api
 * and the worker refusing a schema older or newer than their code (exit 75 and 65, a message saying which
 * migrations and what to do), the operator's way past a newer, expand-only schema, and the schema version in
 * the health endpoint. Each changes a scratch database of its own, never the run's.
 */
describe('the database schema and the code', () => {
  let owner: string;
  let app: string;
  let db: Client;

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_OWNER_URL!);
    url.pathname = `${url.pathname}_sv${randomBytes(3).toString('hex')}`;
    owner = url.toString();
    app = appUrlFor(owner);
    await ensureDatabase(owner);
    await migrate(owner, app);
    db = new Client({ connectionString: owner });
    await db.connect();
  }, 120_000);
  afterAll(async () => {
    await db?.end();
    if (owner) await dropDatabase(owner);
  });

  const env = () => ({ DATABASE_OWNER_URL: owner, DATABASE_URL: app, PORT: '0', WORKER_HEALTH_PORT: '0', MNIO_METRICS_PORT: '0', WORKER_METRICS_PORT: '0', QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_sv` });

  it('migrate:status lists every applied migration, says up to date and exits 0', async () => {
    const r = await runEntry('scripts/migrate-status.ts', env());
    expect(r.code).toBe(0);
    for (const name of NAMES) expect(r.output).toMatch(new RegExp(`^  ${name} +applied `, 'm'));
    // Dates are recorded from the migration that records them on; earlier ones say so.
    expect(r.output).toMatch(new RegExp(`^  ${NAMES[0]} +applied \\(date not recorded\\)$`, 'm'));
    expect(r.output).toMatch(new RegExp(`^  ${LAST} +applied \\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d UTC$`, 'm'));
    expect(r.output).toContain('pending migrations (0): none');
    expect(r.output).toContain(`database schema up to date (${LAST})`);
  }, 120_000);

  it('with a migration pending: migrate:status exits 75 naming it, the api and the worker refuse to start with 75 and say to migrate', async () => {
    await revertLast(owner);
    try {
      const status = await runEntry('scripts/migrate-status.ts', env());
      expect(status.code).toBe(EX_SCHEMA_PENDING);
      expect(status.output).toContain(`pending migrations (1):\n  ${LAST}\n`);
      expect(status.output).toContain('run `npm run migrate`');

      const [api, worker] = await Promise.all([runEntry('apps/api/src/main.ts', env()), runEntry('apps/worker/src/main.ts', env())]);
      expect(api.code).toBe(EX_SCHEMA_PENDING);
      expect(api.output).toContain(`api refuses to start: the database schema is older than this release (1 pending migration(s): ${LAST}).\nRun \`npm run migrate\` first`);
      expect(api.output).toContain(`api refuse de démarrer : le schéma de la base est plus ancien que cette version (migrations en attente : ${LAST}). Lancez d'abord \`npm run migrate\`.`);
      expect(worker.code).toBe(EX_SCHEMA_PENDING);
      expect(worker.output).toContain('worker refuses to start: the database schema is older than this release');
    } finally {
      await migrate(owner, app);
    }
    expect((await runEntry('scripts/migrate-status.ts', env())).code).toBe(0);
  }, 300_000);

  it('with a migration this code does not know: migrate:status exits 65, the api and the worker refuse with 65 naming it and what to do', async () => {
    await db.query(`INSERT INTO migrations (timestamp, name) VALUES (1764329999999, $1)`, [FUTURE]);
    try {
      const status = await runEntry('scripts/migrate-status.ts', env());
      expect(status.code).toBe(EX_SCHEMA_NEWER);
      expect(status.output).toMatch(new RegExp(`^  ${FUTURE} +applied .* — unknown to this code$`, 'm'));
      expect(status.output).toContain(`database schema NEWER than this code: ${FUTURE} applied but unknown here`);

      const [api, worker] = await Promise.all([runEntry('apps/api/src/main.ts', env()), runEntry('apps/worker/src/main.ts', env())]);
      expect(api.code).toBe(EX_SCHEMA_NEWER);
      expect(api.output).toContain(`api refuses to start: the database schema is newer than this release (applied in the database, unknown to this code: ${FUTURE}).`);
      expect(api.output).toContain('Deploy the release that has these migrations, or roll the database back');
      expect(api.output).toContain(`MNIO_ACCEPT_NEWER_SCHEMA=${FUTURE}`);
      expect(api.output).toContain(`api refuse de démarrer : le schéma de la base est plus récent que cette version (migrations appliquées inconnues de ce code : ${FUTURE}).`);
      expect(worker.code).toBe(EX_SCHEMA_NEWER);
      expect(worker.output).toContain(`worker refuses to start: the database schema is newer than this release (applied in the database, unknown to this code: ${FUTURE})`);
      // `npm start` migrates first, which cannot help: it stops before starting anything, with the same code.
      const start = await runEntry('scripts/start.ts', env());
      expect(start.code).toBe(EX_SCHEMA_NEWER);
      expect(start.output).toContain(`mnio refuses to start: the database schema is newer than this release (applied in the database, unknown to this code: ${FUTURE}).`);
      expect(start.output).not.toContain('mnio is starting');

      // Accepting another migration than the one applied changes nothing; a name that is not one is a bad setting.
      expect((await runEntry('apps/api/src/main.ts', { ...env(), MNIO_ACCEPT_NEWER_SCHEMA: 'SomethingElse1764329999998' })).code).toBe(EX_SCHEMA_NEWER);
      const bad = await runEntry('apps/api/src/main.ts', { ...env(), MNIO_ACCEPT_NEWER_SCHEMA: "x'; DROP TABLE cases" });
      expect(bad.code).toBe(78);
      expect(bad.output).toContain('Invalid configuration: MNIO_ACCEPT_NEWER_SCHEMA must be migration names separated by commas');
    } finally {
      await db.query(`DELETE FROM migrations WHERE name = $1`, [FUTURE]);
    }
  }, 400_000);

  it('starts beside a newer schema the operator accepts (a rollback after expand-only migrations), and says so in its health', async () => {
    await db.query(`INSERT INTO migrations (timestamp, name) VALUES (1764329999999, $1)`, [FUTURE]);
    const port = await freePort();
    const api = spawnEntry('apps/api/src/main.ts', { ...env(), PORT: String(port), HOST: '127.0.0.1', MNIO_ACCEPT_NEWER_SCHEMA: FUTURE });
    try {
      const ready = await waitFor(
        async () => {
          if (api.child.exitCode !== null) throw new Error(`api exited ${api.child.exitCode}: ${api.output()}`);
          const res = await fetch(`http://127.0.0.1:${port}/health/ready`).catch(() => null);
          return res?.status === 200 && ((await res.json()) as { info: { schema: unknown } });
        },
        'the api to start',
        150_000,
        500,
      );
      expect(ready.info.schema).toEqual({ status: 'up', version: FUTURE, pending: 0, unknown: 1, state: 'ahead', requiredForReadiness: false });
      expect(api.output()).toContain(`api starts beside newer migrations accepted by MNIO_ACCEPT_NEWER_SCHEMA: ${FUTURE}`);
    } finally {
      await api.stop();
      await db.query(`DELETE FROM migrations WHERE name = $1`, [FUTURE]);
    }
  }, 200_000);
});

describe('the health endpoint', () => {
  let api: TestApi;
  useApi((a) => (api = a));

  it('reports the schema version, the newest migration applied, without making readiness depend on it', async () => {
    const res = await api.http.get('/health/ready').expect(200);
    expect(res.body.info.schema).toEqual({ status: 'up', version: LAST, pending: 0, unknown: 0, state: 'current', requiredForReadiness: false });
  });
});
