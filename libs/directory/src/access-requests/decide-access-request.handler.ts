import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { bumpVersion, Db, DomainError, NotFoundError, Transactional } from '@mnio/platform';
import { APPROVER_ROLE, OrganisationKind } from '../domain/roles';
import { assertMembershipAllowed } from '../users/membership-rules';
import { DecideAccessRequestCommand } from './decide-access-request.command';

/**
 * A coordinator of the organisation accepts an access request (the account is created, or found by its e-mail,
 * linked to the ProConnect identity, and given a membership with the role the coordinator chose) or refuses it.
 * Anyone else, and any request of another organisation, gets the 404 of a missing one. Audited.
 */
@CommandHandler(DecideAccessRequestCommand)
export class DecideAccessRequestHandler implements ICommandHandler<DecideAccessRequestCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, requestId, decision, role, territories }: DecideAccessRequestCommand) {
    const em = this.db.em;
    const coordinated = actor.memberships.filter((m) => m.role === APPROVER_ROLE).map((m) => m.organisationId);
    const rows: { organisation_id: string; issuer: string; subject: string; email: string; display_name: string; status: string; version: number }[] = await em.query(
      `SELECT organisation_id, issuer, subject, email, display_name, status, version FROM access_requests WHERE id = $1 AND organisation_id = ANY($2::uuid[]) FOR UPDATE`,
      [requestId, coordinated],
    );
    const r = rows[0];
    if (!r) throw new NotFoundError('AccessRequest');
    if (r.status !== 'pending') throw new DomainError('ACCESS_REQUEST_DECIDED', 'This request has already been decided');
    let userId: string | null = null;
    let membershipId: string | null = null;
    if (decision === 'accept') {
      if (!role) throw new DomainError('UNPROCESSABLE', 'Choose the role to give');
      const orgs: { kind: OrganisationKind; national: boolean; territories: string[] }[] = await em.query(
        `SELECT kind, national, territories FROM organisations WHERE id = $1 AND active`,
        [r.organisation_id],
      );
      if (!orgs[0]) throw new NotFoundError('Organisation');
      assertMembershipAllowed(orgs[0], role, territories);
      const existing: { id: string; status: string }[] = await em.query(`SELECT id, status FROM users WHERE lower(email) = lower($1)`, [r.email]);
      if (existing[0]?.status === 'disabled') throw new DomainError('MEMBERSHIP_NOT_GRANTABLE', 'This account is disabled');
      if (existing[0]) {
        const admins: unknown[] = await em.query(`SELECT 1 FROM memberships WHERE user_id = $1 AND role = 'platform_admin' AND active`, [existing[0].id]);
        if (admins.length) throw new DomainError('MEMBERSHIP_NOT_GRANTABLE', 'A platform administrator holds no other membership');
      }
      userId = existing[0]?.id ?? ((await em.query(`INSERT INTO users (email, display_name) VALUES ($1, $2) RETURNING id`, [r.email, r.display_name])) as { id: string }[])[0].id;
      if (userId === actor.userId) throw new DomainError('MEMBERSHIP_SELF_GRANT', 'No one grants a membership to themselves');
      await em.query(`INSERT INTO user_identities (issuer, subject, user_id) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING`, [r.issuer, r.subject, userId]);
      const m: { id: string }[] = await em.query(
        `INSERT INTO memberships (user_id, organisation_id, role, territories) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, organisation_id, role) DO UPDATE SET active = true, territories = EXCLUDED.territories, updated_at = now()
         RETURNING id`,
        [userId, r.organisation_id, role, territories],
      );
      membershipId = m[0].id;
    }
    const status = decision === 'accept' ? 'accepted' : 'refused';
    await bumpVersion(em, {
      table: 'access_requests', id: requestId, expected: r.version, subject: 'access request', updatedAt: false,
      set: 'status = $3, decided_by = $4, decided_at = now(), role = $5, user_id = $6, membership_id = $7',
      params: [status, actor.userId, decision === 'accept' ? role : null, userId, membershipId],
    });
    await this.audit.record({
      action: `access.request_${status}`,
      subjectType: 'access_request',
      subjectId: requestId,
      actorOrganisationId: r.organisation_id,
      details: { organisationId: r.organisation_id, ...(userId ? { userId, membershipId, role } : {}) },
    });
    return { id: requestId, status: status as 'accepted' | 'refused', userId, membershipId };
  }
}
