import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, isUuid, rowsOf, Transactional } from '@mnio/platform';
import { ForgetCaseOrientationNotesCommand } from './forget-case-notes.command';

@CommandHandler(ForgetCaseOrientationNotesCommand)
export class ForgetCaseOrientationNotesHandler implements ICommandHandler<ForgetCaseOrientationNotesCommand> {
  constructor(
    private readonly db: Db,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ caseId }: ForgetCaseOrientationNotesCommand): Promise<{ notes: number }> {
    if (!isUuid(caseId)) return { notes: 0 };
    const rows = await rowsOf<{ id: string }>(
      this.db.em,
      `UPDATE orientation_transitions t SET note_enc = NULL FROM orientations o
       WHERE t.orientation_id = o.id AND o.case_id = $1 AND t.note_enc IS NOT NULL RETURNING t.id`,
      [caseId],
    );
    const notes = rows.length;
    // Audited like the case's own anonymisation: no actor, no identity, only how many notes went.
    if (notes) {
      await this.audit.record({
        action: 'orientation.notes_erased', subjectType: 'case', subjectId: caseId,
        actorUserId: null, actorOrganisationId: null, details: { cause: 'case_anonymised', notes },
      });
    }
    return { notes };
  }
}
