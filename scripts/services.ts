import Redis from 'ioredis';
import { Client } from 'pg';

const HOW_TO = {
  postgres:
    "start it with `npm run services` (Debian, as root) or `pg_ctlcluster --skip-systemctl-redirect $(ls /etc/postgresql) main start`, or set DATABASE_URL",
  redis: 'start it with `npm run services` (Debian, as root) or `redis-server --daemonize yes --bind 127.0.0.1 --port 6379 --save "" --appendonly no`, or set REDIS_URL',
};

function where(url: string): string {
  const u = new URL(url);
  return `${u.hostname}:${u.port || (u.protocol.startsWith('redis') ? 6379 : 5432)}`;
}

/**
 * The same database reached as its owner: a URL with the application's role (DATABASE_URL, e.g. a test's
 * scratch database derived from it) gets DATABASE_OWNER_URL's user and password. Creating, migrating and
 * dropping a database are the owner's work; the application's role may do none of them.
 */
export function asOwner(databaseUrl: string): string {
  const ownerEnv = process.env.DATABASE_OWNER_URL;
  if (!ownerEnv) return databaseUrl;
  const u = new URL(databaseUrl);
  const owner = new URL(ownerEnv);
  if (u.username === owner.username) return databaseUrl;
  u.username = owner.username;
  u.password = owner.password;
  return u.toString();
}

/** Connects to the server's maintenance database, so it works before the app database exists. */
export function adminUrl(databaseUrl: string): string {
  const u = new URL(databaseUrl);
  u.pathname = '/postgres';
  return u.toString();
}

export async function checkPostgres(databaseUrl: string): Promise<string | null> {
  const client = new Client({ connectionString: adminUrl(databaseUrl), connectionTimeoutMillis: 2000 });
  try {
    await client.connect();
    await client.query('SELECT 1');
    return null;
  } catch (e) {
    return `PostgreSQL is not reachable at ${where(databaseUrl)} (${(e as Error).message.split('\n')[0]}): ${HOW_TO.postgres}`;
  } finally {
    await client.end().catch(() => undefined);
  }
}

export async function checkRedis(redisUrl: string): Promise<string | null> {
  const redis = new Redis(redisUrl, { lazyConnect: true, connectTimeout: 2000, maxRetriesPerRequest: 0, enableOfflineQueue: false, retryStrategy: () => null });
  redis.on('error', () => undefined);
  try {
    await redis.connect();
    await redis.ping();
    return null;
  } catch (e) {
    return `Redis is not reachable at ${where(redisUrl)} (${(e as Error).message}): ${HOW_TO.redis}`;
  } finally {
    redis.disconnect();
  }
}

/** Both checks; returns the problems, one line each. */
export async function checkServices(databaseUrl: string, redisUrl: string): Promise<string[]> {
  const problems = await Promise.all([checkPostgres(databaseUrl), checkRedis(redisUrl)]);
  return problems.filter((p): p is string => p !== null);
}

export async function ensureDatabase(databaseUrl: string): Promise<boolean> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error('database name must be letters, digits and _');
  const client = new Client({ connectionString: adminUrl(asOwner(databaseUrl)) });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (rowCount) return false;
    await client.query(`CREATE DATABASE "${name}"`);
    return true;
  } finally {
    await client.end();
  }
}

export async function dropDatabase(databaseUrl: string): Promise<void> {
  const name = decodeURIComponent(new URL(databaseUrl).pathname.slice(1));
  if (!/^[a-z0-9_]+$/i.test(name)) throw new Error('database name must be letters, digits and _');
  const client = new Client({ connectionString: adminUrl(asOwner(databaseUrl)) });
  await client.connect();
  try {
    await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  } finally {
    await client.end();
  }
}
