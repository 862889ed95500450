import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { TransactionHost, Tx } from '@mnio/platform';

export interface OverviewDeadline {
  deadlineId: string;
  caseId: string;
  reference: string;
  kind: string;
  dueOn: string;
  responsibleOrganisationId: string;
}

export interface DeadlineBucket {
  count: number;
  byKind: Record<string, number>;
  /** The soonest ones, at most `limit`. */
  items: OverviewDeadline[];
}

/** What a CLAV cell's dashboard needs from cases: references, codes, dates and counts. Never identity. */
export interface CellCaseOverview {
  /** Open `cell_review` deadlines the cell is responsible for: presumed victims it has not examined yet. */
  reviewPending: { count: number; items: { caseId: string; reference: string; dueOn: string; overdue: boolean }[] };
  overdue: DeadlineBucket;
  upcoming: DeadlineBucket;
  /** Cases the organisation holds a lasting view of that are not closed, and their forms of exploitation. */
  activeCases: number;
  byExploitationForm: Record<string, number>;
}

/**
 * Read model for a CLAV cell's dashboard: the cases `organisationId` holds a lasting grant on
 * (`viewer_org_ids`, so break-the-glass grants never count). The caller checks the actor may act for
 * that organisation. Dates are calendar days in France (`YYYY-MM-DD`).
 */
export class CellCaseOverviewQuery extends Query<CellCaseOverview> {
  constructor(
    readonly organisationId: string,
    readonly today: string,
    /** Last day counted as "upcoming" (inclusive). */
    readonly upcomingUntil: string,
    readonly limit = 50,
  ) {
    super();
  }
}

const bucket = (row: { count: number; by_kind: Record<string, number>; items: OverviewDeadline[] }): DeadlineBucket => ({
  count: row.count,
  byKind: row.by_kind,
  items: row.items,
});

@QueryHandler(CellCaseOverviewQuery)
export class CellCaseOverviewHandler implements IQueryHandler<CellCaseOverviewQuery> {
  constructor(private readonly txHost: TransactionHost) {}

  async execute(q: CellCaseOverviewQuery): Promise<CellCaseOverview> {
    const em = (this.txHost as Tx).tx;
    // `@>` (not `= ANY`) so the GIN index on viewer_org_ids answers "cases this organisation sees".
    const [deadlines]: { overdue: Parameters<typeof bucket>[0]; upcoming: Parameters<typeof bucket>[0] }[] = await em.query(
      `WITH d AS MATERIALIZED (
         SELECT d.id, d.case_id, c.reference, d.kind, d.due_on, d.responsible_organisation_id
         FROM case_deadlines d JOIN cases c ON c.id = d.case_id
         WHERE d.closed_at IS NULL AND d.due_on <= $3::date AND c.viewer_org_ids @> ARRAY[$1::uuid]
       ), b AS (
         SELECT CASE WHEN due_on < $2::date THEN 'overdue' ELSE 'upcoming' END AS bucket, * FROM d
       )
       SELECT
         (SELECT json_build_object('count', count(*),
            'by_kind', coalesce((SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM b WHERE bucket = 'overdue' GROUP BY kind) k), '{}'),
            'items', coalesce((SELECT json_agg(i) FROM (
              SELECT id AS "deadlineId", case_id AS "caseId", reference, kind, to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
                     responsible_organisation_id AS "responsibleOrganisationId"
              FROM b WHERE bucket = 'overdue' ORDER BY due_on, id LIMIT $4) i), '[]'))
          FROM b WHERE bucket = 'overdue') AS overdue,
         (SELECT json_build_object('count', count(*),
            'by_kind', coalesce((SELECT json_object_agg(kind, n) FROM (SELECT kind, count(*) AS n FROM b WHERE bucket = 'upcoming' GROUP BY kind) k), '{}'),
            'items', coalesce((SELECT json_agg(i) FROM (
              SELECT id AS "deadlineId", case_id AS "caseId", reference, kind, to_char(due_on, 'YYYY-MM-DD') AS "dueOn",
                     responsible_organisation_id AS "responsibleOrganisationId"
              FROM b WHERE bucket = 'upcoming' ORDER BY due_on, id LIMIT $4) i), '[]'))
          FROM b WHERE bucket = 'upcoming') AS upcoming`,
      [q.organisationId, q.today, q.upcomingUntil, q.limit],
    );
    const [review]: { count: number; items: CellCaseOverview['reviewPending']['items'] }[] = await em.query(
      `WITH r AS MATERIALIZED (
         SELECT d.id, d.case_id, c.reference, d.due_on
         FROM case_deadlines d JOIN cases c ON c.id = d.case_id
         WHERE d.responsible_organisation_id = $1 AND d.kind = 'cell_review' AND d.closed_at IS NULL AND c.viewer_org_ids @> ARRAY[$1::uuid]
       )
       SELECT (SELECT count(*)::int FROM r) AS count,
              coalesce((SELECT json_agg(i) FROM (
                SELECT case_id AS "caseId", reference, to_char(due_on, 'YYYY-MM-DD') AS "dueOn", due_on < $2::date AS overdue
                FROM r ORDER BY due_on, id LIMIT $3) i), '[]') AS items`,
      [q.organisationId, q.today, q.limit],
    );
    const [forms]: { active: number; by_form: Record<string, number> }[] = await em.query(
      `WITH a AS MATERIALIZED (
         SELECT exploitation_forms FROM cases
         WHERE viewer_org_ids @> ARRAY[$1::uuid] AND case_status NOT IN ('closed', 'closed_referred')
       )
       SELECT (SELECT count(*)::int FROM a) AS active,
              coalesce((SELECT json_object_agg(f, n) FROM (SELECT f, count(*)::int AS n FROM a, unnest(a.exploitation_forms) f GROUP BY f) x), '{}') AS by_form`,
      [q.organisationId],
    );
    return {
      reviewPending: { count: review.count, items: review.items },
      overdue: bucket(deadlines.overdue),
      upcoming: bucket(deadlines.upcoming),
      activeCases: forms.active,
      byExploitationForm: forms.by_form,
    };
  }
}
