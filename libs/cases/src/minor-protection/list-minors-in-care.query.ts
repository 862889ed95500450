import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { AuditJournal } from '@mnio/audit';
import { AbilityFactory, Actor, PARIS_TODAY_SQL, Transactional, Db } from '@mnio/platform';
import { MINOR_CLOCK_KINDS } from '../deadlines/deadline-rules';
import { readableCases } from '../queries/case-scope';

export interface MinorInCare {
  caseId: string;
  reference: string;
  territory: string;
  ageBand: string;
  childProtectionStatus: string;
  /** The earliest open clock of the child (report, reception, 5 days, 8 days), if one runs. */
  nextClock: { deadlineId: string; kind: string; dueOn: string; overdue: boolean; responsibleOrganisationId: string } | null;
}

/**
 * The open minors' cases the actor sees (for the ASE: the children shared with it), overdue clocks first,
 * then the soonest, then those without a running clock. Scoped in SQL; audited as a list.
 */
export class ListMinorsInCareQuery extends Query<{ items: MinorInCare[] }> {
  constructor(
    readonly actor: Actor,
    readonly limit = 100,
  ) {
    super();
  }
}

@QueryHandler(ListMinorsInCareQuery)
export class ListMinorsInCareHandler implements IQueryHandler<ListMinorsInCareQuery> {
  constructor(
    private readonly db: Db,
    private readonly abilities: AbilityFactory,
    private readonly audit: AuditJournal,
  ) {}

  @Transactional()
  async execute({ actor, limit }: ListMinorsInCareQuery): Promise<{ items: MinorInCare[] }> {
    const params: unknown[] = [];
    const where = readableCases(this.abilities.forActor(actor), params);
    const rows: (Omit<MinorInCare, 'nextClock'> & { clock: MinorInCare['nextClock'] })[] = await this.db.em.query(
      `SELECT c.id AS "caseId", c.reference, c.territory, c.age_band AS "ageBand", c.child_protection_status AS "childProtectionStatus",
              CASE WHEN d.id IS NULL THEN NULL ELSE json_build_object('deadlineId', d.id, 'kind', d.kind, 'dueOn', to_char(d.due_on, 'YYYY-MM-DD'),
                'overdue', d.due_on < ${PARIS_TODAY_SQL}, 'responsibleOrganisationId', d.responsible_organisation_id) END AS clock
       FROM cases c
       LEFT JOIN LATERAL (SELECT * FROM case_deadlines x WHERE x.case_id = c.id AND x.closed_at IS NULL AND x.kind = ANY($${params.push(MINOR_CLOCK_KINDS)})
                          ORDER BY x.due_on, x.id LIMIT 1) d ON true
       WHERE c.minor AND c.case_status IN ('active', 'follow_up') AND ${where}
       ORDER BY d.due_on NULLS LAST, c.created_at DESC, c.id LIMIT $${params.push(limit)}`,
      params,
    );
    const items = rows.map(({ clock, ...r }) => ({ ...r, nextClock: clock }));
    if (items.length) {
      await this.audit.record({ action: 'case.list', subjectType: 'case_list', subjectId: null, stream: `list:${actor.userId}`, details: { caseIds: items.map((i) => i.caseId) } });
    }
    return { items };
  }
}
