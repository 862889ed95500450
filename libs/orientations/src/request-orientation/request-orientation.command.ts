import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { OrientationView } from '../domain/orientation';
import type { AsylumStatus, GeneralChannel, LegalBasis, PlaceKind, RequestReason, TargetKind } from '../domain/targets';

export interface OrientationRequestInput {
  targetKind: TargetKind;
  targetOrganisationId: string;
  channel?: GeneralChannel;
  placeKind?: PlaceKind;
  reason: RequestReason;
  /** Free text: encrypted, shown only to those who read the person's identity. */
  note?: string;
  legalBasis?: LegalBasis;
  asylumStatus?: AsylumStatus;
  /** UAPED asked by someone else than the parquet: the parquet that decided the hearing. */
  parquetOrganisationId?: string;
}

export class RequestOrientationCommand extends Command<OrientationView & { answerDueOn: string | null }> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly input: OrientationRequestInput,
  ) {
    super();
  }
}
