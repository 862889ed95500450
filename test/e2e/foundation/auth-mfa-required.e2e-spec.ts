import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { randomBytes } from 'node:crypto';
import { hashSecret } from '@mnio/directory';
import { AccessTokenService } from '@mnio/platform';
import { rawDb } from '../../support/db';
import { call, createUser, expectErrorBody, login, nextTotpCode, totpCode } from './foundation-helpers';

/**
 * MNIO_MFA_REQUIRED=true: every role that can read identity data must pass a second factor. Only this
 * file's app is booted with the switch on (config is read at boot); the variable is restored at once.
 */
describe('mandatory second factor (MNIO_MFA_REQUIRED=true)', () => {
  let api: TestApi;
  beforeAll(async () => {
    const before = process.env.MNIO_MFA_REQUIRED;
    process.env.MNIO_MFA_REQUIRED = 'true';
    try {
      api = await startApi();
    } finally {
      if (before === undefined) delete process.env.MNIO_MFA_REQUIRED;
      else process.env.MNIO_MFA_REQUIRED = before;
    }
  });
  afterAll(() => api.close());

  it('makes a case worker without TOTP enrol at login, with the MFA token, then signs them in', async () => {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }]);
    const challenge = await login(api, user.email, user.password).expect(200);
    expect(challenge.body).toEqual({ mfaRequired: true, enrolmentRequired: true, mfaToken: expect.any(String), expiresIn: 300 });
    const { mfaToken } = challenge.body;

    // Verifying before enrolling is refused; the MFA token is not an access token.
    expectErrorBody((await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken, code: '123456' }).expect(409)).body, 'MFA_NOT_ENROLLED');
    await call(api, 'get', '/api/me', mfaToken).expect(401);

    const enrol = await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken }).expect(200);
    expect(enrol.body.secret).toMatch(/^[A-Z2-7]+$/);
    const bad = await call(api, 'post', '/api/auth/totp/confirm').send({ mfaToken, code: totpCode(enrol.body.secret, Date.now() - 10 * 60_000) }).expect(401);
    expectErrorBody(bad.body, 'INVALID_MFA_CODE');
    const tokens = await call(api, 'post', '/api/auth/totp/confirm').send({ mfaToken, code: totpCode(enrol.body.secret) }).expect(200);
    expect(tokens.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: expect.any(Number), sessionExpiresIn: expect.any(Number) });
    const me = await call(api, 'get', '/api/me', tokens.body.accessToken).expect(200);
    expect(me.body).toMatchObject({ id: user.id, totpEnabled: true, mfa: true });

    // From now on the usual second step applies.
    const next = await login(api, user.email, user.password).expect(200);
    expect(next.body).toMatchObject({ mfaRequired: true, enrolmentRequired: false });
    await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: next.body.mfaToken, code: nextTotpCode(enrol.body.secret) }).expect(200);
    expectErrorBody((await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: next.body.mfaToken }).expect(401)).body, 'MFA_TOKEN_USED');
    const third = await login(api, user.email, user.password).expect(200);
    expectErrorBody((await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: third.body.mfaToken }).expect(409)).body, 'MFA_ALREADY_ENABLED');
  });

  it.each([
    ['investigator', DEMO_ORGS.police93],
    ['teh_referent', DEMO_ORGS.prefecture93],
    ['host_operator', DEMO_ORGS.host13],
    ['coordinator', DEMO_ORGS.acse],
  ])('applies to %s', async (role, organisationId) => {
    const user = await createUser(api, [{ organisationId, role }]);
    const res = await login(api, user.email, user.password).expect(200);
    expect(res.body).toMatchObject({ mfaRequired: true, enrolmentRequired: true });
    expect(res.body.accessToken).toBeUndefined();
  });

  it.each([
    ['national_analyst', DEMO_ORGS.national],
    ['cell_member', DEMO_ORGS.cell93],
  ])('does not apply to %s, who reads no identity', async (role, organisationId) => {
    const user = await createUser(api, [{ organisationId, role }]);
    const res = await login(api, user.email, user.password).expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
  });

  it.each([
    ['platform_admin', DEMO_ORGS.platform],
    ['cell_coordinator', DEMO_ORGS.cell93],
  ])('applies to %s too', async (role, organisationId) => {
    const user = await createUser(api, [{ organisationId, role }]);
    const res = await login(api, user.email, user.password).expect(200);
    expect(res.body).toMatchObject({ mfaRequired: true, enrolmentRequired: true });
    expect(res.body.accessToken).toBeUndefined();
  });

  it('asks the demo platform admin for a second factor', async () => {
    const res = await login(api, 'admin@demo.mnio.test', 'Demo-mnio-2026!').expect(200);
    expect(res.body).toMatchObject({ mfaRequired: true, enrolmentRequired: true });
  });

  it('ends, at its next request, a session the policy no longer allows (opened before it changed): 401 MFA_REQUIRED', async () => {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }]);
    // A session opened without a second factor while the policy was off, with its access and refresh tokens.
    const db = await rawDb();
    try {
      const session = await db.query<{ id: string }>(`INSERT INTO auth_sessions (user_id, mfa, expires_at, idle_expires_at) VALUES ($1, false, now() + interval '1 hour', now() + interval '1 hour') RETURNING id`, [user.id]);
      const sid = session.rows[0].id;
      const secret = randomBytes(32).toString('base64url');
      const refresh = await db.query<{ id: string }>(`INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour') RETURNING id`, [sid, hashSecret(secret)]);
      const accessToken = api.app.get(AccessTokenService).sign({ sub: user.id, sid, mfa: false });

      expectErrorBody((await call(api, 'get', '/api/cases', accessToken).expect(401)).body, 'MFA_REQUIRED');
      // The session is over: nothing answers it any more.
      for (const url of ['/api/me', '/api/cases', '/api/notifications/unread-count']) {
        expectErrorBody((await call(api, 'get', url, accessToken).expect(401)).body, 'UNAUTHENTICATED');
      }
      const ended = await db.query(`SELECT revoked_reason FROM auth_sessions WHERE id = $1`, [sid]);
      expect(ended.rows[0].revoked_reason).toBe('mfa_policy');
      expectErrorBody((await call(api, 'post', '/api/auth/refresh').send({ refreshToken: `${refresh.rows[0].id}.${secret}` }).expect(401)).body, 'REFRESH_TOKEN_INVALID');
      const audit = await db.query(`SELECT 1 FROM audit_entries WHERE subject_id = $1 AND action = 'auth.session_ended_by_policy'`, [user.id]);
      expect(audit.rowCount).toBe(1);
    } finally {
      await db.end();
    }
  });

  it('refuses a refresh of a session the policy no longer allows, and ends it', async () => {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.police93, role: 'investigator' }]);
    const db = await rawDb();
    try {
      const session = await db.query<{ id: string }>(`INSERT INTO auth_sessions (user_id, mfa, expires_at, idle_expires_at) VALUES ($1, false, now() + interval '1 hour', now() + interval '1 hour') RETURNING id`, [user.id]);
      const secret = randomBytes(32).toString('base64url');
      const refresh = await db.query<{ id: string }>(`INSERT INTO refresh_tokens (session_id, token_hash, expires_at) VALUES ($1, $2, now() + interval '1 hour') RETURNING id`, [session.rows[0].id, hashSecret(secret)]);
      expectErrorBody((await call(api, 'post', '/api/auth/refresh').send({ refreshToken: `${refresh.rows[0].id}.${secret}` }).expect(401)).body, 'MFA_REQUIRED');
      expect((await db.query(`SELECT revoked_reason FROM auth_sessions WHERE id = $1`, [session.rows[0].id])).rows[0].revoked_reason).toBe('mfa_policy');
    } finally {
      await db.end();
    }
  });

  it('leaves alone a session that passed the second factor', async () => {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }]);
    const challenge = await login(api, user.email, user.password).expect(200);
    const enrol = await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: challenge.body.mfaToken }).expect(200);
    const tokens = await call(api, 'post', '/api/auth/totp/confirm').send({ mfaToken: challenge.body.mfaToken, code: totpCode(enrol.body.secret) }).expect(200);
    await call(api, 'get', '/api/cases', tokens.body.accessToken).expect(200);
    // The step token was spent by the enrolment: it cannot open a second session.
    expectErrorBody((await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: challenge.body.mfaToken }).expect(401)).body, 'MFA_TOKEN_USED');
  });

  it('rejects a garbage MFA token at enrolment', async () => {
    expectErrorBody((await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: 'garbage' }).expect(401)).body, 'UNAUTHENTICATED');
  });
});
