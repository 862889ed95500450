import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** The platform sets an organisation's SIRET (null: none) and whether its members may sign in with a password. */
export class UpdateOrganisationSignInCommand extends Command<{ id: string; siret: string | null; passwordSignIn: boolean }> {
  constructor(
    readonly actor: Actor,
    readonly organisationId: string,
    readonly changes: { siret?: string | null; passwordSignIn?: boolean },
  ) {
    super();
  }
}
