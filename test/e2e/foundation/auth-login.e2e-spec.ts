import { Client } from 'pg';
import { TestApi, useApi } from '../../support/app';
import { DEMO_PASSWORD } from '../../../db/seeds/demo';
import { createUser, expectErrorBody, freshIp, login } from './foundation-helpers';

/** Sign-ins run argon2id; the throttling tests make a few dozen of them, on a machine shared with other suites. */
describe('login, lockout and throttling', () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  it('signs a demo user in with a short-lived access token and a refresh token', async () => {
    const res = await login(api, 'asso.93@demo.mnio.test', DEMO_PASSWORD).expect(200);
    expect(res.body).toEqual({ accessToken: expect.any(String), refreshToken: expect.any(String), expiresIn: 900, tokenType: 'Bearer', idleExpiresIn: expect.any(Number), sessionExpiresIn: expect.any(Number) });
    expect(res.body.expiresIn).toBeLessThanOrEqual(900);
    const me = await api.http.get('/api/me').set('Authorization', `Bearer ${res.body.accessToken}`).expect(200);
    expect(me.body.email).toBe('asso.93@demo.mnio.test');
  });

  it('gives the same generic 401 for a wrong password and an unknown email', async () => {
    const user = await createUser(api);
    const wrong = await login(api, user.email, 'not-the-password').expect(401);
    const unknown = await login(api, `nobody-${Date.now()}@foundation.mnio.test`, 'not-the-password').expect(401);
    expectErrorBody(wrong.body, 'INVALID_CREDENTIALS');
    const { correlationId: _a, ...a } = wrong.body;
    const { correlationId: _b, ...b } = unknown.body;
    expect(a).toEqual(b);
    expect(a).toEqual({ code: 'INVALID_CREDENTIALS', message: expect.any(String) });
  });

  it('accepts the email whatever its case', async () => {
    const user = await createUser(api);
    await login(api, user.email.toUpperCase(), user.password).expect(200);
  });

  it('locks an account from an address after 5 failures there with 429 ACCOUNT_LOCKED and Retry-After, and audits failures and the lock', async () => {
    const user = await createUser(api);
    const ip = freshIp();
    for (let i = 1; i <= 5; i++) {
      const res = await login(api, user.email, `wrong-${i}`, ip).expect(401);
      expect(res.body.code).toBe('INVALID_CREDENTIALS');
    }
    // Locked from that address now, even with the right password.
    const locked = await login(api, user.email, user.password, ip).expect(429);
    expectErrorBody(locked.body, 'ACCOUNT_LOCKED', true);
    const retryAfter = Number(locked.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(15);
    expect(locked.body.details).toEqual({ retryAfterSeconds: retryAfter });

    const audit = await db.query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM audit_entries WHERE subject_type = 'user' AND subject_id = $1 GROUP BY action`,
      [user.id],
    );
    const counts = Object.fromEntries(audit.rows.map((r) => [r.action, r.n]));
    expect(counts['auth.login_failed']).toBe(5);
    expect(counts['auth.locked']).toBe(1);
    expect(counts['auth.login_throttled']).toBe(1);
    expect(counts['auth.login']).toBeUndefined();

    // The account's owner at another address (another office) still signs in.
    await login(api, user.email, user.password, freshIp()).expect(200);
  }, 90_000);

  it('does not let parallel guesses from one address slip past the lock: at most 5 passwords are checked', async () => {
    const user = await createUser(api);
    const ip = freshIp();
    const results = await Promise.all(Array.from({ length: 30 }, () => login(api, user.email, 'wrong', ip)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(25);
    const audit = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entries WHERE subject_id = $1 AND action = 'auth.login_failed'`, [user.id]);
    expect(audit.rows[0].n).toBe(5);
  }, 90_000);

  it('caps guesses spread over many addresses: the account itself slows down after 20 failures, everywhere', async () => {
    const user = await createUser(api);
    const results = await Promise.all(Array.from({ length: 26 }, () => login(api, user.email, 'wrong', freshIp())));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((s) => s === 401)).toHaveLength(20);
    expect(statuses.filter((s) => s === 429)).toHaveLength(6);
    const audit = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM audit_entries WHERE subject_id = $1 AND action = 'auth.login_failed'`, [user.id]);
    expect(audit.rows[0].n).toBe(20);
  }, 120_000);

  it('counts unknown emails the same way, so an attacker cannot tell them apart by the lock', async () => {
    const email = `nobody-${Date.now()}@foundation.mnio.test`;
    const ip = freshIp();
    for (let i = 0; i < 5; i++) await login(api, email, 'wrong', ip).expect(401);
    const res = await login(api, email, 'wrong', ip).expect(429);
    expectErrorBody(res.body, 'ACCOUNT_LOCKED', true);
  });

  it('does not count a successful login as a failure, and a success resets the account counter', async () => {
    const user = await createUser(api);
    for (let i = 0; i < 4; i++) await login(api, user.email, 'wrong').expect(401);
    await login(api, user.email, user.password).expect(200);
    for (let i = 0; i < 4; i++) await login(api, user.email, 'wrong').expect(401);
    await login(api, user.email, user.password).expect(200);
  }, 90_000);

  it('does not lock one office out by someone else\'s failures: other accounts sign in from the same address', async () => {
    const office = freshIp();
    const users = await Promise.all([1, 2, 3].map(() => createUser(api)));
    for (let i = 0; i < 4; i++) await login(api, users[1].email, 'wrong', office).expect(401);
    // Someone at the office exhausts their own account's budget from there…
    for (let i = 0; i < 10; i++) await login(api, users[0].email, 'wrong', office).expect(i < 5 ? 401 : 429);
    await login(api, users[0].email, users[0].password, office).expect(429);
    // …their colleagues at the same address are not affected, not even the one who mistyped four times.
    await login(api, users[1].email, users[1].password, office).expect(200);
    await login(api, users[2].email, users[2].password, office).expect(200);
  }, 90_000);

  it('refuses a disabled user with the generic 401', async () => {
    const user = await createUser(api);
    const admin = await api.as('admin@demo.mnio.test');
    await admin.patch(`/api/admin/users/${user.id}`).send({ status: 'disabled' }).expect(200);
    const res = await login(api, user.email, user.password).expect(401);
    expectErrorBody(res.body, 'INVALID_CREDENTIALS');
  });
});
