import { Command } from '@nestjs/cqrs';

/** Why a case is shared with a territory's services, as the audit journal tells it (`case.shared`). */
export type TerritoryShareCause = 'minor' | 'cell' | 'transfer';

export interface TerritoryShareResult {
  /** The territory's CLAV cell, if it has one. */
  cellId: string | null;
  /** The grants this sharing added (an organisation that already had one is not listed). */
  granted: { organisationId: string; kind: string; reason: 'cell' | 'minor_protection' }[];
  /** The territory's services looked at (its cell, and its ASE and parquet when a minor's protection was asked). */
  services: { id: string; kind: string }[];
}

/**
 * Shares a case with a territory's own services, the one way creation, consent, identification and transfer do it:
 * its CLAV cell (`cell`), and for a minor its ASE and parquet (`minorProtection`). Each new grant publishes
 * `CaseShared` and the whole act is one `case.shared` audit entry. `cellReview` opens the cell's review deadline
 * (from that date) when the cell sees the case after the sharing, and, with `onlyIfPresumedVictim`, only for a
 * presumed victim. Runs in the caller's transaction; other contexts send it through `@mnio/cases`.
 */
export class ShareCaseWithTerritoryCommand extends Command<TerritoryShareResult> {
  constructor(
    readonly caseId: string,
    readonly territory: string,
    readonly share: { cell?: boolean; minorProtection?: boolean },
    readonly by: { userId: string; organisationId?: string; sourceId?: string; cause: TerritoryShareCause },
    readonly cellReview?: { from: string; onlyIfPresumedVictim?: boolean },
  ) {
    super();
  }
}
