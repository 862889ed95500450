import { Inject } from '@nestjs/common';
import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CellCaseListsQuery } from '@mnio/cases';
import { Actor, parisToday, Transactional, Db } from '@mnio/platform';
import { CellAccess } from '../access/cell-access.service';
import { COORDINATION_CONFIG, CoordinationConfig } from '../coordination.config';
import { addDays } from '../domain/dates';

export interface AgendaSuggestion {
  caseId: string;
  reference: string;
  /** The deadline that brings the case up (`cell_review` for a new presumed victim). */
  kind: string;
  dueOn: string;
}

/** Cases the cell holds that a meeting should look at, not yet on its agenda: references, codes and dates only. */
export interface AgendaSuggestions {
  /** Presumed victims the cell has not examined yet, review not overdue. */
  new: AgendaSuggestion[];
  /** A deadline within `MNIO_CELL_UPCOMING_DAYS`. */
  dueSoon: AgendaSuggestion[];
  /** A deadline past, the cell's own review included. */
  overdue: AgendaSuggestion[];
}

export class AgendaSuggestionsQuery extends Query<AgendaSuggestions> {
  constructor(
    readonly actor: Actor,
    readonly meetingId: string,
  ) {
    super();
  }
}

const LIMIT = 50;

@QueryHandler(AgendaSuggestionsQuery)
export class AgendaSuggestionsHandler implements IQueryHandler<AgendaSuggestionsQuery> {
  constructor(
    private readonly db: Db,
    private readonly access: CellAccess,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
  ) {}

  @Transactional()
  async execute({ actor, meetingId }: AgendaSuggestionsQuery): Promise<AgendaSuggestions> {
    const meeting = await this.access.meeting(actor, meetingId);
    const today = parisToday();
    const lists = await this.queries.execute(new CellCaseListsQuery(meeting.cellId, today, addDays(today, this.config.upcomingDays), LIMIT));
    const onAgenda: { caseId: string }[] = await this.db.em.query(`SELECT case_id AS "caseId" FROM cell_meeting_agenda WHERE meeting_id = $1`, [meeting.id]);
    // Each case once, in the most pressing group: overdue, then new, then due soon.
    const seen = new Set(onAgenda.map((a) => a.caseId));
    const take = (items: AgendaSuggestion[]) =>
      items.filter((i) => {
        if (seen.has(i.caseId)) return false;
        seen.add(i.caseId);
        return true;
      });
    const reviews = lists.reviewPending.map((r) => ({ caseId: r.caseId, reference: r.reference, kind: 'cell_review', dueOn: r.dueOn, overdue: r.overdue }));
    const overdue = take([...reviews.filter((r) => r.overdue), ...lists.overdue].map(pick).sort(byDue));
    const fresh = take(reviews.filter((r) => !r.overdue).map(pick));
    const dueSoon = take(lists.upcoming.map(pick));
    const caseIds = [...overdue, ...fresh, ...dueSoon].map((i) => i.caseId);
    if (caseIds.length) {
      await this.audit.record({
        action: 'cell.agenda_suggestions_read', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, actorOrganisationId: meeting.cellId,
        details: { meetingId: meeting.id, caseIds },
      });
    }
    return { new: fresh, dueSoon, overdue };
  }
}

const pick = (i: AgendaSuggestion): AgendaSuggestion => ({ caseId: i.caseId, reference: i.reference, kind: i.kind, dueOn: i.dueOn });
const byDue = (a: AgendaSuggestion, b: AgendaSuggestion) => a.dueOn.localeCompare(b.dueOn);
