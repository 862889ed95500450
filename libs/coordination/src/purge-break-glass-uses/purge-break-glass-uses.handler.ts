import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal, rowsPurgedEntry } from '@mnio/audit';
import { Db, PurgedRows, purgeOldRows, PurgeTarget, Transactional } from '@mnio/platform';
import { PurgeBreakGlassUsesCommand } from './purge-break-glass-uses.command';

const OLD_ROWS: PurgeTarget = { table: 'break_glass_uses', key: 'id', old: `used_at < $1 AND expires_at < $1`, order: 'used_at' };

/** Break-the-glass records used and expired before the cut-off (the audit journal keeps the acts themselves). */
@CommandHandler(PurgeBreakGlassUsesCommand)
export class PurgeBreakGlassUsesHandler implements ICommandHandler<PurgeBreakGlassUsesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge }: PurgeBreakGlassUsesCommand): Promise<PurgedRows> {
    const purged = await purgeOldRows(this.db.em, OLD_ROWS, purge);
    if (!purge.dryRun && purged.count) await this.audit.record(rowsPurgedEntry('break_glass_uses', purged.count));
    return purged;
  }
}
