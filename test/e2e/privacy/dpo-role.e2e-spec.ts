import { randomUUID } from 'node:crypto';
import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { rawDb } from '../../support/db';

/**
 * Issue 16: who names a data-protection officer. An organisation's DPO is asked by a platform administrator and
 * approved by that organisation's coordinators, as every role that reaches case data; the platform's DPO, who reads
 * every organisation's journal, is granted by the operator only (`npm run directory:grant`).
 */
describe('privacy: naming a data-protection officer', () => {
  let api: TestApi;
  beforeAll(async () => {
    api = await startApi();
  });
  afterAll(() => api.close());

  it('asks an organisation’s coordinators to approve its DPO; refuses the platform’s to the administrators', async () => {
    const admin = await api.as('admin@demo.mnio.test');
    const org = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'coordinator');
    const coordinator = await signIn(api, org.email);
    const email = `dpo-${randomUUID().slice(0, 8)}@privacy.mnio.test`;
    const created = await admin.post('/api/admin/users').send({ email, displayName: 'Déléguée', memberships: [{ organisationId: org.organisationId, role: 'dpo' }] }).expect(201);
    expect(created.body.memberships).toEqual([]);
    expect(created.body.requests).toHaveLength(1);
    await coordinator.post(`/api/membership-requests/${created.body.requests[0].id}/decision`).send({ decision: 'approve' }).expect(200);
    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT organisation_id, role FROM memberships WHERE user_id = $1 AND active`, [created.body.id]);
      expect(rows).toEqual([{ organisation_id: org.organisationId, role: 'dpo' }]);
    } finally {
      await db.end();
    }

    const other = await admin.post('/api/admin/users').send({ email: `dpo-${randomUUID().slice(0, 8)}@privacy.mnio.test`, displayName: 'Autre', memberships: [] }).expect(201);
    const refused = await admin.post(`/api/admin/users/${other.body.id}/memberships`).send({ organisationId: DEMO_ORGS.platform, role: 'dpo' }).expect(403);
    expect(refused.body.code).toBe('MEMBERSHIP_NOT_GRANTABLE');
  });
});
