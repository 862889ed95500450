import { Command, Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { AccessReason, CaseSubject } from '../access/case-access.service';
import type { DeadlineKind } from '../deadlines/deadline-rules';

/**
 * What other contexts (orientations, coordination, notifications) may ask of cases. They run in the
 * caller's transaction when there is one, so a grant commits with the act that justifies it.
 */
export class GrantCaseAccessCommand extends Command<{ granted: boolean }> {
  constructor(
    readonly caseId: string,
    readonly organisationId: string,
    readonly reason: Exclude<AccessReason, 'owner'>,
    readonly sourceId?: string,
    readonly grantedBy?: string,
    readonly expiresAt?: Date,
  ) {
    super();
  }
}

export class RevokeCaseAccessCommand extends Command<{ revoked: string[] }> {
  constructor(
    readonly caseId: string,
    readonly reason: Exclude<AccessReason, 'owner'>,
    readonly organisationId?: string,
    readonly sourceId?: string,
    readonly why = 'revoked',
  ) {
    super();
  }
}

/** Makes `organisationId` the owner; the former owner keeps a pseudonymised view (`former_owner`). */
export class TransferCaseOwnershipCommand extends Command<{ version: number }> {
  constructor(
    readonly caseId: string,
    readonly newOwnerOrganisationId: string,
    readonly newTerritory: string,
    readonly sourceId: string,
  ) {
    super();
  }
}

export class OpenDeadlineCommand extends Command<{ id: string; dueOn: string } | null> {
  constructor(
    readonly caseId: string,
    readonly kind: DeadlineKind,
    readonly from: string,
    readonly responsibleOrganisationId: string,
    readonly sourceRef?: string,
    readonly dueOn?: string,
    /** The case's territory when the caller read it in this transaction (its row locked): saves reading it again. */
    readonly territory?: string,
  ) {
    super();
  }
}

export class CloseDeadlinesCommand extends Command<{ closed: number }> {
  constructor(
    readonly caseId: string,
    readonly kinds: DeadlineKind[],
    readonly reason: string,
    readonly sourceRef?: string,
  ) {
    super();
  }
}

/** Instance-level check for another context's use case: 404 when invisible, 403 when not allowed. */
export class AuthorizeCaseQuery extends Query<CaseSubject> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly action: string,
    readonly lock = false,
  ) {
    super();
  }
}

/** Pseudonymised facts for eligibility rules: no identity. */
export interface CaseFacts {
  id: string;
  reference: string;
  territory: string;
  ownerOrganisationId: string;
  sex: string;
  ageBand: string;
  minor: boolean;
  ageUncertain: boolean;
  nationality: string | null;
  foreignNational: boolean;
  exploitationForms: string[];
  localDanger: boolean;
  /** Départements of the exploitation events in France. */
  exploitationTerritories: string[];
  identificationStatus: string;
  caseStatus: string;
  childProtectionStatus: string;
  /** Current consents: purpose → granted; orientation consents keyed `orientation:<organisationId>`. */
  consents: Record<string, boolean>;
  viewers: string[];
}

export class CaseFactsQuery extends Query<CaseFacts | null> {
  constructor(readonly caseId: string) {
    super();
  }
}

export interface OpenDeadline {
  deadlineId: string;
  caseId: string;
  reference: string;
  territory: string;
  kind: string;
  dueAt: Date;
  responsibleOrganisationId: string;
  /** A minor's clock: once overdue, the territory's parquet is told too. */
  escalate: boolean;
}

/** Open deadlines due before a date, for reminders (keyset by id). */
export class OpenDeadlinesQuery extends Query<OpenDeadline[]> {
  constructor(
    readonly dueBefore: Date,
    readonly afterId?: string,
    readonly limit = 500,
  ) {
    super();
  }
}

/**
 * Batch variant of `CanOrganisationSeeCaseQuery`: of `caseIds`, those at least one of `organisationIds` sees now
 * (a withdrawn consent counts at once). Other contexts filter what they list with it, never by reading case tables.
 */
export class CasesVisibleToQuery extends Query<string[]> {
  constructor(
    readonly organisationIds: string[],
    readonly caseIds: string[],
  ) {
    super();
  }
}

export class CanOrganisationSeeCaseQuery extends Query<boolean> {
  /**
   * `formerSourceId`: also true when the organisation held a view granted by that source (a transfer, by its id),
   * even if the view has ended since — the end of a transfer is told to the organisation that was asked.
   */
  constructor(
    readonly caseId: string,
    readonly organisationId: string,
    readonly formerSourceId?: string,
  ) {
    super();
  }
}
