import { Client } from 'pg';
import request from 'supertest';
import type { TestApi } from '../../support/app';
import { useStack } from '../../support/stack';
import { call, createUser, expectErrorBody, freshIp, FreshUser } from './foundation-helpers';

/**
 * Issue 15 §2: the refresh token lives in an HttpOnly cookie sent to the refresh route only; browsers refresh
 * with it from an allowed origin and with the web app's header; two tabs refreshing at once share one
 * successor, a replay after the grace revokes the family. PUBLIC_URL is https://mnio.test (the harness's).
 */
const ORIGIN = 'https://mnio.test';
const GRACE_MS = 1000;
const IDLE_SECONDS = 600;

interface Cookie {
  value: string;
  attributes: Record<string, string | true>;
}

/** The marker beside it (`mnio_session=1`), which the page's script reads: whether this browser may hold a session. */
const markerOf = (res: request.Response) => refreshCookieOf(res, 'mnio_session');

function refreshCookieOf(res: request.Response, name = 'mnio_refresh'): Cookie | undefined {
  const raw = ([] as string[]).concat(res.headers['set-cookie'] ?? []).find((c) => c.startsWith(`${name}=`));
  if (!raw) return undefined;
  const [pair, ...rest] = raw.split(';').map((s) => s.trim());
  const attributes: Record<string, string | true> = {};
  for (const a of rest) {
    const [k, v] = a.split('=');
    attributes[k.toLowerCase()] = v ?? true;
  }
  return { value: pair.slice(name.length + 1), attributes };
}

describe('sessions through the refresh cookie (browsers), the grace of two tabs, the idle timeout', () => {
  let api: TestApi;
  let db: Client;
  useStack({ worker: false, env: { MNIO_REFRESH_GRACE: `${GRACE_MS}ms`, MNIO_SESSION_IDLE_TIMEOUT: `${IDLE_SECONDS}s` } }, (s) => ((api = s.api), (db = s.db)));

  const server = () => api.app.getHttpServer();
  const browserLogin = (user: FreshUser, origin = ORIGIN) =>
    request(server()).post('/api/auth/login').set('X-Forwarded-For', freshIp()).set('Origin', origin).send({ email: user.email, password: user.password });
  const browserRefresh = (cookie: string | undefined, headers: Record<string, string> = { Origin: ORIGIN, 'X-MNIO-Refresh': '1' }) => {
    const req = request(server()).post('/api/auth/refresh').set(headers);
    return cookie ? req.set('Cookie', `theme=dark; mnio_refresh=${cookie}; other=1`) : req;
  };
  const me = (accessToken: string) => call(api, 'get', '/api/me', accessToken);

  async function signedIn(): Promise<{ user: FreshUser; accessToken: string; cookie: string }> {
    const user = await createUser(api);
    const res = await browserLogin(user).expect(200);
    return { user, accessToken: res.body.accessToken, cookie: refreshCookieOf(res)!.value };
  }

  it('gives a browser its refresh token in an HttpOnly, Secure, SameSite=Strict cookie for the refresh route only, never in the body', async () => {
    const user = await createUser(api);
    const res = await browserLogin(user).expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: expect.any(Number), sessionExpiresIn: expect.any(Number) });
    expect(res.body.idleExpiresIn).toBeGreaterThan(IDLE_SECONDS - 5);
    expect(res.body.idleExpiresIn).toBeLessThanOrEqual(IDLE_SECONDS);
    const cookie = refreshCookieOf(res)!;
    expect(cookie.value).toMatch(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/);
    expect(cookie.attributes).toMatchObject({ httponly: true, secure: true, samesite: 'Strict', path: '/api/auth/refresh' });
    expect(Number(cookie.attributes['max-age'])).toBeLessThanOrEqual(IDLE_SECONDS);
    expect(Number(cookie.attributes['max-age'])).toBeGreaterThan(IDLE_SECONDS - 5);
    // Its marker for the page's script: no secret, readable by scripts, every path, the same lifetime.
    const marker = markerOf(res)!;
    expect(marker.value).toBe('1');
    expect(marker.attributes).toMatchObject({ secure: true, samesite: 'Strict', path: '/' });
    expect(marker.attributes.httponly).toBeUndefined();
    expect(marker.attributes['max-age']).toBe(cookie.attributes['max-age']);
    // Only a hash of the secret is stored.
    const stored = await db.query(`SELECT 1 FROM refresh_tokens WHERE token_hash LIKE '%' || $1 || '%'`, [cookie.value.split('.')[1]]);
    expect(stored.rowCount).toBe(0);
  });

  it('restores the session after a reload: the refresh with the cookie answers a new access token and rotates the cookie', async () => {
    const { cookie } = await signedIn();
    const res = await browserRefresh(cookie).expect(200);
    expect(res.body.refreshToken).toBeUndefined();
    await me(res.body.accessToken).expect(200);
    const next = refreshCookieOf(res)!;
    expect(next.value).not.toBe(cookie);
    expect(next.attributes).toMatchObject({ httponly: true, samesite: 'Strict', path: '/api/auth/refresh' });
    expect(markerOf(res)).toMatchObject({ value: '1', attributes: { path: '/', 'max-age': next.attributes['max-age'] } });
    // A new tab, later: the rotated cookie works in turn.
    await me((await browserRefresh(next.value).expect(200)).body.accessToken).expect(200);
  });

  it('refuses a cookie refresh without the web app header, from another origin, or with a null origin (403, stable codes), without spending the token', async () => {
    const { cookie } = await signedIn();
    expectErrorBody((await browserRefresh(cookie, { Origin: ORIGIN }).expect(403)).body, 'REFRESH_HEADER_REQUIRED');
    expectErrorBody((await browserRefresh(cookie, { Origin: ORIGIN, 'X-MNIO-Refresh': 'yes' }).expect(403)).body, 'REFRESH_HEADER_REQUIRED');
    // No Origin at all (an old browser): the header is still required.
    expectErrorBody((await browserRefresh(cookie, {}).expect(403)).body, 'REFRESH_HEADER_REQUIRED');
    expectErrorBody((await browserRefresh(cookie, { Origin: 'https://evil.example', 'X-MNIO-Refresh': '1' }).expect(403)).body, 'ORIGIN_NOT_ALLOWED');
    expectErrorBody((await browserRefresh(cookie, { Origin: 'null', 'X-MNIO-Refresh': '1' }).expect(403)).body, 'ORIGIN_NOT_ALLOWED');
    expectErrorBody((await browserRefresh(cookie, { Origin: 'https://mnio.test.evil.example', 'X-MNIO-Refresh': '1' }).expect(403)).body, 'ORIGIN_NOT_ALLOWED');
    // None of these spent the token.
    await browserRefresh(cookie).expect(200);
  });

  it('refuses a sign-in from another origin before checking anything', async () => {
    const user = await createUser(api);
    expectErrorBody((await browserLogin(user, 'https://evil.example').expect(403)).body, 'ORIGIN_NOT_ALLOWED');
    const sessions = await db.query(`SELECT 1 FROM auth_sessions WHERE user_id = $1`, [user.id]);
    expect(sessions.rowCount).toBe(0);
  });

  it('takes no refresh token from the body of a browser call: the cookie only', async () => {
    const user = await createUser(api);
    // A non-browser sign-in hands the token in the body...
    const plain = await request(server()).post('/api/auth/login').set('X-Forwarded-For', freshIp()).send({ email: user.email, password: user.password }).expect(200);
    expect(refreshCookieOf(plain)).toBeUndefined();
    // ...which a page's script could not use: with an Origin, the body is ignored. Without the cookie there is no
    // session to resume (204, what the web app meets at each load of a signed-out browser).
    const res = await browserRefresh(undefined).send({ refreshToken: plain.body.refreshToken }).expect(204);
    expect(res.body).toEqual({});
    expect(res.text).toBe('');
    // A marker left without its refresh cookie is cleared, so the next page does not ask again.
    expect(markerOf(res)).toMatchObject({ value: '', attributes: { path: '/' } });
    // A malformed cookie is an invalid token, and is cleared.
    const bad = await browserRefresh('not-a-token').expect(401);
    expectErrorBody(bad.body, 'REFRESH_TOKEN_INVALID');
    expect(refreshCookieOf(bad)!.value).toBe('');
    expect(markerOf(bad)!.value).toBe('');
    // The token was not spent: the non-browser client still refreshes with it.
    const next = await request(server()).post('/api/auth/refresh').send({ refreshToken: plain.body.refreshToken }).expect(200);
    expect(next.body.refreshToken).toEqual(expect.any(String));
    expect(refreshCookieOf(next)).toBeUndefined();
  });

  it('answers two tabs refreshing at once with the same cookie with one successor, and counts no reuse', async () => {
    const { user, cookie } = await signedIn();
    const [a, b] = await Promise.all([browserRefresh(cookie), browserRefresh(cookie)]);
    expect([a.status, b.status]).toEqual([200, 200]);
    expect(refreshCookieOf(a)!.value).toBe(refreshCookieOf(b)!.value);
    await me(a.body.accessToken).expect(200);
    await me(b.body.accessToken).expect(200);
    const reuse = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.refresh_reuse_detected'`, [user.id]);
    expect(reuse.rowCount).toBe(0);
    const session = await db.query(`SELECT revoked_at FROM auth_sessions WHERE user_id = $1`, [user.id]);
    expect(session.rows).toEqual([{ revoked_at: null }]);
  });

  it('treats a replay after the grace as theft: both replays fired at once are refused, the family is revoked once, the cookie cleared', async () => {
    const { user, cookie } = await signedIn();
    const rotated = await browserRefresh(cookie).expect(200);
    await new Promise((resolve) => setTimeout(resolve, GRACE_MS + 300));
    const replays = await Promise.all([browserRefresh(cookie), browserRefresh(cookie)]);
    expect(replays.map((r) => r.body.code)).toEqual(['REFRESH_TOKEN_REUSED', 'REFRESH_TOKEN_REUSED']);
    for (const r of replays) {
      expect(refreshCookieOf(r)!.value).toBe('');
      expect(refreshCookieOf(r)!.attributes).toMatchObject({ path: '/api/auth/refresh' });
    }
    // The legitimate holder's newest token and access token stop too.
    expectErrorBody((await browserRefresh(refreshCookieOf(rotated)!.value).expect(401)).body, 'REFRESH_TOKEN_INVALID');
    await me(rotated.body.accessToken).expect(401);
    const reuse = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.refresh_reuse_detected'`, [user.id]);
    expect(reuse.rowCount).toBe(1);
  });

  it('logs out: the cookie is cleared, the session revoked, the old cookie refused', async () => {
    const { accessToken, cookie } = await signedIn();
    const out = await request(server()).post('/api/auth/logout').set('Authorization', `Bearer ${accessToken}`).set('Origin', ORIGIN).set('X-MNIO-Refresh', '1').expect(204);
    const cleared = refreshCookieOf(out)!;
    expect(cleared.value).toBe('');
    expect(cleared.attributes).toMatchObject({ path: '/api/auth/refresh', httponly: true, samesite: 'Strict' });
    expect(new Date(String(cleared.attributes.expires)).getTime()).toBeLessThan(Date.now());
    const marker = markerOf(out)!;
    expect(marker).toMatchObject({ value: '', attributes: { path: '/' } });
    expect(new Date(String(marker.attributes.expires)).getTime()).toBeLessThan(Date.now());
    await me(accessToken).expect(401);
    expectErrorBody((await browserRefresh(cookie).expect(401)).body, 'REFRESH_TOKEN_INVALID');
  });

  it('refuses a browser logout from another origin (the session stays)', async () => {
    const { accessToken } = await signedIn();
    const res = await request(server()).post('/api/auth/logout').set('Authorization', `Bearer ${accessToken}`).set('Origin', 'https://evil.example').set('X-MNIO-Refresh', '1').expect(403);
    expectErrorBody(res.body, 'ORIGIN_NOT_ALLOWED');
    await me(accessToken).expect(200);
  });

  it('ends a session idle past its timeout: its access token and its cookie are refused', async () => {
    const { user, accessToken, cookie } = await signedIn();
    await me(accessToken).expect(200);
    await db.query(`UPDATE auth_sessions SET idle_expires_at = now() - interval '1 second' WHERE user_id = $1`, [user.id]);
    await db.query(`UPDATE refresh_tokens SET expires_at = now() - interval '1 second' WHERE session_id IN (SELECT id FROM auth_sessions WHERE user_id = $1)`, [user.id]);
    expectErrorBody((await me(accessToken).expect(401)).body, 'UNAUTHENTICATED');
    expectErrorBody((await browserRefresh(cookie).expect(401)).body, 'REFRESH_TOKEN_INVALID');
  });

  it('never takes a session past its absolute end: the idle end stops there', async () => {
    const { user, cookie } = await signedIn();
    await db.query(`UPDATE auth_sessions SET expires_at = now() + interval '90 seconds' WHERE user_id = $1`, [user.id]);
    const res = await browserRefresh(cookie).expect(200);
    expect(res.body.sessionExpiresIn).toBeLessThanOrEqual(90);
    expect(res.body.idleExpiresIn).toBeLessThanOrEqual(90);
    expect(Number(refreshCookieOf(res)!.attributes['max-age'])).toBeLessThanOrEqual(90);
  });
});
