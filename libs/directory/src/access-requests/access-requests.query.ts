import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type Actor, Db } from '@mnio/platform';
import { APPROVER_ROLE } from '../domain/roles';

export interface AccessRequestView {
  id: string;
  organisationId: string;
  organisationName: string;
  email: string;
  displayName: string;
  status: 'pending' | 'accepted' | 'refused';
  role: string | null;
  createdAt: string;
  decidedAt: string | null;
}

/**
 * Access requests left by people ProConnect knows and mnio does not, for the organisations the actor coordinates
 * (pending first, then the last 30 days' decisions). Nothing is listed to anyone else.
 */
export class ListAccessRequestsQuery extends Query<AccessRequestView[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(ListAccessRequestsQuery)
export class ListAccessRequestsHandler implements IQueryHandler<ListAccessRequestsQuery> {
  constructor(private readonly db: Db) {}

  execute({ actor }: ListAccessRequestsQuery): Promise<AccessRequestView[]> {
    const coordinated = actor.memberships.filter((m) => m.role === APPROVER_ROLE).map((m) => m.organisationId);
    return this.db.em.query(
      `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.email, r.display_name AS "displayName",
              r.status, r.role, r.created_at AS "createdAt", r.decided_at AS "decidedAt"
       FROM access_requests r JOIN organisations o ON o.id = r.organisation_id
       WHERE r.organisation_id = ANY($1::uuid[]) AND (r.status = 'pending' OR r.decided_at > now() - interval '30 days')
       ORDER BY (r.status = 'pending') DESC, r.created_at DESC
       LIMIT 200`,
      [coordinated],
    );
  }
}
