import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';

/** Display names of staff users, for reports and lists (never an email). */
export class UserDisplayNamesQuery extends Query<{ id: string; displayName: string }[]> {
  constructor(readonly userIds: string[]) {
    super();
  }
}

@QueryHandler(UserDisplayNamesQuery)
export class UserDisplayNamesHandler implements IQueryHandler<UserDisplayNamesQuery> {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async execute({ userIds }: UserDisplayNamesQuery): Promise<{ id: string; displayName: string }[]> {
    if (userIds.length === 0) return [];
    return this.ds.query(`SELECT id, display_name AS "displayName" FROM users WHERE id = ANY($1::uuid[]) ORDER BY id`, [userIds]);
  }
}
