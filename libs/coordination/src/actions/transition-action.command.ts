import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { ActionMove, ActionStatus } from '../domain/action-status';

/** Moves a follow-up action: its owner organisation's members only (the cell drops one by superseding its decision). */
export class TransitionActionCommand extends Command<{ id: string; status: ActionStatus; version: number }> {
  constructor(
    readonly actor: Actor,
    readonly actionId: string,
    readonly move: ActionMove,
    readonly note: string | undefined,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
