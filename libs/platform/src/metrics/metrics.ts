import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import cluster from 'node:cluster';
import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { collectDefaultMetrics, Gauge, MetricObjectWithValues, MetricValue, Registry } from 'prom-client';
import { DataSource } from 'typeorm';
import { AppConfig } from '../config/app-config';
import { APP_CONFIG } from '../config/config.module';
import { HttpMetrics } from './http-metrics';
import { registerOpsCounters } from './ops-counters';

/** Which process the metrics are of: it chooses the port and is the `process` of nothing else (no label). */
export type MetricsProcess = 'api' | 'worker';
export const METRICS_PROCESS = Symbol('METRICS_PROCESS');

/**
 * Set by the API's primary (apps/api/src/cluster.ts) in each of its processes: the process's slot, 1…N. Such a
 * process labels its series `api_process` and answers its primary's scrapes over IPC instead of a port.
 */
export const API_PROCESS_ENV = 'MNIO_API_PROCESS';
export type MetricsJson = MetricObjectWithValues<MetricValue<string>>[];
export interface MetricsRequest {
  type: 'mnio:metrics-request';
  id: number;
}
export interface MetricsAnswer {
  type: 'mnio:metrics';
  id: number;
  metrics?: MetricsJson;
}

/** How long a scrape waits for its scrape-time collectors (database gauges, queue counts) before answering without them. */
export const SCRAPE_TIMEOUT_MS = 3000;

/** A scrape-time collector: sets its gauges from a cheap query; a failure leaves them empty for this scrape. */
export type ScrapeCollector = () => Promise<void>;

interface PgPool {
  totalCount: number;
  idleCount: number;
  waitingCount: number;
  options?: { max?: number };
}

/**
 * The process's Prometheus registry: Node's default metrics (CPU, memory, GC, event loop lag), the database
 * pool, `mnio_database_up`, the security and delivery counters, and whatever collectors the process adds
 * (`onScrape`), run when Prometheus scrapes — never on a request's path.
 */
@Injectable()
export class Metrics {
  readonly registry = new Registry();
  readonly http: HttpMetrics;
  private readonly collectors: ScrapeCollector[] = [];
  private readonly databaseUp: Gauge;

  constructor(@InjectDataSource() private readonly ds: DataSource) {
    collectDefaultMetrics({ register: this.registry, eventLoopMonitoringPrecision: 10 });
    registerOpsCounters(this.registry);
    this.http = new HttpMetrics(this.registry);
    const pool = (): PgPool | undefined => (ds.driver as unknown as { master?: PgPool }).master;
    new Gauge({
      name: 'mnio_db_pool_connections',
      help: 'PostgreSQL connections of this process by state (in_use, idle).',
      labelNames: ['state'] as const,
      registers: [this.registry],
      collect() {
        const p = pool();
        if (!p) return;
        this.set({ state: 'in_use' }, p.totalCount - p.idleCount);
        this.set({ state: 'idle' }, p.idleCount);
      },
    });
    new Gauge({
      name: 'mnio_db_pool_waiting',
      help: 'Queries of this process waiting for a free PostgreSQL connection.',
      registers: [this.registry],
      collect() {
        const p = pool();
        if (p) this.set(p.waitingCount);
      },
    });
    new Gauge({
      name: 'mnio_db_pool_max',
      help: 'The pool size of this process (DATABASE_POOL_SIZE).',
      registers: [this.registry],
      collect() {
        const max = pool()?.options?.max;
        if (typeof max === 'number') this.set(max);
      },
    });
    this.databaseUp = new Gauge({ name: 'mnio_database_up', help: '1 when this process reached PostgreSQL (SELECT 1) at the last scrape, 0 when it did not.', registers: [this.registry] });
    this.onScrape(async () => {
      try {
        await this.withTimeout(ds.query('SELECT 1'));
        this.databaseUp.set(1);
      } catch {
        this.databaseUp.set(0);
      }
    });
  }

  /** The same scrape as JSON, for the API's primary to aggregate the processes' registries. */
  async scrapeJson(): Promise<MetricsJson> {
    await Promise.allSettled(this.collectors.map((c) => this.withTimeout(c())));
    return (await this.registry.getMetricsAsJSON()) as MetricsJson;
  }

  /** Adds a collector run at each scrape (before the exposition is written), under SCRAPE_TIMEOUT_MS. */
  onScrape(collector: ScrapeCollector): void {
    this.collectors.push(collector);
  }

  /** The exposition text: runs the collectors (each one's failure only empties its own gauges), then serialises. */
  async scrape(): Promise<string> {
    await Promise.allSettled(this.collectors.map((c) => this.withTimeout(c())));
    return this.registry.metrics();
  }

  get contentType(): string {
    return this.registry.contentType;
  }

  /**
   * Runs `queries` in one read-only transaction whose statements stop after `timeoutMs`, so that a slow
   * database never piles scrapes up on the pool.
   */
  async readOnly<T>(queries: (query: (sql: string, params?: unknown[]) => Promise<Record<string, unknown>[]>) => Promise<T>, timeoutMs = 2000): Promise<T> {
    return this.ds.transaction(async (em) => {
      await em.query(`SET TRANSACTION READ ONLY`);
      await em.query(`SELECT set_config('statement_timeout', $1, true)`, [String(timeoutMs)]);
      return queries((sql, params) => em.query(sql, params));
    });
  }

  private withTimeout<T>(p: Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('scrape timeout')), SCRAPE_TIMEOUT_MS);
      timer.unref();
    });
    return Promise.race([p, timeout]).finally(() => clearTimeout(timer));
  }
}

/**
 * The Prometheus endpoint: `GET /metrics` on 127.0.0.1 only, on its own port (`MNIO_METRICS_PORT` for the
 * API, `WORKER_METRICS_PORT` for the worker; 0 turns it off). Nothing else is served there.
 */
@Injectable()
export class MetricsServer implements OnApplicationBootstrap, OnApplicationShutdown {
  private server?: Server;
  private readonly logger = new Logger('metrics');

  constructor(
    private readonly metrics: Metrics,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(METRICS_PROCESS) private readonly processName: MetricsProcess,
  ) {}

  /** The bound address, once listening (tests read it). */
  address(): AddressInfo | undefined {
    const a = this.server?.address();
    return a && typeof a === 'object' ? a : undefined;
  }

  async onApplicationBootstrap(): Promise<void> {
    const port = this.processName === 'api' ? this.config.apiMetricsPort : this.config.workerMetricsPort;
    const slot = process.env[API_PROCESS_ENV];
    if (this.processName === 'api' && cluster.isWorker && slot) return this.answerPrimary(slot);
    if (!port) return;
    this.server = createServer((req, res) => {
      const path = (req.url ?? '').split('?')[0];
      if (path !== '/metrics' || (req.method !== 'GET' && req.method !== 'HEAD')) return void res.writeHead(404).end();
      this.metrics.scrape().then(
        (body) => res.writeHead(200, { 'content-type': this.metrics.contentType, 'cache-control': 'no-store' }).end(req.method === 'HEAD' ? undefined : body),
        () => res.writeHead(500).end(),
      );
    });
    await new Promise<void>((resolve) => {
      this.server!.once('listening', () => resolve());
      this.server!.once('error', (err) => {
        // A taken port must not stop the process: it serves without metrics, and says so.
        this.logger.warn({ err: { code: (err as { code?: string }).code }, port }, 'metrics port unavailable');
        this.server = undefined;
        resolve();
      });
      this.server!.listen(port, '127.0.0.1');
    });
  }

  /** One of several API processes: its primary serves the port and asks each process for its series. */
  private answerPrimary(slot: string): void {
    this.metrics.registry.setDefaultLabels({ api_process: slot });
    this.onMessage = (msg: unknown) => {
      const m = msg as MetricsRequest | undefined;
      if (m?.type !== 'mnio:metrics-request') return;
      const answer = (metrics?: MetricsJson) => process.connected && process.send?.({ type: 'mnio:metrics', id: m.id, metrics } satisfies MetricsAnswer);
      this.metrics.scrapeJson().then(answer, () => answer());
    };
    process.on('message', this.onMessage);
  }

  private onMessage?: (msg: unknown) => void;

  async onApplicationShutdown(): Promise<void> {
    if (this.onMessage) process.off('message', this.onMessage);
    const server = this.server;
    this.server = undefined;
    if (server) await new Promise<void>((resolve) => server.close(() => resolve()));
  }
}
