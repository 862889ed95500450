import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { Role } from '../domain/roles';

export interface NewMembership {
  organisationId: string;
  role: Role;
  /** Subset of the organisation's territories; empty means all of them. */
  territories?: string[];
}

export interface CreatedUser {
  id: string;
  /** The single-use enrolment link's token and path (`/inscription#<token>`), shown this once. */
  enrolment: { token: string; path: string; expiresAt: string };
  /** Memberships granted at once (roles that read no identity). */
  memberships: { id: string; organisationId: string; role: Role }[];
  /** Identity-reading roles: requests waiting for the organisation's coordinator. */
  requests: { id: string; organisationId: string; role: Role }[];
}

/** A platform administrator creates a user: no password (an enrolment link instead). */
export class CreateUserCommand extends Command<CreatedUser> {
  constructor(
    readonly actor: Actor,
    readonly email: string,
    readonly displayName: string,
    readonly memberships: NewMembership[],
  ) {
    super();
  }
}
