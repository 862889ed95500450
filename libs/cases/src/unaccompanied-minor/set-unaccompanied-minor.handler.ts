import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { Db, DomainError, OutboxService, parisToday, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { CASES_EVENTS } from '../events';
import { SetUnaccompaniedMinorCommand } from './set-unaccompanied-minor.command';

/**
 * Edits the unaccompanied-minor flag of a minor's case. Those who keep the child-protection track may: the owner's
 * workers, the territory's ASE (it assesses the minority and the isolation) and the parquet's referent. An adult's
 * case answers 422 `CASE_NOT_MINOR`. Audited, in the case's history, and `CaseFactsChanged` tells the statistics.
 */
@CommandHandler(SetUnaccompaniedMinorCommand)
export class SetUnaccompaniedMinorHandler implements ICommandHandler<SetUnaccompaniedMinorCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: SetUnaccompaniedMinorCommand): Promise<{ id: string; version: number }> {
    const subject = await this.access.authorize(cmd.actor, cmd.caseId, 'record_child_protection', { lock: true, expectedVersion: cmd.expectedVersion });
    if (!subject.minor) throw new DomainError('CASE_NOT_MINOR', 'Only a minor is an unaccompanied minor', { field: 'unaccompaniedMinor' });
    const organisationId = this.access.actingOrganisation(cmd.actor, subject, 'record_child_protection');
    await this.db.em.query(`UPDATE cases SET unaccompanied_minor = $2 WHERE id = $1`, [cmd.caseId, cmd.unaccompaniedMinor]);
    const version = await this.access.touch(cmd.caseId, subject.version);
    const data = { unaccompaniedMinor: cmd.unaccompaniedMinor };
    await this.history.append(cmd.actor, organisationId, { caseId: cmd.caseId, track: 'child_protection', type: 'unaccompanied_minor_set', occurredOn: parisToday(), data });
    await this.audit.record({ action: 'case.unaccompanied_minor_set', subjectType: 'case', subjectId: cmd.caseId, actorOrganisationId: organisationId, details: data });
    await this.outbox.publish(CASES_EVENTS.CaseFactsChanged, { caseId: cmd.caseId, reference: subject.reference, territory: subject.territory, facts: ['unaccompanied_minor'] }, cmd.caseId);
    return { id: cmd.caseId, version };
  }
}
