import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { AuditAnchorService } from '@mnio/audit';
import { loadConfig } from '@mnio/platform';
import { DEMO_ORGS, seedDemo } from '../../../db/seeds/demo';
import { auditVerify } from '../../../scripts/audit-verify';
import { migrate } from '../../../scripts/migrate';
import { PrivateCluster } from '../../../scripts/pg-private-cluster';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';

const ASSO93 = 'asso.93@demo.mnio.test';

/** Every file under `dir` (recursively). */
function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(join(dir, e.name)) : e.isFile() ? [join(dir, e.name)] : []));
}

function holds(files: string[], needle: string): boolean {
  const bytes = Buffer.from(needle);
  return files.some((f) => statSync(f).size > 0 && readFileSync(f).includes(bytes));
}

/**
 * The restore drill of docs/operations.md ("Backups and point-in-time recovery"), on a private PostgreSQL
 * cluster started by this test (temporary directory, free loopback port) with its own pgBackRest repository
 * (encrypted, aes-256-cbc) and WAL archiving: write through the API, take a full backup, write more, note a
 * time, write more again, lose the data directory, restore to that time, and check what came back.
 * About a minute on a quiet machine (half of it migrating the new cluster); the timeouts allow for a loaded one.
 */
describe('restore drill: pgBackRest backup, point-in-time restore, audit journal intact', () => {
  let cluster: PrivateCluster;
  let anchorsDir: string;
  let api: TestApi | undefined;
  const saved: Record<string, string | undefined> = {};
  let ownerUrl: string;

  const setEnv = (vars: Record<string, string>) => {
    for (const [k, v] of Object.entries(vars)) {
      if (!(k in saved)) saved[k] = process.env[k];
      process.env[k] = v;
    }
  };

  beforeAll(async () => {
    cluster = await PrivateCluster.create({ stanza: 'drill', compress: 'none', settings: { fsync: 'off' } });
    anchorsDir = mkdtempSync(join(tmpdir(), 'mnio-drill-anchors-'));
    ownerUrl = cluster.url('mnio_test_drill');
    const admin = new Client({ connectionString: cluster.url('postgres') });
    await admin.connect();
    await admin.query('CREATE DATABASE mnio_test_drill');
    await admin.end();
    setEnv({
      DATABASE_OWNER_URL: ownerUrl,
      DATABASE_URL: cluster.url('mnio_test_drill', 'mnio_app'),
      MNIO_AUDIT_ANCHOR_SINK: `file:${join(anchorsDir, 'anchors.jsonl')}`,
      QUEUE_PREFIX: `${process.env.QUEUE_PREFIX}_drill`,
      DATABASE_POOL_SIZE: '4',
    });
    await migrate(ownerUrl, process.env.DATABASE_URL);
    await seedDemo(ownerUrl);
  }, 300_000);

  afterAll(async () => {
    await api?.close();
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    if (anchorsDir) rmSync(anchorsDir, { recursive: true, force: true });
    await cluster?.destroy();
  }, 60_000);

  it('brings back exactly the cases written before the target time, with an intact journal that matches its anchors, and the API serves them', async () => {
    api = await startApi();
    const asso = await api.as(ASSO93);
    const anchors = api.app.get(AuditAnchorService);
    const write = async (n: number) => {
      const made: { id: string; reference: string }[] = [];
      for (let i = 0; i < n; i++) {
        const { body } = await asso.post('/api/cases').send(caseBody()).expect(201);
        await asso.get(`/api/cases/${body.id}`).expect(200); // an audited read
        made.push({ id: body.id, reference: body.reference });
      }
      await asso.post(`/api/cases/${made[0].id}/consents`).send({ purpose: 'orientation', granted: true, method: 'oral', targetOrganisationId: DEMO_ORGS.acse }).expect(201);
      await asso.post(`/api/cases/${made[0].id}/orientations`).send({ targetKind: 'acse', targetOrganisationId: DEMO_ORGS.acse, reason: 'local_danger' }).expect(201);
      return made;
    };

    // A: before the full backup. B: after it, before the target (replayed from the archived WAL). C: after the target.
    const a = await write(3);
    expect((await anchors.anchor()).anchored).toBeGreaterThan(0);
    const full = await cluster.backup('full');
    expect(full.type).toBe('full');
    const b = await write(2);
    expect((await anchors.anchor()).anchored).toBeGreaterThan(0);
    const db = new Client({ connectionString: ownerUrl });
    await db.connect();
    let target: string;
    let c: { id: string; reference: string }[];
    try {
      target = (await db.query<{ t: string }>(`SELECT to_char(clock_timestamp() AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US') || '+00' AS t`)).rows[0].t;
      await new Promise((r) => setTimeout(r, 20));
      c = await write(2);
      expect((await anchors.anchor()).anchored).toBeGreaterThan(0);
      // The data directory holds the references in clear (so the next check could fail)…
      await db.query('CHECKPOINT');
    } finally {
      await db.end();
    }
    await cluster.archiveNow();
    await api.close();
    api = undefined;
    expect(holds(filesUnder(join(cluster.dataDir, 'base')), a[0].reference)).toBe(true);
    // …the repository (backup and archived WAL, stored uncompressed here) does not: it is encrypted.
    const repoFiles = filesUnder(cluster.repoDir);
    expect(repoFiles.length).toBeGreaterThan(10);
    expect(holds(repoFiles, a[0].reference) || holds(repoFiles, b[0].reference) || holds(repoFiles, 'audit_entries')).toBe(false);

    // The disaster: the data directory is lost. Restore the full backup and replay the WAL up to the target.
    await cluster.restore({ type: 'time', target }, full.label);

    const restored = new Client({ connectionString: ownerUrl });
    await restored.connect();
    try {
      const refs = (await restored.query<{ reference: string }>(`SELECT reference FROM cases ORDER BY reference`)).rows.map((r) => r.reference);
      expect(refs).toEqual([...a, ...b].map((x) => x.reference).sort());
      expect(refs).not.toContain(c[0].reference);
      const [{ n }] = (await restored.query<{ n: number }>(`SELECT count(*)::int AS n FROM orientations`)).rows;
      expect(n).toBe(2);
    } finally {
      await restored.end();
    }

    // The external copy of the anchors still holds the one made after the target: verified against it, the
    // journal shows the rewind, as it must.
    const config = loadConfig();
    const lines: string[] = [];
    expect(await auditVerify(config, (l) => lines.push(l))).toBe(2);
    expect(lines.join('')).toMatch(/BROKEN .*anchor_missing_from_database/);
    // The runbook's step: the restored timeline's copy holds the anchors made up to the target (the original
    // file is kept as evidence). Against it the journal is intact, and every anchor of the database matches.
    const sinkFile = join(anchorsDir, 'anchors.jsonl');
    const all = readFileSync(sinkFile, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { anchoredAt: string });
    const upToTarget = all.filter((r) => new Date(r.anchoredAt) <= new Date(target.replace(' ', 'T').replace('+00', 'Z')));
    expect(upToTarget.length).toBe(all.length - 1);
    const timelineSink = join(anchorsDir, 'anchors-restored.jsonl');
    writeFileSync(timelineSink, upToTarget.map((r) => `${JSON.stringify(r)}\n`).join(''), { mode: 0o600 });
    setEnv({ MNIO_AUDIT_ANCHOR_SINK: `file:${timelineSink}` });
    lines.length = 0;
    expect(await auditVerify(loadConfig(), (l) => lines.push(l))).toBe(0);
    expect(lines.join('')).toMatch(new RegExp(`^audit journal intact: \\d+ entries in \\d+ streams, ${upToTarget.length} anchors \\(${upToTarget.length} signed`));

    // The application starts on the restored database and serves a restored case; the lost one is not there.
    api = await startApi();
    const again = await api.as(ASSO93);
    const { body: seen } = await again.get(`/api/cases/${b[1].id}`).expect(200);
    expect(seen.reference).toBe(b[1].reference);
    await again.get(`/api/cases/${c[0].id}`).expect(404);
    // And it writes again on the new timeline, anchored after the restored anchors.
    await again.post('/api/cases').send(caseBody()).expect(201);
    expect((await api.app.get(AuditAnchorService).anchor()).anchored).toBeGreaterThan(0);
    lines.length = 0;
    expect(await auditVerify(loadConfig(), (l) => lines.push(l))).toBe(0);
  }, 300_000);
});
