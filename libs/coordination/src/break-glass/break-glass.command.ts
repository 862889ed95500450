import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { BreakGlassReason } from '../domain/vocabulary';

/** The case to open: by id (a link) or by the reference someone read out over the phone. */
export type BreakGlassTarget = { caseId: string } | { reference: string };

/**
 * Opens a case outside the actor's scope in an emergency: a read-only grant to the actor alone that lapses by
 * itself, after a fresh second factor when the actor has one, within a daily number of uses; audited with its
 * reason, the owner's coordinators and the data-protection contact told.
 */
export class BreakGlassCommand extends Command<{ id: string; caseId: string; reference: string; organisationId: string; expiresAt: string }> {
  constructor(
    readonly actor: Actor,
    readonly target: BreakGlassTarget,
    readonly reasonCode: BreakGlassReason,
    readonly justification: string,
    /** A code from the actor's authenticator app: required when TOTP is enrolled. */
    readonly totpCode?: string,
  ) {
    super();
  }
}
