import { Command } from '@nestjs/cqrs';
import type { Actor } from '@mnio/platform';
import type { TransferMove, TransferStatus } from '../domain/transfer-status';

export interface TransferView {
  id: string;
  caseId: string;
  reference: string;
  fromOrganisationId: string;
  fromTerritory: string;
  toOrganisationId: string;
  toTerritory: string;
  status: TransferStatus;
  reasonCode: string;
  answerReasonCode: string | null;
  requestedAt: string;
  answeredAt: string | null;
  version: number;
}

/**
 * Asks an organisation of another territory to take over a case's follow-up. The receiving organisation
 * gets a pseudonymised view to decide; nothing of the case's orientations (a shelter's location) travels.
 */
export class RequestTransferCommand extends Command<TransferView> {
  constructor(
    readonly actor: Actor,
    readonly caseId: string,
    readonly toOrganisationId: string,
    readonly reasonCode: string,
    readonly toTerritory: string | undefined,
  ) {
    super();
  }
}

/** accept / refuse (the receiving organisation) or cancel (the requesting side), while the transfer is pending. */
export class AnswerTransferCommand extends Command<TransferView> {
  constructor(
    readonly actor: Actor,
    readonly transferId: string,
    readonly move: TransferMove,
    readonly reasonCode: string | undefined,
  ) {
    super();
  }
}
