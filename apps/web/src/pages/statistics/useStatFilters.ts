import { useSearchParams } from 'react-router';
import type { StatFilters } from './types';

const thisYear = () => Number(new Intl.DateTimeFormat('fr-FR', { year: 'numeric', timeZone: 'Europe/Paris' }).format(new Date()));

/** Filters kept in the address (?rapport=…&annee=…), so a table can be bookmarked and shared; codes only. */
export function useStatFilters(): [StatFilters, (next: Partial<StatFilters>) => void] {
  const [params, setParams] = useSearchParams();
  const year = Number(params.get('annee'));
  const minor = params.get('mineur');
  const filters: StatFilters = {
    report: params.get('rapport') === 'ue' ? 'eu' : params.get('rapport') === 'activite' ? 'activity' : 'survey',
    year: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : thisYear(),
    region: /^\d{2,3}$/.test(params.get('region') ?? '') ? params.get('region')! : '',
    territory: /^([0-9]{2}|2A|2B|97[1-6])$/.test(params.get('departement') ?? '') ? params.get('departement')! : '',
    form: /^[a-z_]{1,40}$/.test(params.get('forme') ?? '') ? params.get('forme')! : '',
    minor: minor === 'true' || minor === 'false' ? minor : '',
    publication: params.get('publication') === '1',
  };
  const update = (next: Partial<StatFilters>) => {
    const f = { ...filters, ...next };
    const out = new URLSearchParams();
    if (f.report !== 'survey') out.set('rapport', f.report === 'eu' ? 'ue' : 'activite');
    out.set('annee', String(f.year));
    if (f.region) out.set('region', f.region);
    if (f.territory) out.set('departement', f.territory);
    if (f.form) out.set('forme', f.form);
    if (f.minor) out.set('mineur', f.minor);
    if (f.publication) out.set('publication', '1');
    setParams(out, { replace: true });
  };
  return [filters, update];
}

export const yearsOffered = (): number[] => Array.from({ length: 6 }, (_, i) => thisYear() - i);

/** The API's query for these filters. */
export function apiQuery(f: StatFilters): Record<string, string | number | boolean> {
  return {
    year: f.year,
    ...(f.region ? { region: f.region } : {}),
    ...(f.territory ? { territory: f.territory } : {}),
    ...(f.form ? { form: f.form } : {}),
    ...(f.minor ? { minor: f.minor === 'true' } : {}),
    ...(f.publication ? { publication: true } : {}),
  };
}
