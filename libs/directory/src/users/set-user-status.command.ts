import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** A user's status (`users.status`). */
export type UserStatus = 'active' | 'disabled';

/** Disable or re-enable a user. Disabling revokes every session: tokens stop working on the next request. */
export class SetUserStatusCommand extends Command<{ id: string; status: UserStatus }> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly status: UserStatus,
  ) {
    super();
  }
}
