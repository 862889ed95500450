import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NewMembership } from './create-user.command';

export class AddMembershipCommand extends Command<{ id: string }> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly membership: NewMembership,
  ) {
    super();
  }
}

/** Memberships are deactivated, not deleted: the audit journal keeps referring to them. */
export class SetMembershipActiveCommand extends Command<{ id: string; active: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly userId: string,
    readonly membershipId: string,
    readonly active: boolean,
  ) {
    super();
  }
}
