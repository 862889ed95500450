import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { BreakGlassReason } from '../domain/vocabulary';

/**
 * Opens a case outside the actor's scope in an emergency: a read-only grant to the actor's organisation
 * that lapses by itself, audited with its reason, the owner's coordinators and the data-protection contact told.
 */
export class BreakGlassCommand extends Command<{ id: string; caseId: string; reference: string; organisationId: string; expiresAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly reasonCode: BreakGlassReason,
    readonly justification: string,
  ) {
    super();
  }
}
