import { ApiError, authFetch } from './client';

/**
 * Downloads a file the API serves (an export, the minutes), through the signed-in session: the token lives in
 * memory only and never goes into the address. The file is handed to the browser under the name the API gives
 * (or `fallbackName`); nothing is kept once the link is clicked. Throws ApiError with the API's code.
 */
export async function downloadFile(path: string, fallbackName: string): Promise<void> {
  const res = await authFetch(new Request(`${window.location.origin}${path}`));
  if (!res.ok) {
    const body = (await res.json().catch(() => ({}))) as { code?: string; correlationId?: string };
    throw new ApiError(res.status, body.code ?? `HTTP_${res.status}`, body.correlationId);
  }
  const name = /filename="([^"]+)"/.exec(res.headers.get('content-disposition') ?? '')?.[1] ?? fallbackName;
  const url = URL.createObjectURL(await res.blob());
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
