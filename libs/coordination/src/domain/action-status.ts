import { Moves, nextState } from '@mnio/platform';

export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'cancelled'] as const;
export type ActionStatus = (typeof ACTION_STATUSES)[number];
export const ACTION_MOVES = ['start', 'complete', 'cancel'] as const;
export type ActionMove = (typeof ACTION_MOVES)[number];

/** A follow-up action: started, then done; cancelled at any point before. Done and cancelled are final. */
export const ACTION_MACHINE: Moves<ActionStatus, ActionMove> = {
  start: { from: ['open'], to: 'in_progress' },
  complete: { from: ['open', 'in_progress'], to: 'done' },
  cancel: { from: ['open', 'in_progress'], to: 'cancelled' },
};

export const PENDING_ACTION_STATUSES: readonly ActionStatus[] = ['open', 'in_progress'];

export const nextActionStatus = (current: ActionStatus, move: ActionMove): ActionStatus => nextState(ACTION_MACHINE, current, move);
