import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { Role } from '../domain/roles';

export class DecideAccessRequestCommand extends Command<{ id: string; status: 'accepted' | 'refused'; userId: string | null; membershipId: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly requestId: string,
    readonly decision: 'accept' | 'refuse',
    /** The role the coordinator gives (accept only), and the territories of the membership. */
    readonly role?: Role,
    readonly territories: string[] = [],
  ) {
    super();
  }
}
