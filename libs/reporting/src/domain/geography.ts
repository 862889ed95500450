/** World regions of a nationality (ISO 3166-1 alpha-2), as the survey groups them, and EU citizenship. */
export const WORLD_REGIONS = ['france', 'european_union', 'europe_other', 'north_africa', 'sub_saharan_africa', 'americas', 'middle_east', 'asia', 'oceania', 'unknown'] as const;
export type WorldRegion = (typeof WORLD_REGIONS)[number];

export const EU_MEMBERS = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK', 'SI', 'ES', 'SE',
]);
const EUROPE_OTHER = 'AL AD AM AZ BY BA GE IS XK LI MD MC ME MK NO RU SM RS CH TR UA GB VA GI FO'.split(' ');
const NORTH_AFRICA = 'DZ EG LY MA TN EH SD'.split(' ');
const SUB_SAHARAN = ('AO BJ BW BF BI CM CV CF TD KM CG CD CI DJ GQ ER SZ ET GA GM GH GN GW KE LS LR MG MW ML MR MU YT MZ NA NE NG RE RW SH ST SN SC SL SO ZA SS TZ TG UG ZM ZW').split(' ');
const AMERICAS = ('AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR TT US UY VE PR GF GP MQ BL MF PM AW CW SX BQ KY TC VG VI AI MS BM GL FK').split(' ');
const MIDDLE_EAST = 'BH IR IQ IL JO KW LB OM PS QA SA SY AE YE'.split(' ');
const OCEANIA = 'AU FJ KI MH FM NR NZ PW PG WS SB TO TV VU NC PF WF CK NU TK AS GU MP'.split(' ');

const REGION_OF = new Map<string, WorldRegion>([
  ...EUROPE_OTHER.map((c) => [c, 'europe_other'] as const),
  ...NORTH_AFRICA.map((c) => [c, 'north_africa'] as const),
  ...SUB_SAHARAN.map((c) => [c, 'sub_saharan_africa'] as const),
  ...AMERICAS.map((c) => [c, 'americas'] as const),
  ...MIDDLE_EAST.map((c) => [c, 'middle_east'] as const),
  ...OCEANIA.map((c) => [c, 'oceania'] as const),
]);

export function worldRegionOf(nationality: string | null): WorldRegion {
  if (!nationality || !/^[A-Z]{2}$/.test(nationality)) return 'unknown';
  if (nationality === 'FR') return 'france';
  if (EU_MEMBERS.has(nationality)) return 'european_union';
  return REGION_OF.get(nationality) ?? 'asia';
}

export type Citizenship = 'france' | 'other_eu' | 'non_eu' | 'unknown';
/** Citizenship as the EU data collection asks it: the reporting country, another member state, or outside the EU. */
export function citizenshipOf(nationality: string | null): Citizenship {
  if (!nationality) return 'unknown';
  if (nationality === 'FR') return 'france';
  return EU_MEMBERS.has(nationality) ? 'other_eu' : 'non_eu';
}

export type Place = 'france' | 'abroad' | 'both' | 'unknown';
export function placeOf(inFrance: boolean, abroad: boolean): Place {
  if (inFrance && abroad) return 'both';
  if (inFrance) return 'france';
  return abroad ? 'abroad' : 'unknown';
}
