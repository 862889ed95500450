import { Client } from 'pg';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';

const ASSO93 = 'asso.93@demo.mnio.test';
const REFERENCE = /^93-\d{4}-\d{6}$/;

/** A connection as the application's role (DATABASE_URL), which may not create objects itself. */
async function appDb(): Promise<Client> {
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  return client;
}

describe('case references: one PostgreSQL sequence per territory and year, no hot row', () => {
  let api: TestApi;
  beforeAll(async () => (api = await startApi()));
  afterAll(() => api.close());

  it('gives 50 concurrent creations in one territory 50 distinct references, without an error', async () => {
    const worker = await api.as(ASSO93);
    const answers = await Promise.all(Array.from({ length: 50 }, () => worker.post('/api/cases').send(caseBody())));
    expect(answers.map((a) => a.status)).toEqual(Array(50).fill(201));
    const references = answers.map((a) => a.body.reference as string);
    expect(references.filter((r) => !REFERENCE.test(r))).toEqual([]);
    expect(new Set(references).size).toBe(50);
    // Each one is the reference stored with its case.
    const db = await rawDb();
    try {
      const { rows } = await db.query<{ id: string; reference: string }>(`SELECT id, reference FROM cases WHERE id = ANY($1::uuid[])`, [answers.map((a) => a.body.id)]);
      expect(new Map(rows.map((r) => [r.id, r.reference]))).toEqual(new Map(answers.map((a) => [a.body.id, a.body.reference])));
    } finally {
      await db.end();
    }
  });

  it('creates a territory-year sequence once when its first numbers are taken concurrently, as the application role', async () => {
    const year = 2100 + Math.floor(Math.random() * 800); // a territory-year nobody has used in this database
    const clients = await Promise.all(Array.from({ length: 12 }, () => appDb()));
    try {
      const numbers = await Promise.all(clients.map(async (c) => (await c.query<{ n: string }>(`SELECT case_reference_number('2B', $1) AS n`, [year])).rows[0].n));
      expect(numbers.map(Number).sort((a, b) => a - b)).toEqual(Array.from({ length: 12 }, (_, i) => i + 1));
      const formatted = await clients[0].query<{ r: string }>(`SELECT case_reference_next('2B', $1) AS r`, [year]);
      expect(formatted.rows[0].r).toBe(`2B-${year}-000013`);
    } finally {
      await Promise.all(clients.map((c) => c.end()));
    }
  });

  it('refuses a territory or year that is not one, so no sequence name is made from arbitrary text', async () => {
    const db = await appDb();
    try {
      await expect(db.query(`SELECT case_reference_number($1, 2026)`, ['93; DROP TABLE cases'])).rejects.toMatchObject({ code: '22023' });
      await expect(db.query(`SELECT case_reference_number('93', 1066)`)).rejects.toMatchObject({ code: '22023' });
      // The application role cannot create a sequence itself: only through the function.
      await expect(db.query(`CREATE SEQUENCE case_reference_93_2999`)).rejects.toMatchObject({ code: '42501' });
    } finally {
      await db.end();
    }
  });

  it('keeps the previous release safe during a rolling deployment: its case_sequences allocation takes numbers of the same sequence', async () => {
    const year = 2100 + Math.floor(Math.random() * 800);
    const db = await appDb();
    try {
      const fresh = async () => Number((await db.query<{ n: string }>(`SELECT case_reference_number('75', $1) AS n`, [year])).rows[0].n);
      // The previous release's statement, verbatim.
      const old = async () =>
        Number((await db.query<{ last: number }>(`INSERT INTO case_sequences AS s (territory, year, last) VALUES ($1, $2, 1) ON CONFLICT (territory, year) DO UPDATE SET last = s.last + 1 RETURNING last`, ['75', year])).rows[0].last);
      const taken = [await fresh(), await old(), await fresh(), await old(), await old(), await fresh()];
      expect(new Set(taken).size).toBe(taken.length);
      expect([...taken].sort((a, b) => a - b)).toEqual(taken); // increasing, gaps allowed
    } finally {
      await db.end();
    }
  });
});
