import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** Gives a dead delivery a new round of attempts. Queued through the outbox, so it works while Redis is down. */
export class ReplayDeadLetterCommand extends Command<{ deliveryId: string; round: number }> {
  constructor(
    readonly actor: Actor,
    readonly deadLetterId: string,
  ) {
    super();
  }
}
