import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { bumpVersion, DomainError, NotFoundError, Transactional, Db } from '@mnio/platform';
import { APPROVER_ROLE } from '../domain/roles';
import { assertNotPlatformAdmin } from '../users/grant-or-request';
import { DecideMembershipRequestCommand } from './decide-membership-request.command';

/**
 * A coordinator of the organisation approves (the membership is created) or refuses a pending request.
 * Anyone else, and any request of another organisation, gets the 404 of a missing one.
 */
@CommandHandler(DecideMembershipRequestCommand)
export class DecideMembershipRequestHandler implements ICommandHandler<DecideMembershipRequestCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, requestId, decision }: DecideMembershipRequestCommand): Promise<{ id: string; status: 'approved' | 'refused'; membershipId: string | null }> {
    const em = this.db.em;
    const coordinated = actor.memberships.filter((m) => m.role === APPROVER_ROLE).map((m) => m.organisationId);
    const rows: { user_id: string; organisation_id: string; role: string; territories: string[]; status: string; version: number }[] = await em.query(
      `SELECT user_id, organisation_id, role, territories, status, version FROM membership_requests WHERE id = $1 AND organisation_id = ANY($2::uuid[]) FOR UPDATE`,
      [requestId, coordinated],
    );
    const r = rows[0];
    if (!r) throw new NotFoundError('MembershipRequest');
    if (r.status !== 'pending') throw new DomainError('MEMBERSHIP_REQUEST_DECIDED', 'This request has already been decided');
    if (r.user_id === actor.userId) throw new DomainError('MEMBERSHIP_SELF_GRANT', 'No one approves a membership for themselves');
    let membershipId: string | null = null;
    if (decision === 'approve') {
      await assertNotPlatformAdmin(em, actor, r.user_id);
      const m: { id: string }[] = await em.query(
        `INSERT INTO memberships (user_id, organisation_id, role, territories) VALUES ($1, $2, $3, $4)
         ON CONFLICT (user_id, organisation_id, role) DO UPDATE SET active = true, territories = EXCLUDED.territories, updated_at = now()
         RETURNING id`,
        [r.user_id, r.organisation_id, r.role, r.territories],
      );
      membershipId = m[0].id;
    }
    const status = decision === 'approve' ? 'approved' : 'refused';
    await bumpVersion(em, {
      table: 'membership_requests', id: requestId, expected: r.version, subject: 'membership request', updatedAt: false,
      set: 'status = $3, decided_by = $4, decided_at = now(), membership_id = $5', params: [status, actor.userId, membershipId],
    });
    await this.audit.record({
      action: `membership.request_${status}`,
      subjectType: 'user',
      subjectId: r.user_id,
      actorOrganisationId: r.organisation_id,
      details: { requestId, organisationId: r.organisation_id, role: r.role, ...(membershipId ? { membershipId } : {}) },
    });
    return { id: requestId, status, membershipId };
  }
}
