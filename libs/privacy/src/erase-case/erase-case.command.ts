import { Command } from '@nestjs/cqrs';
import type { CaseAnonymised } from '@mnio/cases';
import type { Actor } from '@mnio/platform';

/**
 * Why a case is erased before its rule's time (GDPR article 17): codes, never free text (the reason goes to the
 * audit journal, which must hold no identity).
 */
export const ERASURE_REASONS = ['person_request', 'consent_withdrawn', 'objection', 'unlawful_processing', 'legal_obligation'] as const;
export type ErasureReason = (typeof ERASURE_REASONS)[number];

/** Early erasure of one case, by its reference, by the owner organisation's coordinator or DPO. */
export class EraseCaseCommand extends Command<CaseAnonymised> {
  constructor(
    readonly actor: Actor,
    readonly reference: string,
    readonly reason: ErasureReason,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}
