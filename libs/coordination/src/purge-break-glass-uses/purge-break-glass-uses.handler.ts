import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, PurgedRows, rowsOf, Transactional } from '@mnio/platform';
import { PurgeBreakGlassUsesCommand } from './purge-break-glass-uses.command';

const OLD = `used_at < $1 AND expires_at < $1`;

@CommandHandler(PurgeBreakGlassUsesCommand)
export class PurgeBreakGlassUsesHandler implements ICommandHandler<PurgeBreakGlassUsesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge: { cutoff, limit, dryRun } }: PurgeBreakGlassUsesCommand): Promise<PurgedRows> {
    const em = this.db.em;
    if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM break_glass_uses WHERE ${OLD}`, [cutoff]))[0].n };
    const rows = await rowsOf<{ id: string }>(
      em,
      `DELETE FROM break_glass_uses WHERE id IN (SELECT id FROM break_glass_uses WHERE ${OLD} ORDER BY used_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING id`,
      [cutoff, limit],
    );
    if (rows.length) await this.audit.record({ action: 'retention.rows_purged', subjectType: 'retention_rule', stream: 'retention_rule:break_glass_uses', actorUserId: null, details: { rule: 'break_glass_uses', count: rows.length } });
    return { count: rows.length };
  }
}
