import { Client } from 'pg';
import { TestApi, useApi } from '../../support/app';
import { ADMIN, call, createUser, expectErrorBody, FreshUser, login } from './foundation-helpers';

interface Pair {
  accessToken: string;
  refreshToken: string;
}

describe('sessions: refresh rotation, reuse detection, logout, disabled users', () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  const signIn = async (user: FreshUser): Promise<Pair> => (await login(api, user.email, user.password).expect(200)).body;
  const refresh = (refreshToken: string) => call(api, 'post', '/api/auth/refresh').send({ refreshToken });
  const me = (accessToken: string) => call(api, 'get', '/api/me', accessToken);

  it('rotates the refresh token: a new pair each time, and only the refresh token (hashed) is stored', async () => {
    const user = await createUser(api);
    const first = await signIn(user);
    const second = (await refresh(first.refreshToken).expect(200)).body;
    expect(second).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: expect.any(Number), sessionExpiresIn: expect.any(Number) });
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await me(second.accessToken).expect(200);
    const third = (await refresh(second.refreshToken).expect(200)).body;
    await me(third.accessToken).expect(200);

    const secret = second.refreshToken.split('.')[1];
    const stored = await db.query(`SELECT 1 FROM refresh_tokens WHERE token_hash = $1 OR token_hash LIKE '%' || $1 || '%'`, [secret]);
    expect(stored.rowCount).toBe(0);
  });

  it('detects reuse of a rotated refresh token and revokes the whole family', async () => {
    const user = await createUser(api);
    const first = await signIn(user);
    const second = (await refresh(first.refreshToken).expect(200)).body;
    const third = (await refresh(second.refreshToken).expect(200)).body;
    await me(third.accessToken).expect(200);

    const reused = await refresh(first.refreshToken).expect(401);
    expectErrorBody(reused.body, 'REFRESH_TOKEN_REUSED');

    // The newest refresh token and every access token of that session stop working.
    const newest = await refresh(third.refreshToken).expect(401);
    expectErrorBody(newest.body, 'REFRESH_TOKEN_INVALID');
    expectErrorBody((await me(third.accessToken).expect(401)).body, 'UNAUTHENTICATED');
    await me(first.accessToken).expect(401);

    // Another session of the same user is untouched.
    const other = await signIn(user);
    await me(other.accessToken).expect(200);

    const audit = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.refresh_reuse_detected'`, [user.id]);
    expect(audit.rowCount).toBe(1);
  });

  it('answers refreshes fired at once with the same token with one successor (the grace of two tabs), not as a replay', async () => {
    const user = await createUser(api);
    const first = await signIn(user);
    const results = await Promise.all(Array.from({ length: 6 }, () => refresh(first.refreshToken)));
    expect(results.map((r) => r.status)).toEqual(Array(6).fill(200));
    const successors = new Set(results.map((r) => (r.body as Pair).refreshToken));
    expect(successors.size).toBe(1);
    for (const r of results) await me((r.body as Pair).accessToken).expect(200);
    const audit = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.refresh_reuse_detected'`, [user.id]);
    expect(audit.rowCount).toBe(0);
    // The successor works once, as any refresh token.
    await refresh([...successors][0]).expect(200);
  });

  it('revokes the family only once when a rotated token is replayed concurrently after the grace', async () => {
    const user = await createUser(api);
    const first = await signIn(user);
    const second = (await refresh(first.refreshToken).expect(200)).body as Pair;
    // The grace is over: the rotation happened a minute ago.
    await db.query(`UPDATE refresh_tokens SET used_at = now() - interval '1 minute' WHERE id = $1`, [first.refreshToken.split('.')[0]]);
    const results = await Promise.all(Array.from({ length: 6 }, () => refresh(first.refreshToken)));
    expect(results.map((r) => r.body.code)).toEqual(Array(6).fill('REFRESH_TOKEN_REUSED'));
    await me(second.accessToken).expect(401);
    const audit = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.refresh_reuse_detected'`, [user.id]);
    expect(audit.rowCount).toBe(1);
  });

  it('rejects malformed and made-up refresh tokens with one code', async () => {
    for (const token of ['nope', `${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}.${'a'.repeat(43)}`, '']) {
      const res = await refresh(token).expect(401);
      expectErrorBody(res.body, 'REFRESH_TOKEN_INVALID');
    }
  });

  it('logs out: the access token is refused afterwards, and so is the refresh token', async () => {
    const user = await createUser(api);
    const pair = await signIn(user);
    await me(pair.accessToken).expect(200);
    await call(api, 'post', '/api/auth/logout', pair.accessToken).expect(204);
    expectErrorBody((await me(pair.accessToken).expect(401)).body, 'UNAUTHENTICATED');
    expectErrorBody((await refresh(pair.refreshToken).expect(401)).body, 'REFRESH_TOKEN_INVALID');
    await call(api, 'post', '/api/auth/logout').expect(401);
  });

  it('refuses requests without a token, with a bad signature, or with a token of another type', async () => {
    expectErrorBody((await call(api, 'get', '/api/me').expect(401)).body, 'UNAUTHENTICATED');
    const user = await createUser(api);
    const pair = await signIn(user);
    const [h, p, s] = pair.accessToken.split('.');
    const forged = `${h}.${p}.${s.slice(0, -4)}${s.slice(-4) === 'AAAA' ? 'BBBB' : 'AAAA'}`;
    expectErrorBody((await me(forged).expect(401)).body, 'UNAUTHENTICATED');
    await me(pair.refreshToken).expect(401);
  });

  it("disables a user: that user's existing access token gets 401 on the next request; re-enabling lets them sign in again", async () => {
    const user = await createUser(api);
    const pair = await signIn(user);
    await me(pair.accessToken).expect(200);
    const admin = await api.as(ADMIN);

    const disabled = await admin.patch(`/api/admin/users/${user.id}`).send({ status: 'disabled' }).expect(200);
    expect(disabled.body).toEqual({ id: user.id, status: 'disabled' });
    expectErrorBody((await me(pair.accessToken).expect(401)).body, 'UNAUTHENTICATED');
    expectErrorBody((await refresh(pair.refreshToken).expect(401)).body, 'REFRESH_TOKEN_INVALID');
    expectErrorBody((await login(api, user.email, user.password).expect(401)).body, 'INVALID_CREDENTIALS');

    await admin.patch(`/api/admin/users/${user.id}`).send({ status: 'active' }).expect(200);
    // Old sessions stay revoked; a new sign-in works.
    await me(pair.accessToken).expect(401);
    const again = await signIn(user);
    await me(again.accessToken).expect(200);

    const listed = await admin.get('/api/admin/users').query({ limit: 200 }).expect(200);
    expect(Array.isArray(listed.body.items)).toBe(true);
  });

  it('stops a disabled user even between the disable and the next sign-in attempt (no cached actor)', async () => {
    const user = await createUser(api);
    const pair = await signIn(user);
    const admin = await api.as(ADMIN);
    await Promise.all([me(pair.accessToken).expect(200), me(pair.accessToken).expect(200)]);
    await admin.patch(`/api/admin/users/${user.id}`).send({ status: 'disabled' }).expect(200);
    const after = await Promise.all([me(pair.accessToken), me(pair.accessToken), call(api, 'get', '/api/organisations', pair.accessToken)]);
    expect(after.map((r) => r.status)).toEqual([401, 401, 401]);
  });

  it('does not let an admin disable themself', async () => {
    const admin = await api.as(ADMIN);
    const self = await admin.get('/api/me').expect(200);
    const res = await admin.patch(`/api/admin/users/${self.body.id}`).send({ status: 'disabled' }).expect(403);
    expectErrorBody(res.body, 'FORBIDDEN');
  });

  it('answers 404 for an unknown user id and for a malformed one alike', async () => {
    const admin = await api.as(ADMIN);
    expectErrorBody((await admin.patch('/api/admin/users/00000000-0000-4000-8000-000000000000').send({ status: 'disabled' }).expect(404)).body, 'NOT_FOUND');
    expectErrorBody((await admin.patch('/api/admin/users/not-a-uuid').send({ status: 'disabled' }).expect(404)).body, 'NOT_FOUND');
  });
});
