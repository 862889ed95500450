import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** A committed outbox message, as the worker's subscribers receive it. */
export interface OutboxEvent {
  outboxId: string;
  type: string;
  aggregateId: string | null;
  payload: Record<string, unknown>;
  createdAt: string;
}

/** A message with its relay time, for the safety nets that look for relayed work Redis lost. */
export interface StoredOutboxEvent extends OutboxEvent {
  relayedAt: string | null;
}

interface Row {
  id: string;
  type: string;
  aggregate_id: string | null;
  payload: Record<string, unknown>;
  created_at: Date;
  relayed_at: Date | null;
}

const COLUMNS = `id, type, aggregate_id, payload, created_at, relayed_at`;

function toEvent(r: Row): StoredOutboxEvent {
  return { outboxId: r.id, type: r.type, aggregateId: r.aggregate_id, payload: r.payload, createdAt: r.created_at.toISOString(), relayedAt: r.relayed_at?.toISOString() ?? null };
}

/**
 * The reads of the outbox other contexts need, so that none reads the platform's `outbox_messages` table itself:
 * a message by id (the events worker: jobs carry the id only), messages after an id (projections, safety nets) and
 * the relay's backlog (operations). Outside any transaction: the pool.
 */
@Injectable()
export class OutboxReader {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async byId(outboxId: string): Promise<StoredOutboxEvent | null> {
    if (!/^\d{1,19}$/.test(outboxId)) return null;
    const rows: Row[] = await this.ds.query(`SELECT ${COLUMNS} FROM outbox_messages WHERE id = $1`, [outboxId]);
    return rows.length ? toEvent(rows[0]) : null;
  }

  /**
   * Messages with an id above `afterId`, in id order, at most `limit`: of `types` when given, and only those
   * relayed more than `relayedMoreThanMsAgo` milliseconds ago when given.
   */
  async after(afterId: string, options: { types?: readonly string[]; limit: number; relayedMoreThanMsAgo?: number }): Promise<StoredOutboxEvent[]> {
    const params: unknown[] = [afterId];
    const where = ['id > $1'];
    if (options.types) where.push(`type = ANY($${params.push([...options.types])})`);
    if (options.relayedMoreThanMsAgo !== undefined) where.push(`relayed_at < now() - $${params.push(options.relayedMoreThanMsAgo)} * interval '1 millisecond'`);
    const rows: Row[] = await this.ds.query(`SELECT ${COLUMNS} FROM outbox_messages WHERE ${where.join(' AND ')} ORDER BY id LIMIT $${params.push(options.limit)}`, params);
    return rows.map(toEvent);
  }

  /** Messages the relay has not handed to Redis yet, and the age of the oldest (seconds; null when none). */
  async backlog(): Promise<{ count: number; oldestAgeSeconds: number | null }> {
    const [row]: { n: number; age: number | null }[] = await this.ds.query(
      `SELECT count(*)::int AS n, extract(epoch FROM now() - min(created_at))::float8 AS age FROM outbox_messages WHERE relayed_at IS NULL`,
    );
    return { count: row.n, oldestAgeSeconds: row.age === null ? null : Number(row.age) };
  }
}
