import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Actor, organisationIdsOf, Db, prepared } from '@mnio/platform';

export class UnreadCountQuery extends Query<{ unread: number }> {
  constructor(readonly actor: Actor) {
    super();
  }
}

/** Asked by every open page, by one user's index: planned once per connection (ADR 0003). */
const UNREAD_COUNT_SQL = prepared(`SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL AND organisation_id = ANY($2)`);

@QueryHandler(UnreadCountQuery)
export class UnreadCountHandler implements IQueryHandler<UnreadCountQuery> {
  constructor(private readonly db: Db) {}

  async execute({ actor }: UnreadCountQuery): Promise<{ unread: number }> {
    const rows: { n: number }[] = await this.db.em.query(UNREAD_COUNT_SQL, [actor.userId, organisationIdsOf(actor)]);
    return { unread: rows[0].n };
  }
}
