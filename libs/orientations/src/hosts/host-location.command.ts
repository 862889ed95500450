import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** Where a host really is. Secret: encrypted at rest, never in a list, an event, a notification or a log. */
export interface HostLocation {
  address: string;
  postalCode?: string;
  city?: string;
  phone?: string;
  accessInstructions?: string;
}

export class SetHostLocationCommand extends Command<{ hostId: string; updatedAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly hostId: string,
    readonly location: HostLocation,
  ) {
    super();
  }
}

export class GetHostLocationQuery extends Query<{ hostId: string; location: HostLocation; updatedAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly hostId: string,
  ) {
    super();
  }
}
