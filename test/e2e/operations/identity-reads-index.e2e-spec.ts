import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { IDENTITY_READS_MAX_PER_USER_SQL, IDENTITY_READS_WINDOW_MINUTES } from '@mnio/platform';
import { appUrlFor, migrate } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';

/**
 * The alert « a burst of identity reads by one user » reads `mnio_identity_reads_max_per_user`, counted by
 * the worker at every scrape over the last minutes of the case access log. On a journal of a month (a scratch
 * database filled behind the application's back: raw rows, never verified), the planner reads it from the
 * index of identity reads by time (migration 1764320071000), a range of the window's entries, and not from
 * the whole journal nor from every identity read ever made.
 */
describe('the identity-read burst query', () => {
  let owner: string;
  let db: Client;

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_OWNER_URL!);
    url.pathname = `${url.pathname}_ir${randomBytes(3).toString('hex')}`;
    owner = url.toString();
    await ensureDatabase(owner);
    await migrate(owner, appUrlFor(owner));
    db = new Client({ connectionString: owner });
    await db.connect();
    // 60,000 entries over 30 days, one in ten an identity read by one of 50 users; then a burst of 7 reads by one user now.
    await db.query(`INSERT INTO audit_entries (stream, seq, occurred_at, actor_user_id, action, subject_type, subject_id, prev_hash, hash)
      SELECT 'case:' || (i % 500), i, now() - (i * interval '43 seconds'), ('00000000-0000-4000-8000-' || lpad((i % 50)::text, 12, '0'))::uuid,
             CASE WHEN i % 10 = 0 THEN 'case.identity_read' ELSE 'case.read' END, 'case', (i % 500)::text, 'x', 'x'
        FROM generate_series(1, 60000) i`);
    await db.query(`INSERT INTO audit_entries (stream, seq, occurred_at, actor_user_id, action, subject_type, subject_id, prev_hash, hash)
      SELECT 'case:burst', i, now() - (i * interval '10 seconds'), '00000000-0000-4000-8000-00000000beef', 'case.identity_read', 'case', 'burst', 'x', 'x'
        FROM generate_series(1, 7) i`);
    await db.query(`ANALYZE audit_entries`);
  }, 180_000);
  afterAll(async () => {
    await db?.end();
    if (owner) await dropDatabase(owner);
  });

  it('is served by the index of identity reads by time, built valid', async () => {
    const valid = await db.query(`SELECT indisvalid FROM pg_index WHERE indexrelid = 'audit_entries_identity_reads_time_idx'::regclass`);
    expect(valid.rows).toEqual([{ indisvalid: true }]);
    const sql = IDENTITY_READS_MAX_PER_USER_SQL.replace('$1', String(IDENTITY_READS_WINDOW_MINUTES));
    const [{ 'QUERY PLAN': plan }] = (await db.query(`EXPLAIN (FORMAT JSON) ${sql}`)).rows as { 'QUERY PLAN': unknown }[];
    const scans = JSON.stringify(plan).match(/"(?:Index Name|Relation Name)":"[a-z_]+"/g);
    expect(scans).toEqual(['"Index Name":"audit_entries_identity_reads_time_idx"', '"Relation Name":"audit_entries"']);
    expect(JSON.stringify(plan)).not.toContain('Seq Scan');
  });

  it('counts the busiest user of the window', async () => {
    // The window (10 minutes) holds the 7 burst reads and a single one of the background's.
    const { rows } = await db.query(IDENTITY_READS_MAX_PER_USER_SQL, [IDENTITY_READS_WINDOW_MINUTES]);
    expect(rows).toEqual([{ n: 7 }]);
  });
});
