import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NewAction, OpenedAction } from './action-opener.service';

/**
 * Gives a follow-up action to an organisation after the decision was recorded (the decision's text stays as
 * it was). The cell's coordinators, on a decision that still stands.
 */
export class AddActionCommand extends Command<OpenedAction & { decisionId: string }> {
  constructor(
    readonly actor: Actor,
    readonly decisionId: string,
    readonly action: NewAction,
  ) {
    super();
  }
}
