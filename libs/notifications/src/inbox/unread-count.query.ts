import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Actor, organisationIdsOf, Db } from '@mnio/platform';

export class UnreadCountQuery extends Query<{ unread: number }> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(UnreadCountQuery)
export class UnreadCountHandler implements IQueryHandler<UnreadCountQuery> {
  constructor(private readonly db: Db) {}

  async execute({ actor }: UnreadCountQuery): Promise<{ unread: number }> {
    const rows: { n: number }[] = await this.db.em.query(
      `SELECT count(*)::int AS n FROM notifications WHERE user_id = $1 AND read_at IS NULL AND organisation_id = ANY($2)`,
      [actor.userId, organisationIdsOf(actor)],
    );
    return { unread: rows[0].n };
  }
}
