import { DomainError } from '@mnio/platform';

/** One move of a track: which states it may start from, and where it leads (`same` keeps the state). */
export interface Move<S extends string> {
  from: readonly S[] | '*';
  to: S | 'same';
}

export type Machine<S extends string, E extends string> = { readonly initial: S; readonly moves: Record<E, Move<S>> };

/** Pure: the next state, or ILLEGAL_TRANSITION. */
export function nextState<S extends string, E extends string>(machine: Machine<S, E>, current: S, event: E): S {
  const move = machine.moves[event];
  if (!move) throw new DomainError('UNKNOWN_EVENT', `Unknown event ${event}`);
  if (move.from !== '*' && !move.from.includes(current)) {
    throw new DomainError('ILLEGAL_TRANSITION', `Cannot record ${event} when the track is ${current}`, { from: current, event });
  }
  return move.to === 'same' ? current : move.to;
}

export function allowedEvents<S extends string, E extends string>(machine: Machine<S, E>, current: S): E[] {
  return (Object.keys(machine.moves) as E[]).filter((e) => {
    const from = machine.moves[e].from;
    return from === '*' || from.includes(current);
  });
}
