import { randomUUID } from 'node:crypto';
import type { Client } from 'pg';
import { DEMO_ORGS, DEMO_SIRETS } from '../../../db/seeds/demo';
import type { TestApi } from '../../support/app';
import { ACR_SELF_ASSERTED_2FA, LocalProvider, providerAccount, signInAtProvider, startLocalOidcProvider } from '../../support/oidc-provider';
import { useStack, waitFor } from '../../support/stack';
import { ADMIN, call, createUser, expectErrorBody, login } from './foundation-helpers';

const REDIRECT = 'http://127.0.0.1:9/connexion/proconnect';
const ASSO_SIRET = DEMO_SIRETS[DEMO_ORGS.asso93];

/**
 * Sign-in with ProConnect against a real OpenID provider (`oidc-provider`) on a loopback port: linking by e-mail
 * and SIRET, the TOTP step when the provider's `acr` proves no second factor, the access request of an unknown
 * agent, and each refusal (state, nonce, issuer, audience, expiry, replayed or forged code, unknown SIRET,
 * disabled user) answered with its code and audited with its reason. The worker runs: an access request is told to
 * the organisation's coordinators in their inbox.
 */
describe('sign-in with ProConnect', () => {
  let provider: LocalProvider;
  let api: TestApi;
  let db: Client;
  useStack(
    {
      before: async () => {
        provider = await startLocalOidcProvider({ accounts: [], redirectUris: [REDIRECT], postLogoutRedirectUris: ['http://127.0.0.1:9/'] });
        return provider.env(REDIRECT);
      },
    },
    (s) => ((api = s.api), (db = s.db)),
  );
  afterAll(() => provider?.close());

  /** Starts an attempt, signs `sub` in at the provider, and posts the answer back (edited by `edit`). */
  async function signIn(sub: string, edit: (query: URLSearchParams) => void = () => undefined) {
    const start = await call(api, 'post', '/api/auth/proconnect/start').expect(200);
    const back = await signInAtProvider(start.body.authorizationUrl, sub, REDIRECT);
    const query = new URLSearchParams(back.search);
    edit(query);
    const res = await call(api, 'post', '/api/auth/proconnect/callback').send({ attempt: start.body.attempt, query: query.toString() });
    return { res, attempt: start.body.attempt as string, query: query.toString() };
  }

  async function refusals(reason: string): Promise<number> {
    const r = await db.query(`SELECT count(*)::int AS n FROM audit_entries WHERE action = 'auth.proconnect_refused' AND details->>'reason' = $1`, [reason]);
    return r.rows[0].n;
  }

  async function expectRefused(sub: string, status: number, code: string, reason: string, edit?: (q: URLSearchParams) => void) {
    const before = await refusals(reason);
    const { res } = await signIn(sub, edit);
    expect(res.status).toBe(status);
    expect(res.body.code).toBe(code);
    expect(await refusals(reason)).toBe(before + 1);
    expect(JSON.stringify(res.body)).not.toMatch(/@|\d{14}/);
  }

  async function agent(acr?: string) {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }]);
    const sub = `pc-${randomUUID()}`;
    provider.addAccount(providerAccount(sub, user.email.toUpperCase(), ASSO_SIRET, acr));
    return { ...user, sub };
  }

  it('says it is on, and starts with PKCE, state and nonce at the discovered authorization endpoint', async () => {
    expect((await call(api, 'get', '/api/auth/proconnect').expect(200)).body).toEqual({ enabled: true });
    const { body } = await call(api, 'post', '/api/auth/proconnect/start').expect(200);
    const url = new URL(body.authorizationUrl);
    expect(url.origin).toBe(provider.issuer);
    expect(Object.fromEntries(url.searchParams)).toMatchObject({
      response_type: 'code', client_id: provider.clientId, redirect_uri: REDIRECT, scope: 'openid usual_name given_name email uid siret',
      code_challenge_method: 'S256', state: expect.any(String), nonce: expect.any(String), code_challenge: expect.any(String),
    });
    // Nothing of the attempt is stored in clear.
    const row = await db.query(`SELECT secrets FROM oidc_login_attempts WHERE id = $1`, [body.attempt]);
    expect(row.rows[0].secrets).not.toContain(url.searchParams.get('state'));
  });

  it('links a user by e-mail and SIRET on the first sign-in, then signs them in by the link; logout ends the provider session too', async () => {
    const user = await agent(ACR_SELF_ASSERTED_2FA);
    const first = await signIn(user.sub);
    expect(first.res.status).toBe(200);
    expect(first.res.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, idleExpiresIn: expect.any(Number), sessionExpiresIn: expect.any(Number), tokenType: 'Bearer' });
    const me = await call(api, 'get', '/api/me', first.res.body.accessToken).expect(200);
    expect(me.body).toMatchObject({ id: user.id, mfa: true });
    const link = await db.query(`SELECT issuer, subject FROM user_identities WHERE user_id = $1`, [user.id]);
    expect(link.rows).toEqual([{ issuer: provider.issuer, subject: user.sub }]);
    const audit = await db.query(`SELECT action FROM audit_entries WHERE subject_id = $1 AND action LIKE 'auth.%' ORDER BY id`, [user.id]);
    expect(audit.rows.map((r) => r.action)).toEqual(expect.arrayContaining(['auth.proconnect_linked', 'auth.login', 'auth.proconnect_signed_in']));

    // The e-mail changes at the provider: the link (issuer + sub) still finds the user.
    provider.addAccount(providerAccount(user.sub, 'changed@ailleurs.test', ASSO_SIRET, ACR_SELF_ASSERTED_2FA));
    const second = await signIn(user.sub);
    expect(second.res.status).toBe(200);

    const out = await call(api, 'post', '/api/auth/proconnect/end-session', second.res.body.accessToken).expect(200);
    const end = new URL(out.body.endSessionUrl);
    expect(end.origin).toBe(provider.issuer);
    expect(end.searchParams.get('id_token_hint')).toEqual(expect.any(String));
    expect(end.searchParams.get('post_logout_redirect_uri')).toBe('http://127.0.0.1:9/');
    await call(api, 'post', '/api/auth/logout', second.res.body.accessToken).expect(204);
    await call(api, 'get', '/api/me', second.res.body.accessToken).expect(401);
    // A password session has no provider session to end.
    const password = await login(api, user.email, user.password).expect(200);
    expect((await call(api, 'post', '/api/auth/proconnect/end-session', password.body.accessToken).expect(200)).body).toEqual({ endSessionUrl: null });
  });

  it('asks for mnio’s own TOTP when the provider’s acr proves no second factor and the user has one', async () => {
    const user = await agent();
    const ok = await signIn(user.sub);
    expect(ok.res.status).toBe(200);
    expect(ok.res.body.accessToken).toEqual(expect.any(String));
    expect((await call(api, 'get', '/api/me', ok.res.body.accessToken).expect(200)).body).toMatchObject({ mfa: false });
    await db.query(`UPDATE users SET totp_enabled = true, totp_secret = 'x' WHERE id = $1`, [user.id]);
    const stepped = await signIn(user.sub);
    expect(stepped.res.status).toBe(200);
    expect(stepped.res.body).toEqual({ mfaRequired: true, enrolmentRequired: false, mfaToken: expect.any(String), expiresIn: 300 });
  });

  it('refuses a replayed answer, an expired attempt and a forged code', async () => {
    const user = await agent();
    const first = await signIn(user.sub);
    expect(first.res.status).toBe(200);
    const before = await refusals('attempt_replayed');
    const replay = await call(api, 'post', '/api/auth/proconnect/callback').send({ attempt: first.attempt, query: first.query }).expect(401);
    expectErrorBody(replay.body, 'PROCONNECT_ATTEMPT_INVALID');
    expect(await refusals('attempt_replayed')).toBe(before + 1);

    // The same code with a fresh attempt: the provider refuses it (spent, and bound to the first PKCE verifier).
    const again = await call(api, 'post', '/api/auth/proconnect/start').expect(200);
    const q = new URLSearchParams(first.query);
    const attemptState = new URL(again.body.authorizationUrl).searchParams.get('state')!;
    q.set('state', attemptState);
    const beforeGrant = await refusals('invalid_grant');
    const reused = await call(api, 'post', '/api/auth/proconnect/callback').send({ attempt: again.body.attempt, query: q.toString() }).expect(401);
    expect(reused.body.code).toBe('PROCONNECT_REFUSED');
    expect(await refusals('invalid_grant')).toBe(beforeGrant + 1);

    // An attempt older than its 10 minutes.
    const start = await call(api, 'post', '/api/auth/proconnect/start').expect(200);
    const back = await signInAtProvider(start.body.authorizationUrl, user.sub, REDIRECT);
    await db.query(`UPDATE oidc_login_attempts SET expires_at = now() - interval '1 second' WHERE id = $1`, [start.body.attempt]);
    const beforeExpired = await refusals('attempt_expired');
    const late = await call(api, 'post', '/api/auth/proconnect/callback').send({ attempt: start.body.attempt, query: back.search }).expect(401);
    expect(late.body.code).toBe('PROCONNECT_ATTEMPT_INVALID');
    expect(await refusals('attempt_expired')).toBe(beforeExpired + 1);

    await expectRefused(user.sub, 401, 'PROCONNECT_REFUSED', 'invalid_grant', (query) => query.set('code', 'forged-code'));
  });

  it('refuses a wrong state', async () => {
    const user = await agent();
    await expectRefused(user.sub, 401, 'PROCONNECT_REFUSED', 'state_mismatch', (q) => q.set('state', 'another-state'));
  });

  it.each([
    ['nonce', 'nonce_mismatch', (c: Record<string, unknown>) => ({ ...c, nonce: 'another-nonce' })],
    ['issuer', 'issuer_mismatch', (c: Record<string, unknown>) => ({ ...c, iss: 'https://elsewhere.example' })],
    ['audience', 'audience_mismatch', (c: Record<string, unknown>) => ({ ...c, aud: 'another-client' })],
    ['expiry', 'id_token_expired', (c: Record<string, unknown>) => ({ ...c, iat: Math.floor(Date.now() / 1000) - 7200, exp: Math.floor(Date.now() / 1000) - 3600 })],
  ])('refuses an ID token with a wrong %s, signed by the provider itself', async (_what, reason, edit) => {
    const user = await agent();
    provider.tamperNextIdToken(edit);
    await expectRefused(user.sub, 401, 'PROCONNECT_REFUSED', reason);
    expect((await db.query(`SELECT 1 FROM user_identities WHERE user_id = $1`, [user.id])).rows).toEqual([]);
  });

  it('refuses an unknown SIRET: no account, no request', async () => {
    const sub = `pc-${randomUUID()}`;
    provider.addAccount(providerAccount(sub, `inconnu-${sub}@ailleurs.test`, '99900000900004'));
    const before = await db.query(`SELECT count(*)::int AS n FROM access_requests`);
    await expectRefused(sub, 403, 'PROCONNECT_UNKNOWN_ORGANISATION', 'unknown_siret');
    expect((await db.query(`SELECT count(*)::int AS n FROM access_requests`)).rows[0].n).toBe(before.rows[0].n);
    expect((await db.query(`SELECT 1 FROM users WHERE email = $1`, [`inconnu-${sub}@ailleurs.test`])).rows).toEqual([]);
  });

  it('refuses a user whose e-mail matches but whose organisations do not hold the SIRET, and leaves an access request', async () => {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso75, role: 'case_worker' }]);
    const sub = `pc-${randomUUID()}`;
    provider.addAccount(providerAccount(sub, user.email, ASSO_SIRET));
    await expectRefused(sub, 403, 'PROCONNECT_NO_ACCOUNT', 'no_account');
    expect((await db.query(`SELECT 1 FROM user_identities WHERE user_id = $1`, [user.id])).rows).toEqual([]);
    const requests = await db.query(`SELECT organisation_id, status FROM access_requests WHERE subject = $1`, [sub]);
    expect(requests.rows).toEqual([{ organisation_id: DEMO_ORGS.asso93, status: 'pending' }]);
  });

  it('refuses a disabled user, linked or not', async () => {
    const linked = await agent(ACR_SELF_ASSERTED_2FA);
    expect((await signIn(linked.sub)).res.status).toBe(200);
    const admin = await api.as(ADMIN);
    for (const u of [linked, await agent()]) {
      await admin.patch(`/api/admin/users/${u.id}`).send({ status: 'disabled' }).expect(200);
      await expectRefused(u.sub, 403, 'PROCONNECT_ACCOUNT_DISABLED', 'user_disabled');
    }
  });

  it('records an access request for an unknown agent of a known organisation; its coordinator accepts it with a role', async () => {
    const sub = `pc-${randomUUID()}`;
    const email = `nouveau-${sub}@asso93.test`;
    provider.addAccount(providerAccount(sub, email, ASSO_SIRET, ACR_SELF_ASSERTED_2FA));
    await expectRefused(sub, 403, 'PROCONNECT_NO_ACCOUNT', 'no_account');
    // Twice: still one pending request.
    await expectRefused(sub, 403, 'PROCONNECT_NO_ACCOUNT', 'no_account');
    expect((await db.query(`SELECT 1 FROM users WHERE lower(email) = $1`, [email])).rows).toEqual([]);

    // One event for the one request, carrying ids only.
    const request = await db.query(`SELECT id FROM access_requests WHERE subject = $1`, [sub]);
    const events = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'AccessRequested' AND payload->>'requestId' = $1`, [request.rows[0].id]);
    expect(events.rows).toEqual([{ payload: { requestId: request.rows[0].id, organisationId: DEMO_ORGS.asso93 } }]);
    // The organisation's coordinator is told a decision waits, never who asks.
    const coordinator = await api.as('coord.93@demo.mnio.test');
    type Notice = { id: string; eventType: string; title: string; link: string };
    const notice = await waitFor(async () => {
      const items = (await coordinator.get('/api/notifications').expect(200)).body.items as Notice[];
      return items.find((n) => n.eventType === 'AccessRequested');
    }, 'the coordinator to be told of the access request');
    expect(notice).toMatchObject({ title: "Une demande d'accès attend votre décision", link: '/#demandes-proconnect' });
    const told = await db.query(`SELECT n.content::text AS c FROM notifications n JOIN outbox_messages m ON n.event_key = 'outbox-' || m.id
                                 WHERE m.type = 'AccessRequested' AND m.payload->>'requestId' = $1`, [request.rows[0].id]);
    expect(told.rows.length).toBeGreaterThan(0);
    for (const row of told.rows) expect(row.c).not.toMatch(/@|nouveau|Agent/);
    // Nobody else: not a case worker of the same organisation, not another organisation's coordinator.
    for (const other of ['asso.93@demo.mnio.test', 'acse@demo.mnio.test', 'admin@demo.mnio.test']) {
      const items = (await (await api.as(other)).get('/api/notifications').expect(200)).body.items as Notice[];
      expect(items.filter((n) => n.eventType === 'AccessRequested')).toEqual([]);
    }

    const listed = (await coordinator.get('/api/access-requests').expect(200)).body as { id: string; email: string; status: string }[];
    const mine = listed.filter((r) => r.email === email);
    expect(mine).toEqual([expect.objectContaining({ status: 'pending', organisationName: 'Association Aide TEH 93', displayName: `Agent ${sub}` })]);
    // Another organisation's coordinator neither sees nor decides it.
    const other = await api.as('acse@demo.mnio.test');
    expect(((await other.get('/api/access-requests').expect(200)).body as { email: string }[]).some((r) => r.email === email)).toBe(false);
    await other.post(`/api/access-requests/${mine[0].id}/decision`).send({ decision: 'accept', role: 'case_worker' }).expect(404);

    await coordinator.post(`/api/access-requests/${mine[0].id}/decision`).send({ decision: 'accept', role: 'investigator' }).expect(422);
    const accepted = await coordinator.post(`/api/access-requests/${mine[0].id}/decision`).send({ decision: 'accept', role: 'case_worker' }).expect(200);
    expect(accepted.body).toMatchObject({ status: 'accepted', userId: expect.any(String), membershipId: expect.any(String) });
    const audit = await db.query(`SELECT actor_user_id FROM audit_entries WHERE action = 'access.request_accepted' AND subject_id = $1`, [mine[0].id]);
    expect(audit.rows).toHaveLength(1);

    const { res } = await signIn(sub);
    expect(res.status).toBe(200);
    const me = await call(api, 'get', '/api/me', res.body.accessToken).expect(200);
    expect(me.body).toMatchObject({ id: accepted.body.userId });
  });

  it('lets the platform set a checked SIRET and switch password sign-in off for an organisation', async () => {
    const admin = await api.as(ADMIN);
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso75, role: 'case_worker' }]);
    await admin.patch(`/api/admin/organisations/${DEMO_ORGS.asso75}/sign-in`).send({ siret: '99900000600001' }).expect(422);
    await (await api.as('coord.93@demo.mnio.test')).patch(`/api/admin/organisations/${DEMO_ORGS.asso75}/sign-in`).send({ passwordSignIn: false }).expect(403);
    const off = await admin.patch(`/api/admin/organisations/${DEMO_ORGS.asso75}/sign-in`).send({ siret: '99900000600000', passwordSignIn: false }).expect(200);
    expect(off.body).toEqual({ id: DEMO_ORGS.asso75, siret: '99900000600000', passwordSignIn: false });
    // The platform reads the settings back in the organisations' list; nobody else is told them, members included.
    const listed = (await admin.get('/api/organisations').expect(200)).body as { id: string; siret?: string | null; passwordSignIn?: boolean }[];
    expect(listed.find((o) => o.id === DEMO_ORGS.asso75)).toMatchObject({ siret: '99900000600000', passwordSignIn: false });
    expect(listed.find((o) => o.id === DEMO_ORGS.asso93)).toMatchObject({ siret: ASSO_SIRET, passwordSignIn: true });
    for (const who of ['asso.93@demo.mnio.test', 'coord.93@demo.mnio.test', 'acse@demo.mnio.test']) {
      const seen = (await (await api.as(who)).get('/api/organisations').expect(200)).body as Record<string, unknown>[];
      expect(seen.length).toBeGreaterThan(0);
      for (const o of seen) expect(Object.keys(o).sort()).toEqual(['id', 'kind', 'name', 'national', 'territories']);
    }
    try {
      const refused = await login(api, user.email, user.password).expect(403);
      expectErrorBody(refused.body, 'PASSWORD_SIGN_IN_DISABLED');
      // A wrong password still answers the usual 401: the switch tells nothing to whoever does not know it.
      expect((await login(api, user.email, 'Wrong-password-2026!').expect(401)).body.code).toBe('INVALID_CREDENTIALS');
    } finally {
      await admin.patch(`/api/admin/organisations/${DEMO_ORGS.asso75}/sign-in`).send({ siret: null, passwordSignIn: true }).expect(200);
    }
    await login(api, user.email, user.password).expect(200);
  });
});
