import { Pool, PoolConfig } from 'pg';

/**
 * A `pg` pool for a benchmark's own connections, listening to its idle clients' errors.
 *
 * `pool.end()` resolves once every client has been asked to close, before their sockets have: the forced drop of the
 * benchmark's database that follows (`DROP DATABASE … WITH (FORCE)`) can reach a backend first, whose « terminating
 * connection due to administrator command » then arrives on a client still idle in the pool. pg-pool drops that
 * client and emits `error` on the pool; unheard, that ends the whole `npm run bench` process (CI's smoke run, once,
 * after case-reference). An error on a query in flight still rejects that query.
 */
export function benchPool(config: PoolConfig): Pool {
  const pool = new Pool(config);
  pool.on('error', () => undefined);
  return pool;
}
