import { DEMO_ORGS } from '../../../db/seeds/demo';
import { createOrgUser, signIn } from '../../support/actors';
import { startApi, TestApi } from '../../support/app';
import { caseBody } from '../../support/cases';
import { Agent, auditOf, cellOf, outboxOf, sharedCase, userOf } from './coordination-helpers';

describe('transfer of a case between territories', () => {
  let api: TestApi;
  let worker93: Agent;
  let cell93: Agent;
  let asso13: { organisationId: string; agent: Agent };
  let cell13: { cellId: string; coordinator: Agent };

  beforeAll(async () => {
    api = await startApi();
    worker93 = await api.as('asso.93@demo.mnio.test');
    cell93 = await api.as('clav.93@demo.mnio.test');
    const created = await createOrgUser(api, { kind: 'association', territories: ['13'] }, 'coordinator');
    asso13 = { organisationId: created.organisationId, agent: await signIn(api, created.email) };
    cell13 = await cellOf(api, '13');
  });
  afterAll(() => api.close());

  it('moves a case from 93 to 13: ownership, identity, the former owner’s reduced view, the cells, the review, events and audit', async () => {
    const c = await sharedCase(worker93, '93');
    await cell93.get(`/api/cases/${c.id}`).expect(200);
    await cell13.coordinator.get(`/api/cases/${c.id}`).expect(404);
    await asso13.agent.get(`/api/cases/${c.id}`).expect(404);

    // Who may ask: the owner's workers (or the cell's coordinator); not another territory (404), not a cell member or an investigator (403).
    const body = { toOrganisationId: asso13.organisationId, reasonCode: 'acse_placement' };
    await (await api.as('asso.75@demo.mnio.test')).post(`/api/cases/${c.id}/transfers`).send(body).expect(404);
    await (await api.as('police.93@demo.mnio.test')).post(`/api/cases/${c.id}/transfers`).send(body).expect(403);
    await (await userOf(api, DEMO_ORGS.cell93, 'cell_member')).agent.post(`/api/cases/${c.id}/transfers`).send(body).expect(403);
    expect((await worker93.post(`/api/cases/${c.id}/transfers`).send({ ...body, toOrganisationId: DEMO_ORGS.host13 }).expect(422)).body.code).toBe('TRANSFER_TARGET_NOT_ALLOWED');
    expect((await worker93.post(`/api/cases/${c.id}/transfers`).send({ ...body, toOrganisationId: DEMO_ORGS.asso93 }).expect(422)).body.code).toBe('TRANSFER_TARGET_NOT_ALLOWED');

    const { body: transfer } = await worker93.post(`/api/cases/${c.id}/transfers`).send(body).expect(201);
    expect(transfer).toMatchObject({ caseId: c.id, reference: c.reference, fromOrganisationId: DEMO_ORGS.asso93, fromTerritory: '93', toOrganisationId: asso13.organisationId, toTerritory: '13', status: 'requested' });
    expect((await worker93.post(`/api/cases/${c.id}/transfers`).send(body).expect(409)).body.code).toBe('TRANSFER_ALREADY_PENDING');

    // While it decides, the receiving organisation reads the pseudonymised view only.
    await asso13.agent.get(`/api/cases/${c.id}`).expect(200);
    expect((await asso13.agent.get(`/api/cases/${c.id}/identity`).expect(403)).body.code).toBe('IDENTITY_NOT_SHARED');
    const incoming = await asso13.agent.get('/api/transfers?direction=incoming&status=requested').expect(200);
    expect(incoming.body.items.map((t: { id: string }) => t.id)).toEqual([transfer.id]);

    // Only the receiving side answers.
    await worker93.post(`/api/transfers/${transfer.id}/transitions`).send({ action: 'accept' }).expect(403);
    await cell13.coordinator.post(`/api/transfers/${transfer.id}/transitions`).send({ action: 'accept' }).expect(404);
    const accepted = await asso13.agent.post(`/api/transfers/${transfer.id}/transitions`).send({ action: 'accept' }).expect(200);
    expect(accepted.body).toMatchObject({ id: transfer.id, status: 'accepted' });
    expect((await asso13.agent.post(`/api/transfers/${transfer.id}/transitions`).send({ action: 'refuse', reasonCode: 'other' }).expect(409)).body.code).toBe('ILLEGAL_TRANSITION');

    // The receiving association owns it and reads identity; the former owner keeps the pseudonymised view only.
    const owned = await asso13.agent.get(`/api/cases/${c.id}`).expect(200);
    expect(owned.body).toMatchObject({ reference: c.reference, territory: '13', ownerOrganisationId: asso13.organisationId, identityAccess: true });
    await asso13.agent.get(`/api/cases/${c.id}/identity`).expect(200);
    const former = await worker93.get(`/api/cases/${c.id}`).expect(200);
    expect(former.body.identityAccess).toBe(false);
    expect((await worker93.get(`/api/cases/${c.id}/identity`).expect(403)).body.code).toBe('IDENTITY_NOT_SHARED');
    await worker93.post(`/api/cases/${c.id}/identification`).send({ to: 'not_retained' }).expect(403);

    // The 93 cell loses the case, the 13 cell gains it with the review the 93 cell had not done.
    await cell93.get(`/api/cases/${c.id}`).expect(404);
    const seen = await cell13.coordinator.get(`/api/cases/${c.id}`).expect(200);
    expect(seen.body.deadlines).toEqual([expect.objectContaining({ kind: 'cell_review', responsibleOrganisationId: cell13.cellId })]);
    const dashboard = await cell13.coordinator.get(`/api/cells/${cell13.cellId}/dashboard`).expect(200);
    expect(dashboard.body.newPresumedVictims.items.map((i: { caseId: string }) => i.caseId)).toContain(c.id);
    const dashboard93 = await cell93.get(`/api/cells/${DEMO_ORGS.cell93}/dashboard`).expect(200);
    expect(dashboard93.body.newPresumedVictims.items.map((i: { caseId: string }) => i.caseId)).not.toContain(c.id);

    const events = await outboxOf(c.id);
    const expected = { transferId: transfer.id, caseId: c.id, reference: c.reference, fromOrganisationId: DEMO_ORGS.asso93, toOrganisationId: asso13.organisationId };
    expect(events.find((e) => e.type === 'CaseTransferRequested')?.payload).toEqual({ ...expected, territory: '93' });
    expect(events.find((e) => e.type === 'CaseTransferAccepted')?.payload).toEqual({ ...expected, territory: '13' });
    expect(events.filter((e) => e.type === 'CaseShared').map((e) => e.payload)).toContainEqual({ caseId: c.id, reference: c.reference, territory: '13', organisationId: cell13.cellId, reason: 'cell' });
    expect(JSON.stringify(events)).not.toMatch(/Zyqoraleth|Vexmirande|Quillon|\+336/);

    const audit = await auditOf(c.id);
    expect(audit.map((a) => a.action)).toEqual(expect.arrayContaining(['case.transfer_requested', 'case.transfer_accepted', 'case.ownership_transferred', 'case.access_revoked']));
    expect(audit.find((a) => a.action === 'case.transfer_accepted')).toMatchObject({ actor_organisation_id: asso13.organisationId, details: expect.objectContaining({ cellGranted: cell13.cellId, cellRevoked: DEMO_ORGS.cell93 }) });
  });

  it('lets the receiving side refuse with a reason and the requesting side withdraw; the receiving side then sees nothing', async () => {
    const c = await sharedCase(worker93, '93');
    // The cell's coordinator may ask too, for a case shared with the cell.
    const { body: first } = await cell93.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: asso13.organisationId, reasonCode: 'safety' }).expect(201);
    expect((await asso13.agent.post(`/api/transfers/${first.id}/transitions`).send({ action: 'refuse' }).expect(422)).body.code).toBe('REFUSAL_REASON_REQUIRED');
    const refused = await asso13.agent.post(`/api/transfers/${first.id}/transitions`).send({ action: 'refuse', reasonCode: 'no_capacity' }).expect(200);
    expect(refused.body).toMatchObject({ status: 'refused', answerReasonCode: 'no_capacity' });
    await asso13.agent.get(`/api/cases/${c.id}`).expect(404);
    expect((await worker93.get(`/api/cases/${c.id}`).expect(200)).body.ownerOrganisationId).toBe(DEMO_ORGS.asso93);

    const { body: second } = await worker93.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: asso13.organisationId, reasonCode: 'relocation' }).expect(201);
    await asso13.agent.post(`/api/transfers/${second.id}/transitions`).send({ action: 'cancel' }).expect(403);
    await worker93.post(`/api/transfers/${second.id}/transitions`).send({ action: 'cancel' }).expect(200);
    await asso13.agent.get(`/api/cases/${c.id}`).expect(404);
    await cell93.get(`/api/cases/${c.id}`).expect(200);

    const types = (await outboxOf(c.id)).map((e) => e.type);
    expect(types.filter((t) => t.startsWith('CaseTransfer'))).toEqual(['CaseTransferRequested', 'CaseTransferRefused', 'CaseTransferRequested', 'CaseTransferCancelled']);
    expect((await auditOf(c.id)).find((a) => a.action === 'case.transfer_refused')).toMatchObject({ reason: 'no_capacity' });
  });

  it("carries a minor's protection to the new territory: its cell, ASE and parquet", async () => {
    const ase13 = await createOrgUser(api, { kind: 'ase', territories: ['13'] }, 'case_worker');
    const { body: c } = await worker93.post('/api/cases').send(caseBody({ territory: '93', events: [], identity: { birthDate: '2011-03-02' } })).expect(201);
    const { body: t } = await worker93.post(`/api/cases/${c.id}/transfers`).send({ toOrganisationId: asso13.organisationId, reasonCode: 'acse_placement' }).expect(201);
    await asso13.agent.post(`/api/transfers/${t.id}/transitions`).send({ action: 'accept' }).expect(200);
    await cell13.coordinator.get(`/api/cases/${c.id}`).expect(200);
    await cell93.get(`/api/cases/${c.id}`).expect(404);
    const ase = await signIn(api, ase13.email);
    await ase.get(`/api/cases/${c.id}/identity`).expect(200);
    expect((await outboxOf(c.id)).map((e) => e.type)).toContain('MinorCaseCreated');
  });
});
