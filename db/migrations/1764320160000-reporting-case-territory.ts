import { MigrationInterface, QueryRunner } from 'typeorm';
import { applyDelta, EU_KEY, euRows as euRowsBefore, SURVEY_KEY, surveyRows } from './1764320040000-reporting-counts';

/** The session setting a rebuild sets (`SET LOCAL`) on its pages: their counts are recomputed at its end. */
export const COUNTS_DEFERRED = 'mnio.reporting_counts_deferred';
const deferred = `current_setting('${COUNTS_DEFERRED}', true) = 'on'`;

/**
 * The EU / GRETA contributions of migration …40000 plus, for a registered minor, whether unaccompanied
 * (`unaccompanied`: `unaccompanied` / `with_guardian` / `unknown`), as the survey has it: GRETA asks for them.
 */
const euRows = (src: string, sign: number) => `
  SELECT coalesce(c.presumed_year, c.identified_year) AS year, c.territory, c.region_code, c.owner_organisation_id, c.minor, c.forms,
         c.identification_status AS status, 'unaccompanied' AS dim,
         CASE WHEN c.unaccompanied_minor THEN 'unaccompanied' WHEN NOT c.unaccompanied_minor THEN 'with_guardian' ELSE 'unknown' END AS code, ${sign} AS n
  FROM ${src} c
  WHERE c.minor AND c.identification_status IN ('presumed_victim', 'formally_identified') AND coalesce(c.presumed_year, c.identified_year) >= c.first_year
  UNION ALL ${euRowsBefore(src, sign)}`;

/** The orientations of the cases written take their case's current territory (a transfer moves them; one written before its case gets it). */
const followCases = `UPDATE reporting_orientations o SET case_territory = n.territory FROM new_rows n
    WHERE o.case_id = n.case_id AND o.case_territory IS DISTINCT FROM n.territory;`;

const triggerFunction = (name: string, added: string | null, removed: string | null) => `
  CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
  BEGIN
    ${added ? followCases : ''}
    IF ${deferred} THEN RETURN NULL; END IF;
    ${applyDelta('reporting_survey_counts', SURVEY_KEY, surveyRows, added, removed)}
    ${applyDelta('reporting_eu_counts', EU_KEY, euRows, added, removed)}
    RETURN NULL;
  END $fn$`;

/**
 * Issue 13 §6, performance.
 * - **A cell's activity without the national join**: an orientation row carries its case's **current** territory
 *   (`case_territory`), so that a cell's orientations of a period are read from an index (next migration) instead of
 *   joining every orientation of the period in the country to the cell's cases. The triggers on `reporting_cases`
 *   keep it (a transfer moves the case's orientations; an orientation written before its case row gets it when the
 *   case row is written); the projection sets it on every orientation it writes. Backfilled here.
 * - **A rebuild without the counts per page**: with `mnio.reporting_counts_deferred` = on (a rebuild's page
 *   transaction, `SET LOCAL`), writing case rows neither takes the counts' lock nor updates the counts tables; the
 *   rebuild recomputes them from every case at its end (`reporting_counts_recompute()`, under the lock), which also
 *   repairs what a projection write in between did on top of the rows written without counts.
 * - **The EU / GRETA unaccompanied minors**: the EU counts get a breakdown `unaccompanied` of the registered minors
 *   (the counts recomputed here; the previous release's queries read other breakdowns only).
 * Expand-only: a nullable column, functions replaced (same signatures, same triggers).
 */
export class ReportingCaseTerritory1764320160000 implements MigrationInterface {
  name = 'ReportingCaseTerritory1764320160000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE reporting_orientations ADD COLUMN case_territory text`);
    await q.query(`CREATE OR REPLACE FUNCTION reporting_counts_lock() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN
        IF ${deferred} THEN RETURN NULL; END IF;
        PERFORM pg_advisory_xact_lock(hashtext('mnio.reporting_counts')); RETURN NULL;
      END $fn$`);
    await q.query(triggerFunction('reporting_counts_inserted', 'new_rows', null));
    await q.query(triggerFunction('reporting_counts_updated', 'new_rows', 'old_rows'));
    await q.query(triggerFunction('reporting_counts_deleted', null, 'old_rows'));
    await q.query(`CREATE OR REPLACE FUNCTION reporting_counts_recompute() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('mnio.reporting_counts'));
        DELETE FROM reporting_survey_counts;
        DELETE FROM reporting_eu_counts;
        ${applyDelta('reporting_survey_counts', SURVEY_KEY, surveyRows, 'reporting_cases', null)}
        ${applyDelta('reporting_eu_counts', EU_KEY, euRows, 'reporting_cases', null)}
      END $fn$`);
    await q.query(`SELECT reporting_counts_recompute()`);
    await q.query(`UPDATE reporting_orientations o SET case_territory = c.territory FROM reporting_cases c
      WHERE o.case_id = c.case_id AND o.case_territory IS DISTINCT FROM c.territory`);
  }

  async down(q: QueryRunner): Promise<void> {
    // The functions as migration …40000 made them.
    await q.query(`CREATE OR REPLACE FUNCTION reporting_counts_lock() RETURNS trigger LANGUAGE plpgsql AS $fn$
      BEGIN PERFORM pg_advisory_xact_lock(hashtext('mnio.reporting_counts')); RETURN NULL; END $fn$`);
    await q.query(`CREATE OR REPLACE FUNCTION reporting_counts_recompute() RETURNS void LANGUAGE plpgsql AS $fn$
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtext('mnio.reporting_counts'));
        DELETE FROM reporting_survey_counts;
        DELETE FROM reporting_eu_counts;
        ${applyDelta('reporting_survey_counts', SURVEY_KEY, surveyRows, 'reporting_cases', null)}
        ${applyDelta('reporting_eu_counts', EU_KEY, euRowsBefore, 'reporting_cases', null)}
      END $fn$`);
    for (const [name, added, removed] of [['reporting_counts_inserted', 'new_rows', null], ['reporting_counts_updated', 'new_rows', 'old_rows'], ['reporting_counts_deleted', null, 'old_rows']] as const) {
      await q.query(`CREATE OR REPLACE FUNCTION ${name}() RETURNS trigger LANGUAGE plpgsql AS $fn$
        BEGIN
          ${applyDelta('reporting_survey_counts', SURVEY_KEY, surveyRows, added, removed)}
          ${applyDelta('reporting_eu_counts', EU_KEY, euRowsBefore, added, removed)}
          RETURN NULL;
        END $fn$`);
    }
    await q.query(`SELECT reporting_counts_recompute()`);
    await q.query(`ALTER TABLE reporting_orientations DROP COLUMN case_territory`);
  }
}
