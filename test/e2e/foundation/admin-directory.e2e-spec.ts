import { randomUUID } from 'node:crypto';
import { createMongoAbility, RawRuleOf } from '@casl/ability';
import { PackRule, unpackRules } from '@casl/ability/extra';
import type { AppAbility } from '@mnio/platform';
import { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { TestApi, useApi } from '../../support/app';
import { ADMIN, call, createUser, expectErrorBody, login, TEST_PASSWORD } from './foundation-helpers';

/** What a client does with `permissions`: unpack them into a CASL ability. */
const abilityFrom = (packed: PackRule<RawRuleOf<AppAbility>>[]) => createMongoAbility<AppAbility>(unpackRules(packed));
const newEmail = () => `t-${randomUUID().slice(0, 12)}@foundation.mnio.test`;

describe('directory and administration API', () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  describe('creating users', () => {
    it('creates a user with memberships, audited with the request id, actor and organisation', async () => {
      const admin = await api.as(ADMIN);
      const email = newEmail();
      const requestId = `foundation-${randomUUID()}`;
      const res = await admin
        .post('/api/admin/users')
        .set('X-Request-Id', requestId)
        .send({
          email,
          displayName: 'Test user',
          memberships: [
            { organisationId: DEMO_ORGS.asso93, role: 'coordinator' },
            { organisationId: DEMO_ORGS.cell93, role: 'cell_member', territories: ['93'] },
          ],
        })
        .expect(201);
      // No password: an enrolment link, shown once. The identity-reading role waits for the coordinator.
      expect(res.body).toEqual({
        id: expect.any(String),
        enrolment: { token: expect.stringMatching(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/), path: `/inscription#${res.body.enrolment.token}`, expiresAt: expect.any(String) },
        memberships: [{ id: expect.any(String), organisationId: DEMO_ORGS.cell93, role: 'cell_member' }],
        requests: [{ id: expect.any(String), organisationId: DEMO_ORGS.asso93, role: 'coordinator' }],
      });
      expect(res.headers['x-request-id']).toBe(requestId);

      const listed = await admin.get('/api/admin/users').query({ organisationId: DEMO_ORGS.cell93, limit: 200 }).expect(200);
      const created = listed.body.items.find((u: { id: string }) => u.id === res.body.id);
      expect(created).toMatchObject({ email, displayName: 'Test user', status: 'active', totpEnabled: false });
      expect(created.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['cell_member']);
      expect(JSON.stringify(listed.body)).not.toMatch(/password|argon2/i);

      const adminMe = await admin.get('/api/me').expect(200);
      const audit = await db.query(`SELECT actor_user_id, actor_organisation_id, request_id, ip FROM audit_entries WHERE subject_id = $1 AND action = 'user.created'`, [res.body.id]);
      expect(audit.rows).toEqual([{ actor_user_id: adminMe.body.id, actor_organisation_id: DEMO_ORGS.platform, request_id: requestId, ip: expect.any(String) }]);
      // Nothing reacts to an account's creation or a granted membership: no event for them (docs/events.md), the audit
      // entries record them. Only the request the organisation's coordinators must answer is published.
      const outbox = await db.query(`SELECT type, payload FROM outbox_messages WHERE aggregate_id = $1 ORDER BY id`, [res.body.id]);
      expect(outbox.rows).toEqual([{ type: 'MembershipRequested', payload: { requestId: res.body.requests[0].id, organisationId: DEMO_ORGS.asso93, role: 'coordinator' } }]);

      // No password until the link is used; then the user signs in.
      expectErrorBody((await login(api, email, TEST_PASSWORD).expect(401)).body, 'INVALID_CREDENTIALS');
      await call(api, 'post', '/api/auth/enrolment').send({ token: res.body.enrolment.token, password: TEST_PASSWORD }).expect(200, { email });
      await login(api, email, TEST_PASSWORD).expect(200);
    });

    it('refuses a role the organisation kind does not have (422 ROLE_NOT_ALLOWED_FOR_KIND) and creates nothing', async () => {
      const admin = await api.as(ADMIN);
      const email = newEmail();
      const res = await admin
        .post('/api/admin/users')
        .send({ email, displayName: 'X', memberships: [{ organisationId: DEMO_ORGS.asso93, role: 'investigator' }] })
        .expect(422);
      expectErrorBody(res.body, 'ROLE_NOT_ALLOWED_FOR_KIND');
      expect((await db.query(`SELECT 1 FROM users WHERE lower(email) = lower($1)`, [email])).rowCount).toBe(0);
    });

    it('refuses a duplicate email, whatever its case (409 EMAIL_TAKEN)', async () => {
      const user = await createUser(api);
      const admin = await api.as(ADMIN);
      const res = await admin
        .post('/api/admin/users')
        .send({ email: user.email.toUpperCase(), displayName: 'X', memberships: [] })
        .expect(409);
      expectErrorBody(res.body, 'EMAIL_TAKEN');
    });

    it('refuses a territory outside the organisation, and an unknown organisation', async () => {
      const admin = await api.as(ADMIN);
      const outside = await admin
        .post('/api/admin/users')
        .send({ email: newEmail(), displayName: 'X', memberships: [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker', territories: ['75'] }] })
        .expect(422);
      expectErrorBody(outside.body, 'TERRITORY_OUTSIDE_ORGANISATION');
      const unknown = await admin
        .post('/api/admin/users')
        .send({ email: newEmail(), displayName: 'X', memberships: [{ organisationId: randomUUID(), role: 'case_worker' }] })
        .expect(404);
      expectErrorBody(unknown.body, 'NOT_FOUND');
    });

    it('refuses a password chosen by the administrator: the field does not exist', async () => {
      const admin = await api.as(ADMIN);
      const res = await admin.post('/api/admin/users').send({ email: newEmail(), displayName: 'X', password: TEST_PASSWORD, memberships: [] }).expect(400);
      expectErrorBody(res.body, 'UNKNOWN_FIELD', true);
      expect(res.body.details.fields).toEqual([{ field: 'password', constraints: ['whitelistValidation'] }]);
    });
  });

  describe('memberships', () => {
    it('adds, refuses a duplicate, deactivates (effective on the next request) and answers 404 for an unknown one', async () => {
      const user = await createUser(api, [{ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }]);
      const admin = await api.as(ADMIN);
      const added = await admin.post(`/api/admin/users/${user.id}/memberships`).send({ organisationId: DEMO_ORGS.cell93, role: 'cell_member' }).expect(201);
      expect(added.body).toEqual({ status: 'granted', id: expect.any(String) });
      expectErrorBody(
        (await admin.post(`/api/admin/users/${user.id}/memberships`).send({ organisationId: DEMO_ORGS.cell93, role: 'cell_member' }).expect(409)).body,
        'MEMBERSHIP_EXISTS',
      );
      const { accessToken } = (await login(api, user.email, user.password).expect(200)).body;
      const before = await call(api, 'get', '/api/me', accessToken).expect(200);
      expect(before.body.memberships.map((m: { role: string }) => m.role).sort()).toEqual(['case_worker', 'cell_member']);

      await admin.patch(`/api/admin/users/${user.id}/memberships/${added.body.id}`).send({ active: false }).expect(200, { id: added.body.id, active: false });
      const after = await call(api, 'get', '/api/me', accessToken).expect(200);
      expect(after.body.memberships.map((m: { role: string }) => m.role)).toEqual(['case_worker']);

      expectErrorBody((await admin.patch(`/api/admin/users/${user.id}/memberships/${randomUUID()}`).send({ active: false }).expect(404)).body, 'NOT_FOUND');
      // A membership of another user is not reachable through this user.
      const other = await createUser(api);
      expectErrorBody((await admin.patch(`/api/admin/users/${other.id}/memberships/${added.body.id}`).send({ active: true }).expect(404)).body, 'NOT_FOUND');
    });
  });

  describe('organisations', () => {
    it('lets an admin create an organisation, checking territories and the one-territory CLAV cell', async () => {
      const admin = await api.as(ADMIN);
      const created = await admin.post('/api/admin/organisations').send({ kind: 'association', name: `Test asso ${randomUUID().slice(0, 6)}`, territories: ['93', '94'] }).expect(201);
      expect(created.body).toEqual({ id: expect.any(String) });
      expectErrorBody((await admin.post('/api/admin/organisations').send({ kind: 'association', name: 'X', territories: [] }).expect(422)).body, 'UNKNOWN_TERRITORY');
      expectErrorBody((await admin.post('/api/admin/organisations').send({ kind: 'clav_cell', name: 'X', territories: ['92', '94'] }).expect(422)).body, 'UNPROCESSABLE');
      expectErrorBody((await admin.post('/api/admin/organisations').send({ kind: 'clav_cell', name: 'X', territories: ['93'] }).expect(409)).body, 'CELL_ALREADY_EXISTS');
      expectErrorBody((await admin.post('/api/admin/organisations').send({ kind: 'association', name: 'X', territories: ['99'] }).expect(400)).body, 'VALIDATION_FAILED', true);
    });
  });

  describe('non-admins', () => {
    it.each(['asso.93@demo.mnio.test', 'coord.93@demo.mnio.test', 'national@demo.mnio.test', 'clav.93@demo.mnio.test'])('%s gets 403 on every admin route', async (email) => {
      const as = await api.as(email);
      const id = randomUUID();
      const responses = await Promise.all([
        as.get('/api/admin/users'),
        as.post('/api/admin/users').send({ email: newEmail(), displayName: 'X', memberships: [] }),
        as.patch(`/api/admin/users/${id}`).send({ status: 'disabled' }),
        as.post(`/api/admin/users/${id}/memberships`).send({ organisationId: DEMO_ORGS.asso93, role: 'case_worker' }),
        as.patch(`/api/admin/users/${id}/memberships/${id}`).send({ active: false }),
        as.post('/api/admin/organisations').send({ kind: 'association', name: 'X', territories: ['93'] }),
      ]);
      for (const res of responses) {
        expect(res.status).toBe(403);
        expectErrorBody(res.body, 'FORBIDDEN');
      }
    });

    it('answers 401 (not 403) without a token', async () => {
      expectErrorBody((await call(api, 'get', '/api/admin/users').expect(401)).body, 'UNAUTHENTICATED');
    });
  });

  describe('GET /api/me', () => {
    it('returns the user, memberships and packed permissions a client can rebuild', async () => {
      const as = await api.as('asso.93@demo.mnio.test');
      const res = await as.get('/api/me').expect(200);
      expect(res.body).toEqual({
        id: expect.any(String),
        email: 'asso.93@demo.mnio.test',
        displayName: expect.any(String),
        totpEnabled: false,
        mfa: false,
        memberships: [
          {
            id: expect.any(String),
            organisationId: DEMO_ORGS.asso93,
            organisationName: 'Association Aide TEH 93',
            organisationKind: 'association',
            role: 'case_worker',
            territories: ['93'],
            national: false,
          },
        ],
        permissions: expect.any(Array),
      });
      const ability = abilityFrom(res.body.permissions);
      expect(ability.can('read', 'Organisation')).toBe(true);
      expect(ability.can('create', 'User')).toBe(false);

      const admin = await (await api.as(ADMIN)).get('/api/me').expect(200);
      const adminAbility = abilityFrom(admin.body.permissions);
      expect(adminAbility.can('create', 'User')).toBe(true);
      expect(admin.body.memberships[0]).toMatchObject({ organisationKind: 'platform', role: 'platform_admin', national: true });
    });
  });

  describe('GET /api/organisations', () => {
    it('finds the 93 association and not the 75 one, with directory fields only', async () => {
      const as = await api.as('asso.75@demo.mnio.test');
      const res = await as.get('/api/organisations').query({ kind: 'association', territory: '93' }).expect(200);
      const ids = res.body.map((o: { id: string }) => o.id);
      expect(ids).toContain(DEMO_ORGS.asso93);
      expect(ids).not.toContain(DEMO_ORGS.asso75);
      for (const org of res.body) {
        expect(Object.keys(org).sort()).toEqual(['id', 'kind', 'name', 'national', 'territories']);
        expect(org.kind).toBe('association');
      }
      expect(JSON.stringify(res.body)).not.toMatch(/attributes|pspApproved|address|location/i);
    });

    it('includes national bodies in a territory search, and filters by kind alone', async () => {
      const as = await api.as('police.93@demo.mnio.test');
      const all93 = await as.get('/api/organisations').query({ territory: '93' }).expect(200);
      const ids = all93.body.map((o: { id: string }) => o.id);
      expect(ids).toEqual(expect.arrayContaining([DEMO_ORGS.asso93, DEMO_ORGS.cell93, DEMO_ORGS.acse, DEMO_ORGS.minors]));
      expect(ids).not.toContain(DEMO_ORGS.host13);
      const hosts = await as.get('/api/organisations').query({ kind: 'host' }).expect(200);
      expect(hosts.body.map((o: { id: string }) => o.id)).toEqual(expect.arrayContaining([DEMO_ORGS.host13, DEMO_ORGS.dna69]));
      expect(JSON.stringify(hosts.body)).not.toMatch(/dnaDedicated|acseNetwork/);
    });

    it('validates the filters and needs a token', async () => {
      const as = await api.as('asso.93@demo.mnio.test');
      expectErrorBody((await as.get('/api/organisations').query({ kind: 'bakery' }).expect(400)).body, 'VALIDATION_FAILED', true);
      expectErrorBody((await as.get('/api/organisations').query({ territory: '99' }).expect(400)).body, 'VALIDATION_FAILED', true);
      expectErrorBody((await as.get('/api/organisations').query({ secret: '1' }).expect(400)).body, 'UNKNOWN_FIELD', true);
      await call(api, 'get', '/api/organisations').expect(401);
    });

    it('lists every territory with its region', async () => {
      const as = await api.as('asso.93@demo.mnio.test');
      const res = await as.get('/api/territories').expect(200);
      expect(res.body).toHaveLength(102);
      expect(res.body).toContainEqual({ code: '93', name: 'Seine-Saint-Denis', regionCode: '11', regionName: 'Île-de-France' });
      expect(res.body.map((t: { code: string }) => t.code)).toEqual(expect.arrayContaining(['2A', '2B', '971', '976']));
    });
  });
});
