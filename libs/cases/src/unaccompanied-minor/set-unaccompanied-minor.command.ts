import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/**
 * Records whether a minor is unaccompanied (« mineur non accompagné »: no parent or legal guardian in France; the
 * ASE takes them in charge), or that it is not known (`null`). A fact of the case, not of the identity.
 */
export class SetUnaccompaniedMinorCommand extends Command<{ id: string; version: number }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly unaccompaniedMinor: boolean | null,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
