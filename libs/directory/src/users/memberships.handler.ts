import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, DomainError, OutboxService, Transactional, rowsOf, Db } from '@mnio/platform';
import { ADMIN_GRANTABLE_ROLES, Role } from '../domain/roles';
import { assertNotPlatformAdmin, grantOrRequest } from './grant-or-request';
import { AddMembershipCommand, MembershipOutcome, SetMembershipActiveCommand } from './memberships.command';

@CommandHandler(AddMembershipCommand)
export class AddMembershipHandler implements ICommandHandler<AddMembershipCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ actor, userId, membership }: AddMembershipCommand): Promise<MembershipOutcome> {
    return grantOrRequest(this.db.em, this.audit, this.outbox, actor, userId, membership);
  }
}

/**
 * Ending a membership is always allowed. Re-activating one is granting it again: only the roles an
 * administrator may grant directly, and never to itself or to another administrator.
 */
@CommandHandler(SetMembershipActiveCommand)
export class SetMembershipActiveHandler implements ICommandHandler<SetMembershipActiveCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute(cmd: SetMembershipActiveCommand): Promise<{ id: string; active: boolean }> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, cmd.actor, 'update', 'Membership');
    const found: { role: Role }[] = await em.query(`SELECT role FROM memberships WHERE id = $1 AND user_id = $2 FOR UPDATE`, [cmd.membershipId, cmd.userId]);
    if (!found[0]) throw new DomainError('NOT_FOUND', 'Membership not found');
    if (cmd.active) {
      if (!ADMIN_GRANTABLE_ROLES.includes(found[0].role)) {
        throw new DomainError('MEMBERSHIP_APPROVAL_REQUIRED', "This role is granted again through a request the organisation's coordinator approves");
      }
      await assertNotPlatformAdmin(em, cmd.actor, cmd.userId);
    }
    const rows = await rowsOf<{ id: string }>(em,
      `UPDATE memberships SET active = $3, updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING id`,
      [cmd.membershipId, cmd.userId, cmd.active],
    );
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'Membership not found');
    await this.audit.record({ action: cmd.active ? 'membership.enabled' : 'membership.disabled', subjectType: 'user', subjectId: cmd.userId, actorOrganisationId, details: { membershipId: cmd.membershipId } });
    return { id: cmd.membershipId, active: cmd.active };
  }
}
