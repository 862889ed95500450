import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { InjectQueue } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { OUTBOX_CHANNEL } from './outbox.service';

/**
 * Job data of a relayed message: its outbox id (also the job id and the idempotency key) and its type, nothing
 * else. The payload stays in PostgreSQL: the events worker reads it by id (`OutboxReader`), so no event's fields
 * ever sit in Redis.
 */
export interface OutboxJobData {
  outboxId: string;
  type: string;
}

export const EVENTS_QUEUE = 'events';

/**
 * Moves committed outbox messages to BullMQ. Several relays may run (one per worker): rows are claimed
 * with FOR UPDATE SKIP LOCKED, and the BullMQ job id is the message id, so a message is enqueued once
 * even if a relay dies between enqueueing and marking. Wakes on NOTIFY; a slow timer covers lost notifies.
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private timer?: NodeJS.Timeout;
  private running?: Promise<number>;
  private again = false;
  private stopped = false;
  private failures = 0;
  autoStart = true;
  batchSize = 200;
  enqueueTimeoutMs = 5000;

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly queue: Queue<OutboxJobData>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    // Structured, once per failure, instead of BullMQ's own console output while Redis is away.
    this.queue.on('error', (err: Error & { code?: string }) => this.logger.warn({ err: { type: err.name, code: err.code } }, 'events queue error'));
    if (!this.autoStart) return;
    await this.listen();
    this.timer = setInterval(() => this.wake(), 5000);
    this.wake();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
    await this.listener?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const opts = this.dataSource.options as { url?: string };
    this.listener = new Client({ connectionString: opts.url, application_name: 'mnio-outbox-listener' });
    this.listener.on('error', (err) => this.logger.warn({ err: { code: (err as { code?: string }).code } }, 'outbox listener lost'));
    await this.listener.connect();
    this.listener.on('notification', () => this.wake());
    await this.listener.query(`LISTEN ${OUTBOX_CHANNEL}`);
  }

  /** Coalesces wake-ups: at most one drain runs, and one more follows if woken meanwhile. */
  wake(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((err: Error & { code?: string }) => {
        this.failures++;
        this.logger.warn({ err: { type: err.name, code: err.code }, failures: this.failures }, 'outbox relay failed; will retry');
        return 0;
      })
      .finally(() => {
        this.running = undefined;
        if (this.again) {
          this.again = false;
          setTimeout(() => this.wake(), this.failures ? Math.min(5000, 100 * 2 ** this.failures) : 0).unref();
        }
      });
  }

  /** Relays every pending message; returns how many it relayed. */
  async drain(): Promise<number> {
    let total = 0;
    for (;;) {
      const n = await this.relayBatch();
      total += n;
      if (n < this.batchSize || this.stopped) break;
    }
    this.failures = 0;
    return total;
  }

  private async relayBatch(): Promise<number> {
    return this.dataSource.transaction(async (em) => {
      const rows: { id: string; type: string }[] = await em.query(
        `SELECT id, type FROM outbox_messages
         WHERE relayed_at IS NULL ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED`,
        [this.batchSize],
      );
      if (rows.length === 0) return 0;
      // Bounded: with Redis down, give the rows back (rollback) rather than hold their locks and a connection for the
      // whole outage. An enqueue that lands after the timeout is harmless: the next attempt reuses the same job ids.
      await withTimeout(
        this.queue.addBulk(
          rows.map((r) => ({
            name: r.type,
            data: { outboxId: r.id, type: r.type },
            opts: { jobId: `outbox-${r.id}` },
          })),
        ),
        this.enqueueTimeoutMs,
      );
      await em.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
      return rows.length;
    });
  }
}

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(Object.assign(new Error('enqueue timed out'), { code: 'ENQUEUE_TIMEOUT' })), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
