import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { DomainError, Transactional, Db } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';
import { assertMembershipAllowed } from '../users/membership-rules';
import { OperatorGrantCommand } from './operator-grant.command';

@CommandHandler(OperatorGrantCommand)
export class OperatorGrantHandler implements ICommandHandler<OperatorGrantCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute(cmd: OperatorGrantCommand): Promise<{ membershipId: string }> {
    const em = this.db.em;
    const orgs: { kind: OrganisationKind; national: boolean; territories: string[] }[] = await em.query(
      `SELECT kind, national, territories FROM organisations WHERE id = $1 AND active`,
      [cmd.organisationId],
    );
    if (!orgs[0]) throw new DomainError('NOT_FOUND', 'Organisation not found');
    assertMembershipAllowed(orgs[0], cmd.role, cmd.territories);
    const rows: { id: string }[] = await em.query(
      `INSERT INTO memberships (user_id, organisation_id, role, territories) VALUES ($1, $2, $3, $4)
       ON CONFLICT (user_id, organisation_id, role) DO UPDATE SET active = true, updated_at = now() RETURNING id`,
      [cmd.userId, cmd.organisationId, cmd.role, cmd.territories],
    );
    await this.audit.record({
      action: 'membership.added',
      subjectType: 'user',
      subjectId: cmd.userId,
      actorUserId: null,
      actorOrganisationId: null,
      details: { membershipId: rows[0].id, organisationId: cmd.organisationId, role: cmd.role, by: 'operator' },
    });
    return { membershipId: rows[0].id };
  }
}
