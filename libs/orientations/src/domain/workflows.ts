import type { TargetKind } from './targets';
import type { Workflow } from './workflow';

/**
 * One workflow per target kind, after the steps each target really follows (docs/domain.md, "Orientations").
 * Every workflow starts in `requested` (a referral, for the préfecture and parquet): that is the state
 * "waiting for an answer". The requester cancels, the target assesses, accepts or refuses, the host admits and ends.
 */
const CANCEL_REASONS = ['no_longer_needed', 'person_declined', 'lost_contact', 'other'] as const;
const EXIT_REASONS = ['mainstream_services', 'reorientation', 'abandonment', 'end_of_stay'] as const;

export const ACSE_STATES = [
  'requested', 'assessment', 'searching_place', 'agreed_in_principle', 'pre_admission_scheduled', 'transfer_organised', 'hosted', 'ended', 'refused',
  'cancelled',
] as const;
type AcseState = (typeof ACSE_STATES)[number];
const ACSE_BEFORE_HOSTING: AcseState[] = ['requested', 'assessment', 'searching_place', 'agreed_in_principle', 'pre_admission_scheduled', 'transfer_organised'];

/** Ac.Sé: joint assessment, search for a place, a host's agreement in principle (reserves), pre-admission video meeting, transfer, hosting, exit. */
export const ACSE: Workflow<AcseState> = {
  states: ACSE_STATES,
  initial: 'requested',
  terminal: ['ended', 'refused', 'cancelled'],
  steps: {
    start_assessment: { from: ['requested'], to: 'assessment', party: 'target', inHand: true },
    search_place: { from: ['assessment'], to: 'searching_place', party: 'target', inHand: true },
    agree_in_principle: { from: ['searching_place'], to: 'agreed_in_principle', party: 'target', host: 'required', place: 'reserve', event: 'OrientationAccepted' },
    release_host: {
      from: ['agreed_in_principle', 'pre_admission_scheduled'], to: 'searching_place', party: 'target', place: 'release', dropsHost: true,
      reasons: ['host_withdrew', 'no_agreement', 'not_suitable'],
    },
    schedule_pre_admission: { from: ['agreed_in_principle'], to: 'pre_admission_scheduled', party: 'target', schedules: 'pre_admission' },
    transfer: { from: ['pre_admission_scheduled'], to: 'transfer_organised', party: 'target', schedules: 'transfer' },
    admit: { from: ['transfer_organised'], to: 'hosted', party: 'host', place: 'occupy', event: 'OrientationAdmitted' },
    end: { from: ['hosted'], to: 'ended', party: 'host', place: 'release', reasons: EXIT_REASONS, event: 'OrientationEnded' },
    refuse: {
      from: ['requested', 'assessment', 'searching_place', 'agreed_in_principle', 'pre_admission_scheduled'], to: 'refused', party: 'target', place: 'release',
      revokesAccess: true, reasons: ['no_danger', 'no_agreement', 'no_place', 'out_of_scope'], event: 'OrientationRefused',
    },
    cancel: {
      from: ACSE_BEFORE_HOSTING, to: 'cancelled', party: 'requester', place: 'release', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true,
      event: 'OrientationCancelled',
    },
  },
};

export const DNA_STATES = ['requested', 'accepted', 'admitted', 'ended', 'refused', 'cancelled'] as const;
type DnaState = (typeof DNA_STATES)[number];

/** The 300 DNA places for women: the dedicated host accepts (reserves) or refuses, admits, ends. */
export const DNA: Workflow<DnaState> = {
  states: DNA_STATES,
  initial: 'requested',
  terminal: ['ended', 'refused', 'cancelled'],
  steps: {
    accept: { from: ['requested'], to: 'accepted', party: 'target', place: 'reserve', event: 'OrientationAccepted' },
    refuse: {
      from: ['requested', 'accepted'], to: 'refused', party: 'target', place: 'release', revokesAccess: true, reasons: ['no_place', 'out_of_scope', 'no_agreement'],
      event: 'OrientationRefused',
    },
    admit: { from: ['accepted'], to: 'admitted', party: 'host', place: 'occupy', event: 'OrientationAdmitted' },
    end: { from: ['admitted'], to: 'ended', party: 'host', place: 'release', reasons: EXIT_REASONS, event: 'OrientationEnded' },
    cancel: {
      from: ['requested', 'accepted'], to: 'cancelled', party: 'requester', place: 'release', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true,
      event: 'OrientationCancelled',
    },
  },
};

export const MINORS_STATES = ['requested', 'assessment', 'accepted', 'stay', 'relay', 'ended', 'refused', 'cancelled'] as const;
type MinorsState = (typeof MINORS_STATES)[number];

/**
 * The secure centre for minors: assessment, acceptance at the centre or directly in its relay network
 * (reserves), admission, a 6–12 month stay, relay to a network host (moves the place), exit.
 */
export const MINORS_CENTRE: Workflow<MinorsState> = {
  states: MINORS_STATES,
  initial: 'requested',
  terminal: ['ended', 'refused', 'cancelled'],
  steps: {
    start_assessment: { from: ['requested'], to: 'assessment', party: 'target', inHand: true },
    accept: { from: ['assessment'], to: 'accepted', party: 'target', host: 'optional', place: 'reserve', event: 'OrientationAccepted' },
    admit: { from: ['accepted'], to: 'stay', party: 'host', place: 'occupy', event: 'OrientationAdmitted' },
    relay: { from: ['stay'], to: 'relay', party: 'target', host: 'required', place: 'move' },
    end: { from: ['stay', 'relay'], to: 'ended', party: 'host', place: 'release', reasons: [...EXIT_REASONS, 'came_of_age'], event: 'OrientationEnded' },
    refuse: {
      from: ['requested', 'assessment', 'accepted'], to: 'refused', party: 'target', place: 'release', revokesAccess: true,
      reasons: ['no_place', 'out_of_scope', 'no_legal_basis'], event: 'OrientationRefused',
    },
    cancel: {
      from: ['requested', 'assessment', 'accepted'], to: 'cancelled', party: 'requester', place: 'release', revokesAccess: true, reasons: CANCEL_REASONS,
      reasonOptional: true, event: 'OrientationCancelled',
    },
  },
};

export const UAPED_STATES = ['requested', 'hearing_scheduled', 'hearing_held', 'refused', 'cancelled'] as const;
type UapedState = (typeof UAPED_STATES)[number];

/** UAPED: a filmed hearing of a child, on the parquet's decision. */
export const UAPED: Workflow<UapedState> = {
  states: UAPED_STATES,
  initial: 'requested',
  terminal: ['hearing_held', 'refused', 'cancelled'],
  steps: {
    schedule_hearing: { from: ['requested', 'hearing_scheduled'], to: 'hearing_scheduled', party: 'target', event: 'OrientationAccepted' },
    hold_hearing: { from: ['hearing_scheduled'], to: 'hearing_held', party: 'target', event: 'OrientationEnded' },
    refuse: { from: ['requested', 'hearing_scheduled'], to: 'refused', party: 'target', revokesAccess: true, reasons: ['out_of_scope', 'no_place'], event: 'OrientationRefused' },
    cancel: {
      from: ['requested', 'hearing_scheduled'], to: 'cancelled', party: 'requester', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true,
      event: 'OrientationCancelled',
    },
  },
};

export const CRP_STATES = ['requested', 'waiting_list', 'in_care', 'ended', 'refused', 'cancelled'] as const;
type CrpState = (typeof CRP_STATES)[number];

/** Psychotrauma centre: waiting list, care, end. */
export const CRP: Workflow<CrpState> = {
  states: CRP_STATES,
  initial: 'requested',
  terminal: ['ended', 'refused', 'cancelled'],
  steps: {
    add_to_waiting_list: { from: ['requested'], to: 'waiting_list', party: 'target', event: 'OrientationAccepted' },
    start_care: { from: ['requested', 'waiting_list'], to: 'in_care', party: 'target', event: 'OrientationAdmitted' },
    end: { from: ['in_care'], to: 'ended', party: 'target', reasons: ['care_completed', 'reorientation', 'abandonment'], event: 'OrientationEnded' },
    refuse: { from: ['requested', 'waiting_list'], to: 'refused', party: 'target', revokesAccess: true, reasons: ['out_of_scope', 'no_place'], event: 'OrientationRefused' },
    cancel: {
      from: ['requested', 'waiting_list'], to: 'cancelled', party: 'requester', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true,
      event: 'OrientationCancelled',
    },
  },
};

export const PSP_STATES = ['requested', 'commission_reviewed', 'authorised', 'ended', 'refused', 'cancelled'] as const;
type PspState = (typeof PSP_STATES)[number];

/**
 * Exit from prostitution (PSP): the approved association presents the project, the commission gives its
 * opinion, the préfet decides; 6-month authorisations, each renewal (after a new opinion) recorded as `renew`,
 * 24 months at most. The association that runs the parcours reports its end.
 */
export const PSP: Workflow<PspState> = {
  states: PSP_STATES,
  initial: 'requested',
  terminal: ['ended', 'refused', 'cancelled'],
  steps: {
    commission_opinion: { from: ['requested'], to: 'commission_reviewed', party: 'target', reasons: ['favourable', 'unfavourable'] },
    prefect_decision: { from: ['commission_reviewed'], to: 'authorised', party: 'target', event: 'OrientationAccepted' },
    renew: { from: ['authorised'], to: 'authorised', party: 'target' },
    decline_renewal: { from: ['authorised'], to: 'ended', party: 'target', reasons: ['unfavourable_opinion'], event: 'OrientationEnded' },
    end: { from: ['authorised'], to: 'ended', party: 'requester', reasons: ['completed', 'abandonment', 'max_duration_reached', 'other'], event: 'OrientationEnded' },
    refuse: {
      from: ['requested', 'commission_reviewed'], to: 'refused', party: 'target', revokesAccess: true, reasons: ['unfavourable_opinion', 'out_of_scope'],
      event: 'OrientationRefused',
    },
    cancel: {
      from: ['requested', 'commission_reviewed'], to: 'cancelled', party: 'requester', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true,
      event: 'OrientationCancelled',
    },
  },
};

export const PREFECTURE_STATES = ['requested', 'acknowledged', 'done', 'refused', 'cancelled'] as const;
type PrefectureState = (typeof PREFECTURE_STATES)[number];

/** Préfecture TEH referent: acknowledges, then records the residence track on the case itself; `complete` closes the referral. */
export const PREFECTURE: Workflow<PrefectureState> = {
  states: PREFECTURE_STATES,
  initial: 'requested',
  terminal: ['done', 'refused', 'cancelled'],
  steps: {
    acknowledge: { from: ['requested'], to: 'acknowledged', party: 'target', event: 'OrientationAccepted' },
    complete: { from: ['acknowledged'], to: 'done', party: 'target', event: 'OrientationEnded' },
    refuse: { from: ['requested'], to: 'refused', party: 'target', revokesAccess: true, reasons: ['out_of_scope', 'not_competent'], event: 'OrientationRefused' },
    cancel: {
      from: ['requested', 'acknowledged'], to: 'cancelled', party: 'requester', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true,
      event: 'OrientationCancelled',
    },
  },
};

export const PARQUET_STATES = ['requested', 'acknowledged', 'proceedings', 'no_further_action', 'refused', 'cancelled'] as const;
type ParquetState = (typeof PARQUET_STATES)[number];

/** Parquet TEH referent: referral → acknowledged → proceedings or no further action; criminal events go on the case. */
export const PARQUET: Workflow<ParquetState> = {
  states: PARQUET_STATES,
  initial: 'requested',
  terminal: ['proceedings', 'no_further_action', 'refused', 'cancelled'],
  steps: {
    acknowledge: { from: ['requested'], to: 'acknowledged', party: 'target', event: 'OrientationAccepted' },
    open_proceedings: { from: ['acknowledged'], to: 'proceedings', party: 'target', event: 'OrientationEnded' },
    no_further_action: {
      from: ['acknowledged'], to: 'no_further_action', party: 'target', reasons: ['insufficient_evidence', 'perpetrator_unidentified', 'other'],
      event: 'OrientationEnded',
    },
    refuse: { from: ['requested'], to: 'refused', party: 'target', revokesAccess: true, reasons: ['not_competent'], event: 'OrientationRefused' },
    cancel: { from: ['requested'], to: 'cancelled', party: 'requester', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true, event: 'OrientationCancelled' },
  },
};

export const GENERAL_STATES = ['requested', 'done', 'refused', 'cancelled'] as const;
type GeneralState = (typeof GENERAL_STATES)[number];

/** 115/SIAO, CHRS, ASE/CRIP, asylum, lawyer: requested → done. */
export const GENERAL: Workflow<GeneralState> = {
  states: GENERAL_STATES,
  initial: 'requested',
  terminal: ['done', 'refused', 'cancelled'],
  steps: {
    complete: { from: ['requested'], to: 'done', party: 'target', event: 'OrientationEnded' },
    refuse: { from: ['requested'], to: 'refused', party: 'target', revokesAccess: true, reasons: ['no_place', 'out_of_scope'], event: 'OrientationRefused' },
    cancel: { from: ['requested'], to: 'cancelled', party: 'requester', revokesAccess: true, reasons: CANCEL_REASONS, reasonOptional: true, event: 'OrientationCancelled' },
  },
};

export const WORKFLOWS: Record<TargetKind, Workflow> = {
  acse: ACSE,
  dna: DNA,
  minors_centre: MINORS_CENTRE,
  uaped: UAPED,
  crp: CRP,
  psp: PSP,
  prefecture: PREFECTURE,
  parquet: PARQUET,
  general: GENERAL,
};

/** PSP: one authorisation lasts 6 months; four make the 24-month ceiling. */
export const PSP_AUTHORISATION_MONTHS = 6;
export const PSP_MAX_AUTHORISATIONS = 4;
