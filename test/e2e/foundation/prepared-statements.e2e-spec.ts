import { DataSource } from 'typeorm';
import { Client, type Pool, type PoolClient } from 'pg';
import { prepared, preparedName } from '@mnio/platform';
import { startApi, TestApi } from '../../support/app';

/**
 * The statements registered with `prepared()` are planned once per pool connection (ADR 0003): the API's pool
 * sends them under their name, and sends everything else as before. A connection the server ends while it is
 * handed from the pool to a query runner no longer takes the process down.
 */
describe('prepared statements on the API pool', () => {
  let api: TestApi;
  let pool: Pool;

  beforeAll(async () => {
    api = await startApi();
    pool = (api.app.get(DataSource).driver as unknown as { master: Pool }).master;
  });

  afterAll(async () => {
    await api?.close();
  });

  const preparedOn = async (client: PoolClient): Promise<Map<string, string>> => {
    const { rows } = await client.query<{ name: string; statement: string }>('SELECT name, statement FROM pg_prepared_statements');
    return new Map(rows.map((r) => [r.name, r.statement]));
  };

  it('sends a registered text under its name, once parsed per connection, and any other text unnamed', async () => {
    const registered = prepared('SELECT $1::int + 1 AS n /* prepared-statements e2e */');
    const unregistered = 'SELECT $1::int + 2 AS n /* prepared-statements e2e */';
    const name = preparedName(registered)!;
    expect(name).toMatch(/^mnio_[0-9a-f]{16}$/);
    expect(preparedName(unregistered)).toBeUndefined();
    expect(preparedName(prepared('SELECT $1::int + 1 AS n /* prepared-statements e2e */'))).toBe(name);

    const client = await pool.connect();
    try {
      // The same connection answers both, with each call's own values.
      expect((await client.query(registered, [1])).rows).toEqual([{ n: 2 }]);
      expect((await client.query(registered, [41])).rows).toEqual([{ n: 42 }]);
      expect((await client.query(unregistered, [1])).rows).toEqual([{ n: 3 }]);
      const statements = await preparedOn(client);
      expect(statements.get(name)).toBe(registered);
      expect([...statements.values()]).not.toContain(unregistered);
    } finally {
      client.release();
    }
  });

  it("prepares the actor's lookup that every request runs, and answers as before", async () => {
    const auth = await api.tokenFor('asso.93@demo.mnio.test');
    // Enough requests for every connection the pool opened to have served some.
    for (let i = 0; i < 5; i++) expect((await api.http.get('/api/notifications/unread-count').set('Authorization', auth)).status).toBe(200);
    const clients: PoolClient[] = [];
    try {
      for (let i = 0; i < pool.totalCount; i++) clients.push(await pool.connect());
      const seen = await Promise.all(clients.map(preparedOn));
      const statements = seen.flatMap((m) => [...m.values()]);
      expect(statements.some((s) => s.includes('FROM users u') && s.includes('JOIN auth_sessions s'))).toBe(true);
      expect(statements.some((s) => s.includes('FROM notifications WHERE user_id = $1 AND read_at IS NULL'))).toBe(true);
    } finally {
      for (const c of clients) c.release();
    }
  });

  it('survives the server ending a connection that no query runner listens on yet', async () => {
    const client = await pool.connect();
    const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
    // Nobody but the client itself listens now: pg-pool took its idle listener off when it handed it out.
    const admin = new Client({ connectionString: process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL });
    await admin.connect();
    try {
      const ended = new Promise<void>((resolve) => client.once('end', () => resolve()));
      await admin.query('SELECT pg_terminate_backend($1)', [rows[0].pid]);
      await ended;
      // An 'error' without a listener would have thrown out of the socket's handler (an uncaught exception).
      expect((client as unknown as { _queryable: boolean })._queryable).toBe(false);
    } finally {
      await admin.end();
      client.release();
    }
    // The pool dropped the dead connection and serves from a new one.
    const auth = await api.tokenFor('asso.93@demo.mnio.test');
    expect((await api.http.get('/api/notifications/unread-count').set('Authorization', auth)).status).toBe(200);
  });
});
