import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { call, createUser, expectErrorBody, login, totpCode } from './foundation-helpers';

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
    expect(tokens.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer' });
    const me = await call(api, 'get', '/api/me', tokens.body.accessToken).expect(200);
    expect(me.body).toMatchObject({ id: user.id, totpEnabled: true, mfa: true });

    // From now on the usual second step applies.
    const next = await login(api, user.email, user.password).expect(200);
    expect(next.body).toMatchObject({ mfaRequired: true, enrolmentRequired: false });
    await call(api, 'post', '/api/auth/totp/verify').send({ mfaToken: next.body.mfaToken, code: totpCode(enrol.body.secret) }).expect(200);
    expectErrorBody((await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: next.body.mfaToken }).expect(409)).body, 'MFA_ALREADY_ENABLED');
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

  it('signs the platform admin in without a second factor', async () => {
    const res = await login(api, 'admin@demo.mnio.test', 'Demo-mnio-2026!').expect(200);
    expect(res.body.accessToken).toEqual(expect.any(String));
  });

  it('rejects a garbage MFA token at enrolment', async () => {
    expectErrorBody((await call(api, 'post', '/api/auth/totp/enrol').send({ mfaToken: 'garbage' }).expect(401)).body, 'UNAUTHENTICATED');
  });
});
