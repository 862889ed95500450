import type { StateMachine } from '@mnio/platform';

/** Identification: moves are named after the state they lead to. Indicators support it, never decide it. */
export const IDENTIFICATION_STATES = ['spotted', 'presumed_victim', 'formally_identified', 'not_retained', 'lost_contact'] as const;
export type IdentificationState = (typeof IDENTIFICATION_STATES)[number];
export const IDENTIFICATION: StateMachine<IdentificationState, IdentificationState> = {
  initial: 'spotted',
  moves: {
    spotted: { from: ['lost_contact'], to: 'spotted' },
    presumed_victim: { from: ['spotted', 'not_retained', 'lost_contact'], to: 'presumed_victim' },
    formally_identified: { from: ['presumed_victim'], to: 'formally_identified' },
    not_retained: { from: ['spotted', 'presumed_victim'], to: 'not_retained' },
    lost_contact: { from: ['spotted', 'presumed_victim', 'formally_identified'], to: 'lost_contact' },
  },
};

/** Residence (CESEDA), foreign adults outside the EU/EEA/Switzerland. */
export const RESIDENCE_STATES = [
  'none', 'rights_informed', 'reflection_period', 'reflection_ended', 'complaint_or_testimony', 'permit_issued', 'permit_refused', 'ten_year_card',
] as const;
export type ResidenceState = (typeof RESIDENCE_STATES)[number];
export const RESIDENCE_EVENTS = [
  'rights_information', 'reflection_period_started', 'reflection_period_ended_early', 'receipt_issued', 'complaint_or_testimony', 'permit_issued',
  'permit_renewed', 'permit_refused', 'ten_year_card_issued', 'removal_order',
] as const;
export type ResidenceEvent = (typeof RESIDENCE_EVENTS)[number];
export const RESIDENCE: StateMachine<ResidenceState, ResidenceEvent> = {
  initial: 'none',
  moves: {
    rights_information: { from: ['none'], to: 'rights_informed' },
    reflection_period_started: { from: ['rights_informed'], to: 'reflection_period' },
    reflection_period_ended_early: { from: ['reflection_period'], to: 'reflection_ended' },
    receipt_issued: { from: ['reflection_period'], to: 'same' },
    complaint_or_testimony: { from: ['none', 'rights_informed', 'reflection_period', 'reflection_ended'], to: 'complaint_or_testimony' },
    permit_issued: { from: ['complaint_or_testimony'], to: 'permit_issued' },
    permit_renewed: { from: ['permit_issued'], to: 'permit_issued' },
    permit_refused: { from: ['complaint_or_testimony', 'permit_issued'], to: 'permit_refused' },
    ten_year_card_issued: { from: ['permit_issued'], to: 'ten_year_card' },
    removal_order: { from: '*', to: 'same' },
  },
};

/** Child protection. Consent never gates these steps. */
export const CHILD_PROTECTION_STATES = ['none', 'ase_reception', 'parquet_informed', 'emergency_placement', 'judge_seized', 'placed'] as const;
export type ChildProtectionState = (typeof CHILD_PROTECTION_STATES)[number];
export const CHILD_PROTECTION_EVENTS = [
  'report_made', 'ase_provisional_reception', 'parquet_informed', 'emergency_placement_order', 'judge_seized', 'placement', 'guardian_appointed',
  'ad_hoc_administrator_appointed',
] as const;
export type ChildProtectionEvent = (typeof CHILD_PROTECTION_EVENTS)[number];
export const CHILD_PROTECTION: StateMachine<ChildProtectionState, ChildProtectionEvent> = {
  initial: 'none',
  moves: {
    // The report (information préoccupante to the CRIP, or signalement to the parquet): it can be made more than once.
    report_made: { from: '*', to: 'same' },
    ase_provisional_reception: { from: ['none'], to: 'ase_reception' },
    parquet_informed: { from: ['ase_reception'], to: 'parquet_informed' },
    emergency_placement_order: { from: ['none', 'ase_reception', 'parquet_informed'], to: 'emergency_placement' },
    judge_seized: { from: ['ase_reception', 'parquet_informed', 'emergency_placement'], to: 'judge_seized' },
    placement: { from: ['parquet_informed', 'emergency_placement', 'judge_seized'], to: 'placed' },
    guardian_appointed: { from: '*', to: 'same' },
    ad_hoc_administrator_appointed: { from: '*', to: 'same' },
  },
};

/** Where a minor's report goes: the département's CRIP (information préoccupante) or the parquet (signalement). */
export const REPORT_SERVICES = ['crip', 'parquet'] as const;

/** Criminal proceedings. A conviction opens the 10-year residence card. */
export const CRIMINAL_STATES = ['none', 'complaint_filed', 'proceedings', 'no_further_action', 'convicted'] as const;
export type CriminalState = (typeof CRIMINAL_STATES)[number];
export const CRIMINAL_EVENTS = ['complaint_filed', 'hearing', 'proceedings_opened', 'no_further_action', 'conviction'] as const;
export type CriminalEvent = (typeof CRIMINAL_EVENTS)[number];
export const CRIMINAL: StateMachine<CriminalState, CriminalEvent> = {
  initial: 'none',
  moves: {
    complaint_filed: { from: ['none'], to: 'complaint_filed' },
    hearing: { from: '*', to: 'same' },
    proceedings_opened: { from: ['none', 'complaint_filed'], to: 'proceedings' },
    no_further_action: { from: ['complaint_filed', 'proceedings'], to: 'no_further_action' },
    conviction: { from: ['proceedings'], to: 'convicted' },
  },
};

/** Case status, compatible with IOM's case-data standard (HTCDS). */
export const CASE_STATES = ['active', 'follow_up', 'closed', 'closed_referred'] as const;
export type CaseState = (typeof CASE_STATES)[number];
export const CASE_STATUS_EVENTS = ['follow_up', 'resume', 'close', 'close_referred', 'reopen'] as const;
export type CaseStatusEvent = (typeof CASE_STATUS_EVENTS)[number];
export const CASE_STATUS: StateMachine<CaseState, CaseStatusEvent> = {
  initial: 'active',
  moves: {
    follow_up: { from: ['active'], to: 'follow_up' },
    resume: { from: ['follow_up'], to: 'active' },
    close: { from: ['active', 'follow_up'], to: 'closed' },
    close_referred: { from: ['active', 'follow_up'], to: 'closed_referred' },
    reopen: { from: ['closed', 'closed_referred'], to: 'active' },
  },
};

export const CLOSURE_REASONS = ['support_completed', 'referred_elsewhere', 'lost_contact', 'not_a_victim', 'declined_support', 'deceased', 'moved_abroad', 'other'] as const;

export type TrackName = 'residence' | 'child_protection' | 'criminal';
