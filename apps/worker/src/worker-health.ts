import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createServer, Server } from 'node:http';
import Redis from 'ioredis';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, KNOWN_MIGRATIONS, redisOptions, schemaHealth, SchemaHealth } from '@mnio/platform';

/**
 * The worker's readiness: it needs both PostgreSQL and Redis. Served on WORKER_HEALTH_PORT
 * (loopback, default 3001; 0 turns it off) at /health and /health/ready.
 */
@Injectable()
export class WorkerHealth implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;
  private redis?: Redis;
  private readonly logger = new Logger('worker-health');

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(KNOWN_MIGRATIONS) private readonly migrations: string[],
  ) {}

  /** Ready with PostgreSQL and Redis; the schema (newest migration) is reported, not required. */
  async ready(): Promise<{ ready: boolean; database: 'up' | 'down'; redis: 'up' | 'down'; schema: SchemaHealth }> {
    const database = await this.ds.query('SELECT 1').then(() => 'up' as const, () => 'down' as const);
    this.redis ??= new Redis({ ...redisOptions(this.config.redisUrl, 'producer'), lazyConnect: true }).on('error', () => undefined);
    const redis = await (this.redis.status === 'ready' ? Promise.resolve() : this.redis.connect().catch(() => undefined))
      .then(() => this.redis!.ping())
      .then((p) => (p === 'PONG' ? ('up' as const) : ('down' as const)), () => 'down' as const);
    const schema = await schemaHealth((sql) => this.ds.query(sql), this.migrations);
    return { ready: database === 'up' && redis === 'up', database, redis, schema };
  }

  onApplicationBootstrap(): void {
    const port = this.config.workerHealthPort;
    if (!port) return;
    this.server = createServer((req, res) => {
      if (req.url === '/health') return void res.writeHead(200, { 'content-type': 'application/json' }).end('{"status":"ok"}');
      if (req.url !== '/health/ready') return void res.writeHead(404).end();
      void this.ready().then((r) => res.writeHead(r.ready ? 200 : 503, { 'content-type': 'application/json' }).end(JSON.stringify(r)));
    });
    this.server.on('error', (err) => this.logger.warn({ err: { code: (err as { code?: string }).code } }, 'worker health port unavailable'));
    this.server.listen(port, '127.0.0.1');
  }

  async onApplicationShutdown(): Promise<void> {
    this.redis?.disconnect();
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}
