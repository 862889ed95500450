import { DomainError } from '../errors/domain-error';

/**
 * The one state-machine engine: a case's tracks, an orientation's workflow, a cell action's and a transfer's
 * status all move through it. A machine is a table of named moves; each says which states it may start from
 * (`'*'`: any) and where it leads (`'same'` keeps the state). Contexts add what their moves need (a party,
 * reason codes, effects) by extending `Move`.
 *
 * Checked in this order, one code each: the move exists (422 `UNKNOWN_MOVE`), the caller's `may` hook (who
 * may take it: the context's own code, e.g. 403), the current state allows it (409 `ILLEGAL_TRANSITION`).
 */
export interface Move<S extends string> {
  readonly from: readonly S[] | '*';
  readonly to: S | 'same';
}

/** A machine's moves by name. */
export type Moves<S extends string, M extends string = string, X extends Move<S> = Move<S>> = Readonly<Record<M, X>>;

/** A machine with its initial state (the cases' tracks). */
export interface StateMachine<S extends string, M extends string = string, X extends Move<S> = Move<S>> {
  readonly initial: S;
  readonly moves: Moves<S, M, X>;
}

/** Whether `name` is one of the machine's moves (own names only: `constructor`, `__proto__` are not moves). */
export function isMove<S extends string, M extends string, X extends Move<S>>(moves: Moves<S, M, X>, name: string): name is M {
  return Object.prototype.hasOwnProperty.call(moves, name);
}

/** The move called `name`, or 422 `UNKNOWN_MOVE`. The name is not echoed: it is the caller's input. */
export function moveOf<S extends string, M extends string, X extends Move<S>>(moves: Moves<S, M, X>, name: string): X {
  if (!isMove(moves, name)) throw new DomainError('UNKNOWN_MOVE', 'Unknown move for this machine', { moves: Object.keys(moves) });
  return moves[name];
}

/** Whether the move may start from `state`. */
export function movesFrom<S extends string>(move: Move<S>, state: S): boolean {
  return move.from === '*' || move.from.includes(state);
}

/** Where the move leads from `state` (`'same'` resolved). */
export function targetOf<S extends string>(move: Move<S>, state: S): S {
  return move.to === 'same' ? state : move.to;
}

/**
 * Pure: takes the move `name` from `current`, or throws (see the order above). `may` is the who-may hook:
 * it throws the context's own refusal when the actor may not take this move.
 */
export function takeMove<S extends string, M extends string, X extends Move<S>>(
  moves: Moves<S, M, X>,
  current: NoInfer<S>,
  name: string,
  may?: (move: X, name: M) => void,
): { name: M; move: X; to: S } {
  const move = moveOf(moves, name);
  may?.(move, name as M);
  if (!movesFrom(move, current)) {
    throw new DomainError('ILLEGAL_TRANSITION', `Cannot ${name} from ${current}`, { from: current, move: name });
  }
  return { name: name as M, move, to: targetOf(move, current) };
}

/** Pure: the state `name` leads to from `current` (`takeMove` without a who-may hook). */
export function nextState<S extends string, M extends string>(moves: Moves<S, M, Move<S>>, current: NoInfer<S>, name: M | string): S {
  return takeMove<S, M, Move<S>>(moves, current, name).to;
}

/** The moves that may start from `current` and pass `filter` (e.g. who may take them), in the machine's order. */
export function allowedMoves<S extends string, M extends string, X extends Move<S>>(
  moves: Moves<S, M, X>,
  current: NoInfer<S>,
  filter: (move: X, name: M) => boolean = () => true,
): M[] {
  return (Object.keys(moves) as M[]).filter((name) => movesFrom(moves[name], current) && filter(moves[name], name));
}
