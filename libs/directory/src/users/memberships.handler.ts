import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { DomainError, OutboxService, Transactional, Tx, TransactionHost, rowsOf } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';
import { assertMembershipAllowed } from './membership-rules';
import { AddMembershipCommand, SetMembershipActiveCommand } from './memberships.command';

@CommandHandler(AddMembershipCommand)
export class AddMembershipHandler implements ICommandHandler<AddMembershipCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ userId, membership: m }: AddMembershipCommand): Promise<{ id: string }> {
    const em = (this.txHost as Tx).tx;
    const orgs: { kind: OrganisationKind; national: boolean; territories: string[] }[] = await em.query(
      `SELECT kind, national, territories FROM organisations WHERE id = $1 AND active`,
      [m.organisationId],
    );
    const users: unknown[] = await em.query(`SELECT 1 FROM users WHERE id = $1`, [userId]);
    if (!orgs[0] || !users[0]) throw new DomainError('NOT_FOUND', 'User or organisation not found');
    assertMembershipAllowed(orgs[0], m.role, m.territories);
    const rows: { id: string }[] = await em.query(
      `INSERT INTO memberships (user_id, organisation_id, role, territories) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, organisation_id, role) DO NOTHING RETURNING id`,
      [userId, m.organisationId, m.role, m.territories ?? []],
    );
    if (!rows[0]) throw new DomainError('MEMBERSHIP_EXISTS', 'This membership already exists');
    await this.audit.record({ action: 'membership.added', subjectType: 'user', subjectId: userId, details: { membershipId: rows[0].id, organisationId: m.organisationId, role: m.role } });
    await this.outbox.publish('MembershipChanged', { userId, membershipId: rows[0].id }, userId);
    return rows[0];
  }
}

@CommandHandler(SetMembershipActiveCommand)
export class SetMembershipActiveHandler implements ICommandHandler<SetMembershipActiveCommand> {
  constructor(
    private readonly txHost: TransactionHost,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: SetMembershipActiveCommand): Promise<{ id: string; active: boolean }> {
    const em = (this.txHost as Tx).tx;
    const rows = await rowsOf<{ id: string }>(em,
      `UPDATE memberships SET active = $3, updated_at = now() WHERE id = $1 AND user_id = $2 RETURNING id`,
      [cmd.membershipId, cmd.userId, cmd.active],
    );
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'Membership not found');
    await this.audit.record({ action: cmd.active ? 'membership.enabled' : 'membership.disabled', subjectType: 'user', subjectId: cmd.userId, details: { membershipId: cmd.membershipId } });
    await this.outbox.publish('MembershipChanged', { userId: cmd.userId, membershipId: cmd.membershipId }, cmd.userId);
    return { id: cmd.membershipId, active: cmd.active };
  }
}
