import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../db/seeds/demo';
import { appUrlFor, migrate } from '../../scripts/migrate';
import { checkServices, ensureDatabase } from '../../scripts/services';

/**
 * Each run gets its own database (created, migrated, seeded with the demo data) and its own Redis key
 * prefix, both removed by the teardown (which runs in this same process and reads them from process.env,
 * so concurrent runs on one machine never drop each other's database). Refuses to start when PostgreSQL or Redis is down, saying which.
 * The database is set up as `npm start` does it: created and migrated by the owner (the server's URL),
 * and the API and worker under test connect as the application's role (`mnio_app`, DATABASE_URL), which
 * owns nothing and may only append to the audit journal; DATABASE_OWNER_URL is the owner, for tests that
 * work behind the application's back (test/support/db.ts). Anchors are copied to a directory of the run's.
 */
export default async function globalSetup(): Promise<void> {
  const baseDb = process.env.TEST_DATABASE_URL || process.env.DATABASE_OWNER_URL || process.env.DATABASE_URL || 'postgres://postgres@127.0.0.1:5432/mnio';
  const redisUrl = process.env.REDIS_URL || 'redis://127.0.0.1:6379';
  const problems = await checkServices(baseDb, redisUrl);
  if (problems.length) throw new Error(`\n${problems.map((p) => `✗ ${p}`).join('\n')}\n`);

  const runId = `${Date.now().toString(36)}_${process.pid}_${randomBytes(3).toString('hex')}`;
  const url = new URL(baseDb);
  url.pathname = `/mnio_test_${runId}`;
  const ownerUrl = url.toString();
  const databaseUrl = appUrlFor(ownerUrl);
  if (!/test/.test(url.pathname)) throw new Error('refusing a test database whose name lacks "test"');
  await ensureDatabase(ownerUrl);
  await migrate(ownerUrl, databaseUrl);
  await seedDemo(ownerUrl);

  Object.assign(process.env, {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl,
    DATABASE_OWNER_URL: ownerUrl,
    MNIO_AUDIT_KEY: `ta1:${randomBytes(32).toString('base64')}`,
    MNIO_AUDIT_SIGNING_KEY: `ts1:${randomBytes(32).toString('base64')}`,
    // Every database of the run (scratch ones too) gets its own file in the run's directory.
    MNIO_AUDIT_ANCHOR_SINK: `file:${join(tmpdir(), `mnio_test_${runId}`, 'anchors-{database}.jsonl')}`,
    REDIS_URL: redisUrl,
    QUEUE_PREFIX: `mnio_test_${runId}`,
    MNIO_ENCRYPTION_KEY: `t1:${randomBytes(32).toString('base64')}`,
    MNIO_BLIND_INDEX_KEY: randomBytes(32).toString('base64'),
    MNIO_JWT_SECRET: randomBytes(48).toString('base64'),
    MNIO_SEED_DEMO: 'false',
    LOG_LEVEL: process.env.TEST_LOG_LEVEL || 'silent',
    WORKER_HEALTH_PORT: '0',
    DATABASE_POOL_SIZE: '10',
    MNIO_TEST_RUN: runId,
    // Demo users record hundreds of cases in one run: the duplicate-check quota's own test lowers it.
    MNIO_DUPLICATE_CHECKS_PER_DAY: '10000',
    // Test-only allowances, both off by default in the product: the tests play clients behind a proxy on
    // loopback (X-Forwarded-For sets their address), and the webhook receiver listens on 127.0.0.1.
    TRUST_PROXY: 'loopback',
    NOTIFY_WEBHOOK_ALLOW_ADDRESSES: '127.0.0.1',
  });
}
