/**
 * What a step of an orientation asks for, per target kind: the reason codes it takes (required unless
 * optional) and whether it names a host. A copy of libs/orientations/src/domain/workflows.ts, checked against
 * it by test/e2e/web/vocabulary.e2e-spec.ts; the API gives `allowedActions`, this says how to fill them in.
 */
export interface StepForm {
  reasons?: readonly string[];
  reasonOptional?: boolean;
  host?: 'required' | 'optional';
}

const CANCEL = { reasons: ['no_longer_needed', 'person_declined', 'lost_contact', 'other'], reasonOptional: true } as const;
const EXIT = ['mainstream_services', 'reorientation', 'abandonment', 'end_of_stay'] as const;

export const STEP_FORMS: Record<string, Record<string, StepForm>> = {
  acse: {
    start_assessment: {},
    search_place: {},
    agree_in_principle: { host: 'required' },
    release_host: { reasons: ['host_withdrew', 'no_agreement', 'not_suitable'] },
    schedule_pre_admission: {},
    transfer: {},
    admit: {},
    end: { reasons: EXIT },
    refuse: { reasons: ['no_danger', 'no_agreement', 'no_place', 'out_of_scope'] },
    cancel: CANCEL,
  },
  dna: {
    accept: {},
    refuse: { reasons: ['no_place', 'out_of_scope', 'no_agreement'] },
    admit: {},
    end: { reasons: EXIT },
    cancel: CANCEL,
  },
  minors_centre: {
    start_assessment: {},
    accept: { host: 'optional' },
    admit: {},
    relay: { host: 'required' },
    end: { reasons: [...EXIT, 'came_of_age'] },
    refuse: { reasons: ['no_place', 'out_of_scope', 'no_legal_basis'] },
    cancel: CANCEL,
  },
  uaped: {
    schedule_hearing: {},
    hold_hearing: {},
    refuse: { reasons: ['out_of_scope', 'no_place'] },
    cancel: CANCEL,
  },
  crp: {
    add_to_waiting_list: {},
    start_care: {},
    end: { reasons: ['care_completed', 'reorientation', 'abandonment'] },
    refuse: { reasons: ['out_of_scope', 'no_place'] },
    cancel: CANCEL,
  },
  psp: {
    commission_opinion: { reasons: ['favourable', 'unfavourable'] },
    prefect_decision: {},
    renew: {},
    decline_renewal: { reasons: ['unfavourable_opinion'] },
    end: { reasons: ['completed', 'abandonment', 'max_duration_reached', 'other'] },
    refuse: { reasons: ['unfavourable_opinion', 'out_of_scope'] },
    cancel: CANCEL,
  },
  prefecture: {
    acknowledge: {},
    complete: {},
    refuse: { reasons: ['out_of_scope', 'not_competent'] },
    cancel: CANCEL,
  },
  parquet: {
    acknowledge: {},
    open_proceedings: {},
    no_further_action: { reasons: ['insufficient_evidence', 'perpetrator_unidentified', 'other'] },
    refuse: { reasons: ['not_competent'] },
    cancel: CANCEL,
  },
  general: {
    complete: {},
    refuse: { reasons: ['no_place', 'out_of_scope'] },
    cancel: CANCEL,
  },
};

export const stepForm = (targetKind: string, action: string): StepForm => STEP_FORMS[targetKind]?.[action] ?? {};

/** Destructive steps are shown as secondary buttons, the others as primary. */
export const NEGATIVE_ACTIONS = new Set(['refuse', 'cancel', 'release_host', 'decline_renewal', 'no_further_action']);

/** Which organisation kinds may receive an orientation of a kind (libs/orientations/src/domain/targets.ts). */
export const TARGET_ORGANISATION_KINDS: Record<string, readonly string[]> = {
  acse: ['acse_coordination'],
  dna: ['host'],
  minors_centre: ['minors_centre'],
  uaped: ['uaped'],
  crp: ['crp'],
  psp: ['prefecture'],
  prefecture: ['prefecture'],
  parquet: ['parquet'],
};
export const CHANNEL_KINDS: Record<string, readonly string[]> = {
  siao_115: ['association', 'host'],
  chrs: ['host', 'association'],
  ase_crip: ['ase'],
  asylum: ['ofii', 'association'],
  lawyer: ['association'],
};
/** Targets competent for a département only: they must cover the case's. */
export const TERRITORIAL_TARGETS = ['psp', 'prefecture', 'parquet'];
export const TARGET_PLACE_KINDS: Record<string, readonly string[]> = { acse: ['women', 'men', 'family'], dna: ['women', 'family'], minors_centre: ['minors'] };
