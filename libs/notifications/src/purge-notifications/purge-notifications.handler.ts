import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, PurgedRows, rowsOf, Transactional } from '@mnio/platform';
import { PurgeNotificationsCommand } from '@mnio/privacy';

/** Retention (rule `notifications`): inbox items created before the cut-off, read or not. The port is privacy's. */
@CommandHandler(PurgeNotificationsCommand)
export class PurgeNotificationsHandler implements ICommandHandler<PurgeNotificationsCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge: { cutoff, limit, dryRun } }: PurgeNotificationsCommand): Promise<PurgedRows> {
    const em = this.db.em;
    if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM notifications WHERE created_at < $1`, [cutoff]))[0].n };
    const rows = await rowsOf<{ id: string }>(
      em,
      `DELETE FROM notifications WHERE id IN (SELECT id FROM notifications WHERE created_at < $1 ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING id`,
      [cutoff, limit],
    );
    if (rows.length) await this.audit.record({ action: 'retention.rows_purged', subjectType: 'retention_rule', stream: 'retention_rule:notifications', actorUserId: null, details: { rule: 'notifications', count: rows.length } });
    return { count: rows.length };
  }
}
