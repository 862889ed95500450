import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db, keysetCursor } from '@mnio/platform';

export interface UserAdminView {
  id: string;
  email: string;
  displayName: string;
  status: string;
  totpEnabled: boolean;
  memberships: { id: string; organisationId: string; role: string; territories: string[]; active: boolean }[];
}

/** By email, case-insensitive: keyset on lower(email). */
const BY_EMAIL = keysetCursor('text');

/** For platform admins: users and memberships, keyset-paginated by email. */
export class ListUsersQuery extends Query<{ items: UserAdminView[]; nextCursor: string | null }> {
  constructor(readonly filter: { organisationId?: string; cursor?: string; limit: number }) {
    super();
  }
}

@QueryHandler(ListUsersQuery)
export class ListUsersHandler implements IQueryHandler<ListUsersQuery> {
  constructor(private readonly db: Db) {}

  async execute({ filter }: ListUsersQuery): Promise<{ items: UserAdminView[]; nextCursor: string | null }> {
    const cursor = BY_EMAIL.decode(filter.cursor);
    const params: unknown[] = [filter.limit + 1];
    const where: string[] = [];
    if (cursor) where.push(`lower(u.email) > lower($${params.push(cursor[0])})`);
    if (filter.organisationId) where.push(`EXISTS (SELECT 1 FROM memberships x WHERE x.user_id = u.id AND x.organisation_id = $${params.push(filter.organisationId)})`);
    const rows: UserAdminView[] = await this.db.em.query(
      `SELECT u.id, u.email, u.display_name AS "displayName", u.status, u.totp_enabled AS "totpEnabled",
              coalesce(json_agg(json_build_object('id', m.id, 'organisationId', m.organisation_id, 'role', m.role, 'territories', m.territories, 'active', m.active)
                ORDER BY m.created_at) FILTER (WHERE m.id IS NOT NULL), '[]') AS memberships
       FROM users u LEFT JOIN memberships m ON m.user_id = u.id
       ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       GROUP BY u.id ORDER BY lower(u.email) LIMIT $1`,
      params,
    );
    return { items: rows.slice(0, filter.limit), nextCursor: BY_EMAIL.next(rows, filter.limit, (last) => [last.email]) };
  }
}
