import type { TransferView } from './transfer.commands';

/** Columns of `case_transfers t` as a TransferView. */
export const TRANSFER_COLUMNS = `t.id, t.case_id AS "caseId", t.reference, t.from_organisation_id AS "fromOrganisationId", t.from_territory AS "fromTerritory",
  t.to_organisation_id AS "toOrganisationId", t.to_territory AS "toTerritory", t.status, t.reason_code AS "reasonCode",
  t.answer_reason_code AS "answerReasonCode", t.requested_at AS "requestedAt", t.answered_at AS "answeredAt", t.version,
  t.from_cell_id AS "fromCellId"`;

export type TransferRow = Omit<TransferView, 'requestedAt' | 'answeredAt'> & { requestedAt: Date; answeredAt: Date | null; fromCellId: string | null };

export const toView = ({ fromCellId: _c, requestedAt, answeredAt, ...t }: TransferRow): TransferView => ({
  ...t,
  requestedAt: requestedAt.toISOString(),
  answeredAt: answeredAt?.toISOString() ?? null,
});

export const transferEvent = (t: Pick<TransferRow, 'id' | 'caseId' | 'reference' | 'fromOrganisationId' | 'toOrganisationId'>, territory: string) => ({
  transferId: t.id,
  caseId: t.caseId,
  reference: t.reference,
  fromOrganisationId: t.fromOrganisationId,
  toOrganisationId: t.toOrganisationId,
  territory,
});
