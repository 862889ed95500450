import { randomUUID } from 'node:crypto';
import { createServer } from 'node:http';
import { Writable } from 'node:stream';
import pinoHttp, { Options } from 'pino-http';
import request from 'supertest';
import { pinoParams } from '@mnio/platform';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';
import { ADMIN, call, createUser, expectErrorBody, login, TEST_PASSWORD } from './foundation-helpers';

const COORD93 = 'coord.93@demo.mnio.test';
const newEmail = () => `t-${randomUUID().slice(0, 12)}@foundation.mnio.test`;

/** Issue 11 §2: no one reads a case without a reason the organisation gave them. */
describe('memberships granted by the organisation, enrolment links', () => {
  let api: TestApi;
  let db: Client;
  let adminId: string;
  beforeAll(async () => {
    api = await startApi();
    db = await rawDb();
    adminId = (await (await api.as(ADMIN)).get('/api/me').expect(200)).body.id;
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  async function newUserWithLink(memberships: { organisationId: string; role: string }[] = []) {
    const admin = await api.as(ADMIN);
    const email = newEmail();
    const res = await admin.post('/api/admin/users').send({ email, displayName: 'Nouvelle recrue', memberships }).expect(201);
    return { email, ...res.body } as { email: string; id: string; enrolment: { token: string }; requests: { id: string }[]; memberships: { id: string }[] };
  }

  it('refuses an administrator any membership for itself, in any organisation and role', async () => {
    const admin = await api.as(ADMIN);
    for (const m of [
      { organisationId: DEMO_ORGS.asso93, role: 'case_worker' },
      { organisationId: DEMO_ORGS.cell93, role: 'cell_member' },
      { organisationId: DEMO_ORGS.national, role: 'national_analyst' },
    ]) {
      expectErrorBody((await admin.post(`/api/admin/users/${adminId}/memberships`).send(m).expect(403)).body, 'MEMBERSHIP_SELF_GRANT');
    }
    const mine = await db.query(`SELECT role FROM memberships WHERE user_id = $1`, [adminId]);
    expect(mine.rows.map((r) => r.role)).toEqual(['platform_admin']);
    expect((await db.query(`SELECT 1 FROM membership_requests WHERE user_id = $1`, [adminId])).rowCount).toBe(0);
  });

  it('refuses to make anyone a platform administrator, and any membership to another administrator', async () => {
    const admin = await api.as(ADMIN);
    const user = await createUser(api, []);
    expectErrorBody((await admin.post(`/api/admin/users/${user.id}/memberships`).send({ organisationId: DEMO_ORGS.platform, role: 'platform_admin' }).expect(403)).body, 'MEMBERSHIP_NOT_GRANTABLE');
    const other = await createUser(api, []);
    await db.query(`INSERT INTO memberships (user_id, organisation_id, role) VALUES ($1, $2, 'platform_admin')`, [other.id, DEMO_ORGS.platform]);
    expectErrorBody((await admin.post(`/api/admin/users/${other.id}/memberships`).send({ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }).expect(403)).body, 'MEMBERSHIP_NOT_GRANTABLE');
    expectErrorBody(
      (await admin.post('/api/admin/users').send({ email: newEmail(), displayName: 'X', memberships: [{ organisationId: DEMO_ORGS.platform, role: 'platform_admin' }] }).expect(403)).body,
      'MEMBERSHIP_NOT_GRANTABLE',
    );
  });

  it('turns an identity-reading role into a request: nothing granted until the coordinator approves', async () => {
    const admin = await api.as(ADMIN);
    const user = await createUser(api, []);
    const res = await admin.post(`/api/admin/users/${user.id}/memberships`).send({ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }).expect(201);
    expect(res.body).toEqual({ status: 'pending', id: expect.any(String) });
    expectErrorBody((await admin.post(`/api/admin/users/${user.id}/memberships`).send({ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }).expect(409)).body, 'MEMBERSHIP_REQUEST_PENDING');
    // The user reads no case meanwhile.
    const { accessToken } = (await login(api, user.email, user.password).expect(200)).body;
    expect((await call(api, 'get', '/api/me', accessToken).expect(200)).body.memberships).toEqual([]);
    expect((await db.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [user.id])).rowCount).toBe(0);

    // Audited and told to the organisation (outbox → its coordinators), with ids and codes only.
    const audit = await db.query(`SELECT actor_user_id, details FROM audit_entries WHERE subject_id = $1 AND action = 'membership.requested'`, [user.id]);
    expect(audit.rows).toEqual([{ actor_user_id: adminId, details: { requestId: res.body.id, organisationId: DEMO_ORGS.asso93, role: 'case_worker' } }]);
    const outbox = await db.query(`SELECT payload FROM outbox_messages WHERE type = 'MembershipRequested' AND aggregate_id = $1`, [user.id]);
    expect(outbox.rows).toEqual([{ payload: { requestId: res.body.id, organisationId: DEMO_ORGS.asso93, role: 'case_worker' } }]);

    // The coordinator of the association sees it; another organisation's coordinator and a case worker do not.
    const coordinator = await api.as(COORD93);
    const listed = await coordinator.get('/api/membership-requests').expect(200);
    expect(listed.body.find((r: { id: string }) => r.id === res.body.id)).toMatchObject({ status: 'pending', role: 'case_worker', organisationId: DEMO_ORGS.asso93, user: { id: user.id, enrolled: true } });
    const acse = await api.as('acse@demo.mnio.test');
    expect((await acse.get('/api/membership-requests').expect(200)).body.map((r: { id: string }) => r.id)).not.toContain(res.body.id);
    expectErrorBody((await acse.post(`/api/membership-requests/${res.body.id}/decision`).send({ decision: 'approve' }).expect(404)).body, 'NOT_FOUND');
    await (await api.as('asso.93@demo.mnio.test')).post(`/api/membership-requests/${res.body.id}/decision`).send({ decision: 'approve' }).expect(403);
    // Nor can the administrator approve its own request.
    await admin.post(`/api/membership-requests/${res.body.id}/decision`).send({ decision: 'approve' }).expect(403);

    const approved = await coordinator.post(`/api/membership-requests/${res.body.id}/decision`).send({ decision: 'approve' }).expect(200);
    expect(approved.body).toEqual({ id: res.body.id, status: 'approved', membershipId: expect.any(String) });
    expectErrorBody((await coordinator.post(`/api/membership-requests/${res.body.id}/decision`).send({ decision: 'refuse' }).expect(409)).body, 'MEMBERSHIP_REQUEST_DECIDED');
    // Effective on the user's next request.
    expect((await call(api, 'get', '/api/me', accessToken).expect(200)).body.memberships.map((m: { role: string }) => m.role)).toEqual(['case_worker']);
    const decided = await db.query(`SELECT actor_user_id, actor_organisation_id FROM audit_entries WHERE subject_id = $1 AND action = 'membership.request_approved'`, [user.id]);
    expect(decided.rows).toEqual([{ actor_user_id: (await coordinator.get('/api/me')).body.id, actor_organisation_id: DEMO_ORGS.asso93 }]);
  });

  it('lets the coordinator refuse a request: nothing is granted', async () => {
    const created = await newUserWithLink([{ organisationId: DEMO_ORGS.asso93, role: 'coordinator' }]);
    expect(created.requests).toHaveLength(1);
    const coordinator = await api.as(COORD93);
    await coordinator.post(`/api/membership-requests/${created.requests[0].id}/decision`).send({ decision: 'refuse' }).expect(200);
    expect((await db.query(`SELECT 1 FROM memberships WHERE user_id = $1`, [created.id])).rowCount).toBe(0);
  });

  it('does not let an administrator re-activate an identity-reading membership it ended', async () => {
    const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }]);
    const admin = await api.as(ADMIN);
    const m = await db.query(`SELECT id FROM memberships WHERE user_id = $1`, [user.id]);
    await admin.patch(`/api/admin/users/${user.id}/memberships/${m.rows[0].id}`).send({ active: false }).expect(200);
    expectErrorBody((await admin.patch(`/api/admin/users/${user.id}/memberships/${m.rows[0].id}`).send({ active: true }).expect(403)).body, 'MEMBERSHIP_APPROVAL_REQUIRED');
  });

  describe('enrolment links', () => {
    it('set the password once: a second use, a made-up and a malformed token all answer 410', async () => {
      const created = await newUserWithLink();
      expect(JSON.stringify(created)).not.toMatch(/password/i);
      await call(api, 'post', '/api/auth/enrolment').send({ token: created.enrolment.token, password: TEST_PASSWORD }).expect(200, { email: created.email });
      const again = await call(api, 'post', '/api/auth/enrolment').send({ token: created.enrolment.token, password: 'Another-password-2026!' }).expect(410);
      expectErrorBody(again.body, 'ENROLMENT_LINK_INVALID');
      await login(api, created.email, 'Another-password-2026!').expect(401);
      await login(api, created.email, TEST_PASSWORD).expect(200);
      const [id] = created.enrolment.token.split('.');
      expectErrorBody((await call(api, 'post', '/api/auth/enrolment').send({ token: `${id}.${'A'.repeat(43)}`, password: TEST_PASSWORD }).expect(410)).body, 'ENROLMENT_LINK_INVALID');
      expectErrorBody((await call(api, 'post', '/api/auth/enrolment').send({ token: 'nonsense', password: TEST_PASSWORD }).expect(410)).body, 'ENROLMENT_LINK_INVALID');
      expectErrorBody((await call(api, 'post', '/api/auth/enrolment').send({ token: created.enrolment.token, password: 'short' }).expect(400)).body, 'VALIDATION_FAILED', true);
    });

    it('expire, and are stored only as a hash', async () => {
      const created = await newUserWithLink();
      const [id, secret] = created.enrolment.token.split('.');
      const row = await db.query(`SELECT token_hash, expires_at - created_at AS ttl FROM enrolment_tokens WHERE id = $1`, [id]);
      expect(row.rows[0].token_hash).toMatch(/^[0-9a-f]{64}$/);
      expect(row.rows[0].token_hash).not.toContain(secret);
      expect(row.rows[0].ttl).toMatchObject({ days: 3 });
      await db.query(`UPDATE enrolment_tokens SET expires_at = now() - interval '1 second' WHERE id = $1`, [id]);
      expectErrorBody((await call(api, 'post', '/api/auth/enrolment').send({ token: created.enrolment.token, password: TEST_PASSWORD }).expect(410)).body, 'ENROLMENT_LINK_INVALID');
    });

    it('never land in the request log, and the token is never in a URL', async () => {
      const created = await newUserWithLink();
      expect(created.enrolment).toMatchObject({ path: `/inscription#${created.enrolment.token}` });
      const secret = created.enrolment.token.split('.')[1];
      // The API's own request logger (pinoParams), at debug level, in front of a server taking the same POST.
      const lines: string[] = [];
      const sink = new Writable({ write: (chunk, _enc, done) => (lines.push(String(chunk)), done()) });
      const log = pinoHttp(pinoParams('debug', 'mnio').pinoHttp as Options, sink);
      const server = createServer((req, res) => {
        log(req, res);
        req.resume();
        req.on('end', () => res.end('{}'));
      });
      await request(server).post('/api/auth/enrolment').send({ token: created.enrolment.token, password: TEST_PASSWORD }).expect(200);
      await call(api, 'post', '/api/auth/enrolment').send({ token: created.enrolment.token, password: TEST_PASSWORD }).expect(200);
      expect(lines.join('')).toContain('/api/auth/enrolment');
      expect(lines.join('')).not.toContain(secret);
      const audit = await db.query(`SELECT details FROM audit_entries WHERE subject_id = $1`, [created.id]);
      expect(JSON.stringify(audit.rows)).not.toContain(secret);
    });
  });
});
