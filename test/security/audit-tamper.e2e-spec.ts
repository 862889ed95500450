import { execFile } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Test, TestingModule } from '@nestjs/testing';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import {
  anchorHash, ANCHOR_SINK, AnchorSinkMismatchError, AuditAnchorService, AuditBreak, AuditEntryRow, AuditJournal, AuditKeys, AuditModule, AuditRoleCheck, entryHash, FileAnchorSink, signAnchor, signingKeyOf, verifyAuditJournal,
} from '@mnio/audit';
import { APP_CONFIG, AppConfig, loadConfig, PlatformModule, TransactionHost } from '@mnio/platform';
import { migrate } from '../../scripts/migrate';
import { asOwner, dropDatabase, ensureDatabase } from '../../scripts/services';

interface AnchorRow {
  id: string;
  anchored_at: Date;
  heads: Record<string, { seq: number; hash: string }>;
  prev_hash: string;
  hash: string;
  key_id: string | null;
  signature: string | null;
}

const ROOT = join(__dirname, '..', '..');

/**
 * Issue 11 §1: what someone holding the database (its owner, a superuser) can do to the journal, and that
 * `npm run audit:verify` names each kind of tampering (exit 2) — and what the application's own role cannot
 * do at all. Tampering breaks the chain for everyone reading the database, so it happens in a throw-away
 * database of its own (created and migrated as `npm start` does, dropped at the end), each case undone
 * before the next.
 */
describe('security: the audit journal cannot be rewritten behind the application', () => {
  const appUrl = (() => {
    const u = new URL(process.env.DATABASE_URL!);
    u.pathname = `${u.pathname}_audit_tamper`;
    return u.toString();
  })();
  const ownerUrl = asOwner(appUrl);
  const config: AppConfig = { ...loadConfig(), databaseUrl: appUrl };
  let moduleRef: TestingModule;
  let journal: AuditJournal;
  let txHost: TransactionHost;
  let anchors: AuditAnchorService;
  let ds: DataSource;
  let sink: FileAnchorSink;
  /** The owner (a superuser here): what an intruder with the database's keys to the house could do. */
  let db: Client;
  /** The application's role, as the api and worker connect. */
  let app: Client;
  const detected: string[] = [];

  /** Runs `sql` as the superuser with the triggers off. */
  async function behindTheAppsBack(sql: string, params: unknown[] = []): Promise<void> {
    await db.query('SET session_replication_role = replica');
    try {
      await db.query(sql, params);
    } finally {
      await db.query('SET session_replication_role = DEFAULT');
    }
  }

  const verify = () => verifyAuditJournal(ds, { keys: moduleRef.get(AuditKeys), sink });

  /** The real `npm run audit:verify` entry (scripts/audit-verify.ts), run as a process on the scratch database. */
  const cli = (): Promise<{ code: number; output: string }> =>
    new Promise((resolve, reject) => {
      execFile(
        process.execPath,
        ['-r', 'tsconfig-paths/register', '-r', './test/support/ts-register.cjs', 'scripts/audit-verify.ts'],
        { cwd: ROOT, env: { ...process.env, DATABASE_URL: appUrl }, timeout: 60_000 },
        (error, stdout, stderr) => {
          const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
          if (code !== 0 && code !== 2) reject(new Error(`audit:verify exited ${code}: ${stderr}`));
          else resolve({ code, output: stdout });
        },
      );
    });

  /** Tampers, checks the verifier and the CLI name it, then undoes it and checks the journal is intact again. */
  async function expectDetected(kind: string, tamper: () => Promise<void>, undo: () => Promise<void>, expected: AuditBreak, line: RegExp): Promise<void> {
    await tamper();
    try {
      const result = await verify();
      expect(result.ok).toBe(false);
      expect(result.firstBreak).toEqual(expected);
      const { code, output } = await cli();
      expect(output).toMatch(line);
      expect(code).toBe(2);
      detected.push(kind);
    } finally {
      await undo();
    }
    expect((await verify()).firstBreak).toBeUndefined();
  }

  const entries = async (stream: string) => (await db.query<AuditEntryRow>(`SELECT * FROM audit_entries WHERE stream = $1 ORDER BY seq`, [stream])).rows;
  const anchorRows = async () => (await db.query<AnchorRow>(`SELECT * FROM audit_anchors ORDER BY id`)).rows;
  const contentOf = (r: AuditEntryRow, changes: Partial<{ action: string }> = {}) => ({
    stream: r.stream, seq: Number(r.seq), occurredAt: r.occurred_at.toISOString(), actorUserId: r.actor_user_id, actorOrganisationId: r.actor_organisation_id,
    action: changes.action ?? r.action, subjectType: r.subject_type, subjectId: r.subject_id, reason: r.reason, requestId: r.request_id, ip: r.ip, details: r.details,
  });
  const restoreEntries = async (rows: AuditEntryRow[]) => {
    for (const r of rows) {
      await behindTheAppsBack(`DELETE FROM audit_entries WHERE id = $1`, [r.id]);
      await behindTheAppsBack(
        `INSERT INTO audit_entries (id, stream, seq, occurred_at, actor_user_id, actor_organisation_id, action, subject_type, subject_id, reason, request_id, ip, details, prev_hash, hash, key_id)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16)`,
        [r.id, r.stream, r.seq, r.occurred_at, r.actor_user_id, r.actor_organisation_id, r.action, r.subject_type, r.subject_id, r.reason, r.request_id, r.ip,
          JSON.stringify(r.details), r.prev_hash, r.hash, r.key_id],
      );
    }
  };
  const restoreHead = async (stream: string) => {
    const rows = await entries(stream);
    const last = rows[rows.length - 1];
    await behindTheAppsBack(`UPDATE audit_stream_heads SET seq = $2, hash = $3, prev_hash = $4 WHERE stream = $1`, [stream, last.seq, last.hash, last.prev_hash]);
  };
  const restoreAnchors = async (rows: AnchorRow[]) => {
    for (const a of rows) {
      await behindTheAppsBack(`DELETE FROM audit_anchors WHERE id = $1`, [a.id]);
      await behindTheAppsBack(`INSERT INTO audit_anchors (id, anchored_at, heads, prev_hash, hash, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
        a.id, a.anchored_at, JSON.stringify(a.heads), a.prev_hash, a.hash, a.key_id, a.signature,
      ]);
    }
  };
  const append = (stream: string, n: number) =>
    (async () => {
      for (let i = 0; i < n; i++) {
        await txHost.withTransaction(() => journal.record({ action: 'test.write', subjectType: stream.split(':')[0], subjectId: stream.split(':')[1], stream, details: { i } }));
      }
    })();

  beforeAll(async () => {
    await ensureDatabase(ownerUrl);
    await migrate(ownerUrl, appUrl);
    moduleRef = await Test.createTestingModule({ imports: [PlatformModule, AuditModule] }).overrideProvider(APP_CONFIG).useValue(config).compile();
    await moduleRef.init();
    journal = moduleRef.get(AuditJournal);
    txHost = moduleRef.get(TransactionHost);
    anchors = moduleRef.get(AuditAnchorService);
    ds = moduleRef.get(DataSource);
    sink = moduleRef.get(ANCHOR_SINK);
    expect(sink.path).toContain('_audit_tamper');
    db = new Client({ connectionString: ownerUrl });
    await db.connect();
    app = new Client({ connectionString: appUrl });
    await app.connect();
    // case:a, case:b, user:c, four entries each, sealed by anchor 1; case:b two more, sealed by anchor 2;
    // user:c one more, not anchored yet.
    for (const stream of ['case:a', 'case:b', 'user:c']) await append(stream, 4);
    expect(await anchors.anchor()).toEqual({ anchored: 3 });
    await append('case:b', 2);
    expect(await anchors.anchor()).toEqual({ anchored: 1 });
    await append('user:c', 1);
  });

  afterAll(async () => {
    await app?.end();
    await db?.end();
    await moduleRef?.close();
    await dropDatabase(ownerUrl);
    if (detected.length) process.stdout.write(`\naudit tampering: ${detected.length} kinds detected and named by audit:verify (exit 2): ${detected.join(', ')}\n`);
  });

  it('verifies an intact journal: keyed entries, signed anchors, each in the sink; the CLI exits 0', async () => {
    expect(await verify()).toEqual({ ok: true, entries: 15, streams: 3, anchors: 2, signedAnchors: 2 });
    const rows = await db.query<{ key_id: string; n: number }>(`SELECT key_id, count(*)::int AS n FROM audit_entries GROUP BY key_id`);
    expect(rows.rows).toEqual([{ key_id: config.auditCurrentKeyId, n: 15 }]);
    expect((await sink.readAll()).map((r) => ('id' in r ? r.id : r))).toEqual((await anchorRows()).map((a) => a.id));
    const { code, output } = await cli();
    expect(output).toBe(`audit journal intact: 15 entries in 3 streams, 2 anchors (2 signed, each in file:${sink.path})\n`);
    expect(code).toBe(0);
  });

  describe('the application role', () => {
    it.each([
      ['UPDATE audit_entries SET action = $$x$$', 'audit_entries'],
      ['DELETE FROM audit_entries', 'audit_entries'],
      ['TRUNCATE audit_entries', 'audit_entries'],
      ['UPDATE audit_anchors SET hash = $$x$$', 'audit_anchors'],
      ['DELETE FROM audit_anchors', 'audit_anchors'],
      ['TRUNCATE audit_anchors', 'audit_anchors'],
      ['DELETE FROM audit_stream_heads', 'audit_stream_heads'],
      ['TRUNCATE audit_stream_heads', 'audit_stream_heads'],
    ])('is refused %s by privilege', async (sql, table) => {
      await expect(app.query(sql)).rejects.toMatchObject({ code: '42501', message: `permission denied for table ${table}` });
    });

    it.each([
      'ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only',
      'ALTER TABLE audit_anchors DISABLE TRIGGER ALL',
      'ALTER TABLE audit_stream_heads DISABLE TRIGGER audit_stream_heads_forward_only',
      'DROP TRIGGER audit_entries_append_only ON audit_entries',
      'DROP TABLE audit_entries',
    ])('cannot %s: it owns nothing', async (sql) => {
      await expect(app.query(sql)).rejects.toMatchObject({ code: '42501', message: expect.stringMatching(/^must be owner of (table|relation) audit_/) });
    });

    it('cannot switch the triggers off for its session, and is neither superuser nor owner of any table', async () => {
      await expect(app.query('SET session_replication_role = replica')).rejects.toMatchObject({ code: '42501' });
      const me = await app.query(`SELECT rolsuper, rolcreaterole, rolcreatedb, rolbypassrls FROM pg_roles WHERE rolname = current_user`);
      expect(me.rows).toEqual([{ rolsuper: false, rolcreaterole: false, rolcreatedb: false, rolbypassrls: false }]);
      const owned = await app.query(`SELECT count(*)::int AS n FROM pg_class WHERE relowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)`);
      expect(owned.rows[0].n).toBe(0);
    });

    it('cannot rewind, jump or forge a stream head (they only move forward, one entry at a time)', async () => {
      await expect(app.query(`UPDATE audit_stream_heads SET seq = seq - 1 WHERE stream = 'case:a'`)).rejects.toThrow('only moves forward');
      await expect(app.query(`UPDATE audit_stream_heads SET seq = seq + 5 WHERE stream = 'case:a'`)).rejects.toThrow('only moves forward');
      await expect(app.query(`UPDATE audit_stream_heads SET hash = 'x' WHERE stream = 'case:a'`)).rejects.toThrow('only moves forward');
      await expect(app.query(`INSERT INTO audit_stream_heads (stream, seq, hash, prev_hash) VALUES ('case:z', 3, 'x', 'y')`)).rejects.toThrow('starts at seq 0');
    });

    it('may append and read, and the grants on tables added by later migrations come by default', async () => {
      await expect(app.query(`SELECT count(*) FROM audit_entries`)).resolves.toMatchObject({ rows: [{ count: expect.stringMatching(/^\d+$/) }] });
      const privileges = await app.query(
        `SELECT c.relname AS table, has_table_privilege(c.oid, 'INSERT') AS ins, has_table_privilege(c.oid, 'SELECT') AS sel, has_table_privilege(c.oid, 'UPDATE') AS upd,
           has_table_privilege(c.oid, 'DELETE') AS del, has_table_privilege(c.oid, 'TRUNCATE') AS trunc
         FROM pg_class c WHERE c.relnamespace = 'public'::regnamespace AND c.relkind = 'r' ORDER BY 1`,
      );
      const of = (t: string) => privileges.rows.find((r) => r.table === t);
      expect(of('audit_entries')).toEqual({ table: 'audit_entries', ins: true, sel: true, upd: false, del: false, trunc: false });
      expect(of('audit_anchors')).toEqual({ table: 'audit_anchors', ins: true, sel: true, upd: false, del: false, trunc: false });
      expect(of('audit_stream_heads')).toEqual({ table: 'audit_stream_heads', ins: true, sel: true, upd: true, del: false, trunc: false });
      // The migrations' bookkeeping: read only (the boot's schema check), never written.
      expect(of('migrations')).toEqual({ table: 'migrations', ins: false, sel: true, upd: false, del: false, trunc: false });
      // Every other table: the DML a command needs, never TRUNCATE.
      for (const r of privileges.rows.filter((r) => !r.table.startsWith('audit_') && r.table !== 'migrations')) {
        expect(r).toEqual({ table: r.table, ins: true, sel: true, upd: true, del: true, trunc: false });
      }
      // A table the owner creates later (a helper's migration) is the application's to use at once.
      await db.query(`CREATE TABLE tamper_test_later (id serial PRIMARY KEY, v text)`);
      try {
        await app.query(`INSERT INTO tamper_test_later (v) VALUES ('ok')`);
        await expect(app.query(`SELECT v FROM tamper_test_later`)).resolves.toMatchObject({ rows: [{ v: 'ok' }] });
      } finally {
        await db.query(`DROP TABLE tamper_test_later`);
      }
    });

    it('is what a production process must connect as: connected as the owner, it refuses to start', async () => {
      const asOwnerModule = await Test.createTestingModule({ imports: [PlatformModule, AuditModule] })
        .overrideProvider(APP_CONFIG)
        .useValue({ ...config, databaseUrl: ownerUrl, nodeEnv: 'production' })
        .compile();
      try {
        // The boot hook alone (init() would leave the module unclosable once a hook has thrown).
        await expect(asOwnerModule.get(AuditRoleCheck).onApplicationBootstrap()).rejects.toThrow('can rewrite the audit journal');
        await expect(moduleRef.get(AuditRoleCheck).onApplicationBootstrap()).resolves.toBeUndefined();
      } finally {
        await asOwnerModule.close();
      }
    });

    it('never finds the journal key or the signing key in the database: every table scanned', async () => {
      const secrets = [config.auditKeys[config.auditCurrentKeyId], config.auditSigningKeys[config.auditSigningKeyId!]].flatMap((k) => [k.toString('base64'), k.toString('hex')]);
      // This database and the run's shared one, where the other test files' acts are journaled.
      const shared = new Client({ connectionString: process.env.DATABASE_OWNER_URL });
      await shared.connect();
      let scanned = 0;
      try {
        for (const client of [db, shared]) {
          const tables = await client.query<{ name: string }>(`SELECT quote_ident(relname) AS name FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'm')`);
          expect(tables.rows.length).toBeGreaterThan(10);
          for (const { name } of tables.rows) {
            const rows = await client.query<{ t: string }>(`SELECT t::text AS t FROM ${name} t`);
            for (const r of rows.rows) for (const s of secrets) expect(r.t.includes(s)).toBe(false);
            scanned += rows.rows.length;
          }
        }
      } finally {
        await shared.end();
      }
      expect(scanned).toBeGreaterThan(15);
      const settings = await db.query<{ t: string }>(`SELECT string_agg(name || '=' || setting, ';') AS t FROM pg_settings`);
      for (const s of secrets) expect(settings.rows[0].t.includes(s)).toBe(false);
      for (const s of secrets) expect(readFileSync(sink.path, 'utf8').includes(s)).toBe(false);
    });
  });

  describe('tampering by the database owner, each named by audit:verify (exit 2)', () => {
    it('an edited entry', async () => {
      const row = (await entries('case:a'))[1];
      await expectDetected(
        'edited entry',
        () => behindTheAppsBack(`UPDATE audit_entries SET action = 'case.nothing_happened' WHERE id = $1`, [row.id]),
        () => restoreEntries([row]),
        { entryId: row.id, stream: 'case:a', seq: 2, reason: 'hash_mismatch' },
        new RegExp(`^audit journal BROKEN at entry ${row.id} \\(stream case:a, seq 2\\): hash_mismatch — `),
      );
    });

    it('a deleted tail (the head left as it was)', async () => {
      const last = (await entries('case:b'))[5];
      await expectDetected(
        'deleted tail',
        () => behindTheAppsBack(`DELETE FROM audit_entries WHERE id = $1`, [last.id]),
        () => restoreEntries([last]),
        { stream: 'case:b', seq: 5, reason: 'head_mismatch' },
        /^audit journal BROKEN at stream head \(stream case:b, seq 5\): head_mismatch — .*entries missing at the tail/,
      );
    });

    it('a rewound head (the tail cut and the head moved back consistently)', async () => {
      const rows = await entries('case:b');
      const anchor2 = (await anchorRows())[1];
      await expectDetected(
        'rewound head',
        async () => {
          await behindTheAppsBack(`DELETE FROM audit_entries WHERE id = ANY($1)`, [[rows[4].id, rows[5].id]]);
          await behindTheAppsBack(`UPDATE audit_stream_heads SET seq = 4, hash = $2, prev_hash = $3 WHERE stream = $1`, ['case:b', rows[3].hash, rows[3].prev_hash]);
        },
        async () => {
          await restoreEntries([rows[4], rows[5]]);
          await restoreHead('case:b');
        },
        { anchorId: anchor2.id, stream: 'case:b', seq: 6, reason: 'anchored_entry_missing' },
        new RegExp(`^audit journal BROKEN at anchor ${anchor2.id} \\(stream case:b, seq 6\\): anchored_entry_missing`),
      );
    });

    it('dropped anchors (and anchoring stops rather than fork the copy)', async () => {
      const all = await anchorRows();
      await expectDetected(
        'dropped anchors',
        async () => {
          await behindTheAppsBack(`DELETE FROM audit_anchors WHERE id = $1`, [all[1].id]);
          await expect(anchors.anchor()).rejects.toBeInstanceOf(AnchorSinkMismatchError);
        },
        () => restoreAnchors([all[1]]),
        { anchorId: all[1].id, reason: 'anchor_missing_from_database' },
        new RegExp(`^audit journal BROKEN at anchor ${all[1].id}: anchor_missing_from_database`),
      );
    });

    it('a consistent rewrite with recomputed plain SHA-256 hashes of a stream not yet anchored', async () => {
      const rows = await entries('user:c');
      const last = rows[4];
      const forged = entryHash(last.prev_hash, contentOf(last, { action: 'user.nothing_happened' }));
      await expectDetected(
        'plain-hash rewrite',
        async () => {
          await behindTheAppsBack(`UPDATE audit_entries SET action = 'user.nothing_happened', hash = $2, key_id = NULL WHERE id = $1`, [last.id, forged]);
          await behindTheAppsBack(`UPDATE audit_stream_heads SET hash = $2 WHERE stream = $1`, ['user:c', forged]);
        },
        async () => {
          await restoreEntries([last]);
          await restoreHead('user:c');
        },
        { entryId: last.id, stream: 'user:c', seq: 5, reason: 'unkeyed_entry' },
        new RegExp(`^audit journal BROKEN at entry ${last.id} \\(stream user:c, seq 5\\): unkeyed_entry`),
      );
    });

    it('a consistent rewrite with plain hashes of an anchored stream, the anchor chain recomputed too', async () => {
      const rows = await entries('case:a');
      const saved = await anchorRows();
      await expectDetected(
        'plain-hash rewrite with anchors recomputed',
        async () => {
          let prev = rows[0].hash;
          let before = rows[0].prev_hash;
          for (const r of rows.slice(1)) {
            const action = r.seq === '2' ? 'case.nothing_happened' : r.action;
            const hash = entryHash(prev, contentOf(r, { action }));
            await behindTheAppsBack(`UPDATE audit_entries SET action = $2, prev_hash = $3, hash = $4, key_id = NULL WHERE id = $1`, [r.id, action, prev, hash]);
            before = prev;
            prev = hash;
          }
          await behindTheAppsBack(`UPDATE audit_stream_heads SET hash = $1, prev_hash = $2 WHERE stream = 'case:a'`, [prev, before]);
          // Every anchor recomputed over the forged head; the signatures cannot be, so they go.
          let prevAnchor = '0'.repeat(64);
          for (const a of saved) {
            const heads = a.heads['case:a'] ? { ...a.heads, 'case:a': { seq: 4, hash: prev } } : a.heads;
            const hash = anchorHash(prevAnchor, heads);
            await behindTheAppsBack(`UPDATE audit_anchors SET heads = $2, prev_hash = $3, hash = $4, key_id = NULL, signature = NULL WHERE id = $1`, [a.id, JSON.stringify(heads), prevAnchor, hash]);
            prevAnchor = hash;
          }
        },
        async () => {
          await restoreEntries(rows);
          await restoreHead('case:a');
          await restoreAnchors(saved);
        },
        { anchorId: saved[0].id, reason: 'sink_mismatch' },
        new RegExp(`^audit journal BROKEN at anchor ${saved[0].id}: sink_mismatch`),
      );
    });

    it('a disabled trigger, then an edit while it is off', async () => {
      const row = (await entries('user:c'))[0];
      await db.query(`ALTER TABLE audit_entries DISABLE TRIGGER audit_entries_append_only`);
      try {
        expect((await verify()).firstBreak).toEqual({ trigger: 'audit_entries_append_only', reason: 'trigger_disabled' });
        await db.query(`UPDATE audit_entries SET reason = 'nothing to see' WHERE id = $1`, [row.id]);
        const { code, output } = await cli();
        expect(output).toMatch(/^audit journal BROKEN at trigger audit_entries_append_only: trigger_disabled/);
        expect(code).toBe(2);
      } finally {
        await db.query(`ALTER TABLE audit_entries ENABLE TRIGGER audit_entries_append_only`);
      }
      // Switched back on, the edit it let through is still named.
      await expectDetected(
        'disabled trigger',
        async () => undefined,
        () => restoreEntries([row]),
        { entryId: row.id, stream: 'user:c', seq: 1, reason: 'hash_mismatch' },
        new RegExp(`^audit journal BROKEN at entry ${row.id} \\(stream user:c, seq 1\\): hash_mismatch`),
      );
    });

    it('an anchor removed from the sink', async () => {
      const saved = readFileSync(sink.path, 'utf8');
      const [first] = await anchorRows();
      await expectDetected(
        'anchor removed from the sink',
        async () => writeFileSync(sink.path, saved.split('\n').slice(1).join('\n')),
        async () => writeFileSync(sink.path, saved),
        { anchorId: first.id, reason: 'anchor_missing_from_sink' },
        new RegExp(`^audit journal BROKEN at anchor ${first.id}: anchor_missing_from_sink`),
      );
    });

    it('the sink truncated', async () => {
      const saved = readFileSync(sink.path, 'utf8');
      const [, second] = await anchorRows();
      await expectDetected(
        'sink truncated',
        async () => writeFileSync(sink.path, saved.slice(0, saved.indexOf('\n') + 1)),
        async () => writeFileSync(sink.path, saved),
        { anchorId: second.id, reason: 'anchor_missing_from_sink' },
        new RegExp(`^audit journal BROKEN at anchor ${second.id}: anchor_missing_from_sink`),
      );
    });

    it('an anchor forged by the application role (it may insert anchors, but not sign them)', async () => {
      const all = await anchorRows();
      const last = all[all.length - 1];
      const heads = { 'user:c': { seq: 99, hash: 'f'.repeat(64) } };
      const hash = anchorHash(last.hash, heads);
      const id = String(Number(last.id) + 1000);
      const anchoredAt = new Date().toISOString();
      const wrongKey = signingKeyOf(randomBytes(32));
      const signature = signAnchor(wrongKey, { id, anchoredAt, prevHash: last.hash, hash, keyId: config.auditSigningKeyId! });
      await expectDetected(
        'forged anchor',
        async () => {
          await app.query(`INSERT INTO audit_anchors (id, anchored_at, heads, prev_hash, hash, key_id, signature) VALUES ($1, $2, $3, $4, $5, $6, $7)`, [
            id, anchoredAt, JSON.stringify(heads), last.hash, hash, config.auditSigningKeyId, signature,
          ]);
        },
        () => behindTheAppsBack(`DELETE FROM audit_anchors WHERE id = $1`, [id]),
        { anchorId: id, reason: 'anchor_signature_invalid' },
        new RegExp(`^audit journal BROKEN at anchor ${id}: anchor_signature_invalid`),
      );
    });

    it('reports the figure', () => {
      expect(detected).toEqual([
        'edited entry', 'deleted tail', 'rewound head', 'dropped anchors', 'plain-hash rewrite', 'plain-hash rewrite with anchors recomputed',
        'disabled trigger', 'anchor removed from the sink', 'sink truncated', 'forged anchor',
      ]);
    });
  });

  it('copies an anchor committed but not copied (a crash between the two) at the next anchoring', async () => {
    await append('case:a', 1);
    const realAppend = sink.append.bind(sink);
    sink.append = async (records) => {
      if (records.length) throw new Error('disk full');
    };
    try {
      await expect(anchors.anchor()).rejects.toThrow('disk full');
    } finally {
      sink.append = realAppend;
    }
    const [latest] = (await anchorRows()).slice(-1);
    expect((await verify()).firstBreak).toEqual({ anchorId: latest.id, reason: 'anchor_missing_from_sink' });
    expect(await anchors.anchor()).toEqual({ anchored: 0 });
    expect(await verify()).toMatchObject({ ok: true, anchors: 3, signedAnchors: 3 });
  });

  it('keeps appending and anchoring after all this, on unforked chains, with a rotated journal key', async () => {
    // Rotation: a new key keys new entries; the old one stays in the ring to verify the older ones.
    const rotated: AppConfig = { ...config, auditKeys: { r2: randomBytes(32), ...config.auditKeys }, auditCurrentKeyId: 'r2' };
    const next = await Test.createTestingModule({ imports: [PlatformModule, AuditModule] }).overrideProvider(APP_CONFIG).useValue(rotated).compile();
    await next.init();
    try {
      await Promise.all(Array.from({ length: 10 }, () => next.get(TransactionHost).withTransaction(() => next.get(AuditJournal).record({ action: 'test.more', subjectType: 'case', subjectId: 'a', stream: 'case:a' }))));
      expect(await next.get(AuditAnchorService).anchor()).toEqual({ anchored: 1 });
      const result = await verifyAuditJournal(next.get(DataSource), { keys: next.get(AuditKeys), sink });
      expect(result).toMatchObject({ ok: true, entries: 26, anchors: 4, signedAnchors: 4 });
      const keyIds = await db.query(`SELECT key_id, count(*)::int AS n FROM audit_entries GROUP BY key_id ORDER BY key_id`);
      expect(keyIds.rows).toEqual([{ key_id: 'r2', n: 10 }, { key_id: config.auditCurrentKeyId, n: 16 }].sort((a, b) => (a.key_id < b.key_id ? -1 : 1)));
      // Without the retired key the older entries no longer verify: the ring is what keeps them readable.
      const without = new AuditKeys({ ...rotated, auditKeys: { r2: rotated.auditKeys.r2 } });
      expect((await verifyAuditJournal(next.get(DataSource), { keys: without, sink })).firstBreak?.reason).toBe('unknown_key');
    } finally {
      await next.close();
    }
  });
});
