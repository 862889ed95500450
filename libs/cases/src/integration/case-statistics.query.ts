import { IQueryHandler, Query, QueryBus, QueryHandler } from '@nestjs/cqrs';
import { Db, isUuid } from '@mnio/platform';
import { OrganisationsByIdQuery } from '@mnio/directory';

/**
 * The non-identifying facts of a case the statistics read model (libs/reporting) counts: codes, flags and
 * calendar years (in France) only. Never identity, narrative, notes, or a date finer than the year.
 */
export interface CaseStatisticsFacts {
  caseId: string;
  territory: string;
  regionCode: string;
  ownerOrganisationId: string;
  ownerKind: string;
  /** Year the case was recorded (spotted). */
  firstYear: number;
  /** Year the case was closed, when it is closed; null while followed. */
  closedYear: number | null;
  sex: string;
  ageBand: string;
  minor: boolean;
  /** A minor recorded as unaccompanied (true) or not (false); null when not recorded, and for an adult. */
  unaccompaniedMinor: boolean | null;
  nationality: string | null;
  exploitationForms: string[];
  exploitedInFrance: boolean;
  exploitedAbroad: boolean;
  identificationStatus: string;
  /** Kind of the organisation that identified the person (presumed or formal), when one did. */
  identifiedByKind: string | null;
  presumedYear: number | null;
  identifiedYear: number | null;
  complaintFiled: boolean;
  reflectionYears: number[];
  permitIssuedYears: number[];
  permitRenewedYears: number[];
  childProtectionStatus: string;
  placedYear: number | null;
  caseStatus: string;
  /** Days (in France) the case was recorded, first presumed, first formally identified: for periods other than a year. */
  recordedOn: string;
  presumedOn: string | null;
  identifiedOn: string | null;
  /** The case's deadlines: kind, due day, day closed (null while open). For the overdue deadlines of a cell's activity. */
  deadlines: { kind: string; dueOn: string; closedOn: string | null }[];
}

/** Facts of the given cases, or a page of every case after `afterId` (keyset by id) for a rebuild. */
export class CaseStatisticsFactsQuery extends Query<CaseStatisticsFacts[]> {
  constructor(
    readonly caseIds: string[] | null,
    readonly afterId: string | null = null,
    readonly limit = 500,
  ) {
    super();
  }
}

const YEAR = (col: string) => `extract(year FROM ${col})::int`;
/** A year per event of one kind, in the order they happened ('{}' when none). */
const YEARS = (name: string, track: string, type: string) =>
  `array_agg(${YEAR('e.occurred_on')} ORDER BY e.occurred_on) FILTER (WHERE e.track = '${track}' AND e.type = '${type}') AS ${name}`;
const FIRST = (name: string, track: string, types: string) => `min(e.occurred_on) FILTER (WHERE e.track = '${track}' AND e.type IN (${types})) AS ${name}`;

/**
 * The facts of a page of cases. Every fact drawn from the case's events comes from one pass over them (a lateral
 * aggregate with a filter per fact): the case's events are read once, where a subquery per fact read them twelve
 * times (a rebuild reads every case).
 */
export const CASE_STATISTICS_FACTS_SQL = `
  SELECT c.id AS "caseId", c.territory, t.region_code AS "regionCode", c.owner_organisation_id AS "ownerOrganisationId",
         ${YEAR(`c.created_at AT TIME ZONE 'Europe/Paris'`)} AS "firstYear",
         CASE WHEN c.case_status IN ('closed', 'closed_referred') THEN ${YEAR('ev.closed_on')} END AS "closedYear",
         c.sex, c.age_band AS "ageBand", c.minor, c.unaccompanied_minor AS "unaccompaniedMinor", c.nationality, c.exploitation_forms AS "exploitationForms",
         c.exploited_in_france AS "exploitedInFrance", c.exploited_abroad AS "exploitedAbroad",
         c.identification_status AS "identificationStatus", c.identified_by_organisation_id AS "identifiedBy",
         ${YEAR('ev.presumed_on')} AS "presumedYear",
         ${YEAR('ev.identified_on')} AS "identifiedYear",
         (c.criminal_status <> 'none' OR c.residence_status IN ('complaint_or_testimony', 'permit_issued', 'permit_refused', 'ten_year_card')
           OR coalesce(ev.complaint, false)) AS "complaintFiled",
         coalesce(ev.reflection_years, '{}') AS "reflectionYears",
         coalesce(ev.permit_issued_years, '{}') AS "permitIssuedYears",
         coalesce(ev.permit_renewed_years, '{}') AS "permitRenewedYears",
         c.child_protection_status AS "childProtectionStatus",
         ${YEAR('ev.placed_on')} AS "placedYear",
         c.case_status AS "caseStatus",
         to_char(c.created_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD') AS "recordedOn",
         to_char(ev.presumed_on, 'YYYY-MM-DD') AS "presumedOn",
         to_char(ev.identified_on, 'YYYY-MM-DD') AS "identifiedOn",
         coalesce((SELECT json_agg(json_build_object('kind', d.kind, 'dueOn', to_char(d.due_on, 'YYYY-MM-DD'),
             'closedOn', to_char(d.closed_at AT TIME ZONE 'Europe/Paris', 'YYYY-MM-DD')) ORDER BY d.due_on, d.kind, d.id)
           FROM case_deadlines d WHERE d.case_id = c.id), '[]'::json) AS deadlines
  FROM cases c
  JOIN territories t ON t.code = c.territory
  LEFT JOIN LATERAL (
    SELECT max(e.occurred_on) FILTER (WHERE e.track = 'case' AND e.type IN ('close', 'close_referred')) AS closed_on,
           ${FIRST('presumed_on', 'identification', `'presumed_victim'`)},
           ${FIRST('identified_on', 'identification', `'formally_identified'`)},
           bool_or(e.type IN ('complaint_filed', 'complaint_or_testimony')) AS complaint,
           ${YEARS('reflection_years', 'residence', 'reflection_period_started')},
           ${YEARS('permit_issued_years', 'residence', 'permit_issued')},
           ${YEARS('permit_renewed_years', 'residence', 'permit_renewed')},
           ${FIRST('placed_on', 'child_protection', `'placement', 'emergency_placement_order'`)}
    FROM case_events e WHERE e.case_id = c.id
  ) ev ON true
  WHERE ($1::uuid[] IS NULL OR c.id = ANY($1::uuid[])) AND ($2::uuid IS NULL OR c.id > $2::uuid)
  ORDER BY c.id LIMIT $3`;

@QueryHandler(CaseStatisticsFactsQuery)
export class CaseStatisticsFactsHandler implements IQueryHandler<CaseStatisticsFactsQuery> {
  constructor(
    private readonly db: Db,
    private readonly queries: QueryBus,
  ) {}

  async execute(q: CaseStatisticsFactsQuery): Promise<CaseStatisticsFacts[]> {
    const ids = q.caseIds?.filter(isUuid) ?? null;
    if (ids && !ids.length) return [];
    const rows: (Omit<CaseStatisticsFacts, 'ownerKind' | 'identifiedByKind'> & { identifiedBy: string | null })[] = await this.db.em.query(
      CASE_STATISTICS_FACTS_SQL,
      [ids, q.afterId, q.limit],
    );
    // The organisations' kinds are the directory's: one batched call for the page.
    const kinds = new Map((await this.queries.execute(new OrganisationsByIdQuery(rows.flatMap((r) => [r.ownerOrganisationId, r.identifiedBy ?? []].flat())))).map((o) => [o.id, o.kind as string]));
    // Every case has its owner in the directory (a foreign key): the page keeps its rows, so `afterId` paging stays exact.
    return rows.map(({ identifiedBy, ...r }) => ({ ...r, ownerKind: kinds.get(r.ownerOrganisationId) ?? '', identifiedByKind: (identifiedBy && kinds.get(identifiedBy)) || null }));
  }
}

/** How many cases there are, for a rebuild's progress line. */
export class CountCasesForStatisticsQuery extends Query<number> {}

@QueryHandler(CountCasesForStatisticsQuery)
export class CountCasesForStatisticsHandler implements IQueryHandler<CountCasesForStatisticsQuery> {
  constructor(private readonly db: Db) {}

  async execute(): Promise<number> {
    const [row]: { n: number }[] = await this.db.em.query(`SELECT count(*)::int AS n FROM cases`);
    return row.n;
  }
}
