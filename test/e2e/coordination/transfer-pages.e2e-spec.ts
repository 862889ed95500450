import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { Agent } from './coordination-helpers';

/** What the transfer pages ask: the organisations that may take a case over, one case's transfers, a refusal, the former owner's view. */
describe('transfers as the pages use them', () => {
  let api: TestApi;
  let worker93: Agent;
  let asso13: { organisationId: string; agent: Agent };
  let ase13: string;

  beforeAll(async () => {
    api = await startApi();
    worker93 = await api.as('asso.93@demo.mnio.test');
    const created = await createOrgUser(api, { kind: 'association', territories: ['13'] }, 'case_worker');
    asso13 = { organisationId: created.organisationId, agent: await signIn(api, created.email) };
    ase13 = (await createOrgUser(api, { kind: 'ase', territories: ['13'] }, 'case_worker')).organisationId;
  });
  afterAll(() => api.close());

  it('offers only organisations of the territory that can follow a case, to those who may transfer it', async () => {
    const { body: c } = await worker93.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    const { body: targets } = await worker93.get(`/api/cases/${c.id}/transfer-targets?territory=13`).expect(200);
    const ids = targets.map((t: { id: string }) => t.id);
    expect(ids).toEqual(expect.arrayContaining([asso13.organisationId, ase13]));
    expect(ids).not.toContain(DEMO_ORGS.host13); // a host does not follow cases
    expect(ids).not.toContain(DEMO_ORGS.acse); // national
    expect(targets.every((t: { kind: string }) => ['association', 'ase', 'police', 'gendarmerie', 'labour_inspection', 'ofii'].includes(t.kind))).toBe(true);
    expect((await worker93.get(`/api/cases/${c.id}/transfer-targets?territory=93`).expect(200)).body.map((t: { id: string }) => t.id)).not.toContain(DEMO_ORGS.asso93);
    await worker93.get(`/api/cases/${c.id}/transfer-targets?territory=XX`).expect(400);
    await (await api.as('asso.75@demo.mnio.test')).get(`/api/cases/${c.id}/transfer-targets?territory=13`).expect(404);
    await (await api.as('police.93@demo.mnio.test')).get(`/api/cases/${c.id}/transfer-targets?territory=13`).expect(403);
  });

  it('refuses with a reason from the receiving side, then a second request is accepted and the former owner sees who took it over', async () => {
    const { body: c } = await worker93.post('/api/cases').send(caseBody({ territory: '93', events: [] })).expect(201);
    const { body: t1 } = await worker93.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: asso13.organisationId, reasonCode: 'relocation' }).expect(201);
    const incoming = await asso13.agent.get('/api/transfers?direction=incoming&status=requested').expect(200);
    expect(incoming.body.items.map((t: { id: string }) => t.id)).toContain(t1.id);
    expect((await asso13.agent.post(`/api/transfers/${t1.id}/transitions`).send({ action: 'refuse' }).expect(422)).body.code).toBe('REFUSAL_REASON_REQUIRED');
    const refused = await asso13.agent.post(`/api/transfers/${t1.id}/transitions`).send({ action: 'refuse', reasonCode: 'no_capacity' }).expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', answerReasonCode: 'no_capacity' });
    await asso13.agent.get(`/api/cases/${c.id}`).expect(404);

    const { body: t2 } = await worker93.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: asso13.organisationId, reasonCode: 'relocation' }).expect(201);
    await asso13.agent.post(`/api/transfers/${t2.id}/transitions`).send({ action: 'accept' }).expect(200);

    // The former owner's page: the case's transfers, newest first, and a view without identity.
    const mine = await worker93.get(`/api/transfers?caseId=${c.id}`).expect(200);
    expect(mine.body.items.map((t: { id: string; status: string }) => [t.id, t.status])).toEqual([[t2.id, 'accepted'], [t1.id, 'refused']]);
    expect(mine.body.items[0]).toMatchObject({ toOrganisationId: asso13.organisationId, answeredAt: expect.any(String) });
    const former = await worker93.get(`/api/cases/${c.id}`).expect(200);
    expect(former.body).toMatchObject({ ownerOrganisationId: asso13.organisationId, identityAccess: false, breakGlassUntil: null });
    expect((await worker93.get(`/api/cases/${c.id}/identity`).expect(403)).body.code).toBe('IDENTITY_NOT_SHARED');
    // Another organisation learns nothing of this case's transfers.
    expect((await (await api.as('asso.75@demo.mnio.test')).get(`/api/transfers?caseId=${c.id}`).expect(200)).body.items).toEqual([]);
    await worker93.get('/api/transfers?caseId=not-a-uuid').expect(400);
  });
});
