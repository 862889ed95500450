import { Client } from 'pg';
import { startApi, TestApi } from '../../support/app';
import { createOrgUser, signIn } from '../../support/actors';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { grantMembership } from '../../support/provision';

/**
 * One user, two memberships: a case worker of association A (93) and of association B (75). Every act on a case
 * must be journaled for the organisation whose rules allowed it, never for the user's first membership (A).
 */
describe('the audit journal names the organisation that allowed each act', () => {
  let api: TestApi;
  let db: Client;
  let user: { userId: string; email: string };
  let a: string;
  let b: string;
  beforeAll(async () => {
    api = await startApi();
    db = await rawDb();
    const first = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'case_worker');
    const second = await createOrgUser(api, { kind: 'association', territories: ['75'] }, 'case_worker');
    a = first.organisationId;
    b = second.organisationId;
    user = first;
    // The same person also works for B: granted after A, so A is their first membership.
    await grantMembership(api, first.userId, { organisationId: b, role: 'case_worker' });
  });
  afterAll(async () => {
    await db.end();
    await api.close();
  });

  const entriesOf = async (caseId: string) =>
    (await db.query<{ action: string; org: string | null }>(
      `SELECT action, actor_organisation_id AS org FROM audit_entries WHERE subject_type = 'case' AND subject_id = $1 AND actor_user_id = $2 ORDER BY occurred_at, seq`,
      [caseId, user.userId],
    )).rows;

  it.each([
    ['75', 'B (the second membership)'],
    ['93', 'A (the first membership)'],
  ])('a case recorded, read and updated in %s is journaled for %s at every step', async (territory) => {
    const expected = territory === '75' ? b : a;
    const worker = await signIn(api, user.email);
    const { body: created } = await worker.post('/api/cases').send(caseBody({ territory })).expect(201);
    const owner = await db.query(`SELECT owner_organisation_id AS o FROM cases WHERE id = $1`, [created.id]);
    expect(owner.rows[0].o).toBe(expected);

    await worker.get(`/api/cases/${created.id}`).expect(200);
    await worker.get(`/api/cases/${created.id}/identity`).expect(200);
    await worker.post(`/api/cases/${created.id}/identification`).send({ to: 'presumed_victim' }).expect(200);
    await worker.post(`/api/cases/${created.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    await worker.get(`/api/cases/${created.id}/history`).expect(200);

    const entries = await entriesOf(created.id);
    const actions = entries.map((e) => e.action);
    // Among them, one the journal used to fill with the first membership (the duplicate check); so did the cell sharing
    // that follows the consent where the territory has a cell (93).
    if (territory === '93') expect(actions).toContain('case.shared');
    for (const act of ['case.created', 'case.duplicates_checked', 'case.read', 'case.identity_read', 'case.identification_changed', 'case.consent_granted', 'case.history_read']) {
      expect(actions).toContain(act);
    }
    // Every entry of this user's acts on this case names the organisation that allowed it: not the other one, not none.
    expect(entries.filter((e) => e.org !== expected)).toEqual([]);
  });

  it('refuses a case in a territory neither membership covers, instead of recording it for the first membership', async () => {
    const worker = await signIn(api, user.email);
    const res = await worker.post('/api/cases').send(caseBody({ territory: '13' }));
    expect(res.body.code).toBe('TERRITORY_NOT_COVERED');
    const { rows } = await db.query(`SELECT 1 FROM cases WHERE created_by = $1 AND territory = '13'`, [user.userId]);
    expect(rows).toEqual([]);
  });
});
