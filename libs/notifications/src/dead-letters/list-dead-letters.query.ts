import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

/** A delivery that exhausted its attempts: ids, codes and counts, never content or address. */
export interface DeadLetterView {
  id: string;
  deliveryId: string;
  round: number;
  channel: string;
  eventType: string;
  eventKey: string;
  organisationId: string;
  recipientId: string;
  attempts: number;
  lastError: string | null;
  failedAt: string;
  replayedAt: string | null;
}

/** Newest first, keyset on the last id; replayed ones only when asked. */
export class ListDeadLettersQuery extends Query<{ items: DeadLetterView[]; nextCursor: string | null }> {
  constructor(readonly filter: { after?: string; limit: number; includeReplayed?: boolean; channel?: string }) {
    super();
  }
}

@QueryHandler(ListDeadLettersQuery)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLettersQuery> {
  constructor(private readonly db: Db) {}

  async execute({ filter }: ListDeadLettersQuery): Promise<{ items: DeadLetterView[]; nextCursor: string | null }> {
    const params: unknown[] = [filter.limit + 1];
    const where: string[] = [];
    if (!filter.includeReplayed) where.push('l.replayed_at IS NULL');
    if (filter.channel) where.push(`l.channel = $${params.push(filter.channel)}`);
    if (filter.after) where.push(`(l.failed_at, l.id) < (SELECT c.failed_at, c.id FROM notification_dead_letters c WHERE c.id = $${params.push(filter.after)})`);
    const items: DeadLetterView[] = await this.db.em.query(
      `SELECT l.id, l.delivery_id AS "deliveryId", l.round, l.channel, d.event_type AS "eventType", d.event_key AS "eventKey",
              d.organisation_id AS "organisationId", d.recipient_id AS "recipientId", l.attempts, l.last_error AS "lastError",
              l.failed_at AS "failedAt", l.replayed_at AS "replayedAt"
       FROM notification_dead_letters l JOIN notification_deliveries d ON d.id = l.delivery_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY l.failed_at DESC, l.id DESC LIMIT $1`,
      params,
    );
    const more = items.length > filter.limit;
    const page = items.slice(0, filter.limit);
    return { items: page, nextCursor: more ? page[page.length - 1].id : null };
  }
}
