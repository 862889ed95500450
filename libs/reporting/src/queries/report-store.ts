import { Injectable } from '@nestjs/common';
import { TransactionHost, Tx } from '@mnio/platform';
import type { Freshness, ReportFilters } from '../domain/reports';
import type { DimCount } from '../domain/tables';

/** Where clause over reporting_cases `c` for the filters and an owner organisation; parameters from $2 ($1 is the year). */
function where(filters: ReportFilters, ownerId: string | null): { sql: string; params: unknown[] } {
  return {
    sql: `($2::text IS NULL OR c.territory = $2) AND ($3::text IS NULL OR c.region_code = $3) AND ($4::text IS NULL OR $4 = ANY(c.forms))
      AND ($5::boolean IS NULL OR c.minor = $5) AND ($6::uuid IS NULL OR c.owner_organisation_id = $6)`,
    params: [filters.territory ?? null, filters.region ?? null, filters.form ?? null, filters.minor ?? null, ownerId],
  };
}

/** Accompanied: followed by an organisation that supports victims (association, host, minors' centre), not ruled out. */
const ACCOMPANIED = `c.owner_kind IN ('association', 'host', 'minors_centre') AND c.identification_status <> 'not_retained'`;

/** Aggregates over the statistics read model (its own tables only). */
@Injectable()
export class ReportStore {
  constructor(private readonly txHost: TransactionHost) {}

  private get em() {
    return (this.txHost as Tx).tx;
  }

  async freshness(): Promise<Freshness> {
    const [s]: { last_event_at: Date | null; last_applied_at: Date | null; rebuilt_at: Date | null }[] = await this.em.query(
      `SELECT last_event_at, last_applied_at, rebuilt_at FROM reporting_state WHERE id = 1`,
    );
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    return { lastEventAt: iso(s?.last_event_at), lastAppliedAt: iso(s?.last_applied_at), rebuiltAt: iso(s?.rebuilt_at) };
  }

  /** The survey's counts: a case counts in every year it was followed (recorded on or before, not closed before). */
  async surveyCounts(filters: ReportFilters, ownerId: string | null): Promise<{ counts: DimCount[]; organisations: number }> {
    const w = where(filters, ownerId);
    const rows: DimCount[] = await this.em.query(
      `WITH f AS MATERIALIZED (
         SELECT c.*, (${ACCOMPANIED}) AS accompanied FROM reporting_cases c
         WHERE c.first_year <= $1 AND coalesce(c.last_year, 9999) >= $1 AND ${w.sql}
       ), a AS MATERIALIZED (SELECT * FROM f WHERE accompanied)
       SELECT 'summary' AS dim, 'spotted' AS code, 'count' AS col, count(*)::int AS n FROM f
       UNION ALL SELECT 'summary', 'accompanied', 'count', count(*)::int FROM a
       UNION ALL SELECT 'organisations', 'contributing', 'count', count(DISTINCT owner_organisation_id)::int FROM a
       UNION ALL SELECT 'form', x, 'spotted', count(*)::int FROM f, unnest(f.forms) x GROUP BY x
       UNION ALL SELECT 'form', x, 'accompanied', count(*)::int FROM a, unnest(a.forms) x GROUP BY x
       UNION ALL SELECT 'sex', sex, 'count', count(*)::int FROM a GROUP BY sex
       UNION ALL SELECT 'age_band', age_band, 'count', count(*)::int FROM a GROUP BY age_band
       UNION ALL SELECT 'minor', CASE WHEN minor THEN 'minor' ELSE 'adult' END, 'count', count(*)::int FROM a GROUP BY 2
       UNION ALL SELECT 'nationality', coalesce(nationality, 'unknown'), 'count', count(*)::int FROM a GROUP BY 2
       UNION ALL SELECT 'world_region', world_region, 'count', count(*)::int FROM a GROUP BY world_region
       UNION ALL SELECT 'place', place, 'count', count(*)::int FROM a GROUP BY place
       UNION ALL SELECT 'complaint', CASE WHEN complaint_filed THEN 'yes' ELSE 'no' END, 'count', count(*)::int FROM a GROUP BY 2`,
      [filters.year, ...w.params],
    );
    const organisations = rows.find((r) => r.dim === 'organisations')?.n ?? 0;
    return { counts: rows.filter((r) => r.dim !== 'organisations'), organisations };
  }

  /** EU / GRETA counts: victims registered (presumed or formally identified) in the year, and the year's measures. */
  async euCounts(filters: ReportFilters, ownerId: string | null): Promise<DimCount[]> {
    const w = where(filters, ownerId);
    return this.em.query(
      `WITH f AS MATERIALIZED (SELECT c.* FROM reporting_cases c WHERE ${w.sql} AND c.first_year <= $1),
       r AS MATERIALIZED (
         SELECT * FROM f WHERE identification_status IN ('presumed_victim', 'formally_identified') AND coalesce(presumed_year, identified_year) = $1
       )
       SELECT 'sex' AS dim, CASE WHEN sex IN ('female', 'male') THEN sex ELSE 'other_unknown' END AS code, identification_status AS col, count(*)::int AS n FROM r GROUP BY 2, 3
       UNION ALL SELECT 'age', CASE WHEN minor THEN 'child' ELSE 'adult' END, identification_status, count(*)::int FROM r GROUP BY 2, 3
       UNION ALL SELECT 'citizenship', citizenship, identification_status, count(*)::int FROM r GROUP BY 2, 3
       UNION ALL SELECT 'form', x, identification_status, count(*)::int FROM r, unnest(r.forms) x GROUP BY 2, 3
       UNION ALL SELECT 'measure', 'reflection_periods', 'count', count(*)::int FROM f WHERE $1 = ANY(reflection_years)
       UNION ALL SELECT 'measure', 'permits_issued', 'count', coalesce(sum(cardinality(array_positions(permit_issued_years, $1))), 0)::int FROM f
       UNION ALL SELECT 'measure', 'permits_renewed', 'count', coalesce(sum(cardinality(array_positions(permit_renewed_years, $1))), 0)::int FROM f
       UNION ALL SELECT 'measure', 'minors_placed', 'count', count(*)::int FROM f WHERE minor AND placed_year = $1`,
      [filters.year, ...w.params],
    );
  }

  /**
   * A territory's (or the country's) activity over a year: cases received and identified, orientations asked by
   * target kind and outcome, and the delays (days) from request to answer and to admission.
   */
  async activityCounts(filters: ReportFilters, ownerId: string | null): Promise<{ counts: DimCount[]; delays: ActivityDelay[] }> {
    const w = where(filters, ownerId);
    const counts: DimCount[] = await this.em.query(
      `WITH f AS MATERIALIZED (SELECT c.* FROM reporting_cases c WHERE ${w.sql}),
       o AS MATERIALIZED (
         SELECT o.*, CASE WHEN o.state = 'refused' THEN 'refused' WHEN o.state = 'cancelled' THEN 'cancelled' WHEN o.admitted_at IS NOT NULL THEN 'admitted'
                          WHEN o.answered_at IS NOT NULL THEN 'accepted' ELSE 'pending' END AS outcome
         FROM reporting_orientations o JOIN f ON f.case_id = o.case_id
         WHERE extract(year FROM o.requested_at AT TIME ZONE 'Europe/Paris') = $1
       )
       SELECT 'activity' AS dim, 'received' AS code, 'count' AS col, count(*)::int AS n FROM f WHERE first_year = $1
       UNION ALL SELECT 'activity', 'presumed', 'count', count(*)::int FROM f WHERE presumed_year = $1
       UNION ALL SELECT 'activity', 'formally_identified', 'count', count(*)::int FROM f WHERE identified_year = $1
       UNION ALL SELECT 'activity', 'followed', 'count', count(*)::int FROM f WHERE first_year <= $1 AND coalesce(last_year, 9999) >= $1
       UNION ALL SELECT 'target', target_kind, outcome, count(*)::int FROM o GROUP BY 2, 3`,
      [filters.year, ...w.params],
    );
    const delays: ActivityDelay[] = await this.em.query(
      `WITH f AS MATERIALIZED (SELECT c.case_id FROM reporting_cases c WHERE ${w.sql}),
       o AS MATERIALIZED (
         SELECT o.* FROM reporting_orientations o JOIN f ON f.case_id = o.case_id WHERE extract(year FROM o.requested_at AT TIME ZONE 'Europe/Paris') = $1
       ), d AS (
         SELECT 'request_to_answer' AS delay, extract(epoch FROM answered_at - requested_at) / 86400 AS days FROM o WHERE answered_at IS NOT NULL
         UNION ALL SELECT 'request_to_admission', extract(epoch FROM admitted_at - requested_at) / 86400 FROM o WHERE admitted_at IS NOT NULL
       )
       SELECT delay, count(*)::int AS n, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::numeric, 1)::float AS median,
              round(percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::numeric, 1)::float AS p90
       FROM d GROUP BY delay`,
      [filters.year, ...w.params],
    );
    return { counts, delays };
  }
}

export interface ActivityDelay {
  delay: string;
  n: number;
  median: number;
  p90: number;
}
