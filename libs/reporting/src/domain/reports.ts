import { AGE_BANDS, EXPLOITATION_FORMS, SEXES } from '@mnio/cases';
import { WORLD_REGIONS } from './geography';
import { buildTable, DimCount, Figure, Link, protectRelease, ReportTable, topCodes } from './tables';

export const REPORTS = ['survey', 'eu', 'activity', 'capacity'] as const;
export type ReportKind = (typeof REPORTS)[number];

/** Who the figures are for: the whole country (by filter a region or a territory), one territory (a cell), one organisation. */
export type ReportScope = { scope: 'national' } | { scope: 'territory'; territory: string } | { scope: 'organisation'; organisationId: string };

export interface ReportFilters {
  /** Calendar year of the survey and the EU tables; the default period of the others. */
  year: number;
  /** Period of the activity and capacity tables (days in France, inclusive); default: the year. */
  from?: string;
  to?: string;
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
  /** The period counted (activity, capacity): days in France, inclusive; null for a calendar-year report. */
  period: Period | null;
  /** The same tables over the previous period of the same length (activity, capacity), for the comparison. */
  previous: { period: Period; tables: ReportTable[] } | null;
}

export interface Period {
  from: string;
  to: string;
}

const DAY = 86_400_000;
const day = (s: string) => Date.parse(`${s}T00:00:00Z`);
const iso = (t: number) => new Date(t).toISOString().slice(0, 10);

/** The period of the filters: from/to when given, else the calendar year. */
export function periodOf(f: Pick<ReportFilters, 'year' | 'from' | 'to'>): Period {
  return { from: f.from ?? `${f.year}-01-01`, to: f.to ?? `${f.year}-12-31` };
}

/** The period of the same length just before (a calendar year's previous is the previous calendar year). */
export function previousPeriod(p: Period): Period {
  const from = day(p.from);
  const to = day(p.to);
  const [fy, fm, fd] = p.from.split('-');
  const [ty, tm, td] = p.to.split('-');
  if (fm === '01' && fd === '01' && tm === '12' && td === '31' && fy === ty) return { from: `${Number(fy) - 1}-01-01`, to: `${Number(fy) - 1}-12-31` };
  const length = Math.round((to - from) / DAY) + 1;
  return { from: iso(from - length * DAY), to: iso(from - DAY) };
}

const YES_NO = ['yes', 'no'];
const PLACES = ['france', 'abroad', 'both', 'unknown'];

/** The annual survey: spotted vs accompanied by form; the accompanied by sex, age, minor, nationality, region, place, complaint. */
export function buildSurvey(counts: DimCount[], k: number): ReportTable[] {
  const raw = buildSurveyTables(counts);
  // French nationals are the world region « France » (FR is its only country): one figure, when FR is a row of its own (top 10)
  const french = raw.find((t) => t.key === 'survey.by_nationality')!.rows.some((r) => r.code === 'FR');
  // one release: every breakdown of the accompanied counts the same persons, and the minor age groups are the minors
  const breakdowns = ['by_sex', 'by_age', 'by_minor', 'by_nationality', 'by_world_region', 'by_place', 'by_complaint'];
  // the minors, unaccompanied or not, are the minors of by_minor
  const links: Link[] = [
    ...breakdowns.map((b) => ({ left: [['survey.summary', 'accompanied', 'count']], right: [[`survey.${b}`, 'total', 'count']] }) as Link),
    { left: MINOR_AGE_BANDS.map((band) => ['survey.by_age', band, 'count']), right: [['survey.by_minor', 'minor', 'count']] },
    { left: [['survey.by_unaccompanied', 'total', 'count']], right: [['survey.by_minor', 'minor', 'count']] },
    ...(french ? [{ left: [['survey.by_nationality', 'FR', 'count']], right: [['survey.by_world_region', 'france', 'count']] } as Link] : []),
  ];
  return protectRelease(raw, links, k);
}

const MINOR_AGE_BANDS = ['0-12', '13-14', '15-17'];
/** The accompanied minors: unaccompanied (« mineurs non accompagnés »), with a parent or legal guardian, not recorded. */
export const UNACCOMPANIED = ['unaccompanied', 'with_guardian', 'unknown'];

function buildSurveyTables(counts: DimCount[]): ReportTable[] {
  const k = 0;
  const one = (key: string, dim: string, rowOrder?: readonly string[], data = counts) => buildTable(`survey.${key}`, dim, ['count'], data, { k, additive: true, rowOrder });
  return [
    buildTable('survey.summary', 'summary', ['count'], counts, { k, additive: false, rowOrder: ['spotted', 'accompanied'], keepEmptyRows: true }),
    buildTable('survey.by_form', 'form', ['spotted', 'accompanied'], counts, { k, additive: false, rowOrder: EXPLOITATION_FORMS }),
    one('by_sex', 'sex', SEXES),
    one('by_age', 'age_band', AGE_BANDS),
    one('by_minor', 'minor', ['minor', 'adult']),
    one('by_unaccompanied', 'unaccompanied', UNACCOMPANIED),
    one('by_nationality', 'nationality', undefined, topCodes(counts, 'nationality', 10)),
    one('by_world_region', 'world_region', WORLD_REGIONS),
    one('by_place', 'place', PLACES),
    one('by_complaint', 'complaint', YES_NO),
  ].map((t) => (t.key === 'survey.by_nationality' ? orderOtherLast(t) : t));
}

/** EU / GRETA: registered victims (formally identified + presumed) by sex, age, citizenship, form; measures of the year. */
export function buildEu(counts: DimCount[], k: number): ReportTable[] {
  // one release: by sex, by age and by citizenship count the same registered victims (same column totals)
  // the registered minors, unaccompanied or not, are the children of by_age
  const links: Link[] = [
    ...['eu.by_age', 'eu.by_citizenship'].flatMap((key) =>
      ['formally_identified', 'presumed_victim', 'total'].map((col) => ({ left: [['eu.by_sex', 'total', col]], right: [[key, 'total', col]] }) as Link),
    ),
    ...['formally_identified', 'presumed_victim', 'total'].map((col) => ({ left: [['eu.by_unaccompanied', 'total', col]], right: [['eu.by_age', 'child', col]] }) as Link),
  ];
  return protectRelease(buildEuTables(counts, 0), links, k);
}

function buildEuTables(counts: DimCount[], k: number): ReportTable[] {
  const statuses = ['formally_identified', 'presumed_victim'];
  const two = (key: string, dim: string, rowOrder: readonly string[]) => buildTable(`eu.${key}`, dim, statuses, counts, { k, additive: true, rowOrder });
  return [
    two('by_sex', 'sex', ['female', 'male', 'other_unknown']),
    two('by_age', 'age', ['child', 'adult']),
    two('by_unaccompanied', 'unaccompanied', UNACCOMPANIED),
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
export const DECISION_TYPES = ['review_done', 'orientation_to_request', 'referral_parquet', 'referral_prefecture', 'follow_up', 'close'];
export const REFUSAL_REASONS = ['no_place', 'no_danger', 'no_agreement', 'out_of_scope', 'no_legal_basis', 'not_competent', 'unfavourable_opinion', 'unknown'];
export const DEADLINE_KINDS = [
  'cell_review', 'orientation_answer', 'action_due', 'reflection_period_end', 'permit_expiry', 'parquet_referral', 'judge_seizure', 'minor_report', 'ase_reception',
];
/** Targets that host people: the Ac.Sé coordination's capacity tables. */
export const HOSTING_TARGETS = ['acse', 'dna', 'minors_centre'];
export const HOST_KINDS = ['acse', 'dna', 'minors_centre', 'other'];

export interface Delay {
  delay: string;
  n: number;
  median: number;
  p90: number;
}

/**
 * Delays (days): how many, median and 90th percentile, published only over at least k (« — » when there is none).
 */
export function buildDelays(key: string, codes: string[], delays: Delay[], k: number): ReportTable {
  const hide = (n: number) => k > 1 && n < k;
  const fig = (v: number, suppressed: boolean): Figure => (suppressed ? { value: null, suppressed: true } : { value: v, suppressed: false });
  const rows = codes.map((code) => {
    const d = delays.find((x) => x.delay === code) ?? { n: 0, median: 0, p90: 0 };
    const small = d.n > 0 && hide(d.n);
    // nothing measured: no delay to state (null, not suppressed); fewer than k: suppressed
    const delay = (v: number): Figure => (d.n === 0 ? { value: null, suppressed: false } : fig(v, small));
    return { code, cells: [fig(d.n, small), delay(d.median), delay(d.p90)], total: null };
  });
  return { key, rowDimension: 'delay', columns: ['measured', 'median_days', 'p90_days'], additive: false, rows, totals: null };
}

/**
 * Activity of a territory (a cell) or of the country over a period: situations received, reviewed by the cell,
 * identified; the cell's decisions by type; orientations by target and outcome; refusals by reason; delays;
 * deadlines due in the period and those met late or still open past their day.
 */
export function buildActivity(counts: DimCount[], delays: Delay[], k: number): ReportTable[] {
  // one release: the refusals by reason are the refused orientations
  const links: Link[] = [{ left: [['activity.orientations', 'total', 'refused']], right: [['activity.refusals', 'total', 'count']] }];
  return protectRelease(buildActivityTables(counts, delays, k), links, k);
}

function buildActivityTables(counts: DimCount[], delays: Delay[], threshold: number): ReportTable[] {
  const k = 0;
  return [
    buildTable('activity.cases', 'activity', ['count'], counts, {
      k, additive: false, rowOrder: ['received', 'reviewed', 'presumed', 'formally_identified'], keepEmptyRows: true,
    }),
    buildTable('activity.decisions', 'decision', ['count'], counts, { k, additive: true, rowOrder: DECISION_TYPES }),
    buildTable('activity.orientations', 'target', [...ORIENTATION_OUTCOMES], counts, { k, additive: true, rowOrder: TARGETS }),
    buildTable('activity.refusals', 'refusal', ['count'], counts, { k, additive: true, rowOrder: REFUSAL_REASONS }),
    buildDelays('activity.delays', ['spotting_to_presumed', 'request_to_answer', 'request_to_admission'], delays, threshold),
    buildTable('activity.deadlines', 'deadline', ['due', 'overdue'], counts, { k, additive: false, rowOrder: DEADLINE_KINDS }),
  ];
}

/**
 * The Ac.Sé coordination's capacity tables (national): requests to the hosting targets and what became of them,
 * refusals by reason, places offered and used by host kind and by region (today), waiting times.
 */
export function buildCapacity(counts: DimCount[], delays: Delay[], k: number): ReportTable[] {
  // one release: a target's refusals by reason are its refused requests; the places by kind and by region are the same places
  const links: Link[] = [
    ...HOSTING_TARGETS.map((t) => ({ left: [['capacity.requests', t, 'refused']], right: [['capacity.refusals', 'total', t]] }) as Link),
    ...['occupied', 'reserved', 'free', 'total'].map((col) => ({ left: [['capacity.places_by_kind', 'total', col]], right: [['capacity.places_by_region', 'total', col]] }) as Link),
  ];
  return protectRelease(buildCapacityTables(counts, delays, k), links, k);
}

function buildCapacityTables(counts: DimCount[], delays: Delay[], threshold: number): ReportTable[] {
  const k = 0;
  return [
    buildTable('capacity.requests', 'target', [...ORIENTATION_OUTCOMES], counts, { k, additive: true, rowOrder: HOSTING_TARGETS }),
    buildTable('capacity.refusals', 'refusal', HOSTING_TARGETS, counts, { k, additive: true, rowOrder: REFUSAL_REASONS }),
    // places: occupied + reserved + free = offered (the row total), so they are protected together
    buildTable('capacity.places_by_kind', 'host_kind', ['occupied', 'reserved', 'free'], counts, { k, additive: true, rowOrder: HOST_KINDS }),
    buildTable('capacity.places_by_region', 'region', ['occupied', 'reserved', 'free'], counts, { k, additive: true }),
    buildDelays('capacity.waiting', ['request_to_answer', 'request_to_admission'], delays, threshold),
  ];
}
