import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';

/** Display names of staff users, for reports and lists (never an email). */
export class UserDisplayNamesQuery extends Query<{ id: string; displayName: string }[]> {
  constructor(readonly userIds: string[]) {
    super();
  }
}

@QueryHandler(UserDisplayNamesQuery)
export class UserDisplayNamesHandler implements IQueryHandler<UserDisplayNamesQuery> {
  constructor(private readonly db: Db) {}

  async execute({ userIds }: UserDisplayNamesQuery): Promise<{ id: string; displayName: string }[]> {
    if (userIds.length === 0) return [];
    return this.db.em.query(`SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`, [userIds]);
  }
}
