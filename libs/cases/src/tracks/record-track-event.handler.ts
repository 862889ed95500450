import { CommandHandler, ICommandHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { bumpVersion, moveOf, nextState, OutboxService, parisToday, Transactional, Db, prepared } from '@mnio/platform';
import { CaseAccessService, CaseSubject } from '../access/case-access.service';
import { CaseHistoryService } from '../access/case-history.service';
import { DeadlineService } from '../deadlines/deadline.service';
import { RecordTrackEventCommand } from './record-track-event.command';
import { assertEventFacts, DeadlineEffect, deadlineEffect, responsibleOrganisation, TRACKS } from './track-effects';
import { CASES_EVENTS } from '../events';

/** One event on the residence, child-protection or criminal track: state + history + deadlines + audit + outbox, one transaction. */
@CommandHandler(RecordTrackEventCommand)
export class RecordTrackEventHandler implements ICommandHandler<RecordTrackEventCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CaseAccessService,
    private readonly history: CaseHistoryService,
    private readonly deadlines: DeadlineService,
    private readonly audit: AuditJournal,
    private readonly outbox: OutboxService,
  ) {}

  @Transactional()
  async execute(cmd: RecordTrackEventCommand) {
    const track = TRACKS[cmd.track];
    moveOf(track.machine.moves, cmd.event);
    const subject = await this.access.authorize(cmd.actor, cmd.caseId, track.action, {
      lock: true,
      expectedVersion: cmd.expectedVersion,
      deniedCode: 'TRANSITION_NOT_ALLOWED_FOR_ROLE',
    });
    const em = this.db.em;
    const [facts]: { status: string; foreign_national: boolean; criminal_status: string }[] = await em.query(
      prepared(`SELECT ${track.column} AS status, foreign_national, criminal_status FROM cases WHERE id = $1`),
      [cmd.caseId],
    );
    assertEventFacts(cmd.track, cmd.event, cmd.details, { minor: subject.minor, foreignNational: facts.foreign_national, criminalStatus: facts.criminal_status });
    const next = nextState(track.machine.moves, facts.status, cmd.event);
    const organisationId = this.access.actingOrganisation(cmd.actor, subject, track.action);
    const occurredOn = cmd.occurredOn ?? parisToday();
    const row = await bumpVersion(em, {
      table: 'cases', id: cmd.caseId, expected: subject.version, subject: 'case',
      set: `${track.column} = $3${cmd.event === 'removal_order' ? ', removal_order_alert = true' : ''}`, params: [next],
    });
    const eventId = await this.history.append(cmd.actor, organisationId, {
      caseId: cmd.caseId, track: cmd.track, type: cmd.event, occurredOn, data: { from: facts.status, to: next, ...cmd.details }, note: cmd.note,
    });
    const deadlineIds = await this.applyDeadlines(deadlineEffect(cmd.event, cmd.details), subject, organisationId, occurredOn, eventId);
    await this.audit.record({
      action: `case.${cmd.track}_event`, subjectType: 'case', subjectId: cmd.caseId, actorOrganisationId: organisationId, details: { event: cmd.event, from: facts.status, to: next },
    });
    const event = { caseId: cmd.caseId, reference: subject.reference, territory: subject.territory };
    await this.outbox.publish(CASES_EVENTS.CaseTrackEventRecorded, { ...event, track: cmd.track, event: cmd.event, status: next }, cmd.caseId);
    if (cmd.event === 'removal_order') await this.outbox.publish(CASES_EVENTS.RemovalOrderAlert, { ...event, ownerOrganisationId: subject.ownerOrganisationId }, cmd.caseId);
    return { id: cmd.caseId, version: row.version, track: cmd.track, status: next, deadlineIds };
  }

  private async applyDeadlines(effect: DeadlineEffect, subject: CaseSubject, actorOrg: string, from: string, eventId: string): Promise<string[]> {
    if (effect.close.length) await this.deadlines.close(subject.id, effect.close, 'event_recorded');
    if (!effect.open) return [];
    const who = effect.open.responsible;
    const services = who === 'owner' || who === 'actor' ? [] : await this.access.territoryOrganisations(subject.territory, [who]);
    const responsible = responsibleOrganisation(who, subject, actorOrg, services);
    const opened = await this.deadlines.open({
      caseId: subject.id, territory: subject.territory, kind: effect.open.kind, from, responsibleOrganisationId: responsible, sourceRef: eventId, dueOn: effect.open.dueOn,
    });
    return opened ? [opened.id] : [];
  }
}
