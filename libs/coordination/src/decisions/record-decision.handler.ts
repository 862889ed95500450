import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { CloseDeadlinesCommand } from '@mnio/cases';
import { DomainError, FieldCipher, OutboxService, rowsOf, Transactional, Db, prepared } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { DashboardCountsCache } from '../dashboard/dashboard-counts.cache';
import { ActionOpener } from '../actions/action-opener.service';
import { COORDINATION_EVENTS } from '../events';
import { decisionTextContext } from './decision-view';
import { DecisionRecorded, RecordDecisionCommand } from './record-decision.command';

@CommandHandler(RecordDecisionCommand)
export class RecordDecisionHandler implements ICommandHandler<RecordDecisionCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly commands: CommandBus,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly countsCache: DashboardCountsCache,
    private readonly actions: ActionOpener,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: RecordDecisionCommand): Promise<DecisionRecorded> {
    const em = this.db.em;
    const meeting = await this.access.meeting(cmd.actor, cmd.meetingId, 'decide');
    const facts = await this.access.caseForCell(cmd.actor, meeting.cellId, cmd.caseId);
    const onAgenda: unknown[] = await em.query(prepared(`SELECT 1 FROM cell_meeting_agenda WHERE meeting_id = $1 AND case_id = $2`), [meeting.id, facts.id]);
    if (!onAgenda.length) throw new DomainError('CASE_NOT_ON_AGENDA', 'Put the case on the meeting’s agenda first');
    if (cmd.supersedesId) await this.assertSupersedable(cmd.supersedesId, meeting.cellId, facts.id);

    const cell = await this.access.cell(cmd.actor, meeting.cellId);
    this.actions.check(cell, facts, cmd.actions);

    const id = randomUUID();
    await em.query(
      prepared(`INSERT INTO cell_decisions (id, meeting_id, cell_id, case_id, reference, territory, type, text_enc, supersedes_id, decided_by, decided_by_organisation_id)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $3)`),
      [id, meeting.id, meeting.cellId, facts.id, facts.reference, facts.territory, cmd.type, this.cipher.encrypt(cmd.text, decisionTextContext(id)),
        cmd.supersedesId ?? null, cmd.actor.userId],
    );
    const actions = await this.actions.open(id, meeting.cellId, facts, cmd.actions);
    const cancelledActionIds = cmd.supersedesId ? await this.cancelPendingActions(cmd.supersedesId, facts.id, meeting.cellId, cmd.actor.userId) : [];
    // The cell has examined the case: its review deadline is met, whatever the decision.
    await this.commands.execute(new CloseDeadlinesCommand(facts.id, ['cell_review'], 'cell_decision'));

    await this.audit.record({
      action: 'cell.decision_recorded', subjectType: 'case', subjectId: facts.id, actorOrganisationId: meeting.cellId,
      details: { decisionId: id, meetingId: meeting.id, type: cmd.type, supersedesId: cmd.supersedesId ?? null, actionIds: actions.map((a) => a.id), cancelledActionIds },
    });
    await this.outbox.publish(COORDINATION_EVENTS.CellDecisionRecorded, {
      decisionId: id, meetingId: meeting.id, caseId: facts.id, reference: facts.reference, territory: facts.territory, cellId: meeting.cellId, type: cmd.type,
    }, facts.id);
    this.countsCache.invalidate(meeting.cellId);
    return { id, meetingId: meeting.id, caseId: facts.id, reference: facts.reference, type: cmd.type, supersedesId: cmd.supersedesId ?? null, actions, cancelledActionIds };
  }

  private async assertSupersedable(decisionId: string, cellId: string, caseId: string): Promise<void> {
    const em = this.db.em;
    // The row lock serialises two decisions superseding the same one; the check runs after it, on fresh data.
    const [old]: { cell_id: string; case_id: string }[] = await em.query(`SELECT cell_id, case_id FROM cell_decisions WHERE id = $1 FOR UPDATE`, [decisionId]);
    if (!old || old.cell_id !== cellId || old.case_id !== caseId) {
      throw new DomainError('SUPERSEDED_DECISION_MISMATCH', 'A decision supersedes an earlier decision of the same cell on the same case');
    }
    const taken: unknown[] = await em.query(`SELECT 1 FROM cell_decisions WHERE supersedes_id = $1`, [decisionId]);
    if (taken.length) throw new DomainError('DECISION_ALREADY_SUPERSEDED', 'That decision was already superseded; supersede the latest one');
  }

  /** A superseded decision's open actions no longer stand: cancelled, their deadlines closed. */
  private async cancelPendingActions(decisionId: string, caseId: string, cellId: string, userId: string): Promise<string[]> {
    const rows = await rowsOf<{ action_id: string }>(this.db.em,
      `WITH p AS (SELECT id, status FROM cell_actions WHERE decision_id = $1 AND status IN ('open', 'in_progress') FOR UPDATE),
            u AS (UPDATE cell_actions a SET status = 'cancelled', version = a.version + 1, updated_at = now() FROM p WHERE a.id = p.id RETURNING a.id, p.status AS from_status)
       INSERT INTO cell_action_events (action_id, from_status, to_status, reason, by_user, by_organisation_id)
       SELECT id, from_status, 'cancelled', 'decision_superseded', $2, $3 FROM u RETURNING action_id`,
      [decisionId, userId, cellId],
    );
    for (const r of rows) await this.commands.execute(new CloseDeadlinesCommand(caseId, ['action_due'], 'decision_superseded', r.action_id));
    return rows.map((r) => r.action_id);
  }
}
