import { randomBytes } from 'node:crypto';
import type { Client } from 'pg';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, TEST_PASSWORD } from '../../support/actors';
import { TestApi, useApi } from '../../support/app';
import { cellOf } from '../coordination/coordination-helpers';
import { ADMIN, call, createUser, expectErrorBody, login } from './foundation-helpers';

/** Issue 14 §3: organisations, their flags and their deactivation; the distancing rule; cells, without SQL. */
describe('administration without SQL', () => {
  let api: TestApi;
  let db: Client;
  useApi((a, d) => ((api = a), (db = d)));

  const audits = async (subjectId: string, action: string) =>
    (await db.query(`SELECT actor_organisation_id, details FROM audit_entries WHERE subject_id = $1 AND action = $2 ORDER BY occurred_at`, [subjectId, action])).rows;
  const NOT_ADMINS = ['coord.93@demo.mnio.test', 'clav.93@demo.mnio.test', 'asso.93@demo.mnio.test', 'acse@demo.mnio.test', 'dpo@demo.mnio.test'];

  it('sets up an Ac.Sé host with its flags, edits it, audited; unknown flags and other roles are refused', async () => {
    const admin = await api.as(ADMIN);
    const name = `Accueil Ac.Sé ${randomBytes(3).toString('hex')}`;
    const created = await admin.post('/api/admin/organisations').send({ kind: 'host', name, territories: ['13'], attributes: { acseNetwork: true } }).expect(201);
    const id = created.body.id as string;
    expectErrorBody((await admin.post('/api/admin/organisations').send({ kind: 'host', name, territories: ['13'], attributes: { address: 'x' } }).expect(400)).body, 'UNKNOWN_FIELD', true);

    const listed = (await admin.get('/api/admin/organisations').expect(200)).body as { id: string; attributes: object; active: boolean; version: number; members: number }[];
    const row = listed.find((o) => o.id === id)!;
    expect(row).toMatchObject({ name, kind: 'host', territories: ['13'], attributes: { acseNetwork: true }, active: true, members: 0, siret: null, passwordSignIn: true });

    const edited = await admin.patch(`/api/admin/organisations/${id}`).send({ name: `${name} (Marseille)`, territories: ['13', '84'], attributes: { dnaDedicated: true }, version: row.version }).expect(200);
    expect(edited.body).toEqual({ id, version: row.version + 1, active: true, revokedSessions: 0 });
    const after = ((await admin.get('/api/admin/organisations').expect(200)).body as typeof listed).find((o) => o.id === id);
    expect(after).toMatchObject({ name: `${name} (Marseille)`, territories: ['13', '84'], attributes: { acseNetwork: true, dnaDedicated: true } });
    expect(await audits(id, 'organisation.updated')).toEqual([
      { actor_organisation_id: DEMO_ORGS.platform, details: { fields: ['name', 'territories', 'attributes'], attributes: { dnaDedicated: true }, territories: ['13', '84'] } },
    ]);

    // A stale version, an unknown territory, an empty change: stable codes, nothing written.
    expectErrorBody((await admin.patch(`/api/admin/organisations/${id}`).send({ name: 'x', version: row.version }).expect(409)).body, 'VERSION_CONFLICT');
    expectErrorBody((await admin.patch(`/api/admin/organisations/${id}`).send({ territories: ['20'] }).expect(422)).body, 'UNKNOWN_TERRITORY');
    expectErrorBody((await admin.patch(`/api/admin/organisations/${id}`).send({}).expect(400)).body, 'VALIDATION_FAILED');
    expectErrorBody((await admin.patch(`/api/admin/organisations/${id}`).send({ attributes: { acseNetwork: 'yes' } }).expect(400)).body, 'VALIDATION_FAILED', true);
    expectErrorBody((await admin.patch('/api/admin/organisations/8c7d2f4e-1b7a-4a52-9d6e-3f1f0d4f8a11').send({ name: 'x' }).expect(404)).body, 'NOT_FOUND');
    expect(await audits(id, 'organisation.updated')).toHaveLength(1);

    for (const email of NOT_ADMINS) {
      const other = await api.as(email);
      expectErrorBody((await other.get('/api/admin/organisations').expect(403)).body, 'FORBIDDEN');
      expectErrorBody((await other.patch(`/api/admin/organisations/${id}`).send({ active: false }).expect(403)).body, 'FORBIDDEN');
    }
    expect(((await admin.get('/api/admin/organisations').expect(200)).body as typeof listed).find((o) => o.id === id)!.active).toBe(true);
  });

  it("deactivating an organisation ends its users' sessions and sign-ins, keeps its rows, and can be undone", async () => {
    const admin = await api.as(ADMIN);
    const { organisationId, userId, email } = await createOrgUser(api, { kind: 'association', territories: ['93'], attributes: { pspApproved: true } }, 'case_worker');
    const session = (await login(api, email, TEST_PASSWORD).expect(200)).body as { accessToken: string; refreshToken: string };
    await call(api, 'get', '/api/me', session.accessToken).expect(200);

    const res = await admin.patch(`/api/admin/organisations/${organisationId}`).send({ active: false }).expect(200);
    expect(res.body).toMatchObject({ id: organisationId, active: false, revokedSessions: 1 });
    expect(await audits(organisationId, 'organisation.deactivated')).toEqual([{ actor_organisation_id: DEMO_ORGS.platform, details: { revokedSessions: 1 } }]);

    // The open session is gone, its refresh token gives nothing, and the password signs in no more.
    expectErrorBody((await call(api, 'get', '/api/me', session.accessToken).expect(401)).body, 'UNAUTHENTICATED');
    expectErrorBody((await call(api, 'post', '/api/auth/refresh').send({ refreshToken: session.refreshToken }).expect(401)).body, 'REFRESH_TOKEN_INVALID');
    expectErrorBody((await login(api, email, TEST_PASSWORD).expect(403)).body, 'ORGANISATION_DEACTIVATED');
    expect(await audits(userId, 'auth.organisation_deactivated_refused')).toHaveLength(1);
    // A wrong password still says only that: nothing tells a stranger the organisation is closed.
    expectErrorBody((await login(api, email, 'Wrong-password-2026!').expect(401)).body, 'INVALID_CREDENTIALS');

    // Its rows stay: the organisation is listed, inactive, with its member; directory lists no longer offer it.
    const listed = ((await admin.get('/api/admin/organisations').expect(200)).body as { id: string; active: boolean; members: number }[]).find((o) => o.id === organisationId);
    expect(listed).toMatchObject({ active: false, members: 1 });
    const directory = (await admin.get('/api/organisations?territory=93').expect(200)).body as { id: string }[];
    expect(directory.some((o) => o.id === organisationId)).toBe(false);
    expect((await db.query(`SELECT count(*)::int AS n FROM memberships WHERE organisation_id = $1 AND active`, [organisationId])).rows[0].n).toBe(1);

    // The platform may not lock itself out.
    expectErrorBody((await admin.patch(`/api/admin/organisations/${DEMO_ORGS.platform}`).send({ active: false }).expect(403)).body, 'ORGANISATION_SELF_DEACTIVATION');

    await admin.patch(`/api/admin/organisations/${organisationId}`).send({ active: true }).expect(200);
    expect(await audits(organisationId, 'organisation.reactivated')).toHaveLength(1);
    await login(api, email, TEST_PASSWORD).expect(200);
  });

  it("ends and restores a membership with its territories, for the platform only, audited with the platform as actor", async () => {
    const admin = await api.as(ADMIN);
    const { cellId } = await cellOf(api, '75');
    const user = await createUser(api, [{ organisationId: cellId, role: 'cell_member', territories: ['75'] }]);
    const listed = (await admin.get(`/api/admin/users?organisationId=${cellId}&limit=200`).expect(200)).body.items as { id: string; memberships: { id: string; territories: string[] }[] }[];
    const membership = listed.find((u) => u.id === user.id)!.memberships[0];
    expect(membership.territories).toEqual(['75']);
    for (const email of NOT_ADMINS) {
      await (await api.as(email)).patch(`/api/admin/users/${user.id}/memberships/${membership.id}`).send({ active: false }).expect(403);
    }
    await admin.patch(`/api/admin/users/${user.id}/memberships/${membership.id}`).send({ active: false }).expect(200);
    await admin.patch(`/api/admin/users/${user.id}/memberships/${membership.id}`).send({ active: true }).expect(200);
    expect((await db.query(`SELECT action, actor_organisation_id FROM audit_entries WHERE subject_id = $1 AND action LIKE 'membership.%abled' ORDER BY occurred_at`, [user.id])).rows).toEqual([
      { action: 'membership.disabled', actor_organisation_id: DEMO_ORGS.platform },
      { action: 'membership.enabled', actor_organisation_id: DEMO_ORGS.platform },
    ]);
  });

  it('sets the Ac.Sé distancing rule nationally and per territory, audited, for the platform only', async () => {
    const admin = await api.as(ADMIN);
    const rules = (await admin.get('/api/distancing-rules').expect(200)).body as { territory: string; regions: boolean }[];
    expect(rules[0]).toEqual({ territory: 'national', regions: true });

    expect((await admin.put('/api/distancing-rules/84').send({ regions: false }).expect(200)).body).toEqual({ territory: '84', regions: false, overridden: true });
    expect((await admin.get('/api/distancing-rules').expect(200)).body).toContainEqual({ territory: '84', regions: false });
    expect(await audits('84', 'distancing_rule.changed')).toEqual([{ actor_organisation_id: DEMO_ORGS.platform, details: { rule: { regions: false } } }]);
    // regions null is no rule (a 400, not a 500 from the NOT NULL column), and changes nothing.
    expect((await admin.put('/api/distancing-rules/84').send({ regions: null }).expect(400)).body.code).toBe('VALIDATION_FAILED');
    expect((await admin.get('/api/distancing-rules').expect(200)).body).toContainEqual({ territory: '84', regions: false });
    expect((await admin.put('/api/distancing-rules/84').send({ reset: true }).expect(200)).body).toEqual({ territory: '84', regions: true, overridden: false });
    expect((await admin.get('/api/distancing-rules').expect(200)).body).not.toContainEqual(expect.objectContaining({ territory: '84' }));

    expectErrorBody((await admin.put('/api/distancing-rules/20').send({ regions: false }).expect(422)).body, 'UNKNOWN_TERRITORY');
    expectErrorBody((await admin.put('/api/distancing-rules/national').send({ reset: true }).expect(422)).body, 'UNPROCESSABLE');
    expectErrorBody((await admin.put('/api/distancing-rules/84').send({}).expect(400)).body, 'VALIDATION_FAILED');
    for (const email of NOT_ADMINS) {
      const other = await api.as(email);
      expectErrorBody((await other.put('/api/distancing-rules/93').send({ regions: false }).expect(403)).body, 'FORBIDDEN');
      await other.get('/api/distancing-rules').expect(200);
    }
    expect(await audits('93', 'distancing_rule.changed')).toEqual([]);
  });

  it("lets the platform set up any territory's cell members, audited", async () => {
    const admin = await api.as(ADMIN);
    const { cellId } = await cellOf(api, '75');
    const member = (await admin.post('/api/admin/organisations').send({ kind: 'association', name: `Association ${randomBytes(3).toString('hex')}`, territories: ['75'] }).expect(201)).body.id as string;
    await admin.put(`/api/cells/${cellId}/members/${member}`).expect(200);
    const listed = ((await admin.get('/api/admin/organisations').expect(200)).body as { id: string; cellMembers: string[] }[]).find((o) => o.id === cellId);
    expect(listed?.cellMembers).toContain(member);
    await admin.delete(`/api/cells/${cellId}/members/${member}`).expect(200);
    const entries = (await db.query(`SELECT action, actor_organisation_id FROM audit_entries WHERE subject_id = $1 AND details->>'organisationId' = $2 ORDER BY occurred_at`, [cellId, member])).rows;
    expect(entries).toEqual([
      { action: 'cell.member_added', actor_organisation_id: DEMO_ORGS.platform },
      { action: 'cell.member_removed', actor_organisation_id: DEMO_ORGS.platform },
    ]);
    // Another territory's cell coordinator still may not (the same 404 as a missing cell).
    const clav93 = await api.as('clav.93@demo.mnio.test');
    await clav93.put(`/api/cells/${cellId}/members/${member}`).expect(404);
  });
});
