import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal, rowsPurgedEntry } from '@mnio/audit';
import { Db, PurgedRows, purgeOldRows, PurgeTarget, Transactional } from '@mnio/platform';
import { PurgeEndedSessionsCommand } from './purge-sessions.command';

const OLD_ROWS: PurgeTarget = {
  table: 'auth_sessions', key: 'id', old: `(expires_at < $1 OR revoked_at < $1)`, order: 'id',
  dependents: `DELETE FROM refresh_tokens WHERE session_id IN (SELECT key FROM doomed)`,
};

/** Ended sessions (expired or revoked before the cut-off) with their refresh tokens, in one statement. */
@CommandHandler(PurgeEndedSessionsCommand)
export class PurgeEndedSessionsHandler implements ICommandHandler<PurgeEndedSessionsCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge }: PurgeEndedSessionsCommand): Promise<PurgedRows> {
    const purged = await purgeOldRows(this.db.em, OLD_ROWS, purge);
    if (!purge.dryRun && purged.count) await this.audit.record(rowsPurgedEntry('auth_sessions', purged.count));
    return purged;
  }
}
