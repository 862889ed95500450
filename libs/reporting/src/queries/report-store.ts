import { Injectable } from '@nestjs/common';
import { Db } from '@mnio/platform';
import type { Delay, Freshness, Period, ReportFilters } from '../domain/reports';
import type { DimCount } from '../domain/tables';

/** Followed by an association, a host or the minors' centre, and not ruled out (the survey's « accompanied »). */
const ACCOMPANIED = `c.owner_kind IN ('association', 'host', 'minors_centre') AND c.identification_status <> 'not_retained'`;

/** Where clause over reporting_cases `c` for the filters and an owner organisation; parameters from $2 ($1 is the year). */
function where(filters: ReportFilters, ownerId: string | null): { sql: string; params: unknown[] } {
  return {
    sql: `($2::text IS NULL OR c.territory = $2) AND ($3::text IS NULL OR c.region_code = $3) AND ($4::text IS NULL OR $4 = ANY(c.forms))
      AND ($5::boolean IS NULL OR c.minor = $5) AND ($6::uuid IS NULL OR c.owner_organisation_id = $6)`,
    params: [filters.territory ?? null, filters.region ?? null, filters.form ?? null, filters.minor ?? null, ownerId],
  };
}


/** Aggregates over the statistics read model (its own tables only). */
@Injectable()
export class ReportStore {
  constructor(private readonly db: Db) {}

  private get em() {
    return this.db.em;
  }

  async freshness(): Promise<Freshness> {
    const [s]: { last_event_at: Date | null; last_applied_at: Date | null; rebuilt_at: Date | null }[] = await this.em.query(
      `SELECT last_event_at, last_applied_at, rebuilt_at FROM reporting_state WHERE id = 1`,
    );
    const iso = (d: Date | null | undefined) => (d ? d.toISOString() : null);
    return { lastEventAt: iso(s?.last_event_at), lastAppliedAt: iso(s?.last_applied_at), rebuiltAt: iso(s?.rebuilt_at) };
  }

  /**
   * The survey's counts: a case counts in every year it was followed (recorded on or before, not closed before).
   * Summed from `reporting_survey_counts` (kept by the database from `reporting_cases`, migration `…40000`): the
   * same figures as counting the cases (`test/e2e/reporting/report-counts.e2e-spec.ts` compares them). With
   * `caseIds` (the survey campaign's persons counted once, one case each), counted from those cases' rows.
   */
  async surveyCounts(filters: ReportFilters, ownerId: string | null, caseIds: string[] | null = null): Promise<{ counts: DimCount[]; organisations: number }> {
    const w = where(filters, ownerId);
    const rows: DimCount[] = caseIds
      ? await this.em.query(
          `WITH f AS MATERIALIZED (
         SELECT c.*, (${ACCOMPANIED}) AS accompanied FROM reporting_cases c
         WHERE c.first_year <= $1 AND coalesce(c.last_year, 9999) >= $1 AND ${w.sql} AND c.case_id = ANY($${w.params.length + 2}::uuid[])
       ), a AS MATERIALIZED (SELECT * FROM f WHERE accompanied)
       SELECT 'summary' AS dim, 'spotted' AS code, 'count' AS col, count(*)::int AS n FROM f
       UNION ALL SELECT 'summary', 'accompanied', 'count', count(*)::int FROM a
       UNION ALL SELECT 'organisations', 'contributing', 'count', count(DISTINCT owner_organisation_id)::int FROM a
       UNION ALL SELECT 'form', x, 'spotted', count(*)::int FROM f, unnest(f.forms) x GROUP BY x
       UNION ALL SELECT 'form', x, 'accompanied', count(*)::int FROM a, unnest(a.forms) x GROUP BY x
       UNION ALL SELECT 'sex', sex, 'count', count(*)::int FROM a GROUP BY sex
       UNION ALL SELECT 'age_band', age_band, 'count', count(*)::int FROM a GROUP BY age_band
       UNION ALL SELECT 'minor', CASE WHEN minor THEN 'minor' ELSE 'adult' END, 'count', count(*)::int FROM a GROUP BY 2
       UNION ALL SELECT 'unaccompanied', CASE WHEN unaccompanied_minor THEN 'unaccompanied' WHEN NOT unaccompanied_minor THEN 'with_guardian' ELSE 'unknown' END, 'count', count(*)::int FROM a WHERE minor GROUP BY 2
       UNION ALL SELECT 'nationality', coalesce(nationality, 'unknown'), 'count', count(*)::int FROM a GROUP BY 2
       UNION ALL SELECT 'world_region', world_region, 'count', count(*)::int FROM a GROUP BY world_region
       UNION ALL SELECT 'place', place, 'count', count(*)::int FROM a GROUP BY place
       UNION ALL SELECT 'complaint', CASE WHEN complaint_filed THEN 'yes' ELSE 'no' END, 'count', count(*)::int FROM a GROUP BY 2`,
      [filters.year, ...w.params, caseIds],
        )
      : await this.em.query(
          `WITH f AS MATERIALIZED (
         SELECT c.accompanied, c.owner_organisation_id, c.minor, c.forms, c.dim, c.code, c.n FROM reporting_survey_counts c
         WHERE c.first_year <= $1 AND c.to_year >= $1 AND c.n > 0 AND ${w.sql}
       ), s AS MATERIALIZED (SELECT * FROM f WHERE dim = 'summary'), a AS MATERIALIZED (SELECT * FROM s WHERE accompanied)
       SELECT 'summary' AS dim, 'spotted' AS code, 'count' AS col, coalesce(sum(n), 0)::int AS n FROM s
       UNION ALL SELECT 'summary', 'accompanied', 'count', coalesce(sum(n), 0)::int FROM a
       UNION ALL SELECT 'organisations', 'contributing', 'count', count(DISTINCT owner_organisation_id)::int FROM a
       UNION ALL SELECT 'form', x, 'spotted', sum(n)::int FROM s, unnest(s.forms) x GROUP BY x
       UNION ALL SELECT 'form', x, 'accompanied', sum(n)::int FROM a, unnest(a.forms) x GROUP BY x
       UNION ALL SELECT 'minor', CASE WHEN minor THEN 'minor' ELSE 'adult' END, 'count', sum(n)::int FROM a GROUP BY 2
       UNION ALL SELECT dim, code, 'count', sum(n)::int FROM f WHERE dim <> 'summary' AND accompanied GROUP BY dim, code`,
      [filters.year, ...w.params],
        );
    const organisations = rows.find((r) => r.dim === 'organisations')?.n ?? 0;
    return { counts: rows.filter((r) => r.dim !== 'organisations'), organisations };
  }

  /**
   * EU / GRETA counts: victims registered (presumed or formally identified) in the year, and the year's measures.
   * Summed from `reporting_eu_counts` (kept by the database from `reporting_cases`, migration `…40000`).
   */
  async euCounts(filters: ReportFilters, ownerId: string | null): Promise<DimCount[]> {
    const w = where(filters, ownerId);
    return this.em.query(
      `WITH f AS MATERIALIZED (
         SELECT c.minor, c.forms, c.status, c.dim, c.code, c.n FROM reporting_eu_counts c WHERE c.year = $1 AND c.n > 0 AND ${w.sql}
       ), r AS MATERIALIZED (SELECT * FROM f WHERE dim = 'summary')
       SELECT dim, code, status AS col, sum(n)::int AS n FROM f WHERE dim IN ('sex', 'citizenship', 'unaccompanied') GROUP BY 1, 2, 3
       UNION ALL SELECT 'age', CASE WHEN minor THEN 'child' ELSE 'adult' END, status, sum(n)::int FROM r GROUP BY 2, 3
       UNION ALL SELECT 'form', x, status, sum(n)::int FROM r, unnest(r.forms) x GROUP BY 2, 3
       UNION ALL SELECT 'measure', m, 'count', coalesce((SELECT sum(n) FROM f WHERE dim = 'measure' AND code = m), 0)::int
         FROM unnest(ARRAY['reflection_periods', 'permits_issued', 'permits_renewed', 'minors_placed']) m`,
      [filters.year, ...w.params],
    );
  }

  /**
   * A territory's (or the country's) activity over a period (days in France, inclusive): situations received,
   * reviewed by the cell (a decision in the period), presumed and formally identified; the cell's decisions by
   * type; orientations asked in the period by target kind and outcome, their refusals by reason; deadlines due in
   * the period and those overdue (closed after their day, or still open past it); the delays in days.
   */
  async activityCounts(filters: ReportFilters, ownerId: string | null, period: Period): Promise<{ counts: DimCount[]; delays: Delay[] }> {
    const w = where(filters, ownerId);
    const params = [period.from, ...w.params, period.to];
    // A Paris day lies within a day of the same date in any time zone: the first bound lets an index find the rows.
    const inPeriod = (col: string) => `${col} >= $1::date - 1 AND ${col} < $7::date + 2 AND (${col} AT TIME ZONE 'Europe/Paris')::date BETWEEN $1::date AND $7::date`;
    // Only the columns used: with a territory, an index-only scan (reporting_cases_activity_idx).
    const cases = `SELECT c.case_id, c.recorded_on, c.presumed_on, c.identified_on FROM reporting_cases c WHERE ${w.sql}`;
    // A territory and no other filter (a cell's own activity): its orientations of the period by their case's current territory, kept on
    // the orientation (migration …160000), from an index — not every orientation of the period in the country joined to its cases.
    const byTerritory = !!filters.territory && !filters.region && !filters.form && (filters.minor ?? null) === null && !ownerId;
    const orientations = (cols: string) => (byTerritory
      ? `SELECT ${cols} FROM reporting_orientations o WHERE o.case_territory = $2 AND ${inPeriod('o.requested_at')}`
      : `SELECT ${cols} FROM reporting_orientations o JOIN f ON f.case_id = o.case_id WHERE ${inPeriod('o.requested_at')}`);
    const counts: DimCount[] = await this.em.query(
      `WITH f AS MATERIALIZED (${cases}),
       o AS MATERIALIZED (${orientations(`o.target_kind, o.refusal_reason, ${OUTCOME} AS outcome`)}),
       d AS MATERIALIZED (SELECT d.* FROM reporting_decisions d JOIN f ON f.case_id = d.case_id WHERE ${inPeriod('d.decided_at')}),
       dl AS MATERIALIZED (SELECT dl.* FROM reporting_deadlines dl JOIN f ON f.case_id = dl.case_id WHERE dl.due_on BETWEEN $1::date AND $7::date)
       SELECT 'activity' AS dim, 'received' AS code, 'count' AS col, count(*)::int AS n FROM f WHERE recorded_on BETWEEN $1::date AND $7::date
       UNION ALL SELECT 'activity', 'reviewed', 'count', count(DISTINCT case_id)::int FROM d
       UNION ALL SELECT 'activity', 'presumed', 'count', count(*)::int FROM f WHERE presumed_on BETWEEN $1::date AND $7::date
       UNION ALL SELECT 'activity', 'formally_identified', 'count', count(*)::int FROM f WHERE identified_on BETWEEN $1::date AND $7::date
       UNION ALL SELECT 'decision', type, 'count', count(*)::int FROM d GROUP BY type
       UNION ALL SELECT 'target', target_kind, outcome, count(*)::int FROM o GROUP BY 2, 3
       UNION ALL SELECT 'refusal', coalesce(refusal_reason, 'unknown'), 'count', count(*)::int FROM o WHERE outcome = 'refused' GROUP BY 2
       UNION ALL SELECT 'deadline', kind, 'due', count(*)::int FROM dl GROUP BY kind
       UNION ALL SELECT 'deadline', kind, 'overdue', count(*)::int FROM dl
         WHERE (closed_on IS NOT NULL AND closed_on > due_on) OR (closed_on IS NULL AND due_on < (now() AT TIME ZONE 'Europe/Paris')::date) GROUP BY kind`,
      params,
    );
    const delays: Delay[] = await this.em.query(
      `WITH f AS MATERIALIZED (${cases}),
       o AS MATERIALIZED (${orientations('o.requested_at, o.answered_at, o.admitted_at')}),
       d AS (
         SELECT 'spotting_to_presumed' AS delay, (presumed_on - recorded_on)::float AS days FROM f WHERE presumed_on BETWEEN $1::date AND $7::date
         UNION ALL ${DELAYS}
       )
       ${PERCENTILES}`,
      params,
    );
    return { counts, delays };
  }

  /**
   * The capacity of the hosting targets (Ac.Sé, DNA, minors' centre), national or by the case's region / département:
   * requests in the period by outcome, refusals by reason, waiting times; the hosts' places today by kind and region
   * (the host's region when a region is chosen).
   */
  async capacityCounts(filters: ReportFilters, period: Period): Promise<{ counts: DimCount[]; delays: Delay[] }> {
    const w = where(filters, null);
    const params = [period.from, ...w.params, period.to];
    const requested = `(o.requested_at AT TIME ZONE 'Europe/Paris')::date BETWEEN $1::date AND $7::date AND o.target_kind IN ('acse', 'dna', 'minors_centre')`;
    const counts: DimCount[] = await this.em.query(
      `WITH f AS MATERIALIZED (SELECT c.case_id FROM reporting_cases c WHERE ${w.sql}),
       o AS MATERIALIZED (SELECT o.*, ${OUTCOME} AS outcome FROM reporting_orientations o JOIN f ON f.case_id = o.case_id WHERE ${requested}),
       p AS MATERIALIZED (
         SELECT p.*, (SELECT count(*) FROM reporting_orientations x WHERE x.host_organisation_id = p.host_organisation_id AND x.place_kind = p.place_kind
                        AND x.place_status = 'occupied')::int AS occupied,
                     (SELECT count(*) FROM reporting_orientations x WHERE x.host_organisation_id = p.host_organisation_id AND x.place_kind = p.place_kind
                        AND x.place_status = 'reserved')::int AS reserved
         FROM reporting_places p WHERE ($3::text IS NULL OR p.region_code = $3)
       )
       SELECT 'target' AS dim, target_kind AS code, outcome AS col, count(*)::int AS n FROM o GROUP BY 2, 3
       UNION ALL SELECT 'refusal', coalesce(refusal_reason, 'unknown'), target_kind, count(*)::int FROM o WHERE outcome = 'refused' GROUP BY 2, 3
       UNION ALL SELECT 'host_kind', host_kind, 'occupied', sum(least(occupied, capacity))::int FROM p GROUP BY host_kind
       UNION ALL SELECT 'host_kind', host_kind, 'reserved', sum(least(reserved, greatest(capacity - occupied, 0)))::int FROM p GROUP BY host_kind
       UNION ALL SELECT 'host_kind', host_kind, 'free', sum(greatest(capacity - occupied - reserved, 0))::int FROM p GROUP BY host_kind
       UNION ALL SELECT 'region', region_code, 'occupied', sum(least(occupied, capacity))::int FROM p GROUP BY region_code
       UNION ALL SELECT 'region', region_code, 'reserved', sum(least(reserved, greatest(capacity - occupied, 0)))::int FROM p GROUP BY region_code
       UNION ALL SELECT 'region', region_code, 'free', sum(greatest(capacity - occupied - reserved, 0))::int FROM p GROUP BY region_code`,
      params,
    );
    const delays: Delay[] = await this.em.query(
      `WITH f AS MATERIALIZED (SELECT c.case_id FROM reporting_cases c WHERE ${w.sql}),
       o AS MATERIALIZED (SELECT o.* FROM reporting_orientations o JOIN f ON f.case_id = o.case_id WHERE ${requested}),
       d AS (${DELAYS})
       ${PERCENTILES}`,
      params,
    );
    return { counts, delays };
  }
}

/** An orientation's outcome: refused or cancelled, else admitted, else accepted (answered), else pending. */
const OUTCOME = `CASE WHEN o.state = 'refused' THEN 'refused' WHEN o.state = 'cancelled' THEN 'cancelled' WHEN o.admitted_at IS NOT NULL THEN 'admitted'
  WHEN o.answered_at IS NOT NULL THEN 'accepted' ELSE 'pending' END`;
/** Delays of the orientations `o` in days: request → answer (accepted or refused), request → admission. */
const DELAYS = `SELECT 'request_to_answer' AS delay, extract(epoch FROM answered_at - requested_at) / 86400 AS days FROM o WHERE answered_at IS NOT NULL
  UNION ALL SELECT 'request_to_admission', extract(epoch FROM admitted_at - requested_at) / 86400 FROM o WHERE admitted_at IS NOT NULL`;
const PERCENTILES = `SELECT delay, count(*)::int AS n, round(percentile_cont(0.5) WITHIN GROUP (ORDER BY days)::numeric, 1)::float AS median,
  round(percentile_cont(0.9) WITHIN GROUP (ORDER BY days)::numeric, 1)::float AS p90 FROM d GROUP BY delay`;
