import { randomBytes } from 'node:crypto';
import { Client } from 'pg';
import { DUPLICATE_SEARCH_SQL } from '@mnio/cases';
import { SESSION_OPTIONS } from '@mnio/platform';
import { appUrlFor, migrate } from '../../../scripts/migrate';
import { dropDatabase, ensureDatabase } from '../../../scripts/services';

/**
 * Issue 17 §2: the duplicate search of a creation keeps an index plan at any table size and statistics state.
 * A scratch database filled behind the application's back (raw rows, 40,000 cases with four keys each, one key
 * shared by 300 open cases as a common alias with a common birth year would be, and 100 closed ones) is read
 * before any ANALYZE (a fresh table, a restore: the state in which the earlier plain join scanned every blind
 * index and every case at each creation) and after one. The search must touch neither table whole, and find
 * exactly the open cases sharing a key.
 */
describe('the duplicate search of a creation', () => {
  let owner: string;
  let db: Client;
  const ORG = '00000000-0000-4000-8000-0000000d0001';
  const OTHER = '00000000-0000-4000-8000-0000000d0002';
  const USER = '00000000-0000-4000-8000-0000000d0003';
  const caseId = (i: number) => `00000000-0000-4000-9000-${String(i).padStart(12, '0')}`;
  const COMMON = 'common-alias-key';
  const SEARCHED = caseId(40_000);

  beforeAll(async () => {
    const url = new URL(process.env.DATABASE_OWNER_URL!);
    url.pathname = `${url.pathname}_dup${randomBytes(3).toString('hex')}`;
    owner = url.toString();
    await ensureDatabase(owner);
    await migrate(owner, appUrlFor(owner));
    // The application's own session settings (JIT off), as its pool opens every connection.
    db = new Client({ connectionString: owner, options: SESSION_OPTIONS });
    await db.connect();
    await db.query(`INSERT INTO organisations (id, kind, name, territories) VALUES ($1, 'association', 'Asso plan', '{46}'), ($2, 'association', 'Autre asso', '{48}')`, [ORG, OTHER]);
    await db.query(`INSERT INTO users (id, email, display_name, password_hash) VALUES ($1, 'plan@dup.mnio.test', 'Plan', 'x')`, [USER]);
    // Cases 0..39,999: every 100th of the first 40,000 shares the common key (300 open, 100 closed); case 40,000 is the new one.
    await db.query(
      `INSERT INTO cases (id, reference, territory, owner_organisation_id, created_by, sex, age_band, minor, age_uncertain, foreign_national,
                          exploitation_forms, exploited_in_france, exploited_abroad, identity_enc, viewer_org_ids, identity_org_ids, case_status)
       SELECT ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid, '46-P' || lpad(i::text, 8, '0'), '46',
              CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END, $3, 'female', '25-34', false, false, true, '{sexual_exploitation}', true, false, 'x',
              ARRAY[CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END], ARRAY[CASE WHEN i % 2 = 0 THEN $1::uuid ELSE $2::uuid END],
              CASE WHEN i % 400 = 300 THEN 'closed' ELSE 'follow_up' END
         FROM generate_series(0, 40000) i`,
      [ORG, OTHER, USER],
    );
    await db.query(
      `INSERT INTO case_blind_indexes (hash, case_id)
       SELECT 'k' || i || '-' || k, ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid FROM generate_series(0, 40000) i, generate_series(1, 4) k
       UNION ALL
       SELECT $1, ('00000000-0000-4000-9000-' || lpad(i::text, 12, '0'))::uuid FROM generate_series(0, 40000, 100) i`,
      [COMMON],
    );
  }, 240_000);
  afterAll(async () => {
    await db?.end();
    if (owner) await dropDatabase(owner);
  });

  const plan = async () => {
    const [{ 'QUERY PLAN': p }] = (await db.query(`EXPLAIN (FORMAT JSON) ${DUPLICATE_SEARCH_SQL.replace(/\$1/g, `'${SEARCHED}'::uuid`).replace(/\$2/g, `'${ORG}'::uuid`)}`)).rows as { 'QUERY PLAN': unknown }[];
    return JSON.stringify(p);
  };
  const seqScans = (p: string) => [...p.matchAll(/"Node Type":"Seq Scan"[^}]*?"Relation Name":"([a-z_]+)"/g)].map((m) => m[1]);

  it('reads both tables by index before any statistics exist', async () => {
    const stats = await db.query(`SELECT 1 FROM pg_stats WHERE tablename IN ('cases', 'case_blind_indexes')`);
    expect(stats.rowCount).toBe(0);
    const p = await plan();
    expect(seqScans(p)).toEqual([]);
    expect(p).toContain('"Index Name":"case_blind_indexes_pkey"');
    expect(p).toContain('"Index Name":"cases_pkey"');
  });

  it('and after ANALYZE, with one key shared by 400 cases', async () => {
    await db.query(`ANALYZE cases; ANALYZE case_blind_indexes`);
    const p = await plan();
    expect(seqScans(p)).toEqual([]);
    expect(p).toContain('"Index Name":"case_blind_indexes_pkey"');
  });

  it('finds exactly the open cases sharing a key, once each, on a connection without JIT', async () => {
    await db.query('BEGIN');
    try {
      const { rows } = await db.query<{ caseId: string; inserted: boolean; same: boolean }>(DUPLICATE_SEARCH_SQL, [SEARCHED, ORG]);
      const expected = Array.from({ length: 400 }, (_, n) => n * 100).filter((i) => i % 400 !== 300);
      expect(rows.map((r) => r.caseId).sort()).toEqual(expected.map(caseId).sort());
      expect(rows.every((r) => r.inserted)).toBe(true);
      expect(rows.filter((r) => r.same)).toHaveLength(expected.filter((i) => i % 2 === 0).length);
      // The application's connections never compile a statement (its estimates without statistics would).
      expect((await db.query(`SHOW jit`)).rows).toEqual([{ jit: 'off' }]);
    } finally {
      await db.query('ROLLBACK');
    }
  });
});
