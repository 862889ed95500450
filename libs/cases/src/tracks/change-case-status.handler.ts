import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { bumpVersion, DomainError, nextState, OutboxService, parisToday, Transactional, Db } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { CASE_STATUS, CaseState, CLOSURE_REASONS } from '../domain/tracks';
import { ChangeCaseStatusCommand } from './change-case-status.command';
import { CASES_EVENTS } from '../events';

/** Close (with a reason), reopen, or move to follow-up. Closing leaves deadlines to their owners: they close on their own events. */
@CommandHandler(ChangeCaseStatusCommand)
export class ChangeCaseStatusHandler implements ICommandHandler<ChangeCaseStatusCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: ChangeCaseStatusCommand) {
    const closing = cmd.event === 'close' || cmd.event === 'close_referred';
    if (closing && !cmd.closureReason) throw new DomainError('CLOSURE_REASON_REQUIRED', 'Closing a case needs a closure reason');
    if (closing && !(CLOSURE_REASONS as readonly string[]).includes(cmd.closureReason!)) {
      throw new DomainError('CLOSURE_REASON_INVALID', 'Closure reasons come from the closed list', { field: 'reason' });
    }
    const subject = await this.access.authorize(cmd.actor, cmd.caseId, 'close', { lock: true, expectedVersion: cmd.expectedVersion });
    const em = this.db.em;
    const [c]: { case_status: CaseState }[] = await em.query(`SELECT case_status FROM cases WHERE id = $1`, [cmd.caseId]);
    const next = nextState(CASE_STATUS.moves, c.case_status, cmd.event);
    const row = await bumpVersion(em, {
      table: 'cases', id: cmd.caseId, expected: subject.version, subject: 'case',
      set: 'case_status = $3, closure_reason = $4', params: [next, closing ? cmd.closureReason : null],
    });
    const organisationId = this.access.actingOrganisation(cmd.actor, subject, 'close');
    await this.history.append(cmd.actor, organisationId, {
      caseId: cmd.caseId, track: 'case', type: cmd.event, occurredOn: parisToday(), data: { from: c.case_status, to: next, closureReason: cmd.closureReason ?? null }, note: cmd.note,
    });
    await this.audit.record({ action: `case.${cmd.event}`, subjectType: 'case', subjectId: cmd.caseId, actorOrganisationId: organisationId, details: { from: c.case_status, to: next } });
    await this.outbox.publish(CASES_EVENTS.CaseStatusChanged, { caseId: cmd.caseId, reference: subject.reference, territory: subject.territory, from: c.case_status, to: next }, cmd.caseId);
    return { id: cmd.caseId, version: row.version, status: next };
  }
}
