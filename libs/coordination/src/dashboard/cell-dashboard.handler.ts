import { Inject } from '@nestjs/common';
import { IQueryHandler, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { CellCaseCountsQuery, CellCaseListsQuery } from '@mnio/cases';
import { ListOrganisationsQuery } from '@mnio/directory';
import { AbilityFactory, asSubject, NotFoundError, parisToday, Transactional, Db } from '@mnio/platform';
import { COORDINATION_CONFIG, CoordinationConfig } from '../coordination.config';
import { addDays } from '../domain/dates';
import { CellDashboard, CellDashboardQuery, LateDecision } from './cell-dashboard.query';
import { DashboardCountsCache } from './dashboard-counts.cache';
import { visibleCaseIds } from '../access/visible-cases';
import { PENDING_ORIENTATIONS, PendingOrientations } from './pending-orientations';

const LIST_LIMIT = 50;

@QueryHandler(CellDashboardQuery)
export class CellDashboardHandler implements IQueryHandler<CellDashboardQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly queries: QueryBus,
    private readonly audit: AuditJournal,
    @Inject(PENDING_ORIENTATIONS) private readonly orientations: PendingOrientations,
    @Inject(COORDINATION_CONFIG) private readonly config: CoordinationConfig,
    private readonly countsCache: DashboardCountsCache,
  ) {}

  @Transactional()
  async execute({ actor, cellId }: CellDashboardQuery): Promise<CellDashboard> {
    if (!this.abilities.forActor(actor).can('read', asSubject('ClavCell', { id: cellId }))) throw new NotFoundError('Cell');
    const [cell] = await this.queries.execute(new ListOrganisationsQuery({ ids: [cellId], kind: 'clav_cell' }));
    if (!cell) throw new NotFoundError('Cell');
    const territory = cell.territories[0];
    const today = parisToday();
    const until = addDays(today, this.config.upcomingDays);

    const lists = await this.queries.execute(new CellCaseListsQuery(cellId, today, until, LIST_LIMIT));
    const { counts, asOf } = await this.countsCache.get(cellId, today, () => this.queries.execute(new CellCaseCountsQuery(cellId, today, until, this.config.dashboardCountsSource)));
    const allLate = await this.lateDecisions(cellId, today);
    // Late decisions of a case the cell no longer sees (a withdrawn consent) are not listed.
    const visible = await visibleCaseIds(this.queries, [cellId], allLate.items.map((i) => i.caseId));
    const late = { ...allLate, items: allLate.items.filter((i) => visible.has(i.caseId)) };
    const byTarget = await this.orientations.countByTarget(territory);

    const caseIds = new Set([...lists.reviewPending, ...lists.overdue, ...lists.upcoming, ...late.items].map((i) => i.caseId));
    await this.audit.record({
      action: 'cell.dashboard_read', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, actorOrganisationId: cellId,
      details: { cellId, caseIds: [...caseIds] },
    });
    return {
      cell: { id: cell.id, name: cell.name, territory },
      asOf: today,
      countsAsOf: asOf.toISOString(),
      newPresumedVictims: { count: counts.reviewPending, items: lists.reviewPending },
      orientationsAwaitingAnswer: {
        available: byTarget !== null,
        total: Object.values(byTarget ?? {}).reduce((a, b) => a + b, 0),
        byTarget: byTarget ?? {},
      },
      deadlines: { overdue: { ...counts.overdue, items: lists.overdue }, upcoming: { ...counts.upcoming, items: lists.upcoming, until } },
      lateActions: late,
      counts: { activeCases: counts.activeCases, byExploitationForm: counts.byExploitationForm, byOrientationTarget: byTarget ?? {} },
    };
  }

  /**
   * Decisions of the cell with at least one action past its due date and still open or in progress. Only the first
   * `LIST_LIMIT` of them are joined to their decisions (by primary key), not every late one.
   */
  private async lateDecisions(cellId: string, today: string): Promise<CellDashboard['lateActions']> {
    const [row]: { decisions: number; actions: number; items: LateDecision[] }[] = await this.db.em.query(
      `WITH l AS MATERIALIZED (
         SELECT a.decision_id, count(*)::int AS n, min(a.due_on) AS oldest
         FROM cell_actions a WHERE a.cell_id = $1 AND a.status IN ('open', 'in_progress') AND a.due_on < $2::date
         GROUP BY a.decision_id
       )
       SELECT (SELECT count(*)::int FROM l) AS decisions, (SELECT coalesce(sum(n), 0)::int FROM l) AS actions,
              coalesce((SELECT json_agg(i) FROM (
                SELECT d.id AS "decisionId", d.case_id AS "caseId", d.reference, d.type, l.n AS "lateActions", to_char(l.oldest, 'YYYY-MM-DD') AS "oldestDueOn"
                FROM (SELECT * FROM l ORDER BY oldest, decision_id LIMIT $3) l JOIN cell_decisions d ON d.id = l.decision_id ORDER BY l.oldest, d.id) i), '[]') AS items`,
      [cellId, today, LIST_LIMIT],
    );
    return row;
  }
}
