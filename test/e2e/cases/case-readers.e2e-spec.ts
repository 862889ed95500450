import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { rawDb } from '../../support/db';
import { Agent, userOf } from '../coordination/coordination-helpers';

const justification = 'Réquisition du parquet pour une mise à l’abri immédiate';

/** « Who read this file »: identity reads and emergency accesses from the audit journal, for the owner's coordinators. */
describe('who read this file', () => {
  let api: TestApi;
  let worker: Agent;
  let coordinator: Agent;

  beforeAll(async () => {
    api = await startApi();
    worker = await api.as('asso.93@demo.mnio.test');
    coordinator = await api.as('coord.93@demo.mnio.test');
  });
  afterAll(() => api.close());

  it('lists identity reads and break-the-glass uses, newest first, paginated, named, without the person, and audits the listing', async () => {
    const { body: c } = await worker.post('/api/cases').send(caseBody({ territory: '93', events: [], identity: { lastName: 'Vorkanelis', firstNames: ['Ilwena'] } })).expect(201);
    await worker.get(`/api/cases/${c.id}/identity?reason=orientation`).expect(200);
    await worker.get(`/api/cases/${c.id}`).expect(200); // a pseudonymised read is not listed
    const referent = await userOf(api, DEMO_ORGS.parquet93, 'teh_referent');
    await referent.agent.post(`/api/cases/${c.id}/break-glass`).send({ reasonCode: 'judicial_emergency', justification }).expect(201);
    await referent.agent.get(`/api/cases/${c.id}/identity?reason=emergency`).expect(200);

    const first = await coordinator.get(`/api/cases/${c.id}/readers?limit=2`).expect(200);
    expect(first.body.items).toEqual([
      expect.objectContaining({ kind: 'identity_read', userId: referent.userId, userName: 'Test teh_referent', organisationId: DEMO_ORGS.parquet93, organisationName: 'Parquet de Bobigny', reason: 'emergency', expiresAt: null }),
      expect.objectContaining({ kind: 'break_glass', userId: referent.userId, organisationName: 'Parquet de Bobigny', reason: 'judicial_emergency', expiresAt: expect.any(String) }),
    ]);
    expect(Date.parse(first.body.items[0].at)).toBeGreaterThanOrEqual(Date.parse(first.body.items[1].at));
    expect(first.body.nextCursor).toEqual(expect.any(String));
    const second = await coordinator.get(`/api/cases/${c.id}/readers?limit=2&cursor=${first.body.nextCursor}`).expect(200);
    expect(second.body.items).toEqual([
      expect.objectContaining({ kind: 'identity_read', organisationId: DEMO_ORGS.asso93, organisationName: 'Association Aide TEH 93', reason: 'orientation' }),
    ]);
    expect(second.body.nextCursor).toBeNull();
    const all = JSON.stringify([first.body, second.body]);
    expect(all).not.toMatch(/Vorkanelis|Ilwena|Réquisition/);
    expect((await coordinator.get(`/api/cases/${c.id}/readers?cursor=abc`).expect(400)).body.code).toBe('INVALID_CURSOR');

    const db = await rawDb();
    try {
      const { rows } = await db.query(`SELECT actor_organisation_id, details FROM audit_entries WHERE stream = $1 AND action = 'case.readers_read' ORDER BY seq`, [`case:${c.id}`]);
      expect(rows).toHaveLength(2);
      expect(rows[0]).toMatchObject({ actor_organisation_id: DEMO_ORGS.asso93, details: { entries: 2 } });
    } finally {
      await db.end();
    }
  });

  it('is refused to the owner’s case workers (403), other organisations that see the case (403) and those that do not (404)', async () => {
    const { body: c } = await worker.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    await worker.post(`/api/cases/${c.id}/consents`).send({ purpose: 'share_with_cell', granted: true, method: 'oral' }).expect(201);
    expect((await worker.get(`/api/cases/${c.id}/readers`).expect(403)).body.code).toBe('FORBIDDEN');
    await (await api.as('clav.93@demo.mnio.test')).get(`/api/cases/${c.id}/readers`).expect(403);
    const other = await createOrgUser(api, { kind: 'association', territories: ['93'] }, 'coordinator');
    const notFound = await (await signIn(api, other.email)).get(`/api/cases/${c.id}/readers`).expect(404);
    const missing = await coordinator.get('/api/cases/00000000-0000-4000-8000-000000000000/readers').expect(404);
    expect(notFound.body.code).toBe(missing.body.code);
    expect(notFound.body.message).toBe(missing.body.message);
    await (await api.as('admin@demo.mnio.test')).get(`/api/cases/${c.id}/readers`).expect(403);
    await (await api.as('national@demo.mnio.test')).get(`/api/cases/${c.id}/readers`).expect(403);
  });
});
