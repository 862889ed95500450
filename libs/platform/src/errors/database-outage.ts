import { AsyncResource } from 'node:async_hooks';
import { Injectable, Logger, OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';

/** Socket-level failures of node-postgres when the server is down, restarting or out of reach. */
const SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EHOSTUNREACH', 'ENETUNREACH', 'EAI_AGAIN']);
/** SQLSTATEs that mean "no database now": class 08 (connection exception), shutdowns, not yet accepting connections. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03']);
/** node-postgres' own messages for a connection lost or never made (it sets no code on these). */
const DRIVER_MESSAGES = /^(Connection terminated|timeout exceeded when trying to connect|Client has encountered a connection error|Connection terminated due to connection timeout)/;

/**
 * TypeORM's errors for a query runner used after it was released. Our transactions hold their runner until
 * they end, so the only way to meet one is a connection lost mid-command: node-postgres emits `error` on the
 * client (57P01 when the server shuts down, a reset socket), TypeORM releases the runner at once, and the
 * command's next statement (or its ROLLBACK) finds it released. Seen as 500s under load during a restart.
 */
const RELEASED_RUNNER_ERRORS = new Set(['QueryRunnerAlreadyReleasedError', 'QueryRunnerProviderAlreadyReleasedError']);

/**
 * Whether an error means that PostgreSQL cannot be reached (down, restarting, network cut), as opposed to a
 * query that failed. Looks through TypeORM's wrapper (`driverError`) and error causes.
 */
export function isDatabaseUnreachable(error: unknown, depth = 0): boolean {
  if (!error || typeof error !== 'object' || depth > 3) return false;
  const e = error as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
  const code = typeof e.code === 'string' ? e.code : '';
  if (SOCKET_CODES.has(code) || UNAVAILABLE_SQLSTATES.has(code) || /^08[0-9A-Z]{3}$/.test(code)) return true;
  if (typeof e.message === 'string' && DRIVER_MESSAGES.test(e.message)) return true;
  if (RELEASED_RUNNER_ERRORS.has((error as Error).name)) return true;
  return isDatabaseUnreachable(e.driverError, depth + 1) || isDatabaseUnreachable(e.cause, depth + 1);
}

/** Seconds a client is told to wait (`Retry-After`) while the database is unreachable. */
export const DATABASE_RETRY_AFTER_SECONDS = 5;

export interface OutageLogger {
  error(obj: object, msg: string): void;
  log(obj: object, msg: string): void;
}

/**
 * The API's view of a database outage: the first refused request opens it and says so once in the logs; a
 * probe (`SELECT 1` every second) closes it and says once how many requests were refused meanwhile. Requests
 * in between are counted, not logged: an outage is one event, not thousands of error lines.
 */
export class OutageTracker {
  private since?: number;
  private refusedCount = 0;
  private timer?: NodeJS.Timeout;
  private probing = false;
  /** Created outside any request: the probe and its « reachable » line do not carry the first refused request's context (its id in the logs). */
  private readonly scope = new AsyncResource('mnio-database-outage-probe');

  constructor(
    private readonly probe: () => Promise<unknown>,
    private readonly logger: OutageLogger,
    private readonly probeEveryMs = 1000,
  ) {}

  get ongoing(): boolean {
    return this.since !== undefined;
  }

  /** A request was refused because the database is unreachable. */
  refused(): void {
    this.refusedCount++;
    if (this.since !== undefined) return;
    this.since = Date.now();
    this.logger.error({ event: 'database_unreachable' }, 'database unreachable: requests answer 503 until it is back');
    this.timer = this.scope.runInAsyncScope(() => setInterval(() => void this.check(), this.probeEveryMs));
    this.timer.unref();
  }

  stop(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  private async check(): Promise<void> {
    if (this.probing || this.since === undefined) return;
    this.probing = true;
    try {
      await this.probe();
      const seconds = Math.round((Date.now() - this.since) / 100) / 10;
      this.logger.log({ event: 'database_reachable', refusedRequests: this.refusedCount, outageSeconds: seconds }, 'database reachable again');
      this.since = undefined;
      this.refusedCount = 0;
      this.stop();
    } catch {
      // Still down: the next tick tries again.
    } finally {
      this.probing = false;
    }
  }
}

/** The API process's tracker, probing through its own pool; stopped with the application. */
@Injectable()
export class DatabaseOutage extends OutageTracker implements OnApplicationShutdown {
  constructor(dataSource: DataSource) {
    const logger = new Logger('Database');
    super(() => dataSource.query('SELECT 1'), {
      error: (obj, msg) => logger.error(obj, msg),
      log: (obj, msg) => logger.log(obj, msg),
    });
  }

  onApplicationShutdown(): void {
    this.stop();
  }
}
