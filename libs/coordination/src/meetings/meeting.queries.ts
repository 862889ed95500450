import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { ListOrganisationsQuery } from '@mnio/directory';
import { Actor, AbilityFactory, asSubject, FieldCipher, keysetCursor, NotFoundError, Transactional, Db } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { visibleCaseIds } from '../access/visible-cases';
import { DecisionView, loadDecisions } from '../decisions/decision-view';

export interface MeetingView {
  id: string;
  cellId: string;
  territory: string;
  date: string;
  attendees: { organisationId: string; name: string | null }[];
  agenda: { caseId: string; reference: string; addedAt: string }[];
  decisions: DecisionView[];
}

export interface MeetingSummary {
  id: string;
  date: string;
  agendaItems: number;
  decisions: number;
}

/** A meeting with its attendees, agenda and decisions (texts included): each case it touches is audited. */
export class GetMeetingQuery extends Query<MeetingView> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
  ) {
    super();
  }
}

/** A cell's meetings, latest first, keyset-paginated on (date, id). */
export class ListMeetingsQuery extends Query<{ items: MeetingSummary[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
    readonly cursor: string | undefined,
    readonly limit: number,
  ) {
    super();
  }
}

/** The decisions the cell recorded on one case, oldest first, each with what superseded it. */
export class ListCaseDecisionsQuery extends Query<DecisionView[]> {
  constructor(
    readonly actor: Actor,
    readonly cellId: string,
    readonly caseId: string,
  ) {
    super();
  }
}

@QueryHandler(GetMeetingQuery)
export class GetMeetingHandler implements IQueryHandler<GetMeetingQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly cipher: FieldCipher,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, meetingId }: GetMeetingQuery): Promise<MeetingView> {
    const meeting = await this.access.meeting(actor, meetingId);
    const em = this.db.em;
    const attendees: { organisationId: string }[] = await em.query(
      `SELECT organisation_id AS "organisationId" FROM cell_meeting_attendees WHERE meeting_id = $1 ORDER BY added_at, organisation_id`,
      [meeting.id],
    );
    const names = new Map(
      (attendees.length ? await this.queries.execute(new ListOrganisationsQuery({ ids: attendees.map((a) => a.organisationId) })) : []).map((o) => [o.id, o.name]),
    );
    const allAgenda: { caseId: string; reference: string; addedAt: Date }[] = await em.query(
      `SELECT case_id AS "caseId", reference, added_at AS "addedAt" FROM cell_meeting_agenda WHERE meeting_id = $1 ORDER BY added_at, case_id`,
      [meeting.id],
    );
    const allDecisions = await loadDecisions(em, this.cipher, 'd.meeting_id = $1', [meeting.id]);
    // Cases the cell no longer sees (a withdrawn consent) are left out, with their decisions and actions.
    const visible = await visibleCaseIds(this.queries, [meeting.cellId], [...allAgenda.map((a) => a.caseId), ...allDecisions.map((d) => d.caseId)]);
    const agenda = allAgenda.filter((a) => visible.has(a.caseId));
    const decisions = allDecisions.filter((d) => visible.has(d.caseId));
    for (const caseId of new Set([...agenda.map((a) => a.caseId), ...decisions.map((d) => d.caseId)])) {
      await this.audit.record({ action: 'cell.meeting_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: meeting.cellId, details: { meetingId: meeting.id } });
    }
    return {
      id: meeting.id,
      cellId: meeting.cellId,
      territory: meeting.territory,
      date: meeting.date,
      attendees: attendees.map((a) => ({ organisationId: a.organisationId, name: names.get(a.organisationId) ?? null })),
      agenda: agenda.map((a) => ({ caseId: a.caseId, reference: a.reference, addedAt: a.addedAt.toISOString() })),
      decisions,
    };
  }
}

/** A cell's meetings, latest first: keyset on (meeting_date, id). */
const LATEST_MEETING_FIRST = keysetCursor('date', 'uuid');

@QueryHandler(ListMeetingsQuery)
export class ListMeetingsHandler implements IQueryHandler<ListMeetingsQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
  ) {}

  async execute(q: ListMeetingsQuery): Promise<{ items: MeetingSummary[]; nextCursor: string | null }> {
    if (!this.abilities.forActor(q.actor).can('read', asSubject('CellMeeting', { cellId: q.cellId }))) throw new NotFoundError('Cell');
    const cursor = LATEST_MEETING_FIRST.decode(q.cursor);
    const params: unknown[] = [q.cellId];
    const after = cursor ? `AND (m.meeting_date, m.id) < ($${params.push(cursor[0])}::date, $${params.push(cursor[1])}::uuid)` : '';
    const rows: MeetingSummary[] = await this.db.em.query(
      `SELECT m.id, to_char(m.meeting_date, 'YYYY-MM-DD') AS date,
              (SELECT count(*)::int FROM cell_meeting_agenda g WHERE g.meeting_id = m.id) AS "agendaItems",
              (SELECT count(*)::int FROM cell_decisions d WHERE d.meeting_id = m.id) AS decisions
       FROM cell_meetings m WHERE m.cell_id = $1 ${after}
       ORDER BY m.meeting_date DESC, m.id DESC LIMIT $${params.push(q.limit + 1)}`,
      params,
    );
    return { items: rows.slice(0, q.limit), nextCursor: LATEST_MEETING_FIRST.next(rows, q.limit, (last) => [last.date, last.id]) };
  }
}

@QueryHandler(ListCaseDecisionsQuery)
export class ListCaseDecisionsHandler implements IQueryHandler<ListCaseDecisionsQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly cipher: FieldCipher,
    private readonly audit: AuditJournal,
    private readonly queries: QueryBus,
  ) {}

  @Transactional()
  async execute({ actor, cellId, caseId }: ListCaseDecisionsQuery): Promise<DecisionView[]> {
    await this.access.cell(actor, cellId);
    // A case the cell no longer sees has no decisions to show it.
    if (!(await visibleCaseIds(this.queries, [cellId], [caseId])).has(caseId)) return [];
    const decisions = await loadDecisions(this.db.em, this.cipher, 'd.cell_id = $1 AND d.case_id = $2', [cellId, caseId]);
    if (decisions.length) {
      await this.audit.record({ action: 'cell.decisions_read', subjectType: 'case', subjectId: caseId, actorOrganisationId: cellId, details: { cellId } });
    }
    return decisions;
  }
}
