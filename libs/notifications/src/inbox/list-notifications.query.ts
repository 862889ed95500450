import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AbilityFactory, Actor, Db, InvalidCursorError, keysetCursor, organisationIdsOf, sqlScope } from '@mnio/platform';
import { NotificationRow, NotificationView, toView } from './notification-view';

export interface NotificationPage {
  items: NotificationView[];
  nextCursor: string | null;
}

/**
 * The actor's inbox, unread first then newest first, keyset-paginated. The cursor is the last item's
 * rank (0 unread, 1 read, as listed), creation time and id. Only notifications received through a membership the actor
 * still holds are shown.
 */
export class ListNotificationsQuery extends Query<NotificationPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: { cursor?: string; limit: number; unreadOnly?: boolean },
  ) {
    super();
  }
}

const UNREAD_FIRST = keysetCursor('int', 'timestamp', 'uuid');

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor, filter }: ListNotificationsQuery): Promise<NotificationPage> {
    const cursor = UNREAD_FIRST.decode(filter.cursor);
    if (cursor && cursor[0] > 1) throw new InvalidCursorError();
    const params: unknown[] = [];
    const where = [
      sqlScope(this.abilities.forActor(actor), 'read', 'Notification', { userId: { sql: 'n.user_id' } }, params),
      `n.organisation_id = ANY($${params.push(organisationIdsOf(actor))}::uuid[])`,
    ];
    if (filter.unreadOnly) where.push('n.read_at IS NULL');
    if (cursor) {
      const after = `(n.created_at, n.id) < ($${params.push(cursor[1])}::timestamptz, $${params.push(cursor[2])}::uuid)`;
      where.push(cursor[0] === 0 ? `(n.read_at IS NOT NULL OR ${after})` : `(n.read_at IS NOT NULL AND ${after})`);
    }
    const rows: (NotificationRow & { rank: number; at_key: string })[] = await this.db.em.query(
      `SELECT n.id, n.event_type, n.content, n.created_at, n.read_at, (n.read_at IS NOT NULL)::int AS rank, n.created_at::text AS at_key
       FROM notifications n WHERE ${where.join(' AND ')}
       ORDER BY (n.read_at IS NOT NULL), n.created_at DESC, n.id DESC LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    return {
      items: rows.slice(0, filter.limit).map(toView),
      nextCursor: UNREAD_FIRST.next(rows, filter.limit, (last) => [last.rank, last.at_key, last.id]),
    };
  }
}
