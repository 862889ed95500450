import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal, rowsPurgedEntry } from '@mnio/audit';
import { Db, PurgedRows, purgeOldRows, PurgeTarget, Transactional } from '@mnio/platform';
import { PurgeLoginThrottleCommand } from './purge-login-throttle.command';

const OLD_ROWS: PurgeTarget = { table: 'login_throttle', key: 'key', old: `window_start < $1 AND (locked_until IS NULL OR locked_until < $1)`, order: 'key' };

/** Login throttling counters whose window ended before the cut-off. */
@CommandHandler(PurgeLoginThrottleCommand)
export class PurgeLoginThrottleHandler implements ICommandHandler<PurgeLoginThrottleCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge }: PurgeLoginThrottleCommand): Promise<PurgedRows> {
    const purged = await purgeOldRows(this.db.em, OLD_ROWS, purge);
    if (!purge.dryRun && purged.count) await this.audit.record(rowsPurgedEntry('login_throttle', purged.count));
    return purged;
  }
}
