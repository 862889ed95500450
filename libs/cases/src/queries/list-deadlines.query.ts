import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, keysetCursor, PARIS_TODAY_SQL, Transactional, Db } from '@mnio/platform';
import { OrganisationMasker } from '../access/organisation-masker.service';
import { readableCases } from './case-scope';

export interface DeadlineView {
  id: string;
  caseId: string;
  reference: string;
  territory: string;
  kind: string;
  dueOn: string;
  alertOn: string;
  overdue: boolean;
  /** The alert date has come (e.g. the permit's 60-day renewal window is open). */
  alerting: boolean;
  /** Null when it is a shelter the viewer is no party of (`maskOrganisation`); the kind is always told. */
  responsibleOrganisationId: string | null;
  responsibleOrganisationKind: string | null;
}

export interface DeadlineFilter {
  dueBefore?: string;
  kind?: string;
  responsibleOrganisationId?: string;
  /** `mine`: only deadlines one of the actor's own organisations answers for (« Mes échéances »). */
  responsible?: 'mine';
  cursor?: string;
  limit: number;
}

/** Soonest first: keyset on (due_on, id). */
const SOONEST_FIRST = keysetCursor('date', 'uuid');

/** Open deadlines of the cases the actor may see, soonest first. */
export class ListDeadlinesQuery extends Query<{ items: DeadlineView[]; nextCursor: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly filter: DeadlineFilter,
  ) {
    super();
  }
}

@QueryHandler(ListDeadlinesQuery)
export class ListDeadlinesHandler implements IQueryHandler<ListDeadlinesQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
    private readonly masker: OrganisationMasker,
  ) {}

  @Transactional()
  async execute({ actor, filter }: ListDeadlinesQuery): Promise<{ items: DeadlineView[]; nextCursor: string | null }> {
    const cursor = SOONEST_FIRST.decode(filter.cursor);
    const params: unknown[] = [];
    const where = ['d.closed_at IS NULL', readableCases(this.abilities.forActor(actor), params)];
    if (filter.dueBefore) where.push(`d.due_on < $${params.push(filter.dueBefore)}::date`);
    if (filter.kind) where.push(`d.kind = $${params.push(filter.kind)}`);
    if (filter.responsibleOrganisationId) where.push(`d.responsible_organisation_id = $${params.push(filter.responsibleOrganisationId)}`);
    if (filter.responsible === 'mine') where.push(`d.responsible_organisation_id = ANY($${params.push(actor.memberships.map((m) => m.organisationId))}::uuid[])`);
    if (cursor) where.push(`(d.due_on, d.id) > ($${params.push(cursor[0])}::date, $${params.push(cursor[1])}::uuid)`);
    const rows: (Omit<DeadlineView, 'responsibleOrganisationKind'> & { ownerOrganisationId?: string })[] = await this.db.em.query(
      `SELECT d.id, d.case_id AS "caseId", c.reference, d.territory, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS "dueOn",
              to_char(d.alert_on, 'YYYY-MM-DD') AS "alertOn", d.due_on < ${PARIS_TODAY_SQL} AS overdue,
              d.alert_on <= ${PARIS_TODAY_SQL} AS alerting,
              d.responsible_organisation_id AS "responsibleOrganisationId", c.owner_organisation_id AS "ownerOrganisationId"
       FROM case_deadlines d JOIN cases c ON c.id = d.case_id
       WHERE ${where.join(' AND ')} ORDER BY d.due_on, d.id LIMIT $${params.push(filter.limit + 1)}`,
      params,
    );
    const mask = await this.masker.forViewer(actor, rows.map((r) => r.responsibleOrganisationId));
    const items: DeadlineView[] = rows.slice(0, filter.limit).map(({ ownerOrganisationId, ...r }) => {
      const m = mask(r.responsibleOrganisationId, ownerOrganisationId!);
      return { ...r, responsibleOrganisationId: m.id, responsibleOrganisationKind: m.kind };
    }).filter((d) => !filter.responsibleOrganisationId || d.responsibleOrganisationId !== null); // filtering on a hidden shelter must not find its cases
    if (items.length) {
      // A deadline names its case: listing them is a read of case data, like any case list.
      await this.audit.record({ action: 'case.list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, details: { caseIds: [...new Set(items.map((i) => i.caseId))] } });
    }
    // The next page starts after the last row read, listed or not (a row hidden by the shelter filter still moves the keyset on).
    return { items, nextCursor: SOONEST_FIRST.next(rows, filter.limit, (last) => [last.dueOn, last.id]) };
  }
}
