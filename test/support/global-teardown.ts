import { rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Redis from 'ioredis';
import { dropDatabase } from '../../scripts/services';

/** Drops the run's database and deletes its Redis keys; global setup left their names in process.env. */
export default async function globalTeardown(): Promise<void> {
  const runId = process.env.MNIO_TEST_RUN;
  const databaseUrl = process.env.DATABASE_URL;
  const prefix = process.env.QUEUE_PREFIX;
  if (!runId || !databaseUrl || !prefix || !databaseUrl.includes(`mnio_test_${runId}`)) return;
  if (process.env.KEEP_TEST_DB !== '1') {
    await dropDatabase(databaseUrl);
    rmSync(join(tmpdir(), `mnio_test_${runId}`), { recursive: true, force: true });
  }
  const redis = new Redis(process.env.REDIS_URL || 'redis://127.0.0.1:6379', { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
}
