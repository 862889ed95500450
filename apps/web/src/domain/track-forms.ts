import { REPORT_SERVICES } from './labels';

/**
 * What each track event's form asks for. TRACK_EVENT_FORMS is a copy of libs/cases/src/domain/track-facts.ts
 * (EVENT_FACTS), checked against it by test/e2e/web/contract.e2e-spec.ts; the API says which events this user may
 * record now (`trackActions`), this says how to fill them in.
 */
export type Fact = 'service' | 'language' | 'interpreter' | 'reasonCode' | 'expiresOn' | 'legalBasis' | 'hearingType';
export interface EventForm {
  required?: readonly Fact[];
  optional?: readonly Fact[];
  codes?: Partial<Record<Fact, readonly string[]>>;
}

export const TRACK_SERVICES: Record<string, string> = {
  police: 'Police nationale', gendarmerie: 'Gendarmerie', labour_inspection: 'Inspection du travail', prefecture: 'Préfecture', parquet: 'Parquet',
  designated_association: 'Association désignée',
};
export const REFLECTION_END_REASONS: Record<string, string> = {
  contact_with_perpetrators_renewed: 'La personne a renoué volontairement le contact avec les auteurs', public_order_threat: 'Menace grave pour l’ordre public',
  person_left: 'La personne est partie', other: 'Autre motif',
};
export const PERMIT_REFUSAL_REASONS: Record<string, string> = {
  ties_not_broken: 'Liens avec les auteurs non rompus', public_order_threat: 'Menace pour l’ordre public', no_complaint_or_testimony: 'Ni plainte ni témoignage',
  facts_abroad_only: 'Faits commis uniquement à l’étranger', other: 'Autre motif',
};
export const NO_FURTHER_ACTION_REASONS: Record<string, string> = {
  insufficient_evidence: 'Infraction insuffisamment caractérisée', perpetrator_unidentified: 'Auteur non identifié', no_offence: 'Absence d’infraction',
  prosecution_inappropriate: 'Poursuites inopportunes', other: 'Autre motif',
};
export const HEARING_TYPES: Record<string, string> = {
  police: 'Audition par la police', gendarmerie: 'Audition par la gendarmerie', uaped: 'Audition en UAPED', investigating_judge: 'Audition par le juge d’instruction',
  trial: 'Audience de jugement',
};
export const PLACEMENT_LEGAL_BASES: Record<string, string> = {
  opp: 'Ordonnance de placement provisoire', judgment: 'Jugement', administrative_reception: 'Accueil administratif',
};

const keys = (t: Record<string, string>) => Object.keys(t);
const SERVICE = { service: keys(TRACK_SERVICES) };
const LEGAL_BASIS = { legalBasis: keys(PLACEMENT_LEGAL_BASES) };

export const TRACK_EVENT_FORMS: Record<string, EventForm> = {
  rights_information: { required: ['service', 'language', 'interpreter'], codes: SERVICE },
  reflection_period_started: {},
  reflection_period_ended_early: { required: ['reasonCode'], codes: { reasonCode: keys(REFLECTION_END_REASONS) } },
  receipt_issued: {},
  complaint_or_testimony: { optional: ['service'], codes: SERVICE },
  permit_issued: { optional: ['expiresOn'] },
  permit_renewed: { optional: ['expiresOn'] },
  permit_refused: { required: ['reasonCode'], codes: { reasonCode: keys(PERMIT_REFUSAL_REASONS) } },
  ten_year_card_issued: {},
  removal_order: {},
  report_made: { required: ['service'], codes: { service: keys(REPORT_SERVICES) } },
  ase_provisional_reception: {},
  parquet_informed: {},
  emergency_placement_order: { optional: ['legalBasis'], codes: LEGAL_BASIS },
  judge_seized: {},
  placement: { optional: ['legalBasis'], codes: LEGAL_BASIS },
  guardian_appointed: {},
  ad_hoc_administrator_appointed: {},
  complaint_filed: { optional: ['service'], codes: SERVICE },
  hearing: { optional: ['hearingType', 'language', 'interpreter'], codes: { hearingType: keys(HEARING_TYPES) } },
  proceedings_opened: {},
  no_further_action: { required: ['reasonCode'], codes: { reasonCode: keys(NO_FURTHER_ACTION_REASONS) } },
  conviction: {},
};

/** The French labels of a coded fact's list. */
export const FACT_TABLES: Record<string, Record<string, string>> = {
  service: TRACK_SERVICES, hearingType: HEARING_TYPES, legalBasis: PLACEMENT_LEGAL_BASES,
  'reasonCode:reflection_period_ended_early': REFLECTION_END_REASONS, 'reasonCode:permit_refused': PERMIT_REFUSAL_REASONS,
  'reasonCode:no_further_action': NO_FURTHER_ACTION_REASONS, 'service:report_made': REPORT_SERVICES,
};
/** An event's own list first (`fact:event`), else the fact's shared list. */
export const factTable = (fact: Fact, event: string): Record<string, string> => FACT_TABLES[`${fact}:${event}`] ?? FACT_TABLES[fact] ?? {};

/** What each button says: an action, in the infinitive (the history tells the same step as a past event). */
export const TRACK_ACTIONS: Record<string, string> = {
  // identification (moves named after the state they lead to)
  presumed_victim: 'Reconnaître comme victime présumée', formally_identified: 'Identifier formellement (après audition)', not_retained: 'Ne pas retenir la situation',
  lost_contact: 'Signaler la perte de contact', spotted: 'Reprendre contact',
  // residence
  rights_information: 'Informer de ses droits', reflection_period_started: 'Accorder le délai de réflexion', reflection_period_ended_early: 'Mettre fin au délai de réflexion',
  receipt_issued: 'Délivrer le récépissé', complaint_or_testimony: 'Enregistrer une plainte ou un témoignage', permit_issued: 'Délivrer le titre de séjour (L425-1)',
  permit_renewed: 'Renouveler le titre de séjour', permit_refused: 'Refuser le titre de séjour', ten_year_card_issued: 'Délivrer la carte de résident (10 ans)',
  removal_order: 'Signaler une obligation de quitter le territoire',
  // child protection
  report_made: 'Enregistrer le signalement (CRIP ou parquet)', ase_provisional_reception: 'Enregistrer l’accueil provisoire', parquet_informed: 'Enregistrer l’avis au parquet', emergency_placement_order: 'Enregistrer l’ordonnance de placement provisoire',
  judge_seized: 'Enregistrer la saisine du juge des enfants', placement: 'Enregistrer le placement', guardian_appointed: 'Enregistrer la désignation d’un tuteur',
  ad_hoc_administrator_appointed: 'Enregistrer la désignation d’un administrateur ad hoc',
  // criminal
  complaint_filed: 'Enregistrer la plainte', hearing: 'Enregistrer une audition', proceedings_opened: 'Enregistrer l’engagement des poursuites',
  no_further_action: 'Enregistrer un classement sans suite', conviction: 'Enregistrer la condamnation',
  // case status
  follow_up: 'Mettre en veille', resume: 'Reprendre le suivi actif', close: 'Clore la situation', close_referred: 'Clore avec relais vers un partenaire', reopen: 'Rouvrir la situation',
};

/** Events whose button is secondary: they end, refuse or raise an alert. */
export const NEGATIVE_TRACK_ACTIONS = new Set(['not_retained', 'lost_contact', 'reflection_period_ended_early', 'permit_refused', 'removal_order', 'no_further_action', 'close', 'close_referred']);

export { todayInParis } from './dates';

/** Languages offered (French names); the API takes any ISO 639 code. */
export const LANGUAGE_CODES = ['fr', 'en', 'pcm', 'es', 'pt', 'ro', 'bg', 'ar', 'zh', 'ru', 'uk', 'ti', 'am', 'so', 'vi', 'tl', 'ln', 'wo', 'bm', 'sq', 'ha', 'yo', 'ig', 'fa', 'ps', 'ur', 'bn', 'ta', 'hi', 'tr', 'ku', 'ka', 'hy', 'mn', 'sw'];
const languageNames = new Intl.DisplayNames(['fr'], { type: 'language' });
export const languageName = (code: string | null | undefined): string => {
  if (!code) return '—';
  try {
    const n = languageNames.of(code) ?? code;
    return n.charAt(0).toUpperCase() + n.slice(1);
  } catch {
    return code;
  }
};
export const LANGUAGES: Record<string, string> = Object.fromEntries(
  LANGUAGE_CODES.map((c) => [c, languageName(c)] as const).sort((a, b) => a[1].localeCompare(b[1], 'fr')),
);
