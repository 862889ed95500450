import { CommandBus, CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { bumpVersion, Db, nextState, OutboxService, parisToday, Transactional } from '@mnio/platform';
import { CaseAccessService } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { DeadlineService } from '../deadlines/deadline.service';
import { IDENTIFICATION, IdentificationState } from '../domain/tracks';
import { CaseWriteResult, RecordIdentificationCommand } from './record-identification.command';
import { ShareCaseWithTerritoryCommand } from '../sharing/share-with-territory.command';
import { identificationAction } from './track-effects';
import { CASES_EVENTS } from '../events';

/**
 * Moves the identification track. Formal identification belongs to police, gendarmerie or labour
 * inspection after a hearing; every other move to the owning organisation's workers.
 */
@CommandHandler(RecordIdentificationCommand)
export class RecordIdentificationHandler implements ICommandHandler<RecordIdentificationCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly deadlines: DeadlineService,
    private readonly commands: CommandBus,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: RecordIdentificationCommand): Promise<CaseWriteResult & { identification: IdentificationState }> {
    const action = identificationAction(cmd.to);
    const subject = await this.access.authorize(cmd.actor, cmd.caseId, action, {
      lock: true,
      expectedVersion: cmd.expectedVersion,
      deniedCode: 'TRANSITION_NOT_ALLOWED_FOR_ROLE',
    });
    const em = this.db.em;
    const [current]: { identification_status: IdentificationState }[] = await em.query(`SELECT identification_status FROM cases WHERE id = $1`, [cmd.caseId]);
    const next = nextState(IDENTIFICATION.moves, current.identification_status, cmd.to);
    const organisationId = this.access.actingOrganisation(cmd.actor, subject, action);
    const identifies = next === 'presumed_victim' || next === 'formally_identified';
    const row = await bumpVersion(em, {
      table: 'cases', id: cmd.caseId, expected: subject.version, subject: 'case',
      set: `identification_status = $3${identifies ? ', identified_by_organisation_id = $4, identified_at = now()' : ''}`,
      params: identifies ? [next, organisationId] : [next],
    });
    const occurredOn = cmd.occurredOn ?? parisToday();
    await this.history.append(cmd.actor, organisationId, {
      caseId: cmd.caseId, track: 'identification', type: next, occurredOn, data: { from: current.identification_status, to: next }, note: cmd.note,
    });
    await this.audit.record({ action: 'case.identification_changed', subjectType: 'case', subjectId: cmd.caseId, actorOrganisationId: organisationId, details: { from: current.identification_status, to: next } });
    const event = { caseId: cmd.caseId, reference: subject.reference, territory: subject.territory };
    await this.outbox.publish(CASES_EVENTS.CaseIdentificationChanged, { ...event, from: current.identification_status, to: next }, cmd.caseId);
    if (next === 'presumed_victim') {
      await this.outbox.publish(CASES_EVENTS.PresumedVictimIdentified, { ...event, ownerOrganisationId: subject.ownerOrganisationId }, cmd.caseId);
      // The cell's review opens when the cell already sees the case (consent or a minor); identifying shares nothing.
      await this.commands.execute(new ShareCaseWithTerritoryCommand(subject.id, subject.territory, {}, { userId: cmd.actor.userId, organisationId, cause: 'cell' }, { from: occurredOn }));
    }
    if (next === 'not_retained' || next === 'lost_contact') await this.deadlines.close(cmd.caseId, ['cell_review'], next);
    return { id: cmd.caseId, version: row.version, identification: next };
  }

}
