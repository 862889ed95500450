import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, isUuid, rowsOf, Transactional } from '@mnio/platform';
import { ForgetCaseCoordinationTextsCommand, ForgottenCoordinationTexts } from './forget-case-texts.command';

@CommandHandler(ForgetCaseCoordinationTextsCommand)
export class ForgetCaseCoordinationTextsHandler implements ICommandHandler<ForgetCaseCoordinationTextsCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ caseId }: ForgetCaseCoordinationTextsCommand): Promise<ForgottenCoordinationTexts> {
    if (!isUuid(caseId)) return { actionTitles: 0, actionNotes: 0, justifications: 0 };
    const em = this.db.em;
    const count = async (sql: string) => (await rowsOf<{ id: string }>(em, sql, [caseId])).length;
    const actionNotes = await count(
      `UPDATE cell_action_events e SET note_enc = NULL FROM cell_actions a
       WHERE e.action_id = a.id AND a.case_id = $1 AND e.note_enc IS NOT NULL RETURNING e.id`,
    );
    const actionTitles = await count(`UPDATE cell_actions SET title_enc = '' WHERE case_id = $1 AND title_enc <> '' RETURNING id`);
    const justifications = await count(`UPDATE break_glass_uses SET justification_enc = '' WHERE case_id = $1 AND justification_enc <> '' RETURNING id`);
    // Audited like the case's own anonymisation: no actor, no identity, only how many texts went.
    if (actionTitles + actionNotes + justifications) {
      await this.audit.record({
        action: 'coordination.case_texts_erased', subjectType: 'case', subjectId: caseId,
        actorUserId: null, actorOrganisationId: null, details: { cause: 'case_anonymised', actionTitles, actionNotes, justifications },
      });
    }
    return { actionTitles, actionNotes, justifications };
  }
}
