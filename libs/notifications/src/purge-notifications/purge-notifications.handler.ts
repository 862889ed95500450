import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal, rowsPurgedEntry } from '@mnio/audit';
import { Db, PurgedRows, purgeOldRows, PurgeTarget, Transactional } from '@mnio/platform';
import { PurgeNotificationsCommand } from '@mnio/privacy';

const OLD_ROWS: PurgeTarget = { table: 'notifications', key: 'id', old: `created_at < $1`, order: 'created_at' };

/** Retention (rule `notifications`): inbox items created before the cut-off, read or not. The port is privacy's. */
@CommandHandler(PurgeNotificationsCommand)
export class PurgeNotificationsHandler implements ICommandHandler<PurgeNotificationsCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge }: PurgeNotificationsCommand): Promise<PurgedRows> {
    const purged = await purgeOldRows(this.db.em, OLD_ROWS, purge);
    if (!purge.dryRun && purged.count) await this.audit.record(rowsPurgedEntry('notifications', purged.count));
    return purged;
  }
}
