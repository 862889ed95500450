import { Queue } from 'bullmq';
import Redis from 'ioredis';
import { loadConfig, redisOptions } from '@mnio/platform';

/**
 * BullMQ's version check is an `INFO` sent as a queue's connection becomes ready; a queue closed while it is in flight
 * made BullMQ 5 raise an unhandled error that ended the process (a Jest worker, after a test that built the API's
 * module and closed it at once). Producers skip the check (libs/platform/src/queue/redis.ts); workers keep it.
 */
describe('queue connections', () => {
  const config = loadConfig();
  const prefix = `${process.env.QUEUE_PREFIX}:queue-connection`;

  async function infoCallsOf(role: 'producer' | 'worker'): Promise<number> {
    // ioredis sends its own INFO as it connects (its ready check): only BullMQ's are counted.
    const original = Redis.prototype.info;
    let bullmq = 0;
    const info = jest.spyOn(Redis.prototype, 'info').mockImplementation(function (this: Redis, ...args: unknown[]) {
      if (!/_readyCheck/.test(new Error().stack ?? '')) bullmq++;
      return (original as (...a: unknown[]) => ReturnType<Redis['info']>).apply(this, args);
    });
    const queue = new Queue(`probe-${role}`, { connection: redisOptions(config.redisUrl, role), prefix });
    try {
      await queue.waitUntilReady();
      await queue.getJobCounts('wait');
      return bullmq;
    } finally {
      await queue.close();
      info.mockRestore();
    }
  }

  it('sends no INFO for a producer’s queue, and the version check for a worker’s', async () => {
    expect(await infoCallsOf('producer')).toBe(0);
    expect(await infoCallsOf('worker')).toBeGreaterThanOrEqual(1);
  });
});
