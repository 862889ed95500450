import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db, keysetCursor } from '@mnio/platform';
import { isNotificationEventType, NOTIFICATION_EVENTS } from '../domain/event-types';

/** A delivery that exhausted its attempts: ids, codes and counts, never content or address. */
export interface DeadLetterView {
  id: string;
  deliveryId: string;
  round: number;
  channel: string;
  eventType: string;
  /** The event type in French, for the administration page (the catalogue's label). */
  eventLabel: string;
  eventKey: string;
  organisationId: string;
  recipientId: string;
  attempts: number;
  lastError: string | null;
  failedAt: string;
  replayedAt: string | null;
}

/** Newest first: keyset on (failed_at as PostgreSQL prints it, id). */
const NEWEST_FIRST = keysetCursor('timestamp', 'uuid');

/** Newest first, keyset on (failed_at, id); replayed ones only when asked. */
export class ListDeadLettersQuery extends Query<{ items: DeadLetterView[]; nextCursor: string | null }> {
  constructor(readonly filter: { cursor?: string; limit: number; includeReplayed?: boolean; channel?: string }) {
    super();
  }
}

@QueryHandler(ListDeadLettersQuery)
export class ListDeadLettersHandler implements IQueryHandler<ListDeadLettersQuery> {
  constructor(private readonly db: Db) {}

  async execute({ filter }: ListDeadLettersQuery): Promise<{ items: DeadLetterView[]; nextCursor: string | null }> {
    const cursor = NEWEST_FIRST.decode(filter.cursor);
    const params: unknown[] = [filter.limit + 1];
    const where: string[] = [];
    if (!filter.includeReplayed) where.push('l.replayed_at IS NULL');
    if (filter.channel) where.push(`l.channel = $${params.push(filter.channel)}`);
    if (cursor) where.push(`(l.failed_at, l.id) < ($${params.push(cursor[0])}::timestamptz, $${params.push(cursor[1])}::uuid)`);
    const rows: (Omit<DeadLetterView, 'eventLabel'> & { atKey: string })[] = await this.db.em.query(
      `SELECT l.id, l.delivery_id AS "deliveryId", l.round, l.channel, d.event_type AS "eventType", d.event_key AS "eventKey",
              d.organisation_id AS "organisationId", d.recipient_id AS "recipientId", l.attempts, l.last_error AS "lastError",
              l.failed_at AS "failedAt", l.replayed_at AS "replayedAt", l.failed_at::text AS "atKey"
       FROM notification_dead_letters l JOIN notification_deliveries d ON d.id = l.delivery_id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY l.failed_at DESC, l.id DESC LIMIT $1`,
      params,
    );
    return {
      items: rows.slice(0, filter.limit).map(({ atKey: _k, ...r }) => ({ ...r, eventLabel: isNotificationEventType(r.eventType) ? NOTIFICATION_EVENTS[r.eventType].label : 'Autre notification' })),
      nextCursor: NEWEST_FIRST.next(rows, filter.limit, (last) => [last.atKey, last.id]),
    };
  }
}
