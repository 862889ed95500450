import { randomUUID, randomInt } from 'node:crypto';
import type { KAnonymityOptions, QuasiIdentifier } from './k-anonymity';

/**
 * One pseudonymised record for the EU and international data collections, in the field names of the IOM
 * Human Trafficking Case Data Standard (HTCDS 2.0: `prs_`, `vic_`, `cas_` prefixes and its picklist value names).
 * What the standard does not name carries the prefix `ext_` in the same style. No reference, no case id
 * (a random row id per export), no date (the year only), the territory generalised to the region at least.
 */
export interface HtcdsRecord extends Record<string, string> {
  /** A random id of the row in this export only: two exports share none. */
  ext_RecordId: string;
  prs_Gender: string;
  /** The age band when first spotted (0-12, 13-14, 15-17, 18-24, …), or Child / Adult. */
  ext_AgeGroup: string;
  /** The world region of the citizenship (not the country), or France / OtherEU / NonEU. */
  ext_CitizenshipRegion: string;
  /** HTCDS multiselect picklist, values joined by « ; » in alphabetical order. */
  vic_TypeOfExploitation: string;
  /** The year first spotted, or the period of the export. */
  ext_Year: string;
  /** INSEE region code of the case's territory, or FR. */
  ext_Region: string;
  vic_TraffickingStatus: string;
  vic_TraffickingStatusDecisionMakingOrg: string;
  cas_Status: string;
}

/** Every field a released record may carry, in the file's column order. Nothing else ever leaves. */
export const HTCDS_FIELDS = [
  'ext_RecordId', 'prs_Gender', 'ext_AgeGroup', 'ext_CitizenshipRegion', 'vic_TypeOfExploitation', 'ext_Year', 'ext_Region', 'vic_TraffickingStatus',
  'vic_TraffickingStatusDecisionMakingOrg', 'cas_Status',
] as const satisfies readonly (keyof HtcdsRecord)[];

/** The quasi-identifiers (sex, age group, nationality region, form, year, region). */
export const HTCDS_QUASI_IDENTIFIERS = ['prs_Gender', 'ext_AgeGroup', 'ext_CitizenshipRegion', 'vic_TypeOfExploitation', 'ext_Year', 'ext_Region'] as const;

/**
 * The sensitive attributes (not quasi-identifiers, protected by l-diversity): whether the person was formally
 * identified, and by whom (police, court, NGO…). A class of records sharing one status would tell anyone who knows
 * a person's sex, age group, nationality region, form, year and region that they were formally identified by the
 * police, say: every released class holds at least `HTCDS_L` distinct values of each.
 */
export const HTCDS_SENSITIVE = ['vic_TraffickingStatus', 'vic_TraffickingStatusDecisionMakingOrg'] as const;
export const HTCDS_L = 2;

/** A case of the read model, as the export reads it (no identity is in the read model anyway). */
export interface ReportingCaseFacts {
  sex: string;
  ageBand: string;
  worldRegion: string;
  forms: string[];
  firstYear: number;
  regionCode: string;
  identificationStatus: string;
  identifiedByKind: string | null;
  caseStatus: string;
}

const GENDER: Record<string, string> = { female: 'Feminine', male: 'Masculine' };
const FORM: Record<string, string> = {
  sexual_exploitation: 'SexualExploitation', labour_exploitation: 'ForcedLabour', domestic_servitude: 'Servitude', forced_begging: 'ForcedBegging',
  organ_removal: 'OrganRemoval', forced_marriage: 'ForcedMarriage', illegal_adoption: 'ForcedAdoption', surrogacy_exploitation: 'Surrogacy',
};
const FORM_GROUP: Record<string, string> = { SexualExploitation: 'SexualExploitation', ForcedLabour: 'ForcedLabour', Servitude: 'ForcedLabour', ForcedBegging: 'ForcedLabour' };
const STATUS: Record<string, string> = {
  spotted: 'PossibleVictimOfTrafficking', presumed_victim: 'PossibleVictimOfTrafficking', lost_contact: 'PossibleVictimOfTrafficking',
  formally_identified: 'ActualVictimOfTrafficking', not_retained: 'NotAVictimOfTrafficking',
};
const DECIDER: Record<string, string> = {
  association: 'NGO', police: 'Police', gendarmerie: 'Police', parquet: 'CourtOrProsecution', labour_inspection: 'NonPoliceGovernmentalOrganization',
  prefecture: 'NonPoliceGovernmentalOrganization', ofii: 'NonPoliceGovernmentalOrganization', clav_cell: 'NonPoliceGovernmentalOrganization',
};
const CASE_STATUS: Record<string, string> = { active: 'Active', follow_up: 'FollowUp', closed: 'Closed', closed_referred: 'ClosedReferred' };
const CHILD_BANDS = new Set(['0-12', '13-14', '15-17']);
const REGION: Record<string, string> = {
  france: 'France', european_union: 'EuropeanUnion', europe_other: 'EuropeOther', north_africa: 'NorthAfrica', sub_saharan_africa: 'SubSaharanAfrica',
  americas: 'Americas', middle_east: 'MiddleEast', asia: 'Asia', oceania: 'Oceania',
};

const joinSet = (values: string[]) => [...new Set(values)].sort().join(';');

/** A case as an HTCDS record, before anonymisation (the finest level the export ever releases). */
export function toHtcdsRecord(c: ReportingCaseFacts): HtcdsRecord {
  return {
    ext_RecordId: randomUUID(),
    prs_Gender: GENDER[c.sex] ?? 'NonSpecifiedUnknown',
    ext_AgeGroup: c.ageBand === 'unknown' ? 'Unknown' : c.ageBand,
    ext_CitizenshipRegion: REGION[c.worldRegion] ?? 'Unknown',
    vic_TypeOfExploitation: joinSet(c.forms.map((f) => FORM[f] ?? 'Other')) || 'Other',
    ext_Year: String(c.firstYear),
    ext_Region: /^\d{2,3}$/.test(c.regionCode) ? c.regionCode : 'FR',
    vic_TraffickingStatus: STATUS[c.identificationStatus] ?? 'PossibleVictimOfTrafficking',
    vic_TraffickingStatusDecisionMakingOrg: c.identifiedByKind ? (DECIDER[c.identifiedByKind] ?? 'Other') : '',
    cas_Status: CASE_STATUS[c.caseStatus] ?? 'Active',
  };
}

/** The ladders of the quasi-identifiers; the period is the export's (from–to years). */
export function htcdsQuasiIdentifiers(fromYear: number, toYear: number): QuasiIdentifier<HtcdsRecord>[] {
  const period = fromYear === toYear ? String(fromYear) : `${fromYear}-${toYear}`;
  return [
    { field: 'prs_Gender', levels: 1, generalise: () => '*' },
    { field: 'ext_AgeGroup', levels: 2, generalise: (v, l) => (l >= 2 ? '*' : v === 'Unknown' || v === 'Child' || v === 'Adult' ? v : CHILD_BANDS.has(v) ? 'Child' : 'Adult') },
    {
      field: 'ext_CitizenshipRegion', levels: 2,
      generalise: (v, l) => (l >= 2 ? '*' : v === 'France' || v === 'Unknown' ? v : v === 'EuropeanUnion' ? 'OtherEU' : 'NonEU'),
    },
    { field: 'vic_TypeOfExploitation', levels: 2, generalise: (v, l) => (l >= 2 ? '*' : joinSet(v.split(';').map((f) => FORM_GROUP[f] ?? 'Other'))) },
    { field: 'ext_Year', levels: 1, generalise: () => period },
    { field: 'ext_Region', levels: 1, generalise: () => 'FR' },
  ];
}

/**
 * The order of generalisation: the age group to child / adult, the region to national, the form to its group,
 * the year to the period, the citizenship to France / EU / non-EU; then, as a last resort, each field to « * ».
 */
export function htcdsAnonymityOptions(k: number, fromYear: number, toYear: number, l = HTCDS_L): KAnonymityOptions<HtcdsRecord> {
  return {
    k,
    sensitive: { fields: [...HTCDS_SENSITIVE], l },
    quasiIdentifiers: htcdsQuasiIdentifiers(fromYear, toYear),
    steps: ['ext_AgeGroup', 'ext_Region', 'vic_TypeOfExploitation', 'ext_Year', 'ext_CitizenshipRegion', 'vic_TypeOfExploitation', 'ext_CitizenshipRegion', 'ext_AgeGroup', 'prs_Gender'],
    maxSuppressionRate: 0.05,
  };
}

/** The released records in a random order (the order of the read model must not carry over). */
export function shuffled<T>(items: T[]): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = randomInt(i + 1);
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}
