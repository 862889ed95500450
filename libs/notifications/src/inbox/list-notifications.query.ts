import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AbilityFactory, Actor, DomainError, organisationIdsOf, sqlScope, Db } from '@mnio/platform';
import { NotificationRow, NotificationView, toView } from './notification-view';

export interface NotificationPage {
  items: NotificationView[];
  nextCursor: string | null;
}

/**
 * The actor's inbox, unread first then newest first, keyset-paginated. The cursor is the last item's
 * rank (0 unread, 1 read, as listed) and id. Only notifications received through a membership the actor
 * still holds are shown.
 */
export class ListNotificationsQuery extends Query<NotificationPage> {
  constructor(
    readonly actor: Actor,
    readonly filter: { after?: string; limit: number; unreadOnly?: boolean },
  ) {
    super();
  }
}

const CURSOR = /^([01])\.([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/;

@QueryHandler(ListNotificationsQuery)
export class ListNotificationsHandler implements IQueryHandler<ListNotificationsQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute({ actor, filter }: ListNotificationsQuery): Promise<NotificationPage> {
    const scope = sqlScope(this.abilities.forActor(actor), 'read', 'Notification', { userId: { sql: 'n.user_id' } });
    const qb = this.db.em
      .createQueryBuilder()
      .select(['n.id AS id', 'n.event_type AS event_type', 'n.content AS content', 'n.created_at AS created_at', 'n.read_at AS read_at'])
      .addSelect('(n.read_at IS NOT NULL)::int', 'rank')
      .from('notifications', 'n')
      .where(scope.sql, scope.params)
      .andWhere('n.organisation_id = ANY(:orgs)', { orgs: organisationIdsOf(actor) });
    if (filter.unreadOnly) qb.andWhere('n.read_at IS NULL');
    if (filter.after) {
      const m = CURSOR.exec(filter.after);
      if (!m) throw new DomainError('INVALID_CURSOR', 'Invalid cursor');
      const after = `(n.created_at, n.id) < (SELECT c.created_at, c.id FROM notifications c WHERE c.id = :cursorId)`;
      qb.andWhere(
        m[1] === '0' ? `(n.read_at IS NOT NULL OR (n.read_at IS NULL AND ${after}))` : `(n.read_at IS NOT NULL AND ${after})`,
        { cursorId: m[2] },
      );
    }
    const rows: (NotificationRow & { rank: number })[] = await qb
      .orderBy('(n.read_at IS NOT NULL)', 'ASC')
      .addOrderBy('n.created_at', 'DESC')
      .addOrderBy('n.id', 'DESC')
      .limit(filter.limit + 1)
      .getRawMany();
    const more = rows.length > filter.limit;
    const page = rows.slice(0, filter.limit);
    const last = page[page.length - 1];
    return { items: page.map(toView), nextCursor: more && last ? `${last.rank}.${last.id}` : null };
  }
}
