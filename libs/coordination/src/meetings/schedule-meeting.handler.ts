import { CommandHandler, ICommandHandler, QueryBus } from '@nestjs/cqrs';
import { randomUUID } from 'node:crypto';
import { AuditJournal } from '@mnio/audit';
import { ListCasesQuery } from '@mnio/cases';
import type { CellComposition } from '@mnio/directory';
import { Actor, DomainError, NotFoundError, rowsOf, Transactional, Db } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { AddAgendaItemCommand, AddAttendeeCommand, RemoveAttendeeCommand, ScheduleMeetingCommand } from './schedule-meeting.command';

function assertAttendees(cell: CellComposition, organisationIds: string[]): void {
  const allowed = new Set([cell.id, ...cell.memberOrganisations.map((o) => o.id)]);
  if (organisationIds.some((id) => !allowed.has(id))) {
    throw new DomainError('ATTENDEE_NOT_CELL_MEMBER', 'Attendees are the cell and its member organisations');
  }
}

@CommandHandler(ScheduleMeetingCommand)
export class ScheduleMeetingHandler implements ICommandHandler<ScheduleMeetingCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute(cmd: ScheduleMeetingCommand): Promise<{ id: string; cellId: string; date: string }> {
    const cell = await this.access.cell(cmd.actor, cmd.cellId, 'create');
    const attendees = [...new Set(cmd.attendeeOrganisationIds)];
    assertAttendees(cell, attendees);
    const id = randomUUID();
    const em = this.db.em;
    await em.query(
      `INSERT INTO cell_meetings (id, cell_id, territory, meeting_date, created_by) VALUES ($1, $2, $3, $4, $5)`,
      [id, cell.id, cell.territory, cmd.date, cmd.actor.userId],
    );
    if (attendees.length) {
      await em.query(
        `INSERT INTO cell_meeting_attendees (meeting_id, organisation_id, added_by) SELECT $1, unnest($2::uuid[]), $3`,
        [id, attendees, cmd.actor.userId],
      );
    }
    await this.audit.record({ action: 'cell.meeting_scheduled', subjectType: 'cell_meeting', subjectId: id, actorOrganisationId: cell.id, details: { cellId: cell.id, date: cmd.date, attendees } });
    return { id, cellId: cell.id, date: cmd.date };
  }
}

@CommandHandler(AddAttendeeCommand)
export class AddAttendeeHandler implements ICommandHandler<AddAttendeeCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute(cmd: AddAttendeeCommand): Promise<{ meetingId: string; organisationId: string; added: boolean }> {
    const meeting = await this.access.meeting(cmd.actor, cmd.meetingId, 'update');
    assertAttendees(await this.access.cell(cmd.actor, meeting.cellId), [cmd.organisationId]);
    const rows: unknown[] = await this.db.em.query(
      `INSERT INTO cell_meeting_attendees (meeting_id, organisation_id, added_by) VALUES ($1, $2, $3) ON CONFLICT DO NOTHING RETURNING meeting_id`,
      [meeting.id, cmd.organisationId, cmd.actor.userId],
    );
    if (rows.length) {
      await this.audit.record({ action: 'cell.attendee_added', subjectType: 'cell_meeting', subjectId: meeting.id, actorOrganisationId: meeting.cellId, details: { organisationId: cmd.organisationId } });
    }
    return { meetingId: meeting.id, organisationId: cmd.organisationId, added: rows.length > 0 };
  }
}

@CommandHandler(RemoveAttendeeCommand)
export class RemoveAttendeeHandler implements ICommandHandler<RemoveAttendeeCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute(cmd: RemoveAttendeeCommand): Promise<{ meetingId: string; organisationId: string; removed: boolean }> {
    const meeting = await this.access.meeting(cmd.actor, cmd.meetingId, 'update');
    const rows = await rowsOf(this.db.em, `DELETE FROM cell_meeting_attendees WHERE meeting_id = $1 AND organisation_id = $2 RETURNING meeting_id`, [meeting.id, cmd.organisationId]);
    if (rows.length) {
      await this.audit.record({ action: 'cell.attendee_removed', subjectType: 'cell_meeting', subjectId: meeting.id, actorOrganisationId: meeting.cellId, details: { organisationId: cmd.organisationId } });
    }
    return { meetingId: meeting.id, organisationId: cmd.organisationId, removed: rows.length > 0 };
  }
}

@CommandHandler(AddAgendaItemCommand)
export class AddAgendaItemHandler implements ICommandHandler<AddAgendaItemCommand> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute(cmd: AddAgendaItemCommand): Promise<{ meetingId: string; caseId: string; reference: string }> {
    const meeting = await this.access.meeting(cmd.actor, cmd.meetingId, 'propose');
    const caseId = 'caseId' in cmd.item ? cmd.item.caseId : await this.caseIdOf(cmd.actor, cmd.item.reference);
    const facts = await this.access.caseForCell(cmd.actor, meeting.cellId, caseId);
    const rows: unknown[] = await this.db.em.query(
      `INSERT INTO cell_meeting_agenda (meeting_id, case_id, reference, added_by) VALUES ($1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING case_id`,
      [meeting.id, facts.id, facts.reference, cmd.actor.userId],
    );
    if (!rows.length) throw new DomainError('CASE_ALREADY_ON_AGENDA', 'This case is already on the agenda');
    await this.audit.record({
      action: 'cell.case_on_agenda', subjectType: 'case', subjectId: facts.id, actorOrganisationId: meeting.cellId, details: { meetingId: meeting.id, cellId: meeting.cellId },
    });
    return { meetingId: meeting.id, caseId: facts.id, reference: facts.reference };
  }

  /** A reference names a case only among those the actor may see: else the same 404 as a missing one. */
  private async caseIdOf(actor: Actor, reference: string): Promise<string> {
    const { items } = await this.queries.execute(new ListCasesQuery(actor, { reference, limit: 1 }));
    if (!items[0]) throw new NotFoundError('Case');
    return items[0].id;
  }
}
