import { Client } from 'pg';
import { TestApi, useApi } from '../../support/app';
import { call, createUser, expectErrorBody, FreshUser, login, nextTotpCode, totpCode, wrongTotpCode } from './foundation-helpers';

describe('TOTP second factor', () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  /** A fresh user with TOTP enrolled and confirmed through `/api/me/totp`; returns the secret. */
  async function enrolled(): Promise<{ user: FreshUser; secret: string }> {
    const user = await createUser(api);
    const { accessToken } = (await login(api, user.email, user.password).expect(200)).body;
    const { secret } = (await call(api, 'post', '/api/me/totp', accessToken).expect(200)).body;
    await call(api, 'post', '/api/me/totp/confirm', accessToken).send({ code: totpCode(secret) }).expect(204);
    return { user, secret };
  }

  it('enrols, confirms with a code from the returned secret, then asks for the code at login', async () => {
    const user = await createUser(api);
    const { accessToken } = (await login(api, user.email, user.password).expect(200)).body;

    const enrol = await call(api, 'post', '/api/me/totp', accessToken).expect(200);
    expect(enrol.body).toEqual({ secret: expect.stringMatching(/^[A-Z2-7]{32}$/), otpauthUrl: expect.stringMatching(/^otpauth:\/\/totp\/mnio:/) });
    expect(enrol.body.otpauthUrl).toContain(`secret=${enrol.body.secret}`);
    const { secret } = enrol.body;

    // The secret is stored encrypted, never in clear.
    const stored = await db.query<{ totp_secret: string; totp_enabled: boolean }>(`SELECT totp_secret, totp_enabled FROM users WHERE id = $1`, [user.id]);
    expect(stored.rows[0].totp_secret.startsWith('v1.')).toBe(true);
    expect(stored.rows[0].totp_secret).not.toContain(secret);
    expect(stored.rows[0].totp_enabled).toBe(false);

    const bad = await call(api, 'post', '/api/me/totp/confirm', accessToken).send({ code: wrongTotpCode(secret) }).expect(401);
    expectErrorBody(bad.body, 'INVALID_MFA_CODE');
    await call(api, 'post', '/api/me/totp/confirm', accessToken).send({ code: totpCode(secret) }).expect(204);
    expectErrorBody((await call(api, 'post', '/api/me/totp', accessToken).expect(409)).body, 'MFA_ALREADY_ENABLED');

    const challenge = await login(api, user.email, user.password).expect(200);
    expect(challenge.body).toEqual({ mfaRequired: true, enrolmentRequired: false, mfaToken: expect.any(String), expiresIn: 300 });
    // The code used to confirm is spent: the sign-in takes the next one.
    const tokens = await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: challenge.body.mfaToken, code: nextTotpCode(secret) }).expect(200);
    expect(tokens.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: expect.any(Number), sessionExpiresIn: expect.any(Number) });

    const me = await call(api, 'get', '/api/me', tokens.body.accessToken).expect(200);
    expect(me.body).toMatchObject({ id: user.id, totpEnabled: true, mfa: true });
    // A refreshed session keeps its second factor.
    const refreshed = await call(api, 'post', '/api/auth/refresh').send({ refreshToken: tokens.body.refreshToken }).expect(200);
    expect((await call(api, 'get', '/api/me', refreshed.body.accessToken).expect(200)).body.mfa).toBe(true);
  });

  it('refuses a wrong code with 401 INVALID_MFA_CODE and audits it', async () => {
    const { user, secret } = await enrolled();
    const { mfaToken } = (await login(api, user.email, user.password).expect(200)).body;
    const res = await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken, code: wrongTotpCode(secret) }).expect(401);
    expectErrorBody(res.body, 'INVALID_MFA_CODE');
    expect(res.body.accessToken).toBeUndefined();
    const audit = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.login_failed'`, [user.id]);
    expect(audit.rowCount).toBe(1);
  });

  it('locks code guessing after 5 wrong codes, even against parallel guesses', async () => {
    const { user, secret } = await enrolled();
    const { mfaToken } = (await login(api, user.email, user.password).expect(200)).body;
    const wrong = wrongTotpCode(secret);
    const results = await Promise.all(Array.from({ length: 12 }, () => call(api, 'post', '/api/auth/totp/verify').send({ mfaToken, code: wrong })));
    expect(results.filter((r) => r.status === 401)).toHaveLength(5);
    expect(results.filter((r) => r.status === 429)).toHaveLength(7);
    const locked = await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken, code: totpCode(secret) }).expect(429);
    expectErrorBody(locked.body, 'ACCOUNT_LOCKED', true);
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('keeps the MFA token and the access token apart', async () => {
    const { user, secret } = await enrolled();
    const { mfaToken } = (await login(api, user.email, user.password).expect(200)).body;
    expectErrorBody((await call(api, 'get', '/api/me', mfaToken).expect(401)).body, 'UNAUTHENTICATED');
    const other = await createUser(api);
    const { accessToken } = (await login(api, other.email, other.password).expect(200)).body;
    await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: accessToken, code: totpCode(secret) }).expect(401);
  });

  it('validates the code format before anything else', async () => {
    const { user } = await enrolled();
    const { mfaToken } = (await login(api, user.email, user.password).expect(200)).body;
    const res = await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken, code: '12345' }).expect(400);
    expectErrorBody(res.body, 'VALIDATION_FAILED', true);
    expect(res.body.details.fields).toEqual([{ field: 'code', constraints: ['matches'] }]);
  });

  it('refuses to confirm before enrolling', async () => {
    const user = await createUser(api);
    const { accessToken } = (await login(api, user.email, user.password).expect(200)).body;
    expectErrorBody((await call(api, 'post', '/api/me/totp/confirm', accessToken).send({ code: '123456' }).expect(409)).body, 'MFA_NOT_ENROLLED');
  });
  it('accepts a code once: a replayed code is refused, even on a fresh sign-in step', async () => {
    const { user, secret } = await enrolled();
    const code = nextTotpCode(secret);
    const first = await login(api, user.email, user.password).expect(200);
    await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: first.body.mfaToken, code }).expect(200);
    const second = await login(api, user.email, user.password).expect(200);
    expectErrorBody((await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: second.body.mfaToken, code }).expect(401)).body, 'INVALID_MFA_CODE');
    // An older code of the window is refused too: only later steps pass.
    expectErrorBody((await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: second.body.mfaToken, code: totpCode(secret, Date.now() - 30_000) }).expect(401)).body, 'INVALID_MFA_CODE');
    const stored = await db.query<{ totp_last_step: string }>(`SELECT totp_last_step FROM users WHERE id = $1`, [user.id]);
    expect(Number(stored.rows[0].totp_last_step)).toBeGreaterThanOrEqual(Math.floor(Date.now() / 30_000));
  });

  it('accepts a code once even when two sign-in steps race with it', async () => {
    const { user, secret } = await enrolled();
    const code = nextTotpCode(secret);
    const steps = await Promise.all([1, 2, 3].map(() => login(api, user.email, user.password).expect(200)));
    const results = await Promise.all(steps.map((s) => call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: s.body.mfaToken, code })));
    expect(results.map((r) => r.status).sort()).toEqual([200, 401, 401]);
  }, 60_000);

  it('spends the MFA step token: it opens one session only', async () => {
    const { user, secret } = await enrolled();
    const step = await login(api, user.email, user.password).expect(200);
    await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: step.body.mfaToken, code: nextTotpCode(secret) }).expect(200);
    // Reused with a code that would otherwise pass (as if the next time step had come): refused.
    await db.query(`UPDATE users SET totp_last_step = NULL WHERE id = $1`, [user.id]);
    const reused = await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: step.body.mfaToken, code: totpCode(secret) }).expect(401);
    expectErrorBody(reused.body, 'MFA_TOKEN_USED');
    const sessions = await db.query(`SELECT count(*)::int AS n FROM auth_sessions WHERE user_id = $1 AND mfa`, [user.id]);
    expect(sessions.rows[0].n).toBe(1);
  });
});
