import type { Request, Response } from 'express';
import type { MfaChallenge, TokenPair } from '@mnio/directory';
import { AppConfig, DomainError } from '@mnio/platform';

/**
 * The refresh token's cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page makes the
 * browser send it), Secure outside local development (`MNIO_COOKIE_SECURE`), and sent to the refresh route only.
 * The logout route needs no cookie (it names the session from the bearer token) and clears it.
 */
export const REFRESH_COOKIE = 'mnio_refresh';
export const REFRESH_COOKIE_PATH = '/api/auth/refresh';
/**
 * Beside the refresh cookie, with the same lifetime: `mnio_session=1`, which the web app's script can read (not
 * HttpOnly) for every page (path `/`). It holds nothing: no token, no name, only that this browser may hold a
 * session. A page opened without it shows the sign-in form at once instead of asking the refresh route first
 * (a round trip on every signed-out visit, on a phone's network). Set and cleared with the refresh cookie; a
 * browser that has the refresh cookie without it (a session opened before it existed, or the marker deleted)
 * is shown the sign-in form, which is safe: it only costs a sign-in.
 */
export const SESSION_MARKER_COOKIE = 'mnio_session';
/** The header the web app adds to its refresh and logout calls: another site's page cannot add it without a CORS preflight, which the API never grants. */
export const REFRESH_HEADER = 'x-mnio-refresh';

/** A sign-in answer as a browser receives it: the refresh token is in the cookie, never in a body a script could read. */
export type BrowserTokenPair = Omit<TokenPair, 'refreshToken'>;

/**
 * The `Cookie` header's `name=value` pairs (separated by `;`), names and values trimmed, in the order sent; a pair
 * without `=` has an empty value. One reader for every cookie the API looks at; a header over 8 KiB (more than any
 * browser sends for this site) is read as no cookie at all.
 */
function cookiePairs(req: Request): [name: string, value: string][] {
  const header = req.headers.cookie;
  if (typeof header !== 'string' || header.length > 8192) return [];
  return header.split(';').map((part) => {
    const eq = part.indexOf('=');
    return eq < 0 ? [part.trim(), ''] : [part.slice(0, eq).trim(), part.slice(eq + 1).trim()];
  });
}

/**
 * The refresh token. The first pair of that name wins (browsers send the most specific path first); a value that
 * is not a plausible refresh token (`<uuid>.<base64url>`) counts as absent.
 */
export function refreshCookie(req: Request): string | undefined {
  const pair = cookiePairs(req).find(([name]) => name === REFRESH_COOKIE);
  if (!pair) return undefined;
  let value = pair[1];
  if (value.startsWith('"') && value.endsWith('"') && value.length >= 2) value = value.slice(1, -1);
  return /^[0-9a-f-]{36}\.[A-Za-z0-9_-]{20,100}$/i.test(value) ? value : undefined;
}

/** Whether the request names the refresh cookie at all (valid or not). */
export function carriesRefreshCookie(req: Request): boolean {
  return cookiePairs(req).some(([name]) => name === REFRESH_COOKIE);
}

/**
 * Whether the request carries the session marker as the web app reads it (`mnio_session=1`, web
 * `maySessionBeRestored`): without it the web app shows the sign-in page first, so the API may send that page
 * already drawn (configure-app.ts, `sign-in.html`).
 */
export function carriesSessionMarker(req: Request): boolean {
  return cookiePairs(req).some(([name, value]) => name === SESSION_MARKER_COOKIE && value === '1');
}

/**
 * Is this a browser's call? Browsers add `Origin` to every POST (a script cannot remove it); the web app adds
 * the refresh header; and only a browser holds the cookie. Such a call gets and gives the refresh token through
 * the cookie only. Anything else is a non-browser client (scripts, the tests), which keeps the token in bodies.
 */
export function isBrowserCall(req: Request): boolean {
  return req.headers.origin !== undefined || req.headers[REFRESH_HEADER] !== undefined || carriesRefreshCookie(req);
}

/** A browser's `Origin`, when it sent one, must be one of `MNIO_ALLOWED_ORIGINS` (403 ORIGIN_NOT_ALLOWED). */
export function checkOrigin(req: Request, config: AppConfig): void {
  const origin = req.headers.origin;
  if (origin !== undefined && !config.allowedOrigins.includes(origin)) {
    throw new DomainError('ORIGIN_NOT_ALLOWED', 'This request does not come from an allowed origin');
  }
}

/**
 * The CSRF defence of the routes that act on the session through the cookie: SameSite=Strict keeps the cookie
 * off other sites' requests; on top, the origin must be allowed and the web app's header present.
 */
export function checkBrowserSessionCall(req: Request, config: AppConfig): void {
  checkOrigin(req, config);
  if (req.headers[REFRESH_HEADER] !== '1') throw new DomainError('REFRESH_HEADER_REQUIRED', 'The X-MNIO-Refresh header is required');
}

function attributes(config: AppConfig) {
  return { httpOnly: true, secure: config.cookieSecure, sameSite: 'strict' as const, path: REFRESH_COOKIE_PATH };
}

function markerAttributes(config: AppConfig) {
  return { httpOnly: false, secure: config.cookieSecure, sameSite: 'strict' as const, path: '/' };
}

/** Puts the refresh token in the cookie (until the session's idle end) and takes it out of the body. */
export function deliverToBrowser(res: Response, pair: TokenPair, config: AppConfig): BrowserTokenPair {
  const { refreshToken, ...rest } = pair;
  const maxAge = Math.max(1, pair.idleExpiresIn) * 1000;
  res.cookie(REFRESH_COOKIE, refreshToken, { ...attributes(config), maxAge });
  res.cookie(SESSION_MARKER_COOKIE, '1', { ...markerAttributes(config), maxAge });
  return rest;
}

/** Clears the refresh cookie and its marker. */
export function clearRefreshCookie(res: Response, config: AppConfig): void {
  res.clearCookie(REFRESH_COOKIE, attributes(config));
  res.clearCookie(SESSION_MARKER_COOKIE, markerAttributes(config));
}

/**
 * A sign-in's answer as its caller gets it: a session opened for a browser gets its refresh token in the cookie
 * only (the origin checked first); other clients get it in the body. The password, TOTP and ProConnect sign-ins.
 */
export async function deliverSignIn<T extends TokenPair | MfaChallenge>(req: Request, res: Response, config: AppConfig, opening: () => Promise<T>): Promise<T | BrowserTokenPair> {
  const browser = isBrowserCall(req);
  if (browser) checkOrigin(req, config);
  const answer = await opening();
  return browser && 'refreshToken' in answer ? deliverToBrowser(res, answer as TokenPair, config) : answer;
}
