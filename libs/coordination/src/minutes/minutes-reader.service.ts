import { Injectable } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CellMembersQuery, ListOrganisationsQuery } from '@mnio/directory';
import { Actor, Db } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { visibleCaseIds } from '../access/visible-cases';
import type { DecisionType } from '../domain/vocabulary';
import type { MinutesData } from './minutes-html';

interface DecisionRow {
  caseId: string;
  reference: string;
  type: DecisionType;
  decidedAt: Date;
  supersedesDecidedAt: Date | null;
  superseded: boolean;
  actions: { ownerOrganisationId: string; dueOn: string; status: string }[];
}

/**
 * What a meeting's minutes carry, whatever their format: organisation names, references, decision types,
 * action owners, due dates and statuses. Never identity, never the free text of decisions or actions.
 * Each case named is audited (`cell.minutes_exported`, with the format). Runs in the caller's transaction.
 */
@Injectable()
export class MinutesReader {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
  ) {}

  async read(actor: Actor, meetingId: string, format: 'html' | 'pdf'): Promise<MinutesData> {
    const meeting = await this.access.meeting(actor, meetingId);
    const em = this.db.em;
    const attendeeRows: { id: string }[] = await em.query(
      `SELECT organisation_id AS id FROM cell_meeting_attendees WHERE meeting_id = $1 ORDER BY added_at, organisation_id`,
      [meeting.id],
    );
    const allAgenda: { caseId: string; reference: string }[] = await em.query(
      `SELECT case_id AS "caseId", reference FROM cell_meeting_agenda WHERE meeting_id = $1 ORDER BY added_at, case_id`,
      [meeting.id],
    );
    const allDecisions: DecisionRow[] = await em.query(
      `SELECT d.case_id AS "caseId", d.reference, d.type, d.decided_at AS "decidedAt", s.decided_at AS "supersedesDecidedAt",
              EXISTS (SELECT 1 FROM cell_decisions n WHERE n.supersedes_id = d.id) AS superseded,
              coalesce((SELECT json_agg(json_build_object('ownerOrganisationId', a.owner_organisation_id, 'dueOn', to_char(a.due_on, 'YYYY-MM-DD'), 'status', a.status)
                ORDER BY a.due_on, a.id) FROM cell_actions a WHERE a.decision_id = d.id), '[]') AS actions
       FROM cell_decisions d LEFT JOIN cell_decisions s ON s.id = d.supersedes_id
       WHERE d.meeting_id = $1 ORDER BY d.decided_at, d.id`,
      [meeting.id],
    );
    // The minutes leave out a case the cell no longer sees (a withdrawn consent).
    const visible = await visibleCaseIds(this.queries, [meeting.cellId], [...allAgenda.map((a) => a.caseId), ...allDecisions.map((d) => d.caseId)]);
    const agenda = allAgenda.filter((a) => visible.has(a.caseId));
    const decisions = allDecisions.filter((d) => visible.has(d.caseId));
    const cell = await this.queries.execute(new CellMembersQuery(meeting.cellId));
    const orgIds = [...new Set([...attendeeRows.map((a) => a.id), ...decisions.flatMap((d) => d.actions.map((a) => a.ownerOrganisationId))])];
    const names = new Map((orgIds.length ? await this.queries.execute(new ListOrganisationsQuery({ ids: orgIds })) : []).map((o) => [o.id, o.name]));
    const nameOf = (id: string) => names.get(id) ?? 'Organisation désactivée';
    for (const caseId of new Set([...agenda.map((a) => a.caseId), ...decisions.map((d) => d.caseId)])) {
      await this.audit.record({
        action: 'cell.minutes_exported', subjectType: 'case', subjectId: caseId, actorOrganisationId: meeting.cellId, details: { meetingId: meeting.id, format },
      });
    }
    return {
      cellName: cell?.name ?? 'Cellule TEH',
      territory: meeting.territory,
      date: meeting.date,
      attendees: attendeeRows.map((a) => nameOf(a.id)),
      agenda: agenda.map((a) => a.reference),
      decisions: decisions.map((d) => ({
        reference: d.reference, type: d.type, decidedAt: d.decidedAt.toISOString(), supersedesDecidedAt: d.supersedesDecidedAt?.toISOString() ?? null,
        superseded: d.superseded, actions: d.actions.map((a) => ({ ownerName: nameOf(a.ownerOrganisationId), dueOn: a.dueOn, status: a.status })),
      })),
      generatedAt: new Date(),
    };
  }
}
