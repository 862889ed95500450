import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { OrganisationKind } from '../domain/roles';

export class CreateOrganisationCommand extends Command<{ id: string }> {
  constructor(
    readonly actor: Actor,
    readonly kind: OrganisationKind,
    readonly name: string,
    readonly national: boolean,
    readonly territories: string[],
    readonly attributes: object = {},
  ) {
    super();
  }
}
