import { ApiError, authFetch } from '../../api/client';
import type { ReportKind } from './types';

/** Downloads an export through the signed-in session (the token never goes into the address). */
export async function downloadReport(report: ReportKind, query: Record<string, string | number | boolean>, format: 'csv' | 'xlsx'): Promise<void> {
  const params = new URLSearchParams(Object.entries({ ...query, format }).map(([k, v]) => [k, String(v)]));
  const res = await authFetch(new Request(`${window.location.origin}/api/statistics/${report}/export?${params}`));
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; correlationId?: string };
    throw new ApiError(res.status, body.code ?? 'INTERNAL_ERROR', body.correlationId);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? `statistiques.${format}`;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
