import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, PurgedRows, rowsOf, Transactional } from '@mnio/platform';
import { PurgeNotificationDeliveriesCommand } from '@mnio/privacy';

/** A delivery still pending or being sent is never purged, however old: the delivery runner owns it. */
const OLD = `created_at < $1 AND status IN ('sent', 'skipped', 'dead')`;

/**
 * Retention (rule `notification_deliveries`): finished email and webhook deliveries created before the cut-off,
 * with their dead letters, in one statement (the foreign key is checked at its end). The port is privacy's.
 */
@CommandHandler(PurgeNotificationDeliveriesCommand)
export class PurgeNotificationDeliveriesHandler implements ICommandHandler<PurgeNotificationDeliveriesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge: { cutoff, limit, dryRun } }: PurgeNotificationDeliveriesCommand): Promise<PurgedRows> {
    const em = this.db.em;
    if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM notification_deliveries WHERE ${OLD}`, [cutoff]))[0].n };
    const rows = await rowsOf<{ id: string }>(
      em,
      `WITH doomed AS (SELECT id FROM notification_deliveries WHERE ${OLD} ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED),
            letters AS (DELETE FROM notification_dead_letters WHERE delivery_id IN (SELECT id FROM doomed))
       DELETE FROM notification_deliveries WHERE id IN (SELECT id FROM doomed) RETURNING id`,
      [cutoff, limit],
    );
    if (rows.length) await this.audit.record({ action: 'retention.rows_purged', subjectType: 'retention_rule', stream: 'retention_rule:notification_deliveries', actorUserId: null, details: { rule: 'notification_deliveries', count: rows.length } });
    return { count: rows.length };
  }
}
