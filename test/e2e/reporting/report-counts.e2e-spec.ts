import { randomUUID } from 'node:crypto';
import fc from 'fast-check';
import { Client } from 'pg';
import type { CaseStatisticsFacts } from '@mnio/cases';
import type { Db } from '@mnio/platform';
import type { ReportFilters } from '@mnio/reporting';
// The fast path and the projection's upsert are the context's internals: this test compares them to a recount, behind its front door.
// eslint-disable-next-line no-restricted-imports
import { caseRowValues, upsertCasesSql } from '../../../libs/reporting/src/projection/case-row';
// eslint-disable-next-line no-restricted-imports
import { ReportStore } from '../../../libs/reporting/src/queries/report-store';

/**
 * The survey and EU tables are summed from pre-aggregated counts (reporting_survey_counts, reporting_eu_counts)
 * that the database keeps from reporting_cases. After any sequence of the projection's writes (upserts of current
 * facts — a case recorded, changed, closed, reopened, moved — and deletions), they must give exactly what counting
 * the cases gives: the queries as they were before the counts (below, verbatim) are the reference.
 */

const REF_WHERE = `($2::text IS NULL OR c.territory = $2) AND ($3::text IS NULL OR c.region_code = $3) AND ($4::text IS NULL OR $4 = ANY(c.forms))
      AND ($5::boolean IS NULL OR c.minor = $5) AND ($6::uuid IS NULL OR c.owner_organisation_id = $6)`;
const REF_ACCOMPANIED = `c.owner_kind IN ('association', 'host', 'minors_centre') AND c.identification_status <> 'not_retained'`;
const REF_SURVEY = `WITH f AS MATERIALIZED (
         SELECT c.*, (${REF_ACCOMPANIED}) AS accompanied FROM reporting_cases c
         WHERE c.first_year <= $1 AND coalesce(c.last_year, 9999) >= $1 AND ${REF_WHERE}
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
       UNION ALL SELECT 'complaint', CASE WHEN complaint_filed THEN 'yes' ELSE 'no' END, 'count', count(*)::int FROM a GROUP BY 2
       UNION ALL SELECT 'unaccompanied', CASE WHEN unaccompanied_minor THEN 'unaccompanied' WHEN NOT unaccompanied_minor THEN 'with_guardian' ELSE 'unknown' END, 'count', count(*)::int FROM a WHERE minor GROUP BY 2`;
const REF_EU = `WITH f AS MATERIALIZED (SELECT c.* FROM reporting_cases c WHERE ${REF_WHERE} AND c.first_year <= $1),
       r AS MATERIALIZED (
         SELECT * FROM f WHERE identification_status IN ('presumed_victim', 'formally_identified') AND coalesce(presumed_year, identified_year) = $1
       )
       SELECT 'sex' AS dim, CASE WHEN sex IN ('female', 'male') THEN sex ELSE 'other_unknown' END AS code, identification_status AS col, count(*)::int AS n FROM r GROUP BY 2, 3
       UNION ALL SELECT 'age', CASE WHEN minor THEN 'child' ELSE 'adult' END, identification_status, count(*)::int FROM r GROUP BY 2, 3
       UNION ALL SELECT 'unaccompanied', CASE WHEN unaccompanied_minor THEN 'unaccompanied' WHEN NOT unaccompanied_minor THEN 'with_guardian' ELSE 'unknown' END,
         identification_status, count(*)::int FROM r WHERE minor GROUP BY 2, 3
       UNION ALL SELECT 'citizenship', citizenship, identification_status, count(*)::int FROM r GROUP BY 2, 3
       UNION ALL SELECT 'form', x, identification_status, count(*)::int FROM r, unnest(r.forms) x GROUP BY 2, 3
       UNION ALL SELECT 'measure', 'reflection_periods', 'count', count(*)::int FROM f WHERE $1 = ANY(reflection_years)
       UNION ALL SELECT 'measure', 'permits_issued', 'count', coalesce(sum(cardinality(array_positions(permit_issued_years, $1))), 0)::int FROM f
       UNION ALL SELECT 'measure', 'permits_renewed', 'count', coalesce(sum(cardinality(array_positions(permit_renewed_years, $1))), 0)::int FROM f
       UNION ALL SELECT 'measure', 'minors_placed', 'count', count(*)::int FROM f WHERE minor AND placed_year = $1`;

type Count = { dim: string; code: string; col: string; n: number };
const sorted = (rows: Count[]) => rows.map((r) => `${r.dim}|${r.code}|${r.col}|${r.n}`).sort();

const FORMS = ['sexual_exploitation', 'labour_exploitation', 'forced_begging'];
const OWNERS = [randomUUID(), randomUUID(), randomUUID()];
const YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026];

describe('survey and EU counts kept by the database (issue 13 §6)', () => {
  let db: Client;
  let store: ReportStore;
  beforeAll(async () => {
    db = new Client({ connectionString: process.env.DATABASE_URL });
    await db.connect();
    const em = { query: async (sql: string, params?: unknown[]) => (await db.query(sql, params)).rows };
    store = new ReportStore({ em } as unknown as Db);
  });
  afterAll(async () => {
    await db.end();
  });

  const year = fc.constantFrom(...YEARS);
  const optYear = fc.option(year, { nil: null });
  const facts = (ids: string[], region: string, territories: string[]) =>
    fc.record({
      caseId: fc.constantFrom(...ids),
      territory: fc.constantFrom(...territories),
      regionCode: fc.constant(region),
      ownerOrganisationId: fc.constantFrom(...OWNERS),
      ownerKind: fc.constantFrom('association', 'host', 'minors_centre', 'police', 'clav_cell'),
      firstYear: fc.constantFrom(2020, 2021, 2022, 2023),
      closedOffset: fc.option(fc.integer({ min: 0, max: 2 }), { nil: null }),
      sex: fc.constantFrom('female', 'male', 'other', 'unknown'),
      ageBand: fc.constantFrom('0-12', '15-17', '18-24', 'unknown'),
      minor: fc.boolean(),
      nationality: fc.constantFrom(null, 'NG', 'FR', 'RO', 'CN'),
      exploitationForms: fc.subarray(FORMS),
      exploitedInFrance: fc.boolean(),
      exploitedAbroad: fc.boolean(),
      identificationStatus: fc.constantFrom('spotted', 'presumed_victim', 'formally_identified', 'not_retained', 'lost_contact'),
      presumedYear: optYear,
      identifiedYear: optYear,
      complaintFiled: fc.boolean(),
      reflectionYears: fc.array(year, { maxLength: 3 }),
      permitIssuedYears: fc.array(year, { maxLength: 3 }),
      permitRenewedYears: fc.array(year, { maxLength: 2 }),
      placedYear: optYear,
      unaccompanied: fc.constantFrom(null, true, false),
    }).map(({ closedOffset, unaccompanied, ...f }): CaseStatisticsFacts => ({
      ...f, unaccompaniedMinor: f.minor ? unaccompanied : null, closedYear: closedOffset === null ? null : f.firstYear + closedOffset, identifiedByKind: null, childProtectionStatus: 'none',
      caseStatus: closedOffset === null ? 'active' : 'closed', recordedOn: `${f.firstYear}-03-01`, presumedOn: null, identifiedOn: null, deadlines: [],
    }));

  const compare = async (filters: ReportFilters, owner: string | null) => {
    const params = [filters.year, filters.territory ?? null, filters.region ?? null, filters.form ?? null, filters.minor ?? null, owner];
    const refSurvey: Count[] = (await db.query(REF_SURVEY, params)).rows;
    const survey = await store.surveyCounts(filters, owner);
    expect(sorted(survey.counts)).toEqual(sorted(refSurvey.filter((r) => r.dim !== 'organisations')));
    expect(survey.organisations).toBe(refSurvey.find((r) => r.dim === 'organisations')!.n);
    expect(sorted(await store.euCounts(filters, owner))).toEqual(sorted((await db.query(REF_EU, params)).rows));
  };

  it('equal a recount of the cases after any sequence of writes, with every filter', async () => {
    let run = 0;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: 1000 }), async (seed) => {
        run++;
        // Each run its own region and territories, so that the figures are exactly this run's cases.
        const region = `R${run}x${seed}`;
        const territories = [`${region}a`, `${region}b`];
        const ids = Array.from({ length: 5 }, () => randomUUID());
        const op = fc.oneof(
          { weight: 4, arbitrary: fc.uniqueArray(facts(ids, region, territories), { minLength: 1, maxLength: 3, selector: (f) => f.caseId }).map((fs) => ({ upsert: fs })) },
          { weight: 1, arbitrary: fc.constantFrom(...ids).map((id) => ({ remove: id })) },
        );
        const ops = fc.sample(fc.array(op, { minLength: 1, maxLength: 25 }), { seed, numRuns: 1 })[0];
        for (const o of ops) {
          if ('upsert' in o) await db.query(upsertCasesSql(o.upsert.length), o.upsert.flatMap(caseRowValues));
          else await db.query(`DELETE FROM reporting_cases WHERE case_id = $1`, [o.remove]);
        }
        for (const y of YEARS) {
          await compare({ year: y, region }, null);
          await compare({ year: y, territory: territories[0], form: FORMS[0] }, null);
          await compare({ year: y, region, minor: true }, OWNERS[0]);
          await compare({ year: y, region, minor: false, form: FORMS[1] }, null);
        }
        await db.query(`DELETE FROM reporting_cases WHERE region_code = $1`, [region]);
        const { rows } = await db.query(`SELECT (SELECT count(*) FROM reporting_survey_counts WHERE region_code = $1 AND n <> 0)::int + (SELECT count(*) FROM reporting_eu_counts WHERE region_code = $1 AND n <> 0)::int AS n`, [region]);
        expect(rows[0].n).toBe(0);
      }),
      { numRuns: 30 },
    );
  }, 300_000);

  it('can fail: a count changed behind the triggers is seen', async () => {
    const region = `Rfail${Date.now()}`;
    const f = fc.sample(facts([randomUUID()], region, [`${region}a`]), { seed: 1, numRuns: 1 })[0];
    await db.query(upsertCasesSql(1), caseRowValues({ ...f, firstYear: 2022, closedYear: null, ownerKind: 'association', identificationStatus: 'presumed_victim' }));
    await compare({ year: 2023, region }, null);
    const owner = new Client({ connectionString: process.env.DATABASE_OWNER_URL ?? process.env.DATABASE_URL });
    await owner.connect();
    try {
      await owner.query(`UPDATE reporting_survey_counts SET n = n + 1 WHERE region_code = $1 AND dim = 'summary'`, [region]);
      await expect(compare({ year: 2023, region }, null)).rejects.toThrow();
      // a rebuild's last step puts them right
      await owner.query(`SELECT reporting_counts_recompute()`);
      await compare({ year: 2023, region }, null);
    } finally {
      await owner.query(`DELETE FROM reporting_cases WHERE region_code = $1`, [region]);
      await owner.end();
    }
  });
});
