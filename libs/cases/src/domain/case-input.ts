import type { ConsentPurpose, ExploitationForm, FirstContactContext, IndicatorStrength, Sex, TraffickingEventType } from './vocabulary';

export interface CaseContact {
  phone?: string;
  email?: string;
  channel?: string;
  safeToContact: boolean;
}

/** Identity as recorded and as returned by the identity view: the same field names both ways. */
export interface CaseIdentity {
  lastName?: string;
  firstNames?: string[];
  aliases?: string[];
  birthDate?: string;
  estimatedAge?: number;
  ageUncertain?: boolean;
  sex: Sex;
  nationality?: string;
  languages?: string[];
  interpreterNeeded?: boolean;
  contact?: CaseContact;
}

export interface TraffickingEvent {
  type: TraffickingEventType;
  country: string;
  territory?: string;
  from?: string;
  to?: string;
}

/** The context of the first contact and its day (a pseudonymised fact: codes and a date, never free text). */
export interface FirstContact {
  context: FirstContactContext;
  /** YYYY-MM-DD: not in the future, not before the birth date. */
  on: string;
}

export interface NewCase {
  territory: string;
  identity: CaseIdentity;
  exploitationForms: ExploitationForm[];
  events: TraffickingEvent[];
  vulnerabilities: string[];
  danger: { localDanger: boolean; notes?: string };
  needs: string[];
  narrative?: string;
  /** Indicators observed at the first contact, recorded with the case (one transaction). */
  indicators?: IntakeIndicator[];
  /** The person's answers at the first contact, recorded with the case in this order. */
  consents?: IntakeConsent[];
  /** The recording organisation's preliminary identification, dated the day of recording. */
  presumedVictim?: boolean;
  /**
   * A minor without a parent or legal guardian in France (« mineur non accompagné », MNA, taken in charge by the
   * ASE): a pseudonymised fact of a minor's case, counted by the statistics. Absent: not known yet. Never for an adult.
   */
  unaccompaniedMinor?: boolean;
  /** Where and when the first contact took place; absent: not recorded. */
  firstContact?: FirstContact;
}

export interface IntakeIndicator {
  framework: string;
  dimension: string;
  indicator: string;
  strength: IndicatorStrength;
  observedAt: string;
  note?: string;
}

export interface IntakeConsent {
  purpose: ConsentPurpose;
  granted: boolean;
  method: 'oral' | 'written' | 'interpreter';
  targetOrganisationId?: string;
}
