import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, PurgedRows, rowsOf, Transactional } from '@mnio/platform';
import { PurgeLoginThrottleCommand } from './purge-login-throttle.command';

const STALE = `window_start < $1 AND (locked_until IS NULL OR locked_until < $1)`;

@CommandHandler(PurgeLoginThrottleCommand)
export class PurgeLoginThrottleHandler implements ICommandHandler<PurgeLoginThrottleCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge: { cutoff, limit, dryRun } }: PurgeLoginThrottleCommand): Promise<PurgedRows> {
    const em = this.db.em;
    if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM login_throttle WHERE ${STALE}`, [cutoff]))[0].n };
    const rows = await rowsOf<{ key: string }>(
      em,
      `DELETE FROM login_throttle WHERE key IN (SELECT key FROM login_throttle WHERE ${STALE} ORDER BY key LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING key`,
      [cutoff, limit],
    );
    if (rows.length) await this.audit.record({ action: 'retention.rows_purged', subjectType: 'retention_rule', stream: 'retention_rule:login_throttle', actorUserId: null, details: { rule: 'login_throttle', count: rows.length } });
    return { count: rows.length };
  }
}
