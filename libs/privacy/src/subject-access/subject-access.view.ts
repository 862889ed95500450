/** Where an export stands, as the pages show it (« en préparation », « prête », « téléchargée », « expirée », « échec »). */
export type SubjectAccessState = 'preparing' | 'ready' | 'downloaded' | 'expired' | 'failed';

export interface SubjectAccessExportView {
  id: string;
  caseId: string;
  caseReference: string;
  state: SubjectAccessState;
  requestedAt: string;
  readyAt: string | null;
  /** Until when the files may be downloaded (24 hours after they were ready). */
  expiresAt: string | null;
  pdfDownloadedAt: string | null;
  jsonDownloadedAt: string | null;
  /** Only the requester downloads. */
  requestedByMe: boolean;
}

export interface SubjectAccessRow {
  id: string;
  case_id: string;
  case_reference: string;
  owner_organisation_id: string;
  requested_by: string;
  status: 'pending' | 'ready' | 'failed';
  requested_at: Date;
  ready_at: Date | null;
  expires_at: Date | null;
  pdf_downloaded_at: Date | null;
  json_downloaded_at: Date | null;
}

export const VIEW_COLUMNS = `id, case_id, case_reference, owner_organisation_id, requested_by, status, requested_at, ready_at, expires_at, pdf_downloaded_at, json_downloaded_at`;

export function stateOf(r: SubjectAccessRow, now = new Date()): SubjectAccessState {
  if (r.status === 'pending') return 'preparing';
  if (r.status === 'failed') return 'failed';
  if (r.pdf_downloaded_at && r.json_downloaded_at) return 'downloaded';
  if (!r.expires_at || r.expires_at <= now) return 'expired';
  return 'ready';
}

export function toView(r: SubjectAccessRow, userId: string, now = new Date()): SubjectAccessExportView {
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  return {
    id: r.id, caseId: r.case_id, caseReference: r.case_reference, state: stateOf(r, now), requestedAt: r.requested_at.toISOString(), readyAt: iso(r.ready_at),
    expiresAt: iso(r.expires_at), pdfDownloadedAt: iso(r.pdf_downloaded_at), jsonDownloadedAt: iso(r.json_downloaded_at), requestedByMe: r.requested_by === userId,
  };
}
