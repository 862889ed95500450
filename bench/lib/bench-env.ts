import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { dropDatabase, ensureDatabase } from '../../scripts/services';
import { appUrlFor, migrate } from '../../scripts/migrate';

/** `…/mnio_bench_<id>` on the same server as `baseUrl`. */
export function benchDatabaseUrl(baseUrl: string, id: string): string {
  const url = new URL(baseUrl);
  url.pathname = `/mnio_bench_${id}`;
  return url.toString();
}

/** Creates and migrates a throw-away database (scripts/services.ts and scripts/migrate.ts, as `npm start` does). */
export async function createBenchDatabase(databaseUrl: string): Promise<void> {
  if (!/\/mnio_bench_[a-z0-9_]+$/.test(new URL(databaseUrl).pathname)) throw new Error('refusing a bench database not named mnio_bench_*');
  await ensureDatabase(databaseUrl);
  await migrate(databaseUrl);
}

export async function dropBenchDatabase(databaseUrl: string): Promise<void> {
  if (!/\/mnio_bench_[a-z0-9_]+$/.test(new URL(databaseUrl).pathname)) throw new Error('refusing to drop a database not named mnio_bench_*');
  await dropDatabase(databaseUrl);
  rmSync(join(BENCH_SINK_DIR, `anchors-${new URL(databaseUrl).pathname.slice(1)}.jsonl`), { force: true });
}

/** Where the benchmarks' anchors are copied (MNIO_AUDIT_ANCHOR_SINK), one file per database. */
const BENCH_SINK_DIR = join(tmpdir(), 'mnio_bench_anchors');

/** Deletes every Redis key under `<prefix>:`. */
export async function clearRedisPrefix(redisUrl: string, prefix: string): Promise<number> {
  const redis = new Redis(redisUrl, { lazyConnect: true, maxRetriesPerRequest: 1 });
  await redis.connect();
  let deleted = 0;
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) deleted += await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  return deleted;
}

/**
 * The environment the API and worker read (`loadConfig`), pointed at the benchmark's database and prefix.
 * Production mode with fresh keys: no demo seeding, no dev key file, logs silent unless BENCH_LOG_LEVEL.
 */
export function appEnv(databaseUrl: string, redisUrl: string, queuePrefix: string): Record<string, string> {
  return {
    NODE_ENV: 'production',
    // The app connects as its own role, as in production; `databaseUrl` (the owner) stays the benchmarks' own.
    DATABASE_URL: appUrlFor(databaseUrl),
    DATABASE_OWNER_URL: databaseUrl,
    MNIO_AUDIT_KEY: `ba1:${randomBytes(32).toString('base64')}`,
    MNIO_AUDIT_SIGNING_KEY: `bs1:${randomBytes(32).toString('base64')}`,
    MNIO_AUDIT_ANCHOR_SINK: `file:${join(BENCH_SINK_DIR, 'anchors-{database}.jsonl')}`,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: queuePrefix,
    MNIO_ENCRYPTION_KEY: `b1:${randomBytes(32).toString('base64')}`,
    MNIO_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    MNIO_JWT_SECRET: randomBytes(48).toString('base64'),
    MNIO_SEED_DEMO: 'false',
    MNIO_MFA_REQUIRED: 'false',
    LOG_LEVEL: process.env.BENCH_LOG_LEVEL || 'silent',
    WORKER_HEALTH_PORT: '0',
  };
}

/** Sets variables on process.env and returns a function that puts the previous values back. */
export function withEnv(vars: Record<string, string>): () => void {
  const previous = Object.fromEntries(Object.keys(vars).map((k) => [k, process.env[k]]));
  Object.assign(process.env, vars);
  return () => {
    for (const [k, v] of Object.entries(previous)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
