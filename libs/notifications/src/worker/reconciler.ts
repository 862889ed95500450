import { InjectQueue } from '@nestjs/bullmq';
import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource, EntityManager } from 'typeorm';
import { EVENTS_QUEUE, OutboxJobData, OutboxRow } from '@mnio/platform';
import { OUTBOX_NOTIFICATION_TYPES } from '../domain/event-types';
import { NOTIFICATIONS_CONFIG, NotificationsConfig } from '../notifications.config';
import { logConnectionErrors } from './connection-errors';
import { DeadlineScanner } from './deadline-scanner';
import { DeliveryQueues, OpenDelivery } from './delivery-queues';

const BATCH = 500;

/**
 * PostgreSQL is the record; Redis only carries work. This safety net finds work that Redis lost (a
 * restart without persistence, a flushed instance) and puts it back under the same job ids: relayed
 * notification events never fanned out, deliveries left pending, and the reminder scan's schedule.
 * Re-adding a job that still exists is a no-op, so running it when nothing was lost costs little.
 */
@Injectable()
export class Reconciler implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('notifications');
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private stopped = false;
  autoStart = true;

  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    @InjectQueue(EVENTS_QUEUE) private readonly events: Queue<OutboxJobData>,
    private readonly queues: DeliveryQueues,
    private readonly scanner: DeadlineScanner,
    @Inject(NOTIFICATIONS_CONFIG) private readonly config: NotificationsConfig,
  ) {
    logConnectionErrors(events, `queue:${EVENTS_QUEUE}:reconciler`);
  }

  onApplicationBootstrap(): void {
    if (!this.autoStart) return;
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
    const scheduled = await this.scanner.ensureSchedule();
    return this.ds.transaction(async (em) => {
      const [{ locked }]: { locked: boolean }[] = await em.query(`SELECT pg_try_advisory_xact_lock(hashtext('mnio_notifications_reconcile')) AS locked`);
      if (!locked) return { events: 0, deliveries: 0, scheduled };
      const events = await this.requeueLostEvents(em);
      const deliveries = await this.requeueStaleDeliveries(em);
      return { events, deliveries, scheduled };
    });
  }

  private async requeueLostEvents(em: EntityManager): Promise<number> {
    const [{ outbox_mark: mark }]: { outbox_mark: string }[] = await em.query(`SELECT outbox_mark FROM notification_reconcile_state WHERE id = 1`);
    const grace = this.config.reconcileGraceMs;
    const lost: OutboxRow[] = await em.query(
      `SELECT o.id, o.type, o.aggregate_id, o.payload, o.created_at FROM outbox_messages o
       WHERE o.id > $1 AND o.type = ANY($2) AND o.relayed_at < now() - $3 * interval '1 millisecond'
         AND NOT EXISTS (SELECT 1 FROM notification_fanouts f WHERE f.outbox_id = o.id)
       ORDER BY o.id LIMIT $4`,
      [mark, OUTBOX_NOTIFICATION_TYPES, grace, BATCH],
    );
    if (lost.length) {
      // The same job the relay makes, under the same id: a job still in Redis is left alone.
      await this.events.addBulk(
        lost.map((r) => ({
          name: r.type,
          data: { outboxId: r.id, type: r.type, aggregateId: r.aggregate_id, payload: r.payload, createdAt: r.created_at.toISOString() },
          opts: { jobId: `outbox-${r.id}` },
        })),
      );
    }
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
    return lost.length;
  }

  private async requeueStaleDeliveries(em: EntityManager): Promise<number> {
    const stale: OpenDelivery[] = await em.query(
      `SELECT id, channel, replays, next_attempt_at FROM notification_deliveries
       WHERE status IN ('pending', 'sending') AND next_attempt_at < now() - $1 * interval '1 millisecond'
         AND (status = 'pending' OR lease_until < now())
       ORDER BY next_attempt_at LIMIT $2`,
      [this.config.reconcileGraceMs, BATCH],
    );
    let requeued = 0;
    for (const d of stale) if (await this.queues.ensure(d)) requeued++;
    return requeued;
  }
}
