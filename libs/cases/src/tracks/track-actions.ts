import { allowedMoves } from '@mnio/platform';
import {
  CASE_STATUS, CaseState, CaseStatusEvent, ChildProtectionEvent, CriminalEvent, IDENTIFICATION, IdentificationState, ResidenceEvent, TrackName,
} from '../domain/tracks';
import { eventPrecondition, identificationAction, trackNotApplicable, TRACKS } from './track-effects';

/** What this actor may record now on this case, track by track: what the pages offer (the handlers check again). */
export interface TrackActions {
  /** Identification moves, named after the state they lead to. */
  identification: IdentificationState[];
  /** Whether indicators may be added. */
  indicators: boolean;
  residence: ResidenceEvent[];
  childProtection: ChildProtectionEvent[];
  criminal: CriminalEvent[];
  /** Case status events: follow_up, resume, close, close_referred, reopen. */
  case: CaseStatusEvent[];
}

export interface TrackFacts {
  statuses: { identification: string; residence: string; childProtection: string; criminal: string; case: string };
  minor: boolean;
  foreignNational: boolean;
}

/**
 * Computed from the same state machines, abilities and applicability rules the handlers enforce: `can` is the
 * actor's ability on this case (`ability.can(action, subject)`). Nothing here is a second copy of a rule.
 */
export function trackActions(can: (action: string) => boolean, facts: TrackFacts): TrackActions {
  const caseFacts = { minor: facts.minor, foreignNational: facts.foreignNational, criminalStatus: facts.statuses.criminal };
  const track = (name: TrackName, status: string): string[] => {
    const { machine, action } = TRACKS[name];
    if (!can(action) || trackNotApplicable(name, caseFacts)) return [];
    return allowedMoves(machine.moves, status).filter((e) => !eventPrecondition(e, caseFacts));
  };
  return {
    identification: allowedMoves(IDENTIFICATION.moves, facts.statuses.identification as IdentificationState).filter((to) => can(identificationAction(to))),
    indicators: can('update'),
    residence: track('residence', facts.statuses.residence) as ResidenceEvent[],
    childProtection: track('child_protection', facts.statuses.childProtection) as ChildProtectionEvent[],
    criminal: track('criminal', facts.statuses.criminal) as CriminalEvent[],
    case: can('close') ? allowedMoves(CASE_STATUS.moves, facts.statuses.case as CaseState) : [],
  };
}
