import { DomainError } from '@mnio/platform';

export type Moves<S extends string, M extends string> = Record<M, { from: readonly S[]; to: S }>;

/** Pure: the status a move leads to, or ILLEGAL_TRANSITION. */
export function nextStatus<S extends string, M extends string>(moves: Moves<S, M>, current: S, move: M): S {
  const m = moves[move];
  if (!m) throw new DomainError('VALIDATION_FAILED', `Unknown move ${move}`);
  if (!m.from.includes(current)) throw new DomainError('ILLEGAL_TRANSITION', `Cannot ${move} when the status is ${current}`, { from: current, action: move });
  return m.to;
}
