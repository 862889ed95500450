import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { MinorProtectionStep } from './minor-protection-checklist';

/** What the orientations context says of the case's latest UAPED orientation (the composition root asks it). */
export interface UapedOrientationFacts {
  orientationId: string;
  state: string;
  /** YYYY-MM-DD: the day it reached its state. */
  updatedOn: string;
  targetOrganisationId: string;
}

export interface MinorProtectionView {
  caseId: string;
  reference: string;
  /** False for an adult's case: no steps. */
  applicable: boolean;
  /** YYYY-MM-DD in France: the day the states were computed for. */
  today: string;
  steps: MinorProtectionStep[];
  nextClock: MinorProtectionStep | null;
}

/** A minor's protection checklist, for those who see the case (audited like every read). */
export class GetMinorProtectionQuery extends Query<MinorProtectionView> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly uaped: UapedOrientationFacts | null,
  ) {
    super();
  }
}
