import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

export class DecideMembershipRequestCommand extends Command<{ id: string; status: 'approved' | 'refused'; membershipId: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly requestId: string,
    readonly decision: 'approve' | 'refuse',
  ) {
    super();
  }
}
