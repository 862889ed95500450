import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, PurgedRows, rowsOf, Transactional } from '@mnio/platform';
import { PurgeRectifiedValuesCommand } from './purge-rectified-values.command';

const OLD = `created_at < $1 AND previous_enc IS NOT NULL`;

@CommandHandler(PurgeRectifiedValuesCommand)
export class PurgeRectifiedValuesHandler implements ICommandHandler<PurgeRectifiedValuesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ purge: { cutoff, limit, dryRun } }: PurgeRectifiedValuesCommand): Promise<PurgedRows> {
    const em = this.db.em;
    if (dryRun) return { count: (await rowsOf<{ n: number }>(em, `SELECT count(*)::int AS n FROM case_rectifications WHERE ${OLD}`, [cutoff]))[0].n };
    const rows = await rowsOf<{ case_id: string }>(
      em,
      `UPDATE case_rectifications SET previous_enc = NULL
       WHERE id IN (SELECT id FROM case_rectifications WHERE ${OLD} ORDER BY created_at LIMIT $2 FOR UPDATE SKIP LOCKED) RETURNING case_id`,
      [cutoff, limit],
    );
    // A write of case data: one entry per case, on the case's own chain, with how many values went (never a value).
    const perCase = new Map<string, number>();
    for (const r of rows) perCase.set(r.case_id, (perCase.get(r.case_id) ?? 0) + 1);
    for (const [caseId, count] of perCase) {
      await this.audit.record({ action: 'case.rectified_values_erased', subjectType: 'case', subjectId: caseId, actorUserId: null, actorOrganisationId: null, details: { rule: 'case_rectifications', count } });
    }
    return { count: rows.length };
  }
}
