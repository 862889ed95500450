import { ApiError } from '../api/client';
import { errorMessage } from '../api/error-messages';

/** The page ProConnect sends the browser back to (MNIO_OIDC_REDIRECT_URL is `<PUBLIC_URL>` + this). */
export const PROCONNECT_CALLBACK_PATH = '/connexion/proconnect';

/**
 * The attempt's id must outlive the trip to the provider (two full page loads), so it waits in this tab's
 * sessionStorage, and only there: it is removed when the provider's answer comes back. It is no credential
 * by itself (the provider's one-time code is needed too), and holds no identity.
 */
const ATTEMPT_KEY = 'mnio.proconnect.attempt';
/** Set in a popup window opened by the re-sign-in dialog: the answer goes back to the opener (no token, a signal). */
const POPUP_KEY = 'mnio.proconnect.popup';

async function post<T>(path: string, body?: unknown, accessToken?: string): Promise<T> {
  const headers: Record<string, string> = { 'content-type': 'application/json' };
  if (accessToken) headers.authorization = `Bearer ${accessToken}`;
  const res = await fetch(new URL(path, window.location.origin), { method: 'POST', headers, body: JSON.stringify(body ?? {}) });
  const json = await res.json().catch(() => ({}));
  if (!res.ok) throw new ApiError(res.status, json.code ?? `HTTP_${res.status}`, json.correlationId, json.details);
  return json as T;
}

export async function proConnectEnabled(): Promise<boolean> {
  const res = await fetch(new URL('/api/auth/proconnect', window.location.origin)).catch(() => null);
  if (!res?.ok) return false;
  return ((await res.json()) as { enabled?: boolean }).enabled === true;
}

/** Starts an attempt and leaves for the provider. */
export async function startProConnect(popupRef?: string): Promise<void> {
  if (popupRef) window.sessionStorage.setItem(POPUP_KEY, popupRef);
  else window.sessionStorage.removeItem(POPUP_KEY);
  const { attempt, authorizationUrl } = await post<{ attempt: string; authorizationUrl: string }>('/api/auth/proconnect/start');
  window.sessionStorage.setItem(ATTEMPT_KEY, attempt);
  window.location.assign(authorizationUrl);
}

/** The provider's answer and this tab's attempt, each read once; the code leaves the address bar and the history. */
export function takeProConnectAnswer(): { attempt: string | null; query: string; popup: string | null } {
  const attempt = window.sessionStorage.getItem(ATTEMPT_KEY);
  const popup = window.sessionStorage.getItem(POPUP_KEY);
  window.sessionStorage.removeItem(ATTEMPT_KEY);
  window.sessionStorage.removeItem(POPUP_KEY);
  const query = window.location.search;
  window.history.replaceState(null, '', '/');
  return { attempt, query, popup };
}

export function completeProConnect<T>(attempt: string, query: string): Promise<T> {
  return post<T>('/api/auth/proconnect/callback', { attempt, query });
}

/** The provider's end-session address for this session (null: not a ProConnect session, or no answer). */
export async function proConnectEndSession(accessToken: string | undefined): Promise<string | null> {
  if (!accessToken) return null;
  try {
    return (await post<{ endSessionUrl: string | null }>('/api/auth/proconnect/end-session', {}, accessToken)).endSessionUrl;
  } catch {
    return null;
  }
}

export function proConnectErrorMessage(e: unknown): string {
  return e instanceof ApiError ? e.message : errorMessage('NETWORK_ERROR');
}
