import { Test, TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AuditAnchorService, AuditJournal, AuditModule, verifyAuditJournal } from '@mnio/audit';
import { APP_CONFIG, loadConfig, PlatformModule, TransactionHost } from '@mnio/platform';
import { entryHash } from '../../../libs/audit/src/audit-hash';
import { auditVerify } from '../../../scripts/audit-verify';
import { migrate } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';

interface EntryRow {
  id: string;
  stream: string;
  seq: string;
  occurred_at: Date;
  actor_user_id: string | null;
  actor_organisation_id: string | null;
  action: string;
  subject_type: string;
  subject_id: string | null;
  reason: string | null;
  request_id: string | null;
  ip: string | null;
  details: Record<string, unknown>;
  prev_hash: string;
  hash: string;
}

/**
 * Tampering breaks the chain for everyone reading the database, so it happens in a throw-away database
 * of its own (created and migrated here, dropped at the end), never in the run's shared one.
 */
describe('audit journal: append-only and tamper-evident', () => {
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_audit_tamper`;
  const databaseUrl = url.toString();
  let moduleRef: TestingModule;
  let journal: AuditJournal;
  let txHost: TransactionHost;
  let ds: DataSource;
  let db: Client;
  const entryIds: string[] = [];

  /** Runs `sql` as the database owner with triggers off: what an intruder with database access could do. */
  async function behindTheAppsBack(sql: string, params: unknown[] = []): Promise<void> {
    await db.query('SET session_replication_role = replica');
    try {
      await db.query(sql, params);
    } finally {
      await db.query('SET session_replication_role = DEFAULT');
    }
  }

  const verify = () => verifyAuditJournal(ds);
  const cli = async (): Promise<{ code: number; output: string }> => {
    let output = '';
    const code = await auditVerify(databaseUrl, (line) => (output += line));
    return { code, output };
  };

  beforeAll(async () => {
    await ensureDatabase(databaseUrl);
    await migrate(databaseUrl);
    moduleRef = await Test.createTestingModule({ imports: [PlatformModule, AuditModule] })
      .overrideProvider(APP_CONFIG)
      .useValue({ ...loadConfig(), databaseUrl })
      .compile();
    await moduleRef.init();
    journal = moduleRef.get(AuditJournal);
    txHost = moduleRef.get(TransactionHost);
    ds = moduleRef.get(DataSource);
    db = new Client({ connectionString: databaseUrl });
    await db.connect();
    for (const stream of ['case:a', 'case:b', 'user:c']) {
      for (let i = 0; i < 4; i++) {
        await txHost.withTransaction(() => journal.record({ action: 'test.write', subjectType: stream.split(':')[0], subjectId: stream.split(':')[1], stream, details: { i } }));
      }
    }
    const { rows } = await db.query<{ id: string }>(`SELECT id FROM audit_entries ORDER BY id`);
    entryIds.push(...rows.map((r) => r.id));
  });

  afterAll(async () => {
    await db?.end();
    await moduleRef?.close();
    await dropDatabase(databaseUrl);
  });

  it('verifies an intact journal, and the CLI exits 0', async () => {
    expect(await verify()).toEqual({ ok: true, entries: 12, streams: 3, anchors: 0 });
    expect(await cli()).toEqual({ code: 0, output: 'audit journal intact: 12 entries in 3 streams, 0 anchors\n' });
  });

  it.each([
    ['UPDATE', `UPDATE audit_entries SET action = 'x' WHERE id = (SELECT min(id) FROM audit_entries)`],
    ['DELETE', `DELETE FROM audit_entries WHERE id = (SELECT max(id) FROM audit_entries)`],
    ['TRUNCATE', `TRUNCATE audit_entries`],
  ])('refuses %s on audit_entries', async (op, sql) => {
    await expect(db.query(sql)).rejects.toThrow(`the audit journal is append-only (${op} on audit_entries)`);
    const count = await db.query(`SELECT count(*)::int AS n FROM audit_entries`);
    expect(count.rows[0].n).toBe(12);
  });

  it('seals stream heads into the anchor chain, which is append-only too', async () => {
    const anchors = moduleRef.get(AuditAnchorService);
    expect(await anchors.anchor()).toEqual({ anchored: 3 });
    expect(await anchors.anchor()).toEqual({ anchored: 0 });
    await expect(db.query(`UPDATE audit_anchors SET hash = 'x'`)).rejects.toThrow('append-only (UPDATE on audit_anchors)');
    await expect(db.query(`DELETE FROM audit_anchors`)).rejects.toThrow('append-only (DELETE on audit_anchors)');
    expect(await verify()).toEqual({ ok: true, entries: 12, streams: 3, anchors: 1 });
  });

  it('anchors a head moved by a transaction that committed after an anchor had started', async () => {
    const anchors = moduleRef.get(AuditAnchorService);
    await anchors.anchor();
    let commit!: () => void;
    const held = new Promise<void>((resolve) => (commit = resolve));
    const slow = txHost.withTransaction(async () => {
      await journal.record({ action: 'test.slow', subjectType: 'case', subjectId: 'slow', stream: 'case:slow' });
      await held;
    });
    await new Promise((r) => setTimeout(r, 50));
    // Meanwhile another stream moves and is anchored; the uncommitted head cannot be seen yet.
    await txHost.withTransaction(() => journal.record({ action: 'test.fast', subjectType: 'case', subjectId: 'fast', stream: 'case:fast' }));
    expect(await anchors.anchor()).toEqual({ anchored: 1 });
    commit();
    await slow;
    expect(await anchors.anchor()).toEqual({ anchored: 1 });
    const last = await db.query(`SELECT heads FROM audit_anchors ORDER BY id DESC LIMIT 1`);
    expect(Object.keys(last.rows[0].heads)).toEqual(['case:slow']);
    expect(await anchors.anchor()).toEqual({ anchored: 0 });
  });

  it('reports an entry altered behind the application, naming it; the CLI exits 2', async () => {
    const target = entryIds[5];
    const before = (await db.query<EntryRow>(`SELECT * FROM audit_entries WHERE id = $1`, [target])).rows[0];
    await behindTheAppsBack(`UPDATE audit_entries SET action = 'case.nothing_happened' WHERE id = $1`, [target]);
    try {
      const result = await verify();
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toEqual({ entryId: target, stream: before.stream, seq: Number(before.seq), reason: 'hash_mismatch' });
      const { code, output } = await cli();
      expect(code).toBe(2);
      expect(output).toBe(`audit journal BROKEN at entry ${target} (stream ${before.stream}, seq ${before.seq}): hash_mismatch\n`);
    } finally {
      await behindTheAppsBack(`UPDATE audit_entries SET action = $2 WHERE id = $1`, [target, before.action]);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('reports a deleted entry in the middle of a stream and a deleted last entry', async () => {
    const rows = (await db.query<EntryRow>(`SELECT * FROM audit_entries WHERE stream = 'case:b' ORDER BY seq`)).rows;
    const restore = (row: EntryRow) =>
      behindTheAppsBack(
        `INSERT INTO audit_entries (id, stream, seq, occurred_at, actor_user_id, actor_organisation_id, action, subject_type, subject_id, reason, request_id, ip, details, prev_hash, hash)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15)`,
        [row.id, row.stream, row.seq, row.occurred_at, row.actor_user_id, row.actor_organisation_id, row.action, row.subject_type, row.subject_id, row.reason,
          row.request_id, row.ip, JSON.stringify(row.details), row.prev_hash, row.hash],
      );

    await behindTheAppsBack(`DELETE FROM audit_entries WHERE id = $1`, [rows[1].id]);
    try {
      expect((await verify()).firstBreak).toEqual({ entryId: rows[2].id, stream: 'case:b', seq: 3, reason: 'sequence_gap' });
    } finally {
      await restore(rows[1]);
    }

    await behindTheAppsBack(`DELETE FROM audit_entries WHERE id = $1`, [rows[3].id]);
    try {
      expect((await verify()).firstBreak).toEqual({ stream: 'case:b', seq: 3, reason: 'head_mismatch' });
      const { code, output } = await cli();
      expect(code).toBe(2);
      expect(output).toContain('stream case:b');
    } finally {
      await restore(rows[3]);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('detects a stream rewritten consistently (hashes and head recomputed) once it was anchored', async () => {
    const row = (await db.query<EntryRow>(`SELECT * FROM audit_entries WHERE stream = 'user:c' ORDER BY seq DESC LIMIT 1`)).rows[0];
    const forged = entryHash(row.prev_hash, {
      stream: row.stream, seq: Number(row.seq), occurredAt: row.occurred_at.toISOString(), actorUserId: row.actor_user_id, actorOrganisationId: row.actor_organisation_id,
      action: 'user.nothing_happened', subjectType: row.subject_type, subjectId: row.subject_id, reason: row.reason, requestId: row.request_id, ip: row.ip, details: row.details,
    });
    await behindTheAppsBack(`UPDATE audit_entries SET action = 'user.nothing_happened', hash = $2 WHERE id = $1`, [row.id, forged]);
    await behindTheAppsBack(`UPDATE audit_stream_heads SET hash = $2 WHERE stream = $1`, [row.stream, forged]);
    try {
      expect((await verify()).firstBreak).toEqual({ entryId: row.id, stream: 'user:c', seq: Number(row.seq), reason: 'anchored_entry_changed' });
    } finally {
      await behindTheAppsBack(`UPDATE audit_entries SET action = $2, hash = $3 WHERE id = $1`, [row.id, row.action, row.hash]);
      await behindTheAppsBack(`UPDATE audit_stream_heads SET hash = $2 WHERE stream = $1`, [row.stream, row.hash]);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('detects an altered anchor', async () => {
    const anchor = (await db.query<{ id: string; heads: Record<string, unknown> }>(`SELECT id, heads FROM audit_anchors ORDER BY id LIMIT 1`)).rows[0];
    await behindTheAppsBack(`UPDATE audit_anchors SET heads = heads - 'user:c' WHERE id = $1`, [anchor.id]);
    try {
      expect((await verify()).firstBreak).toEqual({ anchorId: anchor.id, reason: 'anchor_mismatch' });
    } finally {
      await behindTheAppsBack(`UPDATE audit_anchors SET heads = $2 WHERE id = $1`, [anchor.id, JSON.stringify(anchor.heads)]);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('keeps appending after verification, on an unforked chain', async () => {
    await Promise.all(Array.from({ length: 20 }, () => txHost.withTransaction(() => journal.record({ action: 'test.more', subjectType: 'case', subjectId: 'a', stream: 'case:a' }))));
    expect(await verify()).toMatchObject({ ok: true, entries: 34 });
    const seqs = await db.query<{ seq: string }>(`SELECT seq FROM audit_entries WHERE stream = 'case:a' ORDER BY seq`);
    expect(seqs.rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: 24 }, (_, i) => i + 1));
  });
});
