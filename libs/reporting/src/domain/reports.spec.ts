import { citizenshipOf, placeOf, worldRegionOf } from './geography';
import { buildActivity, buildCapacity, buildEu, buildSurvey, periodOf, previousPeriod } from './reports';
import { buildTable, DimCount, topCodes } from './tables';
import { withLabels } from '../exports/labels-fr';
import { AGE_BANDS, EXPLOITATION_FORMS, SEXES } from '@mnio/cases';
import { DEADLINE_KINDS, DECISION_TYPES, HOST_KINDS, REFUSAL_REASONS, UNACCOMPANIED } from './reports';

const c = (dim: string, code: string, col: string, n: number): DimCount => ({ dim, code, col, n });

describe('table builders', () => {
  it('builds an additive table with its totals, suppressing a small cell and what would give it away', () => {
    const t = buildTable('t', 'sex', ['count'], [c('sex', 'female', 'count', 20), c('sex', 'male', 'count', 2), c('sex', 'unknown', 'count', 7)], {
      k: 5, additive: true, rowOrder: ['female', 'male', 'other', 'unknown'],
    });
    expect(t.rows.map((r) => r.code)).toEqual(['female', 'male', 'unknown']);
    expect(t.rows[1].cells[0]).toEqual({ value: null, suppressed: true });
    // 29 − 20 − ? must not give 2: the smallest other cell (7) is suppressed too
    expect(t.rows[2].cells[0]).toEqual({ value: null, suppressed: true });
    expect(t.rows[0].cells[0]).toEqual({ value: 20, suppressed: false });
    expect(t.totals!.cells[0]).toEqual({ value: 29, suppressed: false });
  });

  it('publishes every figure when k is 0 (an organisation’s own figures)', () => {
    const t = buildTable('t', 'sex', ['count'], [c('sex', 'female', 'count', 1), c('sex', 'male', 'count', 2)], { k: 0, additive: true });
    expect(t.rows.map((r) => r.cells[0].value)).toEqual([1, 2]);
    expect(t.totals!.total).toEqual({ value: 3, suppressed: false });
  });

  it('suppresses only small cells where a case may count in several rows (no margins)', () => {
    const t = buildTable('t', 'form', ['spotted', 'accompanied'], [c('form', 'a', 'spotted', 9), c('form', 'a', 'accompanied', 3), c('form', 'b', 'spotted', 0)], {
      k: 5, additive: false,
    });
    expect(t.totals).toBeNull();
    expect(t.rows[0].cells).toEqual([{ value: 9, suppressed: false }, { value: null, suppressed: true }]);
    expect(t.rows[1].cells).toEqual([{ value: 0, suppressed: false }, { value: 0, suppressed: false }]);
  });

  it('keeps the ten most frequent nationalities and sums the others as « other »', () => {
    const counts = ['NG', 'RO', 'CN', 'AL', 'BR', 'CI', 'CM', 'MA', 'DZ', 'TN', 'UA', 'VN'].map((code, i) => c('nationality', code, 'count', 20 - i));
    const kept = topCodes([...counts, c('nationality', 'unknown', 'count', 4)], 'nationality', 10);
    expect(new Set(kept.map((k) => k.code))).toEqual(new Set(['NG', 'RO', 'CN', 'AL', 'BR', 'CI', 'CM', 'MA', 'DZ', 'TN', 'other', 'unknown']));
    const survey = buildSurvey([...kept, c('summary', 'spotted', 'count', 200)], 5);
    const nat = survey.find((t) => t.key === 'survey.by_nationality')!;
    expect(nat.rows.slice(-2).map((r) => r.code)).toEqual(['other', 'unknown']);
    expect(nat.rows.find((r) => r.code === 'other')!.cells[0].value).toBe(10 + 9);
  });

  it('builds the survey and EU tables with their fixed rows', () => {
    const survey = buildSurvey([c('summary', 'spotted', 'count', 12)], 5);
    expect(survey.map((t) => t.key)).toEqual([
      'survey.summary', 'survey.by_form', 'survey.by_sex', 'survey.by_age', 'survey.by_minor', 'survey.by_unaccompanied', 'survey.by_nationality', 'survey.by_world_region', 'survey.by_place',
      'survey.by_complaint',
    ]);
    expect(survey[0].rows.map((r) => [r.code, r.cells[0].value])).toEqual([['spotted', 12], ['accompanied', 0]]);
    const eu = buildEu([c('sex', 'female', 'presumed_victim', 6), c('sex', 'female', 'formally_identified', 5), c('measure', 'permits_issued', 'count', 2)], 5);
    const sex = eu.find((t) => t.key === 'eu.by_sex')!;
    expect(sex.columns).toEqual(['formally_identified', 'presumed_victim']);
    expect(sex.rows[0].total).toEqual({ value: 11, suppressed: false });
    const measures = eu.find((t) => t.key === 'eu.measures')!;
    expect(measures.rows.map((r) => r.code)).toEqual(['reflection_periods', 'permits_issued', 'permits_renewed', 'minors_placed']);
    expect(measures.rows[1].cells[0]).toEqual({ value: null, suppressed: true });
  });
});

describe('activity', () => {
  it('counts orientations by target and outcome, and publishes a delay only over k orientations or more', () => {
    const tables = buildActivity(
      [c('activity', 'received', 'count', 12), c('target', 'acse', 'admitted', 6), c('target', 'acse', 'refused', 6), c('target', 'dna', 'pending', 5)],
      [{ delay: 'request_to_answer', n: 12, median: 3.5, p90: 9 }, { delay: 'request_to_admission', n: 3, median: 20, p90: 30 }],
      5,
    );
    const orientations = tables.find((t) => t.key === 'activity.orientations')!;
    expect(orientations.columns).toEqual(['pending', 'accepted', 'admitted', 'refused', 'cancelled']);
    expect(orientations.rows.map((r) => r.code)).toEqual(['acse', 'dna']);
    expect(orientations.totals!.total).toEqual({ value: 17, suppressed: false });
    const delays = tables.find((t) => t.key === 'activity.delays')!;
    expect(delays.rows.map((r) => r.code)).toEqual(['spotting_to_presumed', 'request_to_answer', 'request_to_admission']);
    expect(delays.rows[1].cells.map((f) => f.value)).toEqual([12, 3.5, 9]);
    expect(delays.rows[2].cells.every((f) => f.suppressed && f.value === null)).toBe(true);
    const none = buildActivity([], [], 5).find((t) => t.key === 'activity.delays')!;
    expect(none.rows[0].cells).toEqual([{ value: 0, suppressed: false }, { value: null, suppressed: false }, { value: null, suppressed: false }]);
  });

  it('counts the cell’s decisions by type and the refusals by reason with their totals, and the deadlines due and overdue', () => {
    const tables = buildActivity(
      [c('decision', 'review_done', 'count', 7), c('decision', 'close', 'count', 2), c('refusal', 'no_place', 'count', 6), c('refusal', 'no_danger', 'count', 1),
        c('deadline', 'cell_review', 'due', 9), c('deadline', 'cell_review', 'overdue', 3)],
      [],
      5,
    );
    const decisions = tables.find((t) => t.key === 'activity.decisions')!;
    // 2 closures: suppressed, and so is review_done (or 9 − 7 would give it away); the total is published
    expect(decisions.rows.map((r) => [r.code, r.cells[0].suppressed])).toEqual([['review_done', true], ['close', true]]);
    expect(decisions.totals!.cells[0]).toEqual({ value: 9, suppressed: false });
    const refusals = tables.find((t) => t.key === 'activity.refusals')!;
    expect(refusals.rows.map((r) => r.code)).toEqual(['no_place', 'no_danger']);
    expect(refusals.rows.every((r) => r.cells[0].suppressed)).toBe(true);
    const deadlines = tables.find((t) => t.key === 'activity.deadlines')!;
    expect(deadlines.columns).toEqual(['due', 'overdue']);
    expect(deadlines.rows[0].cells).toEqual([{ value: 9, suppressed: false }, { value: null, suppressed: true }]);
  });
});

describe('capacity', () => {
  it('protects the places together with their total (occupied + reserved + free = offered)', () => {
    const tables = buildCapacity(
      [c('host_kind', 'acse', 'occupied', 2), c('host_kind', 'acse', 'reserved', 0), c('host_kind', 'acse', 'free', 10),
        c('target', 'acse', 'admitted', 6), c('target', 'acse', 'refused', 6), c('refusal', 'no_place', 'acse', 6)],
      [{ delay: 'request_to_admission', n: 6, median: 12, p90: 30 }],
      5,
    );
    const kinds = tables.find((t) => t.key === 'capacity.places_by_kind')!;
    const acse = kinds.rows.find((r) => r.code === 'acse')!;
    // 2 occupied: suppressed, and so is a partner on its row, or 12 − 0 − 10 would give it away
    expect(acse.cells[0].suppressed).toBe(true);
    expect(acse.cells.filter((f) => f.suppressed).length).toBeGreaterThanOrEqual(2);
    expect(tables.find((t) => t.key === 'capacity.requests')!.totals!.total).toEqual({ value: 12, suppressed: false });
    expect(tables.find((t) => t.key === 'capacity.waiting')!.rows[1].cells.map((f) => f.value)).toEqual([6, 12, 30]);
  });
});

describe('a release protected as a whole', () => {
  it('the survey: 3 children of 0–12 cannot be recomputed from 13 minors = 3 + 0 + 10 (age groups and minors protected together)', () => {
    const counts = [c('summary', 'accompanied', 'count', 35), c('age_band', '0-12', 'count', 3), c('age_band', '15-17', 'count', 10),
      c('age_band', '18-24', 'count', 2), c('age_band', '25-34', 'count', 20), c('minor', 'minor', 'count', 13), c('minor', 'adult', 'count', 22)];
    const tables = buildSurvey(counts, 5);
    const age = tables.find((t) => t.key === 'survey.by_age')!;
    const minor = tables.find((t) => t.key === 'survey.by_minor')!;
    expect(age.rows.find((r) => r.code === '0-12')!.cells[0].suppressed).toBe(true);
    // the minors' count and the other minor age group are not both published
    const minors = minor.rows.find((r) => r.code === 'minor')!.cells[0];
    const teens = age.rows.find((r) => r.code === '15-17')!.cells[0];
    expect(minors.suppressed || teens.suppressed).toBe(true);
    // the accompanied total is the same figure in every table: published in all or in none
    expect(new Set(tables.filter((t) => t.totals && t.key !== 'survey.by_form' && t.key !== 'survey.by_unaccompanied').map((t) => t.totals!.total.suppressed)).size).toBe(1);
  });
});

describe('periods', () => {
  it('compares a year with the previous year, and any other period with the same number of days just before', () => {
    expect(periodOf({ year: 2026 })).toEqual({ from: '2026-01-01', to: '2026-12-31' });
    expect(previousPeriod({ from: '2024-01-01', to: '2024-12-31' })).toEqual({ from: '2023-01-01', to: '2023-12-31' });
    expect(previousPeriod({ from: '2026-03-01', to: '2026-03-31' })).toEqual({ from: '2026-01-29', to: '2026-02-28' });
    expect(previousPeriod({ from: '2026-07-01', to: '2026-07-01' })).toEqual({ from: '2026-06-30', to: '2026-06-30' });
  });
});

describe('geography', () => {
  it.each([
    ['FR', 'france', 'france'], ['RO', 'european_union', 'other_eu'], ['AL', 'europe_other', 'non_eu'], ['NG', 'sub_saharan_africa', 'non_eu'],
    ['MA', 'north_africa', 'non_eu'], ['BR', 'americas', 'non_eu'], ['SY', 'middle_east', 'non_eu'], ['CN', 'asia', 'non_eu'], [null, 'unknown', 'unknown'],
  ])('%s is in %s, citizenship %s', (code, region, citizenship) => {
    expect(worldRegionOf(code)).toBe(region);
    expect(citizenshipOf(code)).toBe(citizenship);
  });

  it('places the exploitation in France, abroad only, or both', () => {
    expect([placeOf(true, false), placeOf(false, true), placeOf(true, true), placeOf(false, false)]).toEqual(['france', 'abroad', 'both', 'unknown']);
  });
});

describe('the French words served with each table (one source for the pages and the files)', () => {
  it('labels every table, dimension, column and row code of every report: no raw code reaches a page', () => {
    const all = (dim: string, codes: readonly string[], cols: string[]) => codes.flatMap((code) => cols.map((col) => c(dim, code, col, 7)));
    const counts = [
      ...all('summary', ['spotted', 'accompanied'], ['count']), ...all('form', EXPLOITATION_FORMS, ['spotted', 'accompanied', 'formally_identified', 'presumed_victim']),
      ...all('sex', [...SEXES, 'other_unknown'], ['count', 'formally_identified', 'presumed_victim']), ...all('age_band', AGE_BANDS, ['count']),
      ...all('minor', ['minor', 'adult'], ['count']), ...all('unaccompanied', UNACCOMPANIED, ['count', 'formally_identified', 'presumed_victim']), ...all('nationality', ['FR', 'NG', 'unknown'], ['count']),
      ...all('world_region', ['france', 'sub_saharan_africa', 'unknown'], ['count']), ...all('place', ['france', 'abroad', 'both', 'unknown'], ['count']),
      ...all('complaint', ['yes', 'no'], ['count']), ...all('age', ['child', 'adult'], ['formally_identified', 'presumed_victim']),
      ...all('citizenship', ['france', 'other_eu', 'non_eu', 'unknown'], ['formally_identified', 'presumed_victim']),
      ...all('activity', ['received', 'reviewed', 'presumed', 'formally_identified'], ['count']), ...all('decision', DECISION_TYPES, ['count']),
      ...all('target', ['acse', 'dna', 'minors_centre', 'uaped', 'crp', 'psp', 'prefecture', 'parquet', 'general'], ['pending', 'accepted', 'admitted', 'refused', 'cancelled']),
      ...all('refusal', REFUSAL_REASONS, ['count', 'acse', 'dna', 'minors_centre']), ...all('deadline', DEADLINE_KINDS, ['due', 'overdue']),
      ...all('host_kind', HOST_KINDS, ['occupied', 'reserved', 'free']), ...all('region', ['11', '84', 'unknown'], ['occupied', 'reserved', 'free']),
    ];
    const tables = [...buildSurvey(counts, 5), ...buildEu(counts, 5), ...buildActivity(counts, [], 5), ...buildCapacity(counts, [], 5)].map(withLabels);
    for (const t of tables) {
      const l = t.labels!;
      expect(l.title).not.toBe(t.key);
      expect(l.dimension).not.toBe(t.rowDimension);
      t.columns.forEach((col, j) => expect([col, l.columns[j]]).not.toEqual([col, col]));
      t.rows.forEach((r, i) => expect([t.key, r.code, l.rows[i]]).not.toEqual([t.key, r.code, r.code]));
      expect(l.rows).toHaveLength(t.rows.length);
    }
    const un = tables.find((t) => t.key === 'survey.by_unaccompanied')!;
    expect(un.labels!.rows).toEqual(['Mineur non accompagné', 'Mineur avec un parent ou un représentant légal', 'Non renseigné']);
    const eu = tables.find((t) => t.key === 'eu.by_unaccompanied')!;
    expect([eu.labels!.title, eu.labels!.rows]).toEqual(['Victimes enregistrées mineures : mineurs non accompagnés', un.labels!.rows]);
  });
});
