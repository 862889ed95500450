import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal, rowsPurgedEntry } from '@mnio/audit';
import { Db, PurgedRows, purgeOldRows, PurgeTarget, Transactional } from '@mnio/platform';
import { PurgeNotificationDeliveriesCommand } from '@mnio/privacy';

const OLD_ROWS: PurgeTarget = {
  table: 'notification_deliveries', key: 'id', old: `created_at < $1 AND status IN ('sent', 'skipped', 'dead')`, order: 'created_at',
  dependents: `DELETE FROM notification_dead_letters WHERE delivery_id IN (SELECT key FROM doomed)`,
};

/**
 * Retention (rule `notification_deliveries`): finished email and webhook deliveries created before the cut-off,
 * with their dead letters. A delivery still pending or being sent is never purged, however old: the delivery
 * runner owns it. The port is privacy's.
 */
@CommandHandler(PurgeNotificationDeliveriesCommand)
export class PurgeNotificationDeliveriesHandler implements ICommandHandler<PurgeNotificationDeliveriesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge }: PurgeNotificationDeliveriesCommand): Promise<PurgedRows> {
    const purged = await purgeOldRows(this.db.em, OLD_ROWS, purge);
    if (!purge.dryRun && purged.count) await this.audit.record(rowsPurgedEntry('notification_deliveries', purged.count));
    return purged;
  }
}
