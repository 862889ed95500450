import { api, ApiError } from '../../api/client';

/**
 * Downloads the meeting's minutes as a PDF: fetched with the session's token (which lives in memory only),
 * then handed to the browser as a file. Nothing is kept once the link is clicked.
 */
export async function downloadMinutesPdf(meetingId: string): Promise<void> {
  const { data, error, response } = await api.GET('/api/meetings/{id}/minutes.pdf', { params: { path: { id: meetingId } }, parseAs: 'blob' });
  if (!response.ok || !data) {
    const body = (error ?? {}) as { code?: string; correlationId?: string };
    throw new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.correlationId);
  }
  const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? 'compte-rendu.pdf';
  const url = URL.createObjectURL(data as Blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
