import type { TrackEventDetails } from '../tracks/record-track-event.command';
import { REPORT_SERVICES } from './tracks';

/** Who gave the R425-1 information on rights, or took a complaint: a code, never a name or free text. */
export const TRACK_SERVICES = ['police', 'gendarmerie', 'labour_inspection', 'prefecture', 'parquet', 'designated_association'] as const;
/** Why a reflection period ended before its 30 days (R425-2). */
export const REFLECTION_END_REASONS = ['contact_with_perpetrators_renewed', 'public_order_threat', 'person_left', 'other'] as const;
/** Why the préfecture refused the L425-1 permit. */
export const PERMIT_REFUSAL_REASONS = ['ties_not_broken', 'public_order_threat', 'no_complaint_or_testimony', 'facts_abroad_only', 'other'] as const;
/** Why the parquet closed the case without proceedings. */
export const NO_FURTHER_ACTION_REASONS = ['insufficient_evidence', 'perpetrator_unidentified', 'no_offence', 'prosecution_inappropriate', 'other'] as const;
export const HEARING_TYPES = ['police', 'gendarmerie', 'uaped', 'investigating_judge', 'trial'] as const;
/** The legal basis of a child's placement (the same codes as the minors' centre orientation). */
export const PLACEMENT_LEGAL_BASES = ['opp', 'judgment', 'administrative_reception'] as const;

type Fact = keyof TrackEventDetails;
/** What one event takes: the facts it needs, those it may carry, and the closed list of its coded facts. */
export interface EventFacts {
  required?: readonly Fact[];
  optional?: readonly Fact[];
  codes?: Partial<Record<Fact, readonly string[]>>;
}

/**
 * The facts of each track event (the pages build their forms from a copy, checked by test/e2e/web/contract).
 * Every fact is a code, a date or a yes/no: history entries are shown to every organisation that sees the case.
 */
export const EVENT_FACTS: Record<string, EventFacts> = {
  rights_information: { required: ['service', 'language', 'interpreter'], codes: { service: TRACK_SERVICES } },
  reflection_period_started: {},
  reflection_period_ended_early: { required: ['reasonCode'], codes: { reasonCode: REFLECTION_END_REASONS } },
  receipt_issued: {},
  complaint_or_testimony: { optional: ['service'], codes: { service: TRACK_SERVICES } },
  permit_issued: { optional: ['expiresOn'] },
  permit_renewed: { optional: ['expiresOn'] },
  permit_refused: { required: ['reasonCode'], codes: { reasonCode: PERMIT_REFUSAL_REASONS } },
  ten_year_card_issued: {},
  removal_order: {},
  report_made: { required: ['service'], codes: { service: REPORT_SERVICES } },
  ase_provisional_reception: {},
  parquet_informed: {},
  emergency_placement_order: { optional: ['legalBasis'], codes: { legalBasis: PLACEMENT_LEGAL_BASES } },
  judge_seized: {},
  placement: { optional: ['legalBasis'], codes: { legalBasis: PLACEMENT_LEGAL_BASES } },
  guardian_appointed: {},
  ad_hoc_administrator_appointed: {},
  complaint_filed: { optional: ['service'], codes: { service: TRACK_SERVICES } },
  hearing: { optional: ['hearingType', 'language', 'interpreter'], codes: { hearingType: HEARING_TYPES } },
  proceedings_opened: {},
  no_further_action: { required: ['reasonCode'], codes: { reasonCode: NO_FURTHER_ACTION_REASONS } },
  conviction: {},
};

/** The first fact that is missing, not taken by this event, or outside its list; null when the facts fit. */
export function factProblem(event: string, details: TrackEventDetails): { code: 'EVENT_FIELD_REQUIRED' | 'EVENT_FIELD_NOT_ALLOWED' | 'EVENT_FIELD_INVALID'; field: Fact } | null {
  const spec = EVENT_FACTS[event] ?? {};
  for (const field of spec.required ?? []) {
    if (details[field] === undefined || details[field] === '') return { code: 'EVENT_FIELD_REQUIRED', field };
  }
  const taken = new Set<Fact>([...(spec.required ?? []), ...(spec.optional ?? [])]);
  for (const field of Object.keys(details) as Fact[]) {
    if (details[field] === undefined) continue;
    if (!taken.has(field)) return { code: 'EVENT_FIELD_NOT_ALLOWED', field };
    const codes = spec.codes?.[field];
    if (codes && !codes.includes(String(details[field]))) return { code: 'EVENT_FIELD_INVALID', field };
  }
  return null;
}
