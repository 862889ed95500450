import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { type Actor, Db } from '@mnio/platform';
import { APPROVER_ROLE } from '../domain/roles';

export interface MembershipRequestView {
  id: string;
  organisationId: string;
  organisationName: string;
  role: string;
  territories: string[];
  status: 'pending' | 'approved' | 'refused';
  user: { id: string; displayName: string; email: string; enrolled: boolean };
  requestedBy: { id: string; displayName: string };
  createdAt: string;
  decidedAt: string | null;
}

/**
 * Requests of the organisations the actor coordinates (pending first, then the last 30 days' decisions);
 * for a platform administrator, the requests it made. Nothing else is listed to anyone.
 */
export class ListMembershipRequestsQuery extends Query<MembershipRequestView[]> {
  constructor(readonly actor: Actor) {
    super();
  }
}

@QueryHandler(ListMembershipRequestsQuery)
export class ListMembershipRequestsHandler implements IQueryHandler<ListMembershipRequestsQuery> {
  constructor(private readonly db: Db) {}

  execute({ actor }: ListMembershipRequestsQuery): Promise<MembershipRequestView[]> {
    const coordinated = actor.memberships.filter((m) => m.role === APPROVER_ROLE).map((m) => m.organisationId);
    const admin = actor.memberships.some((m) => m.role === 'platform_admin');
    return this.db.em.query(
      `SELECT r.id, r.organisation_id AS "organisationId", o.name AS "organisationName", r.role, r.territories, r.status,
              json_build_object('id', u.id, 'displayName', u.display_name, 'email', u.email, 'enrolled', u.password_hash IS NOT NULL) AS "user",
              json_build_object('id', a.id, 'displayName', a.display_name) AS "requestedBy",
              r.created_at AS "createdAt", r.decided_at AS "decidedAt"
       FROM membership_requests r
       JOIN organisations o ON o.id = r.organisation_id
       JOIN users u ON u.id = r.user_id
       JOIN users a ON a.id = r.requested_by
       WHERE (r.organisation_id = ANY($1::uuid[]) OR ($2 AND r.requested_by = $3))
         AND (r.status = 'pending' OR r.decided_at > now() - interval '30 days')
       ORDER BY (r.status = 'pending') DESC, r.created_at DESC
       LIMIT 200`,
      [coordinated, admin, actor.userId],
    );
  }
}
