import { MigrationInterface, QueryRunner } from 'typeorm';

/** Accompanied, as the survey counts it (report-store.ts): followed by an association, a host or the minors' centre, not ruled out. */
export const ACCOMPANIED = `(c.owner_kind IN ('association', 'host', 'minors_centre') AND c.identification_status <> 'not_retained')`;

export const SURVEY_KEY = ['first_year', 'to_year', 'territory', 'region_code', 'owner_organisation_id', 'accompanied', 'minor', 'forms', 'dim', 'code'];
export const EU_KEY = ['year', 'territory', 'region_code', 'owner_organisation_id', 'minor', 'forms', 'status', 'dim', 'code'];

/**
 * A case's contributions to the survey's counts (`sign` = 1 for a row added, -1 for a row removed): one `summary`
 * row (forms and minor are in the key: the tables by form and by minor come from it), and for an accompanied case
 * one row per breakdown. `to_year` is the last year followed (9999 while followed).
 */
export const surveyRows = (src: string, sign: number) => `
  SELECT c.first_year, coalesce(c.last_year, 9999) AS to_year, c.territory, c.region_code, c.owner_organisation_id, ${ACCOMPANIED} AS accompanied,
         c.minor, c.forms, v.dim, v.code, ${sign} AS n
  FROM ${src} c CROSS JOIN LATERAL (VALUES ('summary', ''), ('sex', c.sex), ('age_band', c.age_band), ('nationality', coalesce(c.nationality, 'unknown')),
    ('world_region', c.world_region), ('place', c.place), ('complaint', CASE WHEN c.complaint_filed THEN 'yes' ELSE 'no' END),
    ('unaccompanied', CASE WHEN c.unaccompanied_minor THEN 'unaccompanied' WHEN NOT c.unaccompanied_minor THEN 'with_guardian' ELSE 'unknown' END)) v(dim, code)
  WHERE (v.dim = 'summary' OR ${ACCOMPANIED}) AND (v.dim <> 'unaccompanied' OR c.minor)`;

/**
 * A case's contributions to the EU / GRETA counts: registered (presumed or formally identified) in the year
 * `coalesce(presumed_year, identified_year)` — a `summary` row and its sex and citizenship — and the year's
 * measures: a reflection period granted (once per case and year), permits issued and renewed (every one), a minor
 * placed. Only years on or after the case's first year count, as the EU query's `first_year <= year` does.
 */
export const euRows = (src: string, sign: number) => `
  SELECT coalesce(c.presumed_year, c.identified_year) AS year, c.territory, c.region_code, c.owner_organisation_id, c.minor, c.forms,
         c.identification_status AS status, v.dim, v.code, ${sign} AS n
  FROM ${src} c CROSS JOIN LATERAL (VALUES ('summary', ''), ('sex', CASE WHEN c.sex IN ('female', 'male') THEN c.sex ELSE 'other_unknown' END),
    ('citizenship', c.citizenship)) v(dim, code)
  WHERE c.identification_status IN ('presumed_victim', 'formally_identified') AND coalesce(c.presumed_year, c.identified_year) >= c.first_year
  UNION ALL SELECT y, c.territory, c.region_code, c.owner_organisation_id, c.minor, c.forms, 'count', 'measure', 'reflection_periods', ${sign}
    FROM ${src} c, LATERAL (SELECT DISTINCT y FROM unnest(c.reflection_years) y) r WHERE y >= c.first_year
  UNION ALL SELECT y, c.territory, c.region_code, c.owner_organisation_id, c.minor, c.forms, 'count', 'measure', 'permits_issued', ${sign}
    FROM ${src} c, unnest(c.permit_issued_years) y WHERE y >= c.first_year
  UNION ALL SELECT y, c.territory, c.region_code, c.owner_organisation_id, c.minor, c.forms, 'count', 'measure', 'permits_renewed', ${sign}
    FROM ${src} c, unnest(c.permit_renewed_years) y WHERE y >= c.first_year
  UNION ALL SELECT c.placed_year, c.territory, c.region_code, c.owner_organisation_id, c.minor, c.forms, 'count', 'measure', 'minors_placed', ${sign}
    FROM ${src} c WHERE c.minor AND c.placed_year >= c.first_year`;

/** Adds the contributions of the rows `added` and removes those of `removed` (transition tables), in key order. */
export const applyDelta = (table: string, key: string[], rows: (src: string, sign: number) => string, added: string | null, removed: string | null) => {
  const parts = [added && rows(added, 1), removed && rows(removed, -1)].filter(Boolean).join(' UNION ALL ');
  return `INSERT INTO ${table} AS t (${key.join(', ')}, n)
    SELECT ${key.join(', ')}, sum(n) FROM (${parts}) d GROUP BY ${key.join(', ')} HAVING sum(n) <> 0 ORDER BY ${key.join(', ')}
    ON CONFLICT (${key.join(', ')}) DO UPDATE SET n = t.n + EXCLUDED.n;`;
};

const triggerFunction = (name: string, added: string | null, removed: string | null) => `
  CREATE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    ${applyDelta('reporting_survey_counts', SURVEY_KEY, surveyRows, added, removed)}
    ${applyDelta('reporting_eu_counts', EU_KEY, euRows, added, removed)}
    RETURN NULL;
  END $fn$`;

/**
 * The count rows are updated by every write of cases: `n` is in no index and pages keep room (fillfactor), so the
 * updates are HOT (pruned in the page, without index entries) and the table stays a few pages; vacuumed often.
 * A count that reaches 0 stays (the queries read `n > 0`) until a rebuild recomputes the tables.
 */
const HOT_UPDATES = 'fillfactor = 50, autovacuum_vacuum_scale_factor = 0, autovacuum_vacuum_threshold = 5000, autovacuum_analyze_scale_factor = 0.2';

/**
 * Pre-aggregated counts of the annual survey and of the EU / GRETA table (issue 13 §6), maintained from
 * `reporting_cases` by statement-level triggers in the same transaction as the case rows (whoever writes them:
 * the projection, a rebuild, a test, a benchmark's seed): each statement subtracts the old rows' contributions
 * and adds the new ones, set-based (transition tables). Keyed by every filter of the reports (years, territory,
 * region, owner organisation, minor, forms) and one breakdown (`dim`, `code`), so that a report sums a few
 * thousand rows instead of scanning every case followed in the year. Writers of `reporting_cases` are serialised
 * by a transaction-level advisory lock taken before their first row (no deadlock on the shared count rows).
 */
export class ReportingCounts1764320040000 implements MigrationInterface {
  name = 'ReportingCounts1764320040000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE reporting_survey_counts (
      first_year integer NOT NULL,
      to_year integer NOT NULL,
      territory text NOT NULL,
      region_code text NOT NULL,
      owner_organisation_id uuid NOT NULL,
      accompanied boolean NOT NULL,
      minor boolean NOT NULL,
      forms text[] NOT NULL,
      dim text NOT NULL,
      code text NOT NULL,
      n integer NOT NULL,
      UNIQUE (${SURVEY_KEY.join(', ')})
    ) WITH (${HOT_UPDATES})`);
    await q.query(`CREATE TABLE reporting_eu_counts (
      year integer NOT NULL,
      territory text NOT NULL,
      region_code text NOT NULL,
      owner_organisation_id uuid NOT NULL,
      minor boolean NOT NULL,
      forms text[] NOT NULL,
      status text NOT NULL,
      dim text NOT NULL,
      code text NOT NULL,
      n integer NOT NULL,
      UNIQUE (${EU_KEY.join(', ')})
    ) WITH (${HOT_UPDATES})`);

    await q.query(`CREATE FUNCTION reporting_counts_lock() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN PERFORM pg_advisory_xact_lock(hashtext('mnio.reporting_counts')); RETURN NULL; END $fn$`);
    await q.query(triggerFunction('reporting_counts_inserted', 'new_rows', null));
    await q.query(triggerFunction('reporting_counts_updated', 'new_rows', 'old_rows'));
    await q.query(triggerFunction('reporting_counts_deleted', null, 'old_rows'));
    await q.query(`CREATE FUNCTION reporting_counts_truncated() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN TRUNCATE reporting_survey_counts, reporting_eu_counts; RETURN NULL; END $fn$`);
    await q.query(`CREATE TRIGGER reporting_cases_counts_lock BEFORE INSERT OR UPDATE OR DELETE ON reporting_cases FOR EACH STATEMENT EXECUTE FUNCTION reporting_counts_lock()`);
    await q.query(`CREATE TRIGGER reporting_cases_counts_ins AFTER INSERT ON reporting_cases REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION reporting_counts_inserted()`);
    await q.query(`CREATE TRIGGER reporting_cases_counts_upd AFTER UPDATE ON reporting_cases REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
      FOR EACH STATEMENT EXECUTE FUNCTION reporting_counts_updated()`);
    await q.query(`CREATE TRIGGER reporting_cases_counts_del AFTER DELETE ON reporting_cases REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION reporting_counts_deleted()`);
    await q.query(`CREATE TRIGGER reporting_cases_counts_trunc AFTER TRUNCATE ON reporting_cases FOR EACH STATEMENT EXECUTE FUNCTION reporting_counts_truncated()`);
    // Recomputes both from every case (a rebuild ends with it; so does this migration, for the cases already projected).
    await q.query(`CREATE FUNCTION reporting_counts_recompute() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('mnio.reporting_counts'));
        DELETE FROM reporting_survey_counts;
        DELETE FROM reporting_eu_counts;
        ${applyDelta('reporting_survey_counts', SURVEY_KEY, surveyRows, 'reporting_cases', null)}
        ${applyDelta('reporting_eu_counts', EU_KEY, euRows, 'reporting_cases', null)}
      END $fn$`);
    await q.query(`SELECT reporting_counts_recompute()`);

    // A cell's activity: its cases' days from the index alone, the orientations and decisions of a period by their time.
    await q.query(`CREATE INDEX reporting_cases_activity_idx ON reporting_cases (territory) INCLUDE (case_id, recorded_on, presumed_on, identified_on)`);
    await q.query(`CREATE INDEX reporting_orientations_requested_idx ON reporting_orientations (requested_at)`);
    await q.query(`CREATE INDEX reporting_decisions_decided_idx ON reporting_decisions (decided_at)`);

    // Idempotency rows are pruned by age (the projection, at most once an hour): a BRIN index finds the old ones.
    await q.query(`CREATE INDEX reporting_applied_at_idx ON reporting_applied USING brin (applied_at)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX reporting_applied_at_idx`);
    for (const i of ['reporting_cases_activity_idx', 'reporting_orientations_requested_idx', 'reporting_decisions_decided_idx']) await q.query(`DROP INDEX ${i}`);
    for (const t of ['counts_lock', 'counts_ins', 'counts_upd', 'counts_del', 'counts_trunc']) await q.query(`DROP TRIGGER reporting_cases_${t} ON reporting_cases`);
    for (const f of ['lock', 'inserted', 'updated', 'deleted', 'truncated', 'recompute']) await q.query(`DROP FUNCTION reporting_counts_${f}()`);
    await q.query(`DROP TABLE reporting_eu_counts`);
    await q.query(`DROP TABLE reporting_survey_counts`);
  }
}
