import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** Marks one notification read; marking it again changes nothing. */
export class MarkNotificationReadCommand extends Command<void> {
  constructor(
    readonly actor: Actor,
    readonly notificationId: string,
  ) {
    super();
  }
}

/** Marks every unread notification read. */
export class MarkAllNotificationsReadCommand extends Command<{ updated: number }> {
  constructor(readonly actor: Actor) {
    super();
  }
}
