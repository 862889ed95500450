import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import type { Role } from '../domain/roles';
import { Db } from '@mnio/platform';

export interface OrganisationMember {
  userId: string;
  /** The address to notify; staff data, never logged. */
  email: string;
  organisationId: string;
}

/**
 * Active users holding one of `roles` in an active membership of an active organisation, from live
 * state. `territory` keeps only members whose territories (their own, else the organisation's) cover it;
 * `userIds` narrows to given users (a recheck before sending).
 */
export class OrganisationMembersQuery extends Query<OrganisationMember[]> {
  constructor(
    readonly organisationId: string,
    readonly roles: readonly Role[],
    readonly options: { territory?: string; userIds?: string[] } = {},
  ) {
    super();
  }
}

@QueryHandler(OrganisationMembersQuery)
export class OrganisationMembersHandler implements IQueryHandler<OrganisationMembersQuery> {
  constructor(private readonly db: Db) {}

  async execute({ organisationId, roles, options }: OrganisationMembersQuery): Promise<OrganisationMember[]> {
    const params: unknown[] = [organisationId, roles];
    const where: string[] = [];
    if (options.territory) {
      where.push(`(o.national AND cardinality(m.territories) = 0
        OR $${params.push(options.territory)} = ANY(CASE WHEN cardinality(m.territories) > 0 THEN m.territories ELSE o.territories END))`);
    }
    if (options.userIds) where.push(`u.id = ANY($${params.push(options.userIds)})`);
    return this.db.em.query(
      `SELECT DISTINCT u.id AS "userId", u.email, m.organisation_id AS "organisationId"
       FROM memberships m
       JOIN organisations o ON o.id = m.organisation_id AND o.active
       JOIN users u ON u.id = m.user_id AND u.status = 'active'
       WHERE m.organisation_id = $1 AND m.active AND m.role = ANY($2) ${where.map((w) => `AND ${w}`).join(' ')}
       ORDER BY u.id`,
      params,
    );
  }
}
