import { AGE_BANDS, EXPLOITATION_FORMS, SEXES } from '@mnio/cases';
import { WORLD_REGIONS } from './geography';
import { buildTable, DimCount, Figure, ReportTable, topCodes } from './tables';

export const REPORTS = ['survey', 'eu', 'activity'] as const;
export type ReportKind = (typeof REPORTS)[number];

/** Who the figures are for: the whole country (by filter a region or a territory), one territory (a cell), one organisation. */
export type ReportScope = { scope: 'national' } | { scope: 'territory'; territory: string } | { scope: 'organisation'; organisationId: string };

export interface ReportFilters {
  year: number;
  territory?: string;
  region?: string;
  form?: string;
  minor?: boolean;
}

export interface Freshness {
  /** Time of the last event applied to the read model (the event's own time), or null before any. */
  lastEventAt: string | null;
  /** When the projection last applied an event, or null. */
  lastAppliedAt: string | null;
  rebuiltAt: string | null;
}

export interface Report {
  report: ReportKind;
  scope: ReportScope['scope'];
  filters: ReportFilters;
  /** The suppression threshold applied (0: none, an organisation's own figures). */
  threshold: number;
  publication: boolean;
  freshness: Freshness;
  /** Organisations whose cases are counted (a count of organisations, not of persons). */
  contributingOrganisations: number | null;
  tables: ReportTable[];
}

const YES_NO = ['yes', 'no'];
const PLACES = ['france', 'abroad', 'both', 'unknown'];

/** The annual survey: spotted vs accompanied by form; the accompanied by sex, age, minor, nationality, region, place, complaint. */
export function buildSurvey(counts: DimCount[], k: number): ReportTable[] {
  const one = (key: string, dim: string, rowOrder?: readonly string[], data = counts) => buildTable(`survey.${key}`, dim, ['count'], data, { k, additive: true, rowOrder });
  return [
    buildTable('survey.summary', 'summary', ['count'], counts, { k, additive: false, rowOrder: ['spotted', 'accompanied'], keepEmptyRows: true }),
    buildTable('survey.by_form', 'form', ['spotted', 'accompanied'], counts, { k, additive: false, rowOrder: EXPLOITATION_FORMS }),
    one('by_sex', 'sex', SEXES),
    one('by_age', 'age_band', AGE_BANDS),
    one('by_minor', 'minor', ['minor', 'adult']),
    one('by_nationality', 'nationality', undefined, topCodes(counts, 'nationality', 10)),
    one('by_world_region', 'world_region', WORLD_REGIONS),
    one('by_place', 'place', PLACES),
    one('by_complaint', 'complaint', YES_NO),
  ].map((t) => (t.key === 'survey.by_nationality' ? orderOtherLast(t) : t));
}

/** EU / GRETA: registered victims (formally identified + presumed) by sex, age, citizenship, form; measures of the year. */
export function buildEu(counts: DimCount[], k: number): ReportTable[] {
  const statuses = ['formally_identified', 'presumed_victim'];
  const two = (key: string, dim: string, rowOrder: readonly string[]) => buildTable(`eu.${key}`, dim, statuses, counts, { k, additive: true, rowOrder });
  return [
    two('by_sex', 'sex', ['female', 'male', 'other_unknown']),
    two('by_age', 'age', ['child', 'adult']),
    two('by_citizenship', 'citizenship', ['france', 'other_eu', 'non_eu', 'unknown']),
    buildTable('eu.by_form', 'form', statuses, counts, { k, additive: false, rowOrder: EXPLOITATION_FORMS }),
    buildTable('eu.measures', 'measure', ['count'], counts, {
      k, additive: false, rowOrder: ['reflection_periods', 'permits_issued', 'permits_renewed', 'minors_placed'], keepEmptyRows: true,
    }),
  ];
}

function orderOtherLast(t: ReportTable): ReportTable {
  const rank = (code: string) => (code === 'other' ? 1 : code === 'unknown' ? 2 : 0);
  const value = (r: ReportTable['rows'][number]) => r.total?.value ?? -1;
  return { ...t, rows: [...t.rows].sort((a, b) => rank(a.code) - rank(b.code) || value(b) - value(a) || a.code.localeCompare(b.code)) };
}

export const ORIENTATION_OUTCOMES = ['pending', 'accepted', 'admitted', 'refused', 'cancelled'] as const;
const TARGETS = ['acse', 'dna', 'minors_centre', 'uaped', 'crp', 'psp', 'prefecture', 'parquet', 'general'];

/**
 * Activity of a territory (a cell) or of the country over a year: cases, orientations by target and outcome,
 * delays. A delay's median and 90th percentile are published only over at least k orientations.
 */
export function buildActivity(counts: DimCount[], delays: { delay: string; n: number; median: number; p90: number }[], k: number): ReportTable[] {
  const hide = (n: number) => k > 1 && n < k;
  const fig = (v: number, suppressed: boolean): Figure => (suppressed ? { value: null, suppressed: true } : { value: v, suppressed: false });
  const delayRows = ['request_to_answer', 'request_to_admission'].map((code) => {
    const d = delays.find((x) => x.delay === code) ?? { n: 0, median: 0, p90: 0 };
    const small = d.n > 0 && hide(d.n);
    // no orientation: no delay to state (null, not suppressed); fewer than k: suppressed
    const delay = (v: number): Figure => (d.n === 0 ? { value: null, suppressed: false } : fig(v, small));
    return { code, cells: [fig(d.n, small), delay(d.median), delay(d.p90)], total: null };
  });
  return [
    buildTable('activity.cases', 'activity', ['count'], counts, { k, additive: false, rowOrder: ['followed', 'received', 'presumed', 'formally_identified'], keepEmptyRows: true }),
    buildTable('activity.orientations', 'target', [...ORIENTATION_OUTCOMES], counts, { k, additive: true, rowOrder: TARGETS }),
    { key: 'activity.delays', rowDimension: 'delay', columns: ['orientations', 'median_days', 'p90_days'], additive: false, rows: delayRows, totals: null },
  ];
}
