import { existsSync, readFileSync, rmSync } from 'node:fs';
import Redis from 'ioredis';
import { dropDatabase } from '../../scripts/services';
import { RUN_FILE } from './global-setup';

/** Drops the run's database and deletes its Redis keys. */
export default async function globalTeardown(): Promise<void> {
  if (!existsSync(RUN_FILE)) return;
  const run = JSON.parse(readFileSync(RUN_FILE, 'utf8')) as { databaseUrl: string; redisUrl: string; queuePrefix: string };
  if (process.env.KEEP_TEST_DB !== '1') await dropDatabase(run.databaseUrl);
  const redis = new Redis(run.redisUrl, { lazyConnect: true });
  await redis.connect();
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${run.queuePrefix}:*`, 'COUNT', 1000);
      if (keys.length) await redis.del(...keys);
      cursor = next;
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
  rmSync(RUN_FILE, { force: true });
}
