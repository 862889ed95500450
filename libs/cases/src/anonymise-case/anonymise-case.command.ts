import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { LegalHold } from './legal-hold';

export { LEGAL_HOLDS, legalHoldsOf } from './legal-hold';
export type { LegalHold } from './legal-hold';

/** Why a case is anonymised: a retention rule applied by the nightly job, or the person's request (early erasure). */
export type AnonymisationCause =
  | { kind: 'retention'; rule: string; runId: string }
  | { kind: 'request'; actor: Actor; organisationId: string; reason: string };

export interface CaseAnonymised {
  id: string;
  reference: string;
  version: number;
  anonymisedAt: string;
}

/**
 * Anonymises one case in one transaction: the encrypted columns (identity, narrative, danger notes, notes of its
 * history and indicators) are emptied, its blind indexes removed; the pseudonymised facts the statistics count
 * (sex, age band, nationality, forms, tracks' states and dated events) stay. The caller has checked who may ask.
 * Refused on a case under a legal hold (`CASE_UNDER_LEGAL_HOLD`) or already anonymised (`CASE_ALREADY_ANONYMISED`).
 */
export class AnonymiseCaseCommand extends Command<CaseAnonymised> {
  constructor(
    readonly caseId: string,
    readonly cause: AnonymisationCause,
    readonly expectedVersion?: number,
  ) {
    super();
  }
}

/** What erasure needs to know about one case, by reference or id (no authorization: the caller checks its own rule). */
export interface CaseRetentionFacts {
  caseId: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  caseStatus: string;
  version: number;
  anonymisedAt: string | null;
  /** When the case was closed (its last closing event), null while followed. */
  closedAt: string | null;
  holds: LegalHold[];
}

export class CaseRetentionFactsQuery extends Query<CaseRetentionFacts | null> {
  constructor(readonly ref: { reference: string } | { caseId: string }) {
    super();
  }
}

/**
 * A page (keyset by id) of the cases a retention rule reaches: not anonymised, in `caseStatus`, closed before
 * `closedBefore`. Cases under a legal hold come too, with their holds, so that the report can say why they stay.
 */
export class RetentionCandidatesQuery extends Query<CaseRetentionFacts[]> {
  constructor(
    readonly caseStatus: 'closed' | 'closed_referred',
    readonly closedBefore: Date,
    readonly afterId: string | null,
    readonly limit: number,
  ) {
    super();
  }
}
