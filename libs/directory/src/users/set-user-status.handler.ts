import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, actingOrganisationId, DomainError, Transactional, rowsOf, Db } from '@mnio/platform';
import { SetUserStatusCommand } from './set-user-status.command';

@CommandHandler(SetUserStatusCommand)
export class SetUserStatusHandler implements ICommandHandler<SetUserStatusCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly abilities: AbilityFactory,
  ) {}

  @Transactional()
  async execute(cmd: SetUserStatusCommand): Promise<{ id: string; status: 'active' | 'disabled' }> {
    const em = this.db.em;
    const actorOrganisationId = actingOrganisationId(this.abilities, cmd.actor, 'update', 'User');
    if (cmd.userId === cmd.actor.userId && cmd.status === 'disabled') throw new DomainError('FORBIDDEN', 'You cannot disable yourself');
    const rows = await rowsOf<{ id: string }>(em,
      `UPDATE users SET status = $2, version = version + 1, updated_at = now() WHERE id = $1 RETURNING id`,
      [cmd.userId, cmd.status],
    );
    if (!rows[0]) throw new DomainError('NOT_FOUND', 'User not found');
    if (cmd.status === 'disabled') {
      await em.query(`UPDATE auth_sessions SET revoked_at = now(), revoked_reason = 'user_disabled' WHERE user_id = $1 AND revoked_at IS NULL`, [cmd.userId]);
    }
    await this.audit.record({ action: cmd.status === 'disabled' ? 'user.disabled' : 'user.enabled', subjectType: 'user', subjectId: cmd.userId, actorOrganisationId });
    return { id: cmd.userId, status: cmd.status };
  }
}
