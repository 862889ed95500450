import { useAddressParams } from '../../app/address-params';
import { thisYearInParis } from '../../domain/dates';
import type { ReportKind, StatFilters } from './types';

const thisYear = () => thisYearInParis();

/** Report codes in the address, in French. */
const REPORT_PARAM: Record<ReportKind, string> = { survey: 'enquete', eu: 'ue', activity: 'activite', capacity: 'capacite' };
const DAY = /^20\d\d-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/**
 * Filters kept in the address (?rapport=…&annee=… or &du=…&au=…), so a table can be bookmarked and shared; codes
 * only. `reports` are those the page offers, the first being the default.
 */
export function useStatFilters(reports: readonly ReportKind[] = ['survey', 'eu', 'activity', 'capacity']): [StatFilters, (next: Partial<StatFilters>) => void] {
  const [params, change] = useAddressParams();
  const update = (next: Partial<StatFilters>) => change((latest) => statFiltersAddress({ ...statFiltersFrom(latest, reports), ...next }, reports));
  return [statFiltersFrom(params, reports), update];
}

/** The filters an address holds, each checked; the first of `reports` is the default. */
function statFiltersFrom(params: URLSearchParams, reports: readonly ReportKind[]): StatFilters {
  const year = Number(params.get('annee'));
  const minor = params.get('mineur');
  const asked = (Object.entries(REPORT_PARAM) as [ReportKind, string][]).find(([, v]) => v === params.get('rapport'))?.[0];
  const report = asked && reports.includes(asked) ? asked : reports[0];
  const from = DAY.test(params.get('du') ?? '') ? params.get('du')! : '';
  const to = DAY.test(params.get('au') ?? '') ? params.get('au')! : '';
  const periodOk = from !== '' && to !== '' && from <= to && (report === 'activity' || report === 'capacity');
  return {
    report,
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear(),
    from: periodOk ? from : '',
    to: periodOk ? to : '',
    region: /^\d{2,3}$/.test(params.get('region') ?? '') ? params.get('region')! : '',
    territory: /^([0-9]{2}|2A|2B|97[1-6])$/.test(params.get('departement') ?? '') ? params.get('departement')! : '',
    form: /^[a-z_]{1,40}$/.test(params.get('forme') ?? '') ? params.get('forme')! : '',
    minor: minor === 'true' || minor === 'false' ? minor : '',
    publication: params.get('publication') === '1',
  };
}

/** The address of these filters: codes only, the defaults left out. */
function statFiltersAddress(f: StatFilters, reports: readonly ReportKind[]): URLSearchParams {
  const out = new URLSearchParams();
  if (f.report !== reports[0]) out.set('rapport', REPORT_PARAM[f.report]);
  const period = f.from && f.to && (f.report === 'activity' || f.report === 'capacity');
  if (period) {
    out.set('du', f.from);
    out.set('au', f.to);
  } else {
    out.set('annee', String(f.year));
  }
  if (f.region) out.set('region', f.region);
  if (f.territory) out.set('departement', f.territory);
  if (f.form) out.set('forme', f.form);
  if (f.minor) out.set('mineur', f.minor);
  if (f.publication) out.set('publication', '1');
  return out;
}

export const yearsOffered = (): number[] => Array.from({ length: 6 }, (_, i) => thisYear() - i);

/** The API's query for these filters: a period when one is chosen (activity, capacity), else the year. */
export function apiQuery(f: StatFilters): Record<string, string | number | boolean> {
  return {
    ...(f.from && f.to ? { from: f.from, to: f.to } : { year: f.year }),
    ...(f.region ? { region: f.region } : {}),
    ...(f.territory ? { territory: f.territory } : {}),
    ...(f.form ? { form: f.form } : {}),
    ...(f.minor ? { minor: f.minor === 'true' } : {}),
    ...(f.publication ? { publication: true } : {}),
  };
}
