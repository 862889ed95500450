/** Closed vocabularies of a case. Codes are English snake_case; French labels live with the web client. */
export const EXPLOITATION_FORMS = [
  'sexual_exploitation', 'labour_exploitation', 'domestic_servitude', 'forced_begging', 'forced_criminality', 'organ_removal', 'forced_marriage',
  'illegal_adoption', 'surrogacy_exploitation', 'other',
] as const;
export type ExploitationForm = (typeof EXPLOITATION_FORMS)[number];

export const SEXES = ['female', 'male', 'other', 'unknown'] as const;
export type Sex = (typeof SEXES)[number];

export const EVENT_TYPES = ['recruitment', 'transit', 'exploitation'] as const;
export type TraffickingEventType = (typeof EVENT_TYPES)[number];

export const VULNERABILITIES = [
  'migration', 'debt', 'isolation', 'language', 'disability', 'addiction', 'homelessness', 'minor', 'pregnancy', 'health', 'family_pressure',
  'irregular_stay', 'lgbtqi', 'other',
] as const;

export const NEEDS = [
  'accommodation', 'secure_accommodation', 'health', 'psychological_support', 'legal_aid', 'interpreting', 'financial_support', 'training_employment',
  'child_protection', 'safety', 'repatriation', 'other',
] as const;

/**
 * Where the first contact with the person took place (issue 14 §2): outreach (« maraude »), a drop-in centre (« accueil
 * de jour »), a hotline (« ligne d'écoute »), a partner's referral, a place of detention (« lieu de privation de liberté »), other.
 */
export const FIRST_CONTACT_CONTEXTS = ['outreach', 'drop_in', 'hotline', 'partner_referral', 'place_of_detention', 'other'] as const;
export type FirstContactContext = (typeof FIRST_CONTACT_CONTEXTS)[number];

export const CONTACT_CHANNELS = ['phone', 'email', 'messaging', 'through_association', 'none'] as const;

export const AGE_BANDS = ['0-12', '13-14', '15-17', '18-24', '25-34', '35-44', '45-54', '55+', 'unknown'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const INDICATOR_STRENGTHS = ['strong', 'medium', 'weak'] as const;
export type IndicatorStrength = (typeof INDICATOR_STRENGTHS)[number];

export const CONSENT_PURPOSES = ['share_with_cell', 'orientation', 'police_contact', 'statistics'] as const;
export type ConsentPurpose = (typeof CONSENT_PURPOSES)[number];
export const CONSENT_METHODS = ['oral', 'written', 'interpreter'] as const;

/** EU/EEA and Switzerland: nationals of these do not go through the residence track. */
export const EU_EEA_CH = new Set([
  'AT', 'BE', 'BG', 'HR', 'CY', 'CZ', 'DK', 'EE', 'FI', 'FR', 'DE', 'GR', 'HU', 'IE', 'IT', 'LV', 'LT', 'LU', 'MT', 'NL', 'PL', 'PT', 'RO', 'SK',
  'SI', 'ES', 'SE', 'IS', 'LI', 'NO', 'CH',
]);
