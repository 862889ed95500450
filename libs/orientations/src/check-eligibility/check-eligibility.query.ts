import { Query } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { RequestCheckInput } from '../request-orientation/request-checks.service';
import type { GeneralChannel, PlaceKind, TargetKind } from '../domain/targets';

export type EligibilityCheckInput = RequestCheckInput;

/** Whether a request would be accepted now, and every reason it would not: nothing is written. */
export interface EligibilityCheckView {
  targetKind: TargetKind;
  channel: GeneralChannel | null;
  targetOrganisationId: string | null;
  /** True only when a target is named and no check fails. */
  eligible: boolean;
  /** The codes a request would answer (422, or 409 ORIENTATION_ALREADY_OPEN), in the order it checks them; it answers the first. */
  problems: string[];
  /** The organisation kinds that receive this kind (and channel); a DNA host must also have dedicated places. */
  targetOrganisationKinds: string[];
  /** Whether the target must be competent for the case's département (national or covering it). */
  territorial: boolean;
  /** The place kinds this target offers; empty when it hosts nobody. */
  placeKinds: PlaceKind[];
}

/** The eligibility dry run of an orientation request: the same checks, with the same case permission, and no write. */
export class CheckOrientationEligibilityQuery extends Query<EligibilityCheckView> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly input: EligibilityCheckInput,
  ) {
    super();
  }
}
