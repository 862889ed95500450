import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from '../../api/client';

/** One export as the API answers it (GET /api/subject-access, GET /api/cases/{id}/subject-access). */
export interface SubjectAccessExport {
  id: string;
  caseId: string;
  caseReference: string;
  state: 'preparing' | 'ready' | 'downloaded' | 'expired' | 'failed';
  requestedAt: string;
  readyAt: string | null;
  expiresAt: string | null;
  pdfDownloadedAt: string | null;
  jsonDownloadedAt: string | null;
  requestedByMe: boolean;
}

/** The states in French, as the pages show them. */
export const SUBJECT_ACCESS_STATES: Record<SubjectAccessExport['state'], string> = {
  preparing: 'En préparation',
  ready: 'Prête',
  downloaded: 'Téléchargée',
  expired: 'Expirée',
  failed: 'Échec de la préparation',
};

/** The exports of one case (case page) or of the caller's organisations (DPO page); refreshed while one is being prepared. */
export function useSubjectAccessExports(caseId?: string) {
  return useQuery({
    queryKey: ['subject-access', caseId ?? 'all'],
    queryFn: async () =>
      (caseId
        ? await unwrap<{ items: SubjectAccessExport[] }>(api.GET('/api/cases/{id}/subject-access', { params: { path: { id: caseId } } }))
        : await unwrap<{ items: SubjectAccessExport[] }>(api.GET('/api/subject-access'))
      ).items,
    refetchInterval: (q) => (q.state.data?.some((e) => e.state === 'preparing') ? 1500 : false),
  });
}
