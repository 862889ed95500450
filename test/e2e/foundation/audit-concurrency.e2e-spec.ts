import { randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { ANCHOR_SINK, AuditJournal, AuditKeys, verifyAuditJournal } from '@mnio/audit';
import { TransactionHost } from '@mnio/platform';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';

interface Row {
  seq: string;
  prev_hash: string;
  hash: string;
}

/** The journal under many parallel writers, in the run's shared database (other files write to it too). */
describe('audit journal under concurrency', () => {
  let api: TestApi;
  let db: Client;
  let journal: AuditJournal;
  let txHost: TransactionHost;
  let ds: DataSource;
  beforeAll(async () => {
    api = await startApi();
    db = await rawDb();
    journal = api.app.get(AuditJournal);
    txHost = api.app.get(TransactionHost);
    ds = api.app.get(DataSource);
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const write = (stream: string, entries = 1) =>
    txHost.withTransaction(async () => {
      for (let i = 0; i < entries; i++) await journal.record({ action: 'test.concurrent_write', subjectType: 'test', subjectId: stream, stream, details: { i } });
    });

  /** The stream's chain: seqs 1..n without gap, each entry linked to the previous one's hash. */
  async function expectUnforked(stream: string, n: number): Promise<void> {
    const { rows } = await db.query<Row>(`SELECT seq, prev_hash, hash FROM audit_entries WHERE stream = $1 ORDER BY seq`, [stream]);
    expect(rows.map((r) => Number(r.seq))).toEqual(Array.from({ length: n }, (_, i) => i + 1));
    expect(rows[0].prev_hash).toBe('0'.repeat(64));
    for (let i = 1; i < rows.length; i++) expect(rows[i].prev_hash).toBe(rows[i - 1].hash);
    expect(new Set(rows.map((r) => r.hash)).size).toBe(n);
    const head = await db.query(`SELECT seq, hash FROM audit_stream_heads WHERE stream = $1`, [stream]);
    expect(head.rows).toEqual([{ seq: String(n), hash: rows[n - 1].hash }]);
  }

  it('never forks one stream under 40 concurrent transactions', async () => {
    const stream = `test:${randomUUID()}`;
    await Promise.all(Array.from({ length: 40 }, () => write(stream)));
    await expectUnforked(stream, 40);
  });

  it('never forks one stream when each of 40 concurrent transactions appends several entries', async () => {
    const stream = `test:${randomUUID()}`;
    await Promise.all(Array.from({ length: 40 }, () => write(stream, 3)));
    await expectUnforked(stream, 120);
    // The entries of one transaction are consecutive: nobody slipped in between.
    const { rows } = await db.query<{ seq: string; i: number }>(`SELECT seq, (details->>'i')::int AS i FROM audit_entries WHERE stream = $1 ORDER BY seq`, [stream]);
    expect(rows.map((r) => r.i)).toEqual(Array.from({ length: 120 }, (_, k) => k % 3));
  });

  it('keeps 40 streams written concurrently apart, each starting at seq 1', async () => {
    const streams = Array.from({ length: 40 }, () => `test:${randomUUID()}`);
    await Promise.all(streams.flatMap((s) => [write(s), write(s)]));
    for (const s of streams) await expectUnforked(s, 2);
  });

  it('rolls the entry back with the act: nothing is journaled for a failed transaction', async () => {
    const stream = `test:${randomUUID()}`;
    await write(stream);
    await expect(
      txHost.withTransaction(async () => {
        await journal.record({ action: 'test.rolled_back', subjectType: 'test', subjectId: stream, stream });
        throw new Error('the act failed');
      }),
    ).rejects.toThrow('the act failed');
    await write(stream);
    await expectUnforked(stream, 2);
  });

  it('refuses to write outside a transaction', async () => {
    await expect(journal.record({ action: 'test.no_tx', subjectType: 'test', subjectId: 'x' })).rejects.toMatchObject({ code: 'INTERNAL_ERROR' });
  });

  it('verifies the whole journal, even while other transactions keep appending', async () => {
    const streams = Array.from({ length: 8 }, () => `test:${randomUUID()}`);
    let writing = true;
    const writers = streams.map(async (s) => {
      while (writing) await write(s);
    });
    try {
      for (let i = 0; i < 5; i++) {
        const result = await verifyAuditJournal(ds, { keys: api.app.get(AuditKeys), sink: api.app.get(ANCHOR_SINK) });
        expect(result.firstBreak).toBeUndefined();
        expect(result.ok).toBe(true);
        expect(result.entries).toBeGreaterThan(0);
      }
    } finally {
      writing = false;
      await Promise.all(writers);
    }
  });

  it('journals concurrent API commands on one subject without forking', async () => {
    const admin = await api.as('admin@demo.mnio.test');
    const created = await admin
      .post('/api/admin/users')
      .send({ email: `t-${randomUUID().slice(0, 12)}@foundation.mnio.test`, displayName: 'X', memberships: [] })
      .expect(201);
    const statuses = Array.from({ length: 20 }, (_, i) => (i % 2 ? 'active' : 'disabled'));
    const results = await Promise.all(statuses.map((status) => admin.patch(`/api/admin/users/${created.body.id}`).send({ status })));
    expect(results.map((r) => r.status)).toEqual(Array(20).fill(200));
    // Creation journals the user and its enrolment link, then one entry per status change.
    await expectUnforked(`user:${created.body.id}`, 22);
  });
});
