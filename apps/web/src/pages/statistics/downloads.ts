import { downloadFile } from '../../api/download';
import type { ReportKind } from './types';

/** Downloads a statistics export through the signed-in session (the token never goes into the address). */
export function downloadReport(report: ReportKind, query: Record<string, string | number | boolean>, format: 'csv' | 'xlsx'): Promise<void> {
  const params = new URLSearchParams(Object.entries({ ...query, format }).map(([k, v]) => [k, String(v)]));
  return downloadFile(`/api/statistics/${report}/export?${params}`, `statistiques.${format}`);
}
