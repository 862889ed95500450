import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxReader, StoredOutboxEvent } from '@mnio/platform';
import type { DeliveryChannel } from '../domain/event-types';
import { OUTBOX_NOTIFICATION_TYPES } from '../domain/event-types';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { DeadlineScanner } from './deadline-scanner';
import { DeliveryRunner } from './delivery-runner';
import { NotificationEventHandler } from './notification-event.handler';

const BATCH = 100;
const PARALLEL = 4;
/** Messages read per page when looking for lost work, and the most pages one pass reads. */
const PAGE = 500;
const MAX_PAGES = 20;

async function inBatches<T>(items: T[], run: (item: T) => Promise<unknown>): Promise<number> {
  let done = 0;
  for (let i = 0; i < items.length; i += PARALLEL) {
    const results = await Promise.allSettled(items.slice(i, i + PARALLEL).map(run));
    done += results.filter((r) => r.status === 'fulfilled').length;
  }
  return done;
}

/**
 * PostgreSQL is the record; Redis only carries work. This safety net finishes, straight from the database,
 * work that Redis lost (a restart without persistence) or that a dead worker left behind (a job still
 * "active" under an expired lock, a delivery under an expired lease): relayed notification events never
 * fanned out, deliveries overdue by more than the grace period. Both paths are idempotent (fan-out marks,
 * delivery claims), so racing a live job costs nothing but a wasted query. It needs no Redis, so it keeps
 * relayed work moving while Redis is down; it also re-declares the reminder scan's schedule when Redis lost it.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('notifications');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  private scheduling?: Promise<boolean>;
  autoStart = true;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxReader,
    private readonly events: NotificationEventHandler,
    private readonly runner: DeliveryRunner,
    private readonly scanner: DeadlineScanner,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (!this.autoStart) return;
    await this.ensureSchedule();
    this.timer = setInterval(() => this.tick(), this.config.reconcileEveryMs);
    this.tick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
    await this.running?.catch(() => undefined);
  }

  tick(): void {
    if (this.running || this.stopped) return;
    this.running = this.reconcile()
      .then((r) => {
        if (r.events || r.deliveries || r.scheduled) this.logger.log(r, 'notifications reconciled');
      })
      .catch((err: Error & { code?: string }) => this.logger.warn({ err: { type: err.name, code: err.code } }, 'notifications reconcile failed; will retry'))
      .finally(() => (this.running = undefined));
  }

  /** One pass, one reconciler at a time across workers. */
  async reconcile(): Promise<{ events: number; deliveries: number; scheduled: boolean }> {
    const done = await this.ds.transaction(async (em) => {
      const [{ locked }]: { locked: boolean }[] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('mnio_notifications_reconcile')) AS locked`);
      if (!locked) return { events: 0, deliveries: 0 };
      const deliveries = await this.recoverDeliveries(em);
      return { events: await this.recoverEvents(em), deliveries };
    });
    return { ...done, scheduled: await this.ensureSchedule() };
  }

  /** Bounded: with Redis down this waits for the reconnection, one such wait at a time. */
  private ensureSchedule(): Promise<boolean> {
    this.scheduling ??= this.scanner
      .ensureSchedule()
      .catch(() => false)
      .finally(() => (this.scheduling = undefined));
    const timeout = new Promise<boolean>((resolve) => setTimeout(() => resolve(false), 2000).unref());
    return Promise.race([this.scheduling, timeout]);
  }

  /**
   * Relayed notification events never fanned out, read from the outbox through the platform's `OutboxReader` (this
   * context never reads the outbox table itself) after the mark below which everything is settled.
   */
  private async recoverEvents(em: EntityManager): Promise<number> {
    const [{ outbox_mark: mark }]: { outbox_mark: string }[] = await em.query(`SELECT outbox_mark FROM notification_reconcile_state WHERE id = 1`);
    const grace = this.config.reconcileGraceMs;
    const lost: StoredOutboxEvent[] = [];
    let after = mark;
    for (let page = 0; page < MAX_PAGES && lost.length < BATCH; page++) {
      const relayed = await this.outbox.after(after, { types: OUTBOX_NOTIFICATION_TYPES, limit: PAGE, relayedMoreThanMsAgo: grace });
      if (!relayed.length) break;
      const fanned = await this.fannedOut(em, relayed.map((m) => m.outboxId));
      lost.push(...relayed.filter((m) => !fanned.has(m.outboxId)).slice(0, BATCH - lost.length));
      if (relayed.length < PAGE) break;
      after = relayed[relayed.length - 1].outboxId;
    }
    const handled = await inBatches(lost, (m) => this.events.handle(m, 1000));
    await this.advanceMark(em, mark, grace);
    return handled;
  }

  /**
   * Everything below the first message not yet settled is done for good: settled means relayed more than the grace
   * period ago and, for a notification event, fanned out. A transaction left open longer than the grace period could
   * commit below the mark: the relay still delivers it, only this net misses it.
   */
  private async advanceMark(em: EntityManager, mark: string, grace: number): Promise<void> {
    const messages = await this.outbox.after(mark, { limit: PAGE * MAX_PAGES });
    if (!messages.length) return;
    const notified = new Set<string>(OUTBOX_NOTIFICATION_TYPES);
    const fanned = await this.fannedOut(em, messages.filter((m) => notified.has(m.type)).map((m) => m.outboxId));
    const settledBefore = Date.now() - grace;
    const unsettled = messages.find(
      (m) => !m.relayedAt || Date.parse(m.relayedAt) >= settledBefore || (notified.has(m.type) && !fanned.has(m.outboxId)),
    );
    const next = unsettled ? (BigInt(unsettled.outboxId) - 1n).toString() : messages[messages.length - 1].outboxId;
    await em.query(`UPDATE notification_reconcile_state SET updated_at = now(), outbox_mark = greatest(outbox_mark, $1::bigint) WHERE id = 1`, [next]);
  }

  private async fannedOut(em: EntityManager, outboxIds: string[]): Promise<Set<string>> {
    if (!outboxIds.length) return new Set();
    const rows: { outbox_id: string }[] = await em.query(`SELECT outbox_id::text AS outbox_id FROM notification_fanouts WHERE outbox_id = ANY($1::bigint[])`, [outboxIds]);
    return new Set(rows.map((r) => r.outbox_id));
  }

  /** Deliveries overdue by the grace period: pending and never picked up, or leased by a worker that is gone. */
  private async recoverDeliveries(em: EntityManager): Promise<number> {
    const overdue: { id: string; channel: DeliveryChannel }[] = await em.query(
      `SELECT id, channel FROM notification_deliveries
       WHERE (status = 'pending' AND next_attempt_at < now() - $1 * interval '1 millisecond')
          OR (status = 'sending' AND lease_until < now() - $1 * interval '1 millisecond')
       ORDER BY next_attempt_at LIMIT $2`,
      [this.config.reconcileGraceMs, BATCH],
    );
    // Failures are logged by the runner and keep their retry schedule in the row.
    return inBatches(overdue, (d) => this.runner.run(d.channel, d.id));
  }
}
