import { Inject, Injectable, OnApplicationShutdown } from '@nestjs/common';
import Redis from 'ioredis';
import { APP_CONFIG, AppConfig, redisOptions } from '@mnio/platform';

/** Reports Redis's state for readiness. The API stays ready without Redis: the outbox keeps every message. */
@Injectable()
export class RedisProbe implements OnApplicationShutdown {
  private client?: Redis;

  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  async state(): Promise<'up' | 'down'> {
    this.client ??= new Redis({ ...redisOptions(this.config.redisUrl, 'producer'), lazyConnect: true });
    this.client.on('error', () => undefined);
    try {
      if (this.client.status === 'wait' || this.client.status === 'end') await this.client.connect();
      const pong = await Promise.race([this.client.ping(), new Promise<never>((_, rej) => setTimeout(() => rej(new Error('timeout')), 500).unref())]);
      return pong === 'PONG' ? 'up' : 'down';
    } catch {
      return 'down';
    }
  }

  async onApplicationShutdown(): Promise<void> {
    this.client?.disconnect();
  }
}
