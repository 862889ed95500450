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

/** How often a read is retried while the service answers 503, and the longest wait between two tries. */
export const UNAVAILABLE_RETRIES = 3;
const MAX_RETRY_WAIT_MS = 10_000;
/** The first wait of the backoff, doubled at each try (1 s, 2 s, 4 s), never shorter than `Retry-After`. */
const FIRST_RETRY_WAIT_MS = 1000;

const isReadOnly = (method: string) => method === 'GET' || method === 'HEAD';

/**
 * The wait before try `attempt + 1` after a 503: a backoff doubling from 1 s, but never less than the answer's
 * `Retry-After` (seconds, or an HTTP date), capped at 10 s.
 */
export function retryWait(res: Response, attempt: number, now = Date.now()): number {
  const header = res.headers.get('Retry-After');
  let asked = 0;
  if (header && /^\d+$/.test(header.trim())) asked = Number(header) * 1000;
  else if (header && !Number.isNaN(Date.parse(header))) asked = Math.max(0, Date.parse(header) - now);
  return Math.min(Math.max(asked, FIRST_RETRY_WAIT_MS * 2 ** attempt), MAX_RETRY_WAIT_MS);
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Adds the bearer token; on a 401 refreshes once and replays the request, or, when the session has ended,
 * waits until the user has signed in again in the dialog and replays it then (the page and its form stay).
 * A read that meets a brief outage (503) is tried again by itself, as the answer's `Retry-After` asks; a write
 * is not (the page keeps its form and says in French that the service is briefly unavailable).
 */
export async function authFetch(request: Request): Promise<Response> {
  const replay = request.clone();
  const retries = isReadOnly(request.method) ? UNAVAILABLE_RETRIES : 0;
  let res: Response;
  try {
    res = await fetch(withToken(request.clone()));
    for (let attempt = 0; res.status === 503 && attempt < retries; attempt++) {
      await sleep(retryWait(res, attempt));
      res = await fetch(withToken(request.clone()));
    }
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
