import { Injectable, Logger, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { TransactionHost } from '@nestjs-cls/transactional';
import { TransactionalAdapterTypeOrm } from '@nestjs-cls/transactional-adapter-typeorm';
import { AsyncResource } from 'node:async_hooks';
import { DataSource, EntitySubscriberInterface, QueryRunner } from 'typeorm';
import { prepared } from '../database/prepared-statements';
import { EventDeclaration, PayloadOf, undeclaredFields } from './event-declarations';

/** Queue payloads carry identifiers and codes only, never identity: the type allows no nested free text. */
export type OutboxPayload = Record<string, string | number | boolean | null | string[]>;

export const OUTBOX_CHANNEL = 'mnio_outbox';

/** Set on a transaction's query runner (`QueryRunner.data`) when a message was written in it. */
const PUBLISHED = 'mnio.outboxPublished';

/**
 * Writes a message in the command's own transaction: it exists if and only if the change committed.
 *
 * The relay (in the worker) is woken by a `NOTIFY` sent **after** the commit, not inside the transaction: a
 * transaction that notifies takes PostgreSQL's one lock on the notification queue at its commit and holds it
 * through the commit's WAL flush, so every write of every user queued on it (issue 17 §2, `Lock:object` at
 * commit). Sent on its own, at most one at a time per process and coalesced (the commits that come meanwhile
 * are covered by one more), it holds that lock for no write. A wake-up lost (the process dies between the commit
 * and the `NOTIFY`, or PostgreSQL refuses it) costs latency only: the relay also drains every 5 s.
 */
/** Every write publishes: planned once per connection (ADR 0003). */
const INSERT_OUTBOX_SQL = prepared(`INSERT INTO outbox_messages (type, aggregate_id, payload) VALUES ($1, $2, $3) RETURNING id`);

@Injectable()
export class OutboxService implements OnModuleInit, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxService.name);
  private notifying?: Promise<void>;
  private notifyAgain = false;
  private stopped = false;

  constructor(
    private readonly txHost: TransactionHost<TransactionalAdapterTypeOrm>,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  onModuleInit(): void {
    const subscriber: EntitySubscriberInterface = {
      afterTransactionCommit: ({ queryRunner }) => {
        // Also broadcast when a savepoint is released: wake once the outermost transaction has committed.
        if (queryRunner.isTransactionActive || !queryRunner.data?.[PUBLISHED]) return;
        delete queryRunner.data[PUBLISHED];
        this.wakeRelay();
      },
      afterTransactionRollback: ({ queryRunner }) => {
        if (!queryRunner.isTransactionActive && queryRunner.data) delete queryRunner.data[PUBLISHED];
      },
    };
    this.dataSource.subscribers.push(subscriber);
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.notifying;
  }

  /**
   * Publishes a declared event (`declareEvents` in the producer's `events.ts`). A field the declaration does not
   * name, or a required one missing, is a programming error: refused before anything is written, by name only.
   */
  async publish<E extends EventDeclaration>(event: E, payload: PayloadOf<E>, aggregateId?: string): Promise<string> {
    const { extra, missing } = undeclaredFields(event, payload as Record<string, unknown>);
    if (extra.length || missing.length) {
      throw new Error(`event ${event.type} does not match its declaration (undeclared: ${extra.join(', ') || 'none'}; missing: ${missing.join(', ') || 'none'})`);
    }
    const em = this.txHost.tx;
    const rows: { id: string }[] = await em.query(INSERT_OUTBOX_SQL, [
      event.type,
      aggregateId ?? null,
      JSON.stringify(payload),
    ]);
    const runner: QueryRunner | undefined = em.queryRunner;
    if (runner?.isTransactionActive) (runner.data ??= {})[PUBLISHED] = true;
    else this.wakeRelay();
    return rows[0].id;
  }

  /** Sends the relay's wake-up, or asks for one more after the one in flight. */
  private wakeRelay(): void {
    if (this.stopped) return;
    if (this.notifying) {
      this.notifyAgain = true;
      return;
    }
    this.notifying = this.sendWakeUps().finally(() => (this.notifying = undefined));
  }

  /**
   * Bound to the context the service was built in, not to the request that committed: the wake-up is nobody's
   * request (no request id in its logs, and the benchmarks' recording of a request's SQL leaves it out).
   */
  private readonly sendWakeUps = AsyncResource.bind(async (): Promise<void> => {
    do {
      this.notifyAgain = false;
      try {
        await this.dataSource.query(`SELECT pg_notify($1, '')`, [OUTBOX_CHANNEL]);
      } catch (err) {
        // PostgreSQL away or the pool closing: the relay's timer drains what this would have woken it for.
        this.logger.debug({ err: { code: (err as { code?: string }).code } }, 'outbox wake-up not sent');
        return;
      }
    } while (this.notifyAgain && !this.stopped);
  });
}
