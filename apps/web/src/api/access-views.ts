/** What the coordination API answers about transfers, emergency access and who read a case (libs/coordination). */
export interface TransferView {
  id: string;
  caseId: string;
  reference: string;
  fromOrganisationId: string;
  fromTerritory: string;
  toOrganisationId: string;
  toTerritory: string;
  status: 'requested' | 'accepted' | 'refused' | 'cancelled';
  reasonCode: string;
  answerReasonCode: string | null;
  requestedAt: string;
  answeredAt: string | null;
  version: number;
}

export interface TransferTarget {
  id: string;
  name: string;
  kind: string;
}

export interface BreakGlassAnswer {
  id: string;
  caseId: string;
  reference: string;
  organisationId: string;
  expiresAt: string;
}

export interface CaseReader {
  kind: 'identity_read' | 'break_glass';
  at: string;
  userId: string | null;
  userName: string | null;
  organisationId: string | null;
  organisationName: string | null;
  reason: string | null;
  expiresAt: string | null;
}
