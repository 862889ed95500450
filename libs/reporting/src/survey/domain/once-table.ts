import type { Figure, ReportTable } from '../../domain/tables';
import type { CountedOnce } from './count-once';

export const ONCE_ROWS = ['files', 'persons', 'accompanied_persons', 'several_organisations', 'outside_mnio', 'total'] as const;

/**
 * Pure: the « counted once » table of a campaign's national results. Primary suppression (0 < n < k), then the two
 * equations it publishes are closed: total = persons + outside mnio, and files − persons = the extra files of persons
 * followed by several organisations (or twice by one): a single hidden figure on either is joined by the smallest other.
 */
export function onceTable(once: Pick<CountedOnce, 'cases' | 'persons' | 'accompaniedPersons' | 'severalOrganisations'>, outside: number, k: number): ReportTable {
  const values: Record<(typeof ONCE_ROWS)[number], number> = {
    files: once.cases, persons: once.persons, accompanied_persons: once.accompaniedPersons, several_organisations: once.severalOrganisations,
    outside_mnio: outside, total: once.persons + outside,
  };
  const hidden = new Set<string>(k > 1 ? ONCE_ROWS.filter((r) => values[r] > 0 && values[r] < k) : []);
  const close = (group: (typeof ONCE_ROWS)[number][]) => {
    const shown = group.filter((r) => !hidden.has(r));
    if (shown.length === group.length - 1) hidden.add(shown.reduce((a, b) => (values[b] < values[a] ? b : a)));
  };
  for (let i = 0; i < 2; i++) {
    close(['persons', 'outside_mnio', 'total']);
    close(['files', 'persons', 'several_organisations']);
  }
  const fig = (r: (typeof ONCE_ROWS)[number]): Figure => (hidden.has(r) ? { value: null, suppressed: true } : { value: values[r], suppressed: false });
  return {
    key: 'campaign.once', rowDimension: 'campaign_once', columns: ['count'], additive: false,
    rows: ONCE_ROWS.map((code) => ({ code, cells: [fig(code)], total: null })), totals: null,
  };
}
