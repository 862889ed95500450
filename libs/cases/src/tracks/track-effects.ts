import { DomainError } from '@mnio/platform';
import type { DeadlineKind } from '../deadlines/deadline-rules';
import type { Machine } from '../domain/state-machine';
import { CHILD_PROTECTION, CRIMINAL, REPORT_SERVICES, RESIDENCE, TrackName } from '../domain/tracks';
import type { TrackEventDetails } from './record-track-event.command';

export const TRACKS: Record<TrackName, { machine: Machine<string, string>; column: string; action: string }> = {
  residence: { machine: RESIDENCE as Machine<string, string>, column: 'residence_status', action: 'record_residence' },
  child_protection: { machine: CHILD_PROTECTION as Machine<string, string>, column: 'child_protection_status', action: 'record_child_protection' },
  criminal: { machine: CRIMINAL as Machine<string, string>, column: 'criminal_status', action: 'record_criminal' },
};

/** What recording an event does to deadlines: which to open (and from when), which it closes. */
export interface DeadlineEffect {
  open?: { kind: DeadlineKind; responsible: 'owner' | 'actor' | 'parquet'; dueOn?: string };
  close: DeadlineKind[];
}

export function deadlineEffect(event: string, details: TrackEventDetails): DeadlineEffect {
  switch (event) {
    case 'reflection_period_started':
      return { open: { kind: 'reflection_period_end', responsible: 'owner' }, close: [] };
    case 'reflection_period_ended_early':
    case 'complaint_or_testimony':
      return { close: ['reflection_period_end'] };
    case 'permit_issued':
    case 'permit_renewed':
      return { open: { kind: 'permit_expiry', responsible: 'owner', dueOn: details.expiresOn }, close: ['reflection_period_end', 'permit_expiry'] };
    case 'permit_refused':
    case 'ten_year_card_issued':
      return { close: ['permit_expiry', 'reflection_period_end'] };
    // A minor's clocks (minor-protection/): each event closes the steps it fulfils or makes moot.
    case 'report_made':
      return { close: ['minor_report'] };
    case 'ase_provisional_reception':
      return { open: { kind: 'parquet_referral', responsible: 'actor' }, close: ['minor_report', 'ase_reception'] };
    case 'parquet_informed':
      return { close: ['parquet_referral', 'minor_report'] };
    case 'emergency_placement_order':
      return { open: { kind: 'judge_seizure', responsible: 'parquet' }, close: ['minor_report', 'ase_reception', 'parquet_referral'] };
    case 'judge_seized':
      return { close: ['judge_seizure', 'parquet_referral', 'minor_report', 'ase_reception'] };
    default:
      return { close: [] };
  }
}

/** Facts an event cannot be recorded without (422 EVENT_FIELD_REQUIRED), and cross-track rules. */
export function assertEventFacts(
  track: TrackName,
  event: string,
  details: TrackEventDetails,
  facts: { minor: boolean; foreignNational: boolean; criminalStatus: string },
): void {
  if (track === 'residence' && (!facts.foreignNational || facts.minor)) {
    throw new DomainError('RESIDENCE_TRACK_NOT_APPLICABLE', 'The residence track concerns foreign adults from outside the EU/EEA/Switzerland');
  }
  if (track === 'child_protection' && !facts.minor) throw new DomainError('CHILD_PROTECTION_NOT_APPLICABLE', 'Child protection concerns minors');
  const required: Record<string, (keyof TrackEventDetails)[]> = {
    rights_information: ['service', 'language', 'interpreter'],
    reflection_period_ended_early: ['reasonCode'],
    permit_refused: ['reasonCode'],
    no_further_action: ['reasonCode'],
    report_made: ['service'],
  };
  for (const field of required[event] ?? []) {
    if (details[field] === undefined || details[field] === '') {
      throw new DomainError('EVENT_FIELD_REQUIRED', `${event} needs ${field}`, { field });
    }
  }
  if (event === 'report_made' && !REPORT_SERVICES.includes(details.service as (typeof REPORT_SERVICES)[number])) {
    throw new DomainError('EVENT_FIELD_REQUIRED', 'report_made needs service crip or parquet', { field: 'service' });
  }
  if (event === 'ten_year_card_issued' && facts.criminalStatus !== 'convicted') {
    throw new DomainError('CONVICTION_REQUIRED', 'The 10-year card follows a final conviction; record it on the criminal track first');
  }
}
