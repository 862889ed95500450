import { DomainError } from '@mnio/platform';
import type { DeadlineKind } from '../deadlines/deadline-rules';
import type { StateMachine } from '@mnio/platform';
import { factProblem } from '../domain/track-facts';
import { CHILD_PROTECTION, CRIMINAL, IdentificationState, RESIDENCE, TrackName } from '../domain/tracks';
import type { TrackEventDetails } from './record-track-event.command';

export const TRACKS: Record<TrackName, { machine: StateMachine<string, string>; column: string; action: string }> = {
  residence: { machine: RESIDENCE as StateMachine<string, string>, column: 'residence_status', action: 'record_residence' },
  child_protection: { machine: CHILD_PROTECTION as StateMachine<string, string>, column: 'child_protection_status', action: 'record_child_protection' },
  criminal: { machine: CRIMINAL as StateMachine<string, string>, column: 'criminal_status', action: 'record_criminal' },
};

/** The ability a move of the identification track needs: formal identification is the investigators' own. */
export const identificationAction = (to: IdentificationState) => (to === 'formally_identified' ? 'formally_identify' : 'identify');

/**
 * Who answers for a deadline: the case's owner, the organisation recording the event, or the territory's
 * préfecture (residence), ASE (telling the parquet within 5 days) or parquet (seizing the judge within 8 days).
 */
export type Responsible = 'owner' | 'actor' | 'prefecture' | 'ase' | 'parquet';

/** What recording an event does to deadlines: which to open (and from when), which it closes. */
export interface DeadlineEffect {
  open?: { kind: DeadlineKind; responsible: Responsible; dueOn?: string };
  close: DeadlineKind[];
}

/**
 * The organisation a deadline is given to. A territorial service answers for it only when it sees the case
 * (a deadline nobody can open helps no one): otherwise the owner keeps the residence deadlines and the
 * recording organisation the others.
 */
export function responsibleOrganisation(
  who: Responsible,
  c: { ownerOrganisationId: string; viewers: string[] },
  actorOrganisationId: string,
  territoryOrganisations: { id: string; kind: string }[],
): string {
  if (who === 'owner') return c.ownerOrganisationId;
  if (who === 'actor') return actorOrganisationId;
  const seeing = territoryOrganisations.find((o) => o.kind === who && c.viewers.includes(o.id));
  return seeing?.id ?? (who === 'prefecture' ? c.ownerOrganisationId : actorOrganisationId);
}

export function deadlineEffect(event: string, details: TrackEventDetails): DeadlineEffect {
  switch (event) {
    case 'reflection_period_started':
      return { open: { kind: 'reflection_period_end', responsible: 'prefecture' }, close: [] };
    case 'reflection_period_ended_early':
    case 'complaint_or_testimony':
      return { close: ['reflection_period_end'] };
    case 'permit_issued':
    case 'permit_renewed':
      return { open: { kind: 'permit_expiry', responsible: 'prefecture', dueOn: details.expiresOn }, close: ['reflection_period_end', 'permit_expiry'] };
    case 'permit_refused':
    case 'ten_year_card_issued':
      return { close: ['permit_expiry', 'reflection_period_end'] };
    // A minor's clocks (minor-protection/): each event closes the steps it fulfils or makes moot.
    case 'report_made':
      return { close: ['minor_report'] };
    case 'ase_provisional_reception':
      return { open: { kind: 'parquet_referral', responsible: 'ase' }, close: ['minor_report', 'ase_reception'] };
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

type CaseFacts = { minor: boolean; foreignNational: boolean; criminalStatus: string };

/** Why a track does not concern this person (an error code), or null. */
export function trackNotApplicable(track: TrackName, facts: CaseFacts): 'RESIDENCE_TRACK_NOT_APPLICABLE' | 'CHILD_PROTECTION_NOT_APPLICABLE' | null {
  if (track === 'residence' && (!facts.foreignNational || facts.minor)) return 'RESIDENCE_TRACK_NOT_APPLICABLE';
  if (track === 'child_protection' && !facts.minor) return 'CHILD_PROTECTION_NOT_APPLICABLE';
  return null;
}

/** Cross-track preconditions of an event (an error code), or null. */
export function eventPrecondition(event: string, facts: CaseFacts): 'CONVICTION_REQUIRED' | null {
  return event === 'ten_year_card_issued' && facts.criminalStatus !== 'convicted' ? 'CONVICTION_REQUIRED' : null;
}

/** Facts an event cannot be recorded without or with (422 EVENT_FIELD_*), and cross-track rules. */
export function assertEventFacts(track: TrackName, event: string, details: TrackEventDetails, facts: CaseFacts): void {
  const notApplicable = trackNotApplicable(track, facts);
  if (notApplicable === 'RESIDENCE_TRACK_NOT_APPLICABLE') {
    throw new DomainError(notApplicable, 'The residence track concerns foreign adults from outside the EU/EEA/Switzerland');
  }
  if (notApplicable) throw new DomainError(notApplicable, 'Child protection concerns minors');
  const problem = factProblem(event, details);
  if (problem) throw new DomainError(problem.code, `${event}: ${problem.field} is missing, not taken or not in its list`, { field: problem.field });
  if (eventPrecondition(event, facts)) {
    throw new DomainError('CONVICTION_REQUIRED', 'The 10-year card follows a final conviction; record it on the criminal track first');
  }
}
