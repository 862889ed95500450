import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { OutboxRow } from '@mnio/platform';
import type { DeliveryChannel } from '../domain/event-types';
import { OUTBOX_NOTIFICATION_TYPES } from '../domain/event-types';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { DeadlineScanner } from './deadline-scanner';
import { DeliveryRunner } from './delivery-runner';
import { NotificationEventHandler } from './notification-event.handler';

const BATCH = 100;
const PARALLEL = 4;

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

  private async recoverEvents(em: EntityManager): Promise<number> {
    const [{ outbox_mark: mark }]: { outbox_mark: string }[] = await em.query(`SELECT outbox_mark FROM notification_reconcile_state WHERE id = 1`);
    const grace = this.config.reconcileGraceMs;
    const lost: OutboxRow[] = await em.query(
      `SELECT o.id, o.type, o.aggregate_id, o.payload, o.created_at FROM outbox_messages o
       WHERE o.id > $1 AND o.type = ANY($2) AND o.relayed_at < now() - $3 * interval '1 millisecond'
         AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.outbox_id = o.id)
       ORDER BY o.id LIMIT $4`,
      [mark, OUTBOX_NOTIFICATION_TYPES, grace, BATCH],
    );
    const handled = await inBatches(lost, (r) =>
      this.events.handle({ outboxId: r.id, type: r.type, aggregateId: r.aggregate_id, payload: r.payload, createdAt: r.created_at.toISOString() }, 1000),
    );
    // Everything below the first message not yet settled is done for good. A transaction left open longer
    // than the grace period could commit below the mark: the relay still delivers it, only this net misses it.
    await em.query(
      `UPDATE notification_reconcile_state s SET updated_at = now(), outbox_mark = greatest(s.outbox_mark, coalesce(
         (SELECT min(o.id) - 1 FROM outbox_messages o WHERE o.id > s.outbox_mark AND (o.relayed_at IS NULL OR o.relayed_at >= now() - $2 * interval '1 millisecond'
            OR (o.type = ANY($1) AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.outbox_id = o.id)))),
         (SELECT max(o.id) FROM outbox_messages o WHERE o.id > s.outbox_mark),
         s.outbox_mark))
       WHERE s.id = 1`,
      [OUTBOX_NOTIFICATION_TYPES, grace],
    );
    return handled;
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
