import { getQueueToken } from '@nestjs/bullmq';
import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { ModuleRef } from '@nestjs/core';
import { InjectDataSource } from '@nestjs/typeorm';
import { Queue } from 'bullmq';
import { DataSource } from 'typeorm';
import { EVENTS_QUEUE, OutboxReader } from '@mnio/platform';
import { EMAIL_QUEUE, NOTIFICATION_QUEUES, WEBHOOK_QUEUE } from '../queues';

export interface QueueCounts {
  name: string;
  waiting: number | null;
  active: number | null;
  delayed: number | null;
  failed: number | null;
  /** Dead letters not yet replayed (from PostgreSQL, so known even without Redis). */
  deadLettered: number;
}

export interface QueueStats {
  redis: 'up' | 'down';
  outboxBacklog: number;
  queues: QueueCounts[];
  deliveries: { pending: number; sending: number };
}

export const STATS_QUEUES = [EVENTS_QUEUE, ...NOTIFICATION_QUEUES];

/** Per-queue counts and the outbox backlog. Without Redis the queue counts are null and `redis` says down. */
export class QueueStatsQuery extends Query<QueueStats> {}

@QueryHandler(QueueStatsQuery)
export class QueueStatsHandler implements IQueryHandler<QueueStatsQuery> {
  constructor(
    @InjectDataSource() private readonly ds: DataSource,
    private readonly outbox: OutboxReader,
    private readonly moduleRef: ModuleRef,
  ) {}

  async execute(): Promise<QueueStats> {
    // The backlog is what the relay has not handed to Redis yet (the platform's count, not its table).
    const { count: backlog } = await this.outbox.backlog();
    const dead: { channel: string; n: number }[] = await this.ds.query(
      `SELECT channel, count(*)::int AS n FROM notification_dead_letters WHERE replayed_at IS NULL GROUP BY channel`,
    );
    const open: { status: string; n: number }[] = await this.ds.query(
      `SELECT status, count(*)::int AS n FROM notification_deliveries WHERE status IN ('pending', 'sending') GROUP BY status`,
    );
    const deadOf = (name: string) => dead.find((d) => (name === EMAIL_QUEUE ? d.channel === 'email' : name === WEBHOOK_QUEUE && d.channel === 'webhook'))?.n ?? 0;
    let redis: 'up' | 'down' = 'up';
    const queues: QueueCounts[] = [];
    for (const name of STATS_QUEUES) {
      const counts = redis === 'up' ? await this.counts(name).catch(() => null) : null;
      if (!counts) redis = 'down';
      queues.push({
        name,
        waiting: counts ? counts.waiting + counts.prioritized : null,
        active: counts?.active ?? null,
        delayed: counts?.delayed ?? null,
        failed: counts?.failed ?? null,
        deadLettered: deadOf(name),
      });
    }
    return {
      redis,
      outboxBacklog: backlog,
      queues,
      deliveries: { pending: open.find((o) => o.status === 'pending')?.n ?? 0, sending: open.find((o) => o.status === 'sending')?.n ?? 0 },
    };
  }

  private async counts(name: string): Promise<Record<'waiting' | 'prioritized' | 'active' | 'delayed' | 'failed', number>> {
    const queue = this.moduleRef.get<Queue>(getQueueToken(name), { strict: false });
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error('redis timeout')), 1000).unref());
    const counts = await Promise.race([queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'failed'), timeout]);
    return counts as Record<'waiting' | 'prioritized' | 'active' | 'delayed' | 'failed', number>;
  }
}
