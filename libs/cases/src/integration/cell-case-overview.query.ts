import { IQueryHandler, Query, QueryHandler } from '@nestjs/cqrs';
import { Db } from '@mnio/platform';
import { OrganisationMasker } from '../access/organisation-masker.service';

export interface OverviewDeadline {
  deadlineId: string;
  caseId: string;
  reference: string;
  kind: string;
  dueOn: string;
  /** Null when it is a shelter the cell is no party of (`maskOrganisation`); the kind is always told. */
  responsibleOrganisationId: string | null;
  responsibleOrganisationKind: string | null;
}

/** The most pressing items for a CLAV cell's dashboard, at most `limit` of each, soonest first. */
export interface CellCaseLists {
  /** Open `cell_review` deadlines the cell is responsible for: presumed victims it has not examined yet. */
  reviewPending: { caseId: string; reference: string; dueOn: string; overdue: boolean }[];
  overdue: OverviewDeadline[];
  upcoming: OverviewDeadline[];
}

/** What a CLAV cell's dashboard counts: codes and numbers only. */
export interface CellCaseCounts {
  reviewPending: number;
  overdue: { count: number; byKind: Record<string, number> };
  upcoming: { count: number; byKind: Record<string, number> };
  /** Cases the organisation holds a lasting view of that are not closed, and their forms of exploitation. */
  activeCases: number;
  byExploitationForm: Record<string, number>;
}

/**
 * Read models for a CLAV cell's dashboard over the cases `organisationId` holds a lasting grant on (the
 * grants `viewer_org_ids` is derived from: a break-the-glass grant never counts). References, codes and
 * dates only. The caller checks the actor may act for that organisation. Days are calendar days in France.
 */
export class CellCaseListsQuery extends Query<CellCaseLists> {
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

/**
 * Where the counts come from: `maintained`, the organisation's count rows kept by the database as grants, deadlines
 * and cases change (migration 1764320300000; a few hundred rows summed); `cases`, the statement over every held case
 * and deadline (the reference: same figures, tens of milliseconds at 20,000 cases).
 */
export type CellCaseCountsSource = 'maintained' | 'cases';

/** Aggregates over every case of the organisation. */
export class CellCaseCountsQuery extends Query<CellCaseCounts> {
  constructor(
    readonly organisationId: string,
    readonly today: string,
    readonly upcomingUntil: string,
    readonly source: CellCaseCountsSource = 'maintained',
  ) {
    super();
  }
}

/** `d` is a deadline of a case the organisation ($1) holds a lasting grant on. */
const HELD = `EXISTS (SELECT 1 FROM case_access a WHERE a.case_id = d.case_id AND a.organisation_id = $1 AND a.revoked_at IS NULL AND a.expires_at IS NULL)`;
const ITEM = `d.id AS "deadlineId", d.case_id AS "caseId", c.reference, d.kind, to_char(d.due_on, 'YYYY-MM-DD') AS "dueOn",
  d.responsible_organisation_id AS "responsibleOrganisationId", c.owner_organisation_id AS "ownerOrganisationId"`;

@QueryHandler(CellCaseListsQuery)
export class CellCaseListsHandler implements IQueryHandler<CellCaseListsQuery> {
  constructor(
    private readonly db: Db,
    private readonly masker: OrganisationMasker,
  ) {}

  async execute(q: CellCaseListsQuery): Promise<CellCaseLists> {
    // Each list walks an index in due order and stops at `limit`: its cost does not grow with the territory.
    const [row]: CellCaseLists[] = await this.db.em.query(
      `SELECT
         coalesce((SELECT json_agg(i) FROM (
           SELECT d.case_id AS "caseId", c.reference, to_char(d.due_on, 'YYYY-MM-DD') AS "dueOn", d.due_on < $2::date AS overdue
           FROM case_deadlines d JOIN cases c ON c.id = d.case_id
           WHERE d.responsible_organisation_id = $1 AND d.kind = 'cell_review' AND d.closed_at IS NULL AND ${HELD}
           ORDER BY d.due_on, d.id LIMIT $4) i), '[]') AS "reviewPending",
         coalesce((SELECT json_agg(i) FROM (
           SELECT ${ITEM} FROM case_deadlines d JOIN cases c ON c.id = d.case_id
           WHERE d.closed_at IS NULL AND d.due_on < $2::date AND ${HELD}
           ORDER BY d.due_on, d.id LIMIT $4) i), '[]') AS overdue,
         coalesce((SELECT json_agg(i) FROM (
           SELECT ${ITEM} FROM case_deadlines d JOIN cases c ON c.id = d.case_id
           WHERE d.closed_at IS NULL AND d.due_on >= $2::date AND d.due_on <= $3::date AND ${HELD}
           ORDER BY d.due_on, d.id LIMIT $4) i), '[]') AS upcoming`,
      [q.organisationId, q.today, q.upcomingUntil, q.limit],
    );
    type Raw = Omit<OverviewDeadline, 'responsibleOrganisationKind'> & { ownerOrganisationId: string };
    const raw = [...row.overdue, ...row.upcoming] as unknown as Raw[];
    const mask = await this.masker.forOrganisation(q.organisationId, raw.map((d) => d.responsibleOrganisationId));
    const masked = (items: OverviewDeadline[]): OverviewDeadline[] => (items as unknown as Raw[]).map(({ ownerOrganisationId, ...d }) => {
      const m = mask(d.responsibleOrganisationId, ownerOrganisationId);
      return { ...d, responsibleOrganisationId: m.id, responsibleOrganisationKind: m.kind };
    });
    return { ...row, overdue: masked(row.overdue), upcoming: masked(row.upcoming) };
  }
}

@QueryHandler(CellCaseCountsQuery)
export class CellCaseCountsHandler implements IQueryHandler<CellCaseCountsQuery> {
  constructor(private readonly db: Db) {}

  async execute(q: CellCaseCountsQuery): Promise<CellCaseCounts> {
    return toCounts(q.source === 'cases' ? await this.fromCases(q) : await this.maintained(q));
  }

  /**
   * The organisation's count rows (`organisation_deadline_counts`, `organisation_case_counts`): delta rows summed by
   * kind, day and review flag; the days past the window are not read (but a pending review's, whatever its day).
   * Once more than `FOLD_AFTER` rows were appended since the last fold, this reader folds them (without waiting: a
   * fold already under way elsewhere is left to finish).
   */
  private async maintained(q: CellCaseCountsQuery): Promise<Raw> {
    const [row]: (Raw & { unfolded: number })[] = await this.db.em.query(
      `SELECT (SELECT json_agg(d) FROM (
                SELECT kind, due_on < $2::date AS overdue, review, sum(n)::int AS n, (sum(n) FILTER (WHERE due_on <= $3::date))::int AS "inWindow"
                FROM organisation_deadline_counts WHERE organisation_id = $1 AND (due_on <= $3::date OR review)
                GROUP BY 1, 2, 3 HAVING sum(n) <> 0) d) AS deadlines,
              coalesce((SELECT sum(n) FROM organisation_case_counts WHERE organisation_id = $1 AND form = ''), 0)::int AS active,
              coalesce((SELECT json_object_agg(form, n) FROM (
                SELECT form, sum(n)::int AS n FROM organisation_case_counts WHERE organisation_id = $1 AND form <> '' GROUP BY form HAVING sum(n) <> 0) f), '{}') AS forms,
              (SELECT count(*)::int FROM organisation_deadline_counts WHERE organisation_id = $1 AND NOT folded)
                + (SELECT count(*)::int FROM organisation_case_counts WHERE organisation_id = $1 AND NOT folded) AS unfolded`,
      [q.organisationId, q.today, q.upcomingUntil],
    );
    if (row.unfolded > FOLD_AFTER) await this.db.em.query(`SELECT organisation_counts_fold($1)`, [q.organisationId]);
    return row;
  }

  /** The reference: every held case and open deadline, read at each call. */
  private async fromCases(q: CellCaseCountsQuery): Promise<Raw> {
    const [row]: Raw[] = await this.db.em.query(
      // One statement, each table read once and from an index alone (migration 1764320260000): the held cases
      // (`case_access_durable_org_idx`), their open deadlines (`case_deadlines_open_case_idx`) grouped here into a
      // few rows, their open cases (`cases_open_forms_idx`). Computed fresh at each dashboard (issue 17 §5).
      `WITH v AS MATERIALIZED (
         SELECT DISTINCT case_id FROM case_access WHERE organisation_id = $1 AND revoked_at IS NULL AND expires_at IS NULL
       ), d AS (
         SELECT d.kind, d.due_on < $2::date AS overdue, (d.kind = 'cell_review' AND d.responsible_organisation_id = $1) AS review,
                count(*)::int AS n, (count(*) FILTER (WHERE d.due_on <= $3::date))::int AS "inWindow"
         FROM case_deadlines d JOIN v ON v.case_id = d.case_id
         WHERE d.closed_at IS NULL AND (d.due_on <= $3::date OR (d.kind = 'cell_review' AND d.responsible_organisation_id = $1))
         GROUP BY 1, 2, 3
       ), a AS MATERIALIZED (
         SELECT c.exploitation_forms FROM cases c JOIN v ON v.case_id = c.id WHERE c.case_status NOT IN ('closed', 'closed_referred')
       )
       SELECT (SELECT json_agg(d) FROM d) AS deadlines,
              (SELECT count(*)::int FROM a) AS active,
              coalesce((SELECT json_object_agg(f, n) FROM (SELECT f, count(*)::int AS n FROM a, unnest(a.exploitation_forms) f GROUP BY f) x), '{}') AS forms`,
      [q.organisationId, q.today, q.upcomingUntil],
    );
    return row;
  }
}

/** Rows appended to an organisation's counts since their last fold before a reader folds them. */
const FOLD_AFTER = 500;

type Group = { kind: string; overdue: boolean; review: boolean; n: number; inWindow: number };
type Raw = { deadlines: Group[] | null; active: number; forms: Record<string, number> };

function toCounts(row: Raw): CellCaseCounts {
  const groups = row.deadlines ?? [];
  const bucket = (overdue: boolean) => {
    const byKind: Record<string, number> = {};
    for (const g of groups) if (g.overdue === overdue && g.inWindow > 0) byKind[g.kind] = (byKind[g.kind] ?? 0) + g.inWindow;
    return { count: Object.values(byKind).reduce((a, b) => a + b, 0), byKind };
  };
  const reviewPending = groups.filter((g) => g.review).reduce((n, g) => n + g.n, 0);
  return { reviewPending, overdue: bucket(true), upcoming: bucket(false), activeCases: row.active, byExploitationForm: row.forms };
}
