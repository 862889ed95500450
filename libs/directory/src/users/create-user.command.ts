import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { Role } from '../domain/roles';

export interface NewMembership {
  organisationId: string;
  role: Role;
  /** Subset of the organisation's territories; empty means all of them. */
  territories?: string[];
}

export class CreateUserCommand extends Command<{ id: string }> {
  constructor(
    readonly actor: Actor,
    readonly email: string,
    readonly displayName: string,
    readonly password: string,
    readonly memberships: NewMembership[],
  ) {
    super();
  }
}
