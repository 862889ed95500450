import type { RedisOptions } from 'ioredis';

/**
 * ioredis options from a URL. Workers need `maxRetriesPerRequest: null`; producers fail fast instead of queueing offline.
 *
 * Producers also skip BullMQ's Redis version check (`skipVersionCheck`, read by BullMQ from these options): it is an
 * `INFO` sent as each queue's connection becomes ready, and when the queue is closed while that `INFO` is in flight
 * (a process stopped right after it started; seen in a test that builds the API's module and closes it at once),
 * BullMQ 5 emits its failure on a connection whose listeners `close()` has already removed: an unhandled error that
 * ends the process. A producer only adds jobs and needs none of what the check decides (blocking timeouts); the
 * Redis version is in the README's requirements (7 tested), and the workers keep the check: they still refuse a Redis
 * older than BullMQ's minimum.
 */
export function redisOptions(url: string, role: 'worker' | 'producer'): RedisOptions & { skipVersionCheck?: boolean } {
  const u = new URL(url);
  return {
    host: u.hostname,
    port: Number(u.port || 6379),
    username: u.username || undefined,
    password: u.password ? decodeURIComponent(u.password) : undefined,
    db: u.pathname.length > 1 ? Number(u.pathname.slice(1)) : undefined,
    tls: u.protocol === 'rediss:' ? {} : undefined,
    maxRetriesPerRequest: role === 'worker' ? null : 1,
    enableOfflineQueue: role === 'worker',
    connectTimeout: 2000,
    retryStrategy: (times) => Math.min(times * 200, 2000),
    skipVersionCheck: role === 'producer',
  };
}
