import createClient from 'openapi-fetch';
import { session } from '../auth/session';
import { errorMessage } from './error-messages';
import type { paths } from './schema';

/** An API failure: the stable code, its French sentence, and the details the API gave (never personal data). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly correlationId?: string,
    readonly details?: Record<string, unknown>,
  ) {
    super(errorMessage(code));
    this.name = 'ApiError';
  }
}

const AUTH_ROUTES = /\/api\/auth\/(login|refresh|totp\/)/;

function withToken(request: Request): Request {
  const copy = new Request(request);
  const token = session.accessToken();
  if (token) copy.headers.set('Authorization', `Bearer ${token}`);
  return copy;
}

/**
 * Adds the bearer token; on a 401 refreshes once and replays the request, or, when the session has ended,
 * waits until the user has signed in again in the dialog and replays it then (the page and its form stay).
 */
export async function authFetch(request: Request): Promise<Response> {
  const replay = request.clone();
  let res: Response;
  try {
    res = await fetch(withToken(request));
  } catch {
    throw new ApiError(0, 'NETWORK_ERROR');
  }
  if (res.status !== 401 || AUTH_ROUTES.test(request.url) || session.status() === 'signed_out') return res;
  const renewed = (await session.refresh()) || (session.status() === 'expired' && (await session.waitForSignIn()));
  if (!renewed) return res;
  return fetch(withToken(replay));
}

export const api = createClient<paths>({
  baseUrl: typeof window === 'undefined' ? '' : window.location.origin,
  fetch: authFetch,
});

interface Answer {
  data?: unknown;
  error?: unknown;
  response: Response;
}

/** The body of a successful answer, typed by the caller (the API declares no response schemas); throws ApiError otherwise. */
export async function unwrap<T>(call: Promise<Answer>): Promise<T> {
  const { data, error, response } = await call;
  if (!response.ok) {
    const body = (error ?? {}) as { code?: string; correlationId?: string; details?: Record<string, unknown> };
    throw new ApiError(response.status, body.code ?? `HTTP_${response.status}`, body.correlationId, body.details);
  }
  return data as T;
}

export const isNotFound = (e: unknown) => e instanceof ApiError && e.status === 404;
