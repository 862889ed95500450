import { allowedMoves, DomainError, eventTypes, Move, takeMove } from '@mnio/platform';
import { ORIENTATIONS_EVENTS } from '../events';

/** Who acts on an orientation: the organisation that asked, the one it is addressed to, the host that takes the person in. */
export const PARTIES = ['requester', 'target', 'host'] as const;
export type Party = (typeof PARTIES)[number];

/** What a step does to the host's places: reserve one, occupy the reserved one, give it back, or move to another host. */
export type PlaceEffect = 'reserve' | 'occupy' | 'release' | 'move';

/** The events a step may publish: the context's declared events (events.ts), but the hosts' `HostCapacitySet` and the host's `OrientationHostChosen` (published beside the step's own). */
export type OrientationEvent = Exclude<keyof typeof ORIENTATIONS_EVENTS, 'HostCapacitySet' | 'OrientationHostChosen'>;
export const ORIENTATION_EVENTS = eventTypes(ORIENTATIONS_EVENTS).filter((t): t is OrientationEvent => t !== 'HostCapacitySet' && t !== 'OrientationHostChosen');

export interface Step<S extends string> extends Move<S> {
  readonly from: readonly S[];
  readonly to: S;
  party: Party;
  /** Allowed reason codes; required unless `reasonOptional`. */
  reasons?: readonly string[];
  reasonOptional?: boolean;
  /** The step names a host (`hostId`): required, or optional (defaults to the target itself). */
  host?: 'required' | 'optional';
  place?: PlaceEffect;
  /** The target (and any host) loses its access to the case. */
  revokesAccess?: boolean;
  /** The chosen host is not retained: its access and place go. */
  dropsHost?: boolean;
  /** The target takes the request in hand without answering it yet (assessment, search for a place): it closes the answer deadline, the answer's date waits for the real answer. */
  inHand?: boolean;
  /** The step dates an appointment (`scheduledAt`): the pre-admission video meeting or the transfer. */
  schedules?: 'pre_admission' | 'transfer';
  /** Outbox event; `OrientationTransitioned` when absent. */
  event?: OrientationEvent;
}

export interface Workflow<S extends string = string, A extends string = string> {
  readonly states: readonly S[];
  readonly initial: S;
  readonly terminal: readonly S[];
  readonly steps: Record<A, Step<S>>;
}

/**
 * Pure: the step an actor holding `parties` may take with `action` from `state`, through the platform's
 * state-machine engine. Checked in this order: the action exists (422 UNKNOWN_MOVE), the actor is its party
 * (403 ACTION_NOT_ALLOWED_FOR_PARTY), the state allows it (409 ILLEGAL_TRANSITION).
 */
export function stepOf<S extends string>(workflow: Workflow<S>, state: S, action: string, parties: readonly Party[]): Step<S> {
  return takeMove(workflow.steps, state, action, (step) => {
    if (!parties.includes(step.party)) {
      throw new DomainError('ACTION_NOT_ALLOWED_FOR_PARTY', `Only the ${step.party} may ${action}`, { action, party: step.party });
    }
  }).move;
}

/** What the actor may do next: for the client to offer, the API still checks. */
export function allowedActions<S extends string>(workflow: Workflow<S>, state: S, parties: readonly Party[]): string[] {
  return allowedMoves(workflow.steps, state, (step) => parties.includes(step.party));
}

/** The reason code a step needs, checked against its list. */
export function assertReason(step: Step<string>, reasonCode: string | undefined): void {
  if (!step.reasons) return;
  if (reasonCode === undefined) {
    if (step.reasonOptional) return;
    throw new DomainError('REASON_CODE_REQUIRED', 'This step needs a reason code', { allowed: [...step.reasons] });
  }
  if (!step.reasons.includes(reasonCode)) throw new DomainError('REASON_CODE_INVALID', 'Unknown reason code for this step', { allowed: [...step.reasons] });
}
