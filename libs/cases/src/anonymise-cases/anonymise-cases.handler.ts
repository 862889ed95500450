import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, isUuid, OutboxService, Transactional } from '@mnio/platform';
import type { CaseRetentionFacts } from '../anonymise-case/anonymise-case.command';
import { FACTS } from '../anonymise-case/anonymise-case.handler';
import { CASES_EVENTS } from '../events';
import { AnonymiseCasesCommand, CasesAnonymised } from './anonymise-cases.command';

@CommandHandler(AnonymiseCasesCommand)
export class AnonymiseCasesHandler implements ICommandHandler<AnonymiseCasesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute({ caseIds, cause }: AnonymiseCasesCommand): Promise<CasesAnonymised> {
    const em = this.db.em;
    const ids = [...new Set(caseIds.filter(isUuid))].sort();
    if (!ids.length) return { anonymised: [], skipped: caseIds };
    // Locked in id order (as every batch is), so two batches never wait on each other in a cycle.
    const rows: CaseRetentionFacts[] = await em.query(`SELECT ${FACTS} FROM cases c WHERE c.id = ANY($1::uuid[]) ORDER BY c.id FOR UPDATE OF c`, [ids]);
    const eligible = rows.filter((c) => !c.anonymisedAt && !c.holds.length && ['closed', 'closed_referred'].includes(c.caseStatus));
    const done = eligible.map((c) => c.caseId);
    if (done.length) {
      await em.query(
        `UPDATE cases SET identity_enc = '', narrative_enc = NULL, danger_notes_enc = NULL, anonymised_at = now(), version = version + 1, updated_at = now()
         WHERE id = ANY($1::uuid[])`,
        [done],
      );
      await em.query(`UPDATE case_events SET note_enc = NULL WHERE case_id = ANY($1::uuid[]) AND note_enc IS NOT NULL`, [done]);
      await em.query(`UPDATE case_indicators SET note_enc = NULL WHERE case_id = ANY($1::uuid[]) AND note_enc IS NOT NULL`, [done]);
      await em.query(`DELETE FROM case_blind_indexes WHERE case_id = ANY($1::uuid[])`, [done]);
      // Per case, as the single command writes them: each case's own chain and its own event (ids and codes only).
      for (const c of eligible) {
        await this.audit.record({
          action: 'case.anonymised', subjectType: 'case', subjectId: c.caseId, reason: null, actorUserId: null, actorOrganisationId: null,
          details: { cause: 'retention', rule: cause.rule, runId: cause.runId },
        });
        await this.outbox.publish(
          CASES_EVENTS.CaseAnonymised,
          { caseId: c.caseId, reference: c.reference, territory: c.territory, ownerOrganisationId: c.ownerOrganisationId, cause: 'retention' },
          c.caseId,
        );
      }
    }
    const anonymised = new Set(done);
    return { anonymised: done, skipped: caseIds.filter((id) => !anonymised.has(id)) };
  }
}
