import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { DomainError, NotFoundError, Transactional, Db } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { DashboardCountsCache } from '../dashboard/dashboard-counts.cache';
import { ActionOpener, OpenedAction } from './action-opener.service';
import { AddActionCommand } from './add-action.command';

@CommandHandler(AddActionCommand)
export class AddActionHandler implements ICommandHandler<AddActionCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly actions: ActionOpener,
    private readonly audit: AuditJournal,
    private readonly countsCache: DashboardCountsCache,
  ) {}

  @Transactional()
  async execute({ actor, decisionId, action }: AddActionCommand): Promise<OpenedAction & { decisionId: string }> {
    const em = this.db.em;
    // The row lock orders this against a decision superseding this one (which cancels its open actions).
    const [d]: { meetingId: string; caseId: string; superseded: boolean }[] = await em.query(
      `SELECT d.meeting_id AS "meetingId", d.case_id AS "caseId", EXISTS (SELECT 1 FROM cell_decisions s WHERE s.supersedes_id = d.id) AS superseded
       FROM cell_decisions d WHERE d.id = $1 FOR UPDATE`,
      [decisionId],
    );
    if (!d) throw new NotFoundError('Decision');
    const meeting = await this.access.meeting(actor, d.meetingId, 'decide');
    if (d.superseded) throw new DomainError('DECISION_ALREADY_SUPERSEDED', 'That decision was superseded; give the action on the latest one');
    const facts = await this.access.caseForCell(actor, meeting.cellId, d.caseId);
    const cell = await this.access.cell(actor, meeting.cellId);
    this.actions.check(cell, facts, [action]);
    const [opened] = await this.actions.open(decisionId, meeting.cellId, facts, [action]);
    await this.audit.record({
      action: 'cell.action_added', subjectType: 'case', subjectId: facts.id, actorOrganisationId: meeting.cellId,
      details: { decisionId, actionId: opened.id, ownerOrganisationId: opened.ownerOrganisationId, dueOn: opened.dueOn },
    });
    this.countsCache.invalidate(meeting.cellId);
    return { ...opened, decisionId };
  }
}
