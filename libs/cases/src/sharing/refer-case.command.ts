import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';

/** Refers a case to a partner of its territory (préfecture or parquet TEH referent, police, ASE…): a pseudonymised view. */
export class ReferCaseCommand extends Command<{ id: string; organisationId: string; version: number }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly organisationId: string,
    readonly expectedVersion: number | undefined,
  ) {
    super();
  }
}
