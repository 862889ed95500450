import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { NewMembership } from './create-user.command';

/** `granted`: the membership's id; `pending`: the request's id, waiting for the organisation's coordinator. */
export interface MembershipOutcome {
  status: 'granted' | 'pending';
  id: string;
}

export class AddMembershipCommand extends Command<MembershipOutcome> {
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
